// The room endpoint: Hocuspocus (Yjs) behind the gate of guard.mjs, rooms kept by store.mjs
// through Hocuspocus' database extension and, with a Redis URL, shared with the other servers
// behind the same name through Hocuspocus' Redis extension. Mounted on the app's own HTTP server
// (scripts/serve.mjs) under /collab:
//   WebSocket /collab          the provider's connection (any path under /collab works too)
//   POST      /collab/rooms    makes a room from a plan: {room, editKey} (rooms.mjs)
//   GET       /collab/health   {rooms: loaded rooms, connections, loopDelayMs: {p50, p99, max}}
//                              (?reset starts the delay figures anew)
//   GET       /collab/time     {now: the server's clock, ms since 1970}: pages compute their
//                              clock's offset from it (a facilitator's timer shows one time)
import { Hocuspocus } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import * as encoding from 'lib0/encoding';
import { WebSocketServer } from 'ws';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { openStore } from './store.mjs';
import { guardSocket, DEFAULT_LIMITS } from './guard.mjs';
import { createRoomRoute, roleFor, ROOM_ID } from './rooms.mjs';

// Refusals the provider shows (its onAuthenticationFailed gets `reason`).
const refusal = (reason) => Object.assign(new Error(reason), { reason });

// options: dataDir, redisUrl (optional), limits (over DEFAULT_LIMITS), debounce (ms before a
// room's state is compacted), log (function).
export function createCollab(options) {
  const limits = { ...DEFAULT_LIMITS, ...(options.limits || {}) };
  const log = options.log || (() => {});
  const store = openStore(options.dataDir);
  const sizes = new Map();   // room -> running size of its state in bytes (guard.mjs)
  const fetched = new Map(); // room -> size of the state it was loaded with
  // room -> the log rows its loaded doc is known to hold: {upTo: those it was loaded with,
  // own: those logged from its update event}; compaction need not check them (store.mjs).
  const held = new Map();
  const holds = (room) => {
    const h = held.get(room);
    return h ? (seq) => seq <= h.upTo || h.own.has(seq) : undefined;
  };
  const compact = (room, document) => {
    const dropped = store.compact(room, document, holds(room));
    const h = held.get(room);
    if (h) for (const seq of dropped) h.own.delete(seq);
  };
  const views = new WeakMap(); // a connection's HTTP request -> the rooms it only views
  const refused = new WeakMap(); // ... -> the rooms whose token was refused
  const mark = (map, request, room) => {
    if (!map.has(request)) map.set(request, new Set());
    map.get(request).add(room);
  };
  let closed = false;
  const extensions = [
    new Database({
      fetch: async ({ documentName }) => {
        const loaded = store.load(documentName);
        const state = loaded ? loaded.state : null;
        fetched.set(documentName, state ? state.length : 0);
        held.set(documentName, { upTo: loaded ? loaded.upTo : 0, own: new Set() });
        return state;
      },
      store: async ({ documentName, document }) => { if (!closed) compact(documentName, document); },
    }),
  ];
  let redis = null;
  if (options.redisUrl) {
    redis = new Redis({
      prefix: 'alignboard',
      createClient: () => new IORedis(options.redisUrl, { maxRetriesPerRequest: null }),
    });
    extensions.push(redis);
  }
  const hocuspocus = new Hocuspocus({
    name: options.name || null,
    quiet: true,
    // The update log makes every change durable at once, so the full store (which encodes the
    // whole room, some 200 ms for 10,000 cards, blocking every room) can wait: 5 s after the
    // last change, at most every 30 s, and when the last person leaves.
    debounce: options.debounce ?? 5000,
    maxDebounce: options.maxDebounce ?? 30000,
    extensions,
    async onAuthenticate({ documentName, token, connectionConfig, request }) {
      const hash = ROOM_ID.test(documentName) ? store.keyHash(documentName) : null;
      const role = hash ? roleFor(hash, token) : null;
      if (!role) {
        mark(refused, request, documentName);
        throw refusal(!ROOM_ID.test(documentName) ? 'bad-room-id' : !hash ? 'no-such-room' : 'wrong-edit-key');
      }
      connectionConfig.readOnly = role !== 'edit';
      if (role !== 'edit') mark(views, request, documentName);
      return { role };
    },
    async afterLoadDocument({ documentName, document }) {
      // The loaded state's size stands for the room's (encoding 20 MB again would take a while).
      sizes.set(documentName, fetched.get(documentName) ?? Y.encodeStateAsUpdate(document).length);
      fetched.delete(documentName);
      // Every change is in the database before Hocuspocus acknowledges it (store.mjs), and on
      // its way to the other servers too (relay).
      document.on('update', (update, origin) => {
        try {
          if (!closed) {
            const seq = store.append(documentName, update);
            const h = held.get(documentName);
            if (h) h.own.add(seq);
          }
        } catch (err) {
          log(`room ${documentName}: could not log an update: ${err.message}`);
        }
        if (redis && origin !== redis.redisTransactionOrigin) relay(documentName, update);
      });
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName);
      held.delete(documentName);
    },
  });

  // The Redis extension tells the other servers of a change by a sync round trip (its state
  // vector out, their answer back, then the difference), so a server that dies just after
  // acknowledging a change may take it with it. Each update is also published as it is, as a
  // sync step 2 in the extension's own framing and channel, written to the Redis socket before
  // the client's acknowledgement (Yjs' update event runs first). Relies on @hocuspocus/
  // extension-redis 3.4.4 (pinned): encodeMessage, pubKey and pub.
  const relay = (room, update) => {
    const enc = encoding.createEncoder();
    encoding.writeVarString(enc, room);
    encoding.writeVarUint(enc, 0);   // Sync
    encoding.writeVarUint(enc, 1);   // step 2: applied with the Redis origin, never sent back
    encoding.writeVarUint8Array(enc, update);
    redis.pub.publish(redis.pubKey(room), redis.encodeMessage(encoding.toUint8Array(enc))).catch((err) => {
      log(`room ${room}: could not publish an update: ${err.message}`);
    });
  };

  const roomBytes = (room, add) => {
    const doc = hocuspocus.documents.get(room);
    if (!doc || doc.isLoading) return null;
    let size = (sizes.get(room) ?? Y.encodeStateAsUpdate(doc).length) + add;
    if (size > limits.maxRoom) size = Y.encodeStateAsUpdate(doc).length + add;   // exact, near the limit
    sizes.set(room, size);
    return size;
  };

  // The 1 MB cap is the gate's, with a clear close code; ws' own cap only stops a frame far
  // past it from being buffered at all.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessage * 2 });
  wss.on('connection', (ws, req) => {
    guardSocket(ws, limits, {
      // A viewer's updates are never applied (Hocuspocus refuses them): they do not count.
      bytes: (room, add) => (views.get(req)?.has(room) ? null : roomBytes(room, add)),
      refused: (room) => Boolean(refused.get(req)?.has(room)),
    });
    hocuspocus.handleConnection(ws, req);
  });

  // How long the server's event loop was held up (health, and the load script): the rooms'
  // latency is that of this one thread.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();

  const createRoom = createRoomRoute(store, { perMinute: options.roomsPerMinute ?? 30 });
  const isCollab = (pathname) => pathname === '/collab' || pathname.startsWith('/collab/');

  return {
    hocuspocus,
    store,
    // HTTP requests under /collab; false for every other path.
    async route(req, res) {
      const url = new URL(req.url, 'http://localhost');
      if (!isCollab(url.pathname)) return false;
      if (url.pathname === '/collab/rooms') {
        await createRoom(req, res);
      } else if (url.pathname === '/collab/health' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        const ms = (ns) => Math.round(ns / 1e5) / 10;
        res.end(JSON.stringify({ rooms: hocuspocus.getDocumentsCount(), connections: hocuspocus.getConnectionsCount(),
                                 loopDelayMs: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) } }));
        if (url.searchParams.has('reset')) loop.reset();
      } else if (url.pathname === '/collab/time' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ now: Date.now() }));
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      }
      return true;
    },
    // WebSocket upgrades: /collab only; any other path is refused.
    upgrade(req, socket, head) {
      let pathname = '';
      try { pathname = new URL(req.url, 'http://localhost').pathname; } catch { /* refused below */ }
      if (!isCollab(pathname)) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    // Stores every loaded room and closes the database (a clean stop: SIGTERM, tests).
    async close() {
      loop.disable();
      for (const ws of wss.clients) ws.terminate();
      for (const doc of hocuspocus.documents.values()) {
        try { compact(doc.name, doc); } catch { /* the log still holds it */ }
      }
      closed = true;
      if (redis) await redis.onDestroy().catch(() => {});
      store.close();
    },
  };
}
