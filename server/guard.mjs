// The gate every WebSocket message passes before Hocuspocus sees it. Hocuspocus trusts its
// input: a message for a new document name opens a queue that waits for authentication, so a
// client sending random bytes could open any number of them. Here each message must be a
// well-formed Hocuspocus message of a kind a provider sends, for a valid room id, and within the
// limits (docs/rooms.md, "Limits"); otherwise the socket is closed with a code saying why.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { ROOM_ID, MAX_ROOM_BYTES } from './rooms.mjs';

export const DEFAULT_LIMITS = {
  maxMessage: 1024 * 1024,        // one message, so one update: 1 MB
  maxRoom: MAX_ROOM_BYTES,        // a room's whole state: 20 MB
  maxAwareness: 64 * 1024,        // one presence message (name, colour, cursor, selection)
  maxRooms: 4,                    // rooms one socket may hold
  preAuthBytes: 2 * 1024 * 1024,  // what Hocuspocus queues for a room before its token arrives
  updatesPerSecond: 50,           // document updates per connection, sustained ...
  updateBurst: 200,               // ... and in a burst
  messagesPerSecond: 200,         // messages of any kind
  messageBurst: 600,
  bytesPerSecond: 1024 * 1024,    // what a connection may send, sustained ...
  byteBurst: 8 * 1024 * 1024,     // ... and in a burst (a reconnect after offline work)
};

// Close codes (4000-4999 are the application's): the provider reconnects after a close, so a
// well-behaved page that hit a rate limit recovers by itself.
export const CLOSE = {
  badMessage: [4400, 'not a Hocuspocus message'],
  badRoom: [4404, 'bad room id'],
  noToken: [4401, 'too much before the token'],
  tooBig: [4413, 'update over 1 MB'],
  roomFull: [4413, 'room over 20 MB'],
  tooFast: [4429, 'too many updates'],
};

// Hocuspocus message types a provider sends (server/node_modules/@hocuspocus/server types.ts).
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const CLOSE_DOC = 7;

function bucket(perSecond, burst) {
  let level = burst;
  let last = Date.now();
  return (cost = 1) => {
    const now = Date.now();
    level = Math.min(burst, level + ((now - last) / 1000) * perSecond);
    last = now;
    if (level < cost) return false;
    level -= cost;
    return true;
  };
}

// Reads one message; returns {room, type, update} (update: the Yjs update it carries, if any)
// or throws with the close reason.
export function parseMessage(data, limits) {
  const decoder = decoding.createDecoder(data);
  const room = decoding.readVarString(decoder);
  if (!ROOM_ID.test(room)) throw CLOSE.badRoom;
  const type = decoding.readVarUint(decoder);
  let update = null;
  if (type === SYNC) {
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === 0) Y.decodeStateVector(payload);
    else if (step === 1 || step === 2) { Y.decodeUpdate(payload); update = payload; }
    else throw CLOSE.badMessage;
  } else if (type === AWARENESS) {
    const payload = decoding.readVarUint8Array(decoder);
    if (payload.length > limits.maxAwareness) throw CLOSE.tooBig;
    const inner = decoding.createDecoder(payload);
    const count = decoding.readVarUint(inner);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(inner);     // client id
      decoding.readVarUint(inner);     // clock
      JSON.parse(decoding.readVarString(inner));
    }
    if (decoding.hasContent(inner)) throw CLOSE.badMessage;
  } else if (type === AUTH) {
    if (decoding.readVarUint(decoder) !== 0) throw CLOSE.badMessage;   // 0: a token
    if (decoding.readVarString(decoder).length > 256) throw CLOSE.badMessage;
  } else if (type !== QUERY_AWARENESS && type !== CLOSE_DOC) {
    throw CLOSE.badMessage;
  }
  if (decoding.hasContent(decoder)) throw CLOSE.badMessage;
  return { room, type, update };
}

// Puts the gate in front of `ws` (before hocuspocus.handleConnection): messages that pass go on
// to Hocuspocus' listener, anything else closes the socket. `room.bytes(id, add)`: the size of a
// loaded room's state with `add` more bytes (a running count, made exact near the limit), or
// null when not counted; `room.refused(id)`: whether this connection's token for the room was
// refused (Hocuspocus would queue its further messages for good: they are dropped here).
export function guardSocket(ws, limits, room) {
  const passed = new WeakSet();   // Hocuspocus re-emits messages it queued: those went through
  const rooms = new Set();
  const preAuth = new Map();      // room -> bytes sent before its token (Hocuspocus queues them)
  const updates = bucket(limits.updatesPerSecond, limits.updateBurst);
  const messages = bucket(limits.messagesPerSecond, limits.messageBurst);
  const bytes = bucket(limits.bytesPerSecond, limits.byteBurst);
  const emit = ws.emit.bind(ws);
  // The close handshake carries the reason; a client that does not answer it is cut off.
  const refuse = (why) => {
    ws.close(why[0], why[1]);
    setTimeout(() => ws.terminate(), 2000).unref();
  };
  ws.emit = (event, ...args) => {
    if (event !== 'message') return emit(event, ...args);
    const data = args[0];
    if (passed.has(data)) return emit(event, ...args);
    if (ws.readyState !== ws.OPEN) return false;
    if (!(data instanceof Uint8Array) || args[1] === false) { refuse(CLOSE.badMessage); return false; }
    if (data.length > limits.maxMessage) { refuse(CLOSE.tooBig); return false; }
    if (!messages() || !bytes(data.length)) { refuse(CLOSE.tooFast); return false; }
    let parsed;
    try {
      parsed = parseMessage(data, limits);
    } catch (why) {
      refuse(Array.isArray(why) ? why : CLOSE.badMessage);
      return false;
    }
    if (!rooms.has(parsed.room)) {
      if (rooms.size >= limits.maxRooms) { refuse(CLOSE.badMessage); return false; }
      rooms.add(parsed.room);
      preAuth.set(parsed.room, 0);
    }
    if (room.refused(parsed.room)) return false;
    if (parsed.type === AUTH) preAuth.delete(parsed.room);
    else if (preAuth.has(parsed.room)) {
      const queued = preAuth.get(parsed.room) + data.length;
      if (queued > limits.preAuthBytes) { refuse(CLOSE.noToken); return false; }
      preAuth.set(parsed.room, queued);
    }
    if (parsed.update) {
      if (!updates()) { refuse(CLOSE.tooFast); return false; }
      const size = room.bytes(parsed.room, parsed.update.length);
      if (size !== null && size > limits.maxRoom) { refuse(CLOSE.roomFull); return false; }
    }
    passed.add(data);
    return emit(event, ...args);
  };
}
