// Room ids and edit keys, and making a room (POST /collab/rooms). A room id and its edit key are
// each 128 random bits written as 22 base64url characters: unguessable, and safe in a URL. The
// server keeps only a SHA-256 of the key, so a copy of the database grants no edit rights.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as Y from 'yjs';
import { planToDoc } from '../web/collab/plan_doc.js';

export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;
export const MAX_ROOM_BYTES = 20 * 1024 * 1024;    // a room's Yjs state, as a plan's 20 MB
const MAX_BODY_BYTES = 64 * 1024 * 1024;            // a plan file may be 64 MB (README)

export const newToken = () => randomBytes(16).toString('base64url');
export const hashKey = (key) => createHash('sha256').update(String(key)).digest();

// Whether `key` is the edit key whose hash is `hash` (constant time).
export function keyMatches(hash, key) {
  if (typeof key !== 'string' || !ROOM_ID.test(key) || !hash) return false;
  const got = hashKey(key);
  return got.length === hash.length && timingSafeEqual(got, hash);
}

// The role a connection's token gives in a room: 'edit' (the room's edit key), 'view' (no
// key: a `?view` link), or null (a wrong key: refused, so a mistyped link is told).
export function roleFor(hash, token) {
  if (token === '' || token === 'view' || token == null) return 'view';
  return keyMatches(hash, token) ? 'edit' : null;
}

// Reads a request body up to `max` bytes; null when it is larger.
function readBody(req, max) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) { resolve(null); req.resume(); return; }
    const parts = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > max) { resolve(null); req.destroy(); return; }
      parts.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

// Room creation, at most `perMinute` per client address (a workshop makes a handful).
export function createRoomRoute(store, { perMinute = 30 } = {}) {
  const recent = new Map();   // address -> [times]
  const allowed = (address) => {
    const now = Date.now();
    const times = (recent.get(address) || []).filter((t) => now - t < 60000);
    if (recent.size > 10000) recent.clear();
    if (times.length >= perMinute) { recent.set(address, times); return false; }
    times.push(now);
    recent.set(address, times);
    return true;
  };
  const reply = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store',
                            'X-Content-Type-Options': 'nosniff' });
    res.end(JSON.stringify(body));
  };
  // POST /collab/rooms with the plan (JSON) as the body -> 201 {room, editKey}.
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    if (!allowed(req.socket.remoteAddress || '')) return reply(res, 429, { error: 'too many rooms made from here; wait a minute' });
    const type = String(req.headers['content-type'] || '');
    if (!/^application\/json\b/i.test(type)) return reply(res, 415, { error: 'send the plan as application/json' });
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return reply(res, 413, { error: 'the plan is over 64 MB' });
    let plan;
    try { plan = JSON.parse(body.toString('utf8')); } catch { return reply(res, 400, { error: 'the body is not JSON' }); }
    if (!plan || typeof plan !== 'object' || Array.isArray(plan) || plan.format !== 'alignboard.plan') {
      return reply(res, 400, { error: 'the body is not an Alignboard plan (format "alignboard.plan")' });
    }
    const state = Y.encodeStateAsUpdate(planToDoc(plan));
    if (state.length > MAX_ROOM_BYTES) return reply(res, 413, { error: 'this plan makes a room over 20 MB' });
    const room = newToken();
    const editKey = newToken();
    store.createRoom(room, hashKey(editKey), state);
    return reply(res, 201, { room, editKey });
  };
}
