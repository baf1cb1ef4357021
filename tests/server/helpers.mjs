// What the room server's tests and the load script share: a server in a child process (so it
// can be killed with -9), a Redis of their own, rooms made over HTTP, and provider clients.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { docToPlan, applyPlanDiff } from '../../web/collab/plan_doc.js';

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAIN = path.join(ROOT, 'server', 'main.mjs');

// The sample plan rooms are made from.
export const selma = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'data', 'selma.json'), 'utf8'));

// A local command as the page will make it: the plan before and after `change`, applied to the
// client's doc as their difference.
export function edit(doc, change) {
  const before = docToPlan(doc);
  const after = structuredClone(before);
  change(after);
  applyPlanDiff(doc, before, after, 'local');
}

// Everything started here, so a failing test still ends its servers and clients (closeAll).
const live = new Set();
export async function closeAll() {
  for (const thing of [...live]) await thing.close();
  live.clear();
}

// A temporary folder removed when the process ends.
export function tempDir(name) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `alignboard-${name}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// A folder with an index.html: the server needs an app to serve beside the rooms.
export function appFolder() {
  const dir = tempDir('web');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  return dir;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
  });
}

const waitFor = (child, pattern, what, ms = 15000) => new Promise((resolve, reject) => {
  let seen = '';
  const timer = setTimeout(() => reject(new Error(`${what}: not ready within ${ms} ms:\n${seen}`)), ms);
  const onData = (chunk) => {
    seen += chunk;
    if (pattern.test(seen)) { clearTimeout(timer); resolve(seen); }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', (chunk) => { seen += chunk; });
  child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${what} exited (${code}):\n${seen}`)); });
});

// Starts server/main.mjs; resolves to {port, url, ws, child, kill(signal), stop()}.
export async function startRoomServer({ port, dataDir, redisUrl, web, env: extra } = {}) {
  const usePort = port ?? await freePort();
  const env = { ...process.env, PORT: String(usePort), ALIGNBOARD_DATA: dataDir || tempDir('data'), ...extra };
  if (redisUrl) env.REDIS_URL = redisUrl; else delete env.REDIS_URL;
  const child = spawn(process.execPath, [MAIN, web || appFolder()], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitFor(child, /rooms at ws:/, 'room server');
  const url = `http://127.0.0.1:${usePort}`;
  const entry = { close: () => { if (child.exitCode === null) child.kill('SIGKILL'); } };
  live.add(entry);
  child.once('exit', () => live.delete(entry));
  return {
    port: usePort, url, ws: `ws://127.0.0.1:${usePort}/collab`, child, dataDir: env.ALIGNBOARD_DATA,
    kill: async (signal = 'SIGKILL') => { child.kill(signal); await exited; },
    stop: async () => { if (child.exitCode === null) { child.kill('SIGTERM'); await exited; } },
  };
}

// A redis-server of the test's own on a free port, nothing saved; null when there is none.
export async function startRedis() {
  if (spawnSync('redis-server', ['--version']).status !== 0) return null;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '',
    '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  await waitFor(child, /Ready to accept connections/, 'redis-server');
  const stop = () => child.kill('SIGKILL');
  live.add({ close: stop });
  return { url: `redis://127.0.0.1:${port}`, stop };
}

// POST /collab/rooms with a plan -> {status, body}.
export async function makeRoom(server, plan) {
  const res = await fetch(`${server.url}/collab/rooms`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(plan),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

// A provider client of `room` on `wsUrl` with `token` (the edit key, or '' for a view link).
// Reconnects quickly (tests wait for it). Resolves once synced.
export function connect(wsUrl, room, token, options = {}) {
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl, WebSocketPolyfill: WebSocket, delay: 100, factor: 1.5, minDelay: 100, maxDelay: 1000,
    ...options.socket,
  });
  const doc = options.doc || new Y.Doc();
  const events = { closes: [], failures: [] };
  const provider = new HocuspocusProvider({
    websocketProvider: socket, name: room, token, document: doc,
    onClose: ({ event }) => events.closes.push({ code: event.code, reason: String(event.reason || '') }),
    onAuthenticationFailed: ({ reason }) => events.failures.push(reason),
  });
  provider.attach();
  const entry = { close: () => client.destroy() };
  live.add(entry);
  const client = {
    doc, provider, socket, events,
    synced: () => until(() => provider.isSynced, `${room} synced`, options.timeout),
    // Resolves when every local change has been acknowledged by the server.
    acked: () => until(() => provider.isSynced && provider.unsyncedChanges === 0, 'changes acknowledged'),
    // The provider's onClose schedules connect() after `delay`, and a destroy inside that window
    // is undone by it (connect() sets shouldConnect again): a destroyed client connects no more.
    destroy: () => { socket.connect = async () => {}; provider.destroy(); socket.destroy(); live.delete(entry); },
  };
  return client;
}

// Polls `check` until it is true (every 20 ms), or rejects after `ms`.
export function until(check, what, ms = 15000) {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const tick = () => {
      let ok = false;
      try { ok = check(); } catch { ok = false; }
      if (ok) resolve();
      else if (Date.now() - start > ms) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

// A raw WebSocket to the room endpoint; resolves once open, with the close it gets later.
export function rawSocket(wsUrl) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(wsUrl);
    const closed = new Promise((done) => ws.once('close', (code, reason) => done({ code, reason: String(reason) })));
    ws.once('open', () => resolve({ ws, closed }));
    ws.once('error', reject);
  });
}
