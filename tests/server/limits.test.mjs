// Abuse and bad input: updates over 1 MB, rooms over 20 MB, floods and bytes that are not a
// Hocuspocus message close the sender's connection with a code saying why, and the room goes on
// working for everyone else.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { closeAll, startRoomServer, makeRoom, connect, until, rawSocket, selma, edit } from './helpers.mjs';
import { docToPlan } from '../../web/collab/plan_doc.js';

test.after(closeAll);

const rename = (doc, name) => edit(doc, (p) => { p.name = name; });
// A Hocuspocus message: room, type, then the parts (varUints or byte arrays or strings).
function message(room, type, ...parts) {
  const enc = encoding.createEncoder();
  encoding.writeVarString(enc, room);
  encoding.writeVarUint(enc, type);
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(enc, p);
    else if (typeof p === 'string') encoding.writeVarString(enc, p);
    else encoding.writeVarUint8Array(enc, p);
  }
  return encoding.toUint8Array(enc);
}
// A raw socket authenticated as an editor of `room`.
async function editorSocket(server, room, key) {
  const s = await rawSocket(server.ws);
  s.ws.send(message(room, 2, 0, key));
  s.ws.send(message(room, 0, 0, Y.encodeStateVector(new Y.Doc())));
  await new Promise((r) => setTimeout(r, 300));
  return s;
}
// A Yjs update that sets a top-level field `key` to `bytes` characters.
function bigUpdate(bytes, key = 'name') {
  const doc = new Y.Doc();
  doc.getMap('meta').set(key, 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}

let server;
let room;
test.before(async () => {
  server = await startRoomServer();
  room = (await makeRoom(server, selma)).body;
});

// A client of the room that checks after each refusal that the room still works.
async function roomStillWorks(name) {
  const a = connect(server.ws, room.room, room.editKey);
  const b = connect(server.ws, room.room, '');
  await Promise.all([a.synced(), b.synced()]);
  rename(a.doc, name);
  await until(() => docToPlan(b.doc).name === name, `"${name}" arrives`);
  a.destroy();
  b.destroy();
}

test('an update over 1 MB closes the connection and is not applied', { timeout: 60000 }, async () => {
  const s = await editorSocket(server, room.room, room.editKey);
  s.ws.send(message(room.room, 0, 2, bigUpdate(1024 * 1024 + 10)));
  assert.deepEqual(await s.closed, { code: 4413, reason: 'update over 1 MB' });
  await roomStillWorks('after a big update');
  const check = connect(server.ws, room.room, '');
  await check.synced();
  assert.ok(docToPlan(check.doc).name.length < 100, 'the big name never landed');
  check.destroy();
});

test('a room cannot grow past 20 MB', { timeout: 60000 }, async () => {
  const big = structuredClone(selma);
  for (let i = 0; i < 19; i++) big.insights.push({ id: `big${i}`, text: 'y'.repeat(1024 * 1024 - 200) });
  const made = await makeRoom(server, big);
  assert.equal(made.status, 201, 'a plan of 19 MB makes a room');
  const s = await editorSocket(server, made.body.room, made.body.editKey);
  s.ws.send(message(made.body.room, 0, 2, bigUpdate(900 * 1024, 'pad1')));   // fine
  s.ws.send(message(made.body.room, 0, 2, bigUpdate(900 * 1024, 'pad2')));   // over 20 MB
  assert.deepEqual(await s.closed, { code: 4413, reason: 'room over 20 MB' });

  for (let i = 19; i < 21; i++) big.insights.push({ id: `big${i}`, text: 'y'.repeat(1024 * 1024) });
  const refused = await makeRoom(server, big);
  assert.equal(refused.status, 413);
  assert.match(refused.body.error, /20 MB/);
});

test('bytes that are not a Hocuspocus message close the connection', { timeout: 60000 }, async () => {
  const garbage = [
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]),                  // a length past the end
    Buffer.from('hello, this is not yjs at all'),                               // a room id that is not one
    message(room.room, 42),                                                     // no such message type
    message(room.room, 0, 2, new Uint8Array([9, 9, 9, 9, 9, 9])),               // an update that is not one
    Buffer.concat([message(room.room, 3), Buffer.from([1, 2])]),                // bytes after the message
    message(room.room, 6, 'broadcast to everyone'),                             // not a provider's message
  ];
  for (const bytes of garbage) {
    const s = await rawSocket(server.ws);
    s.ws.send(bytes);
    const closed = await s.closed;
    assert.ok(closed.code === 4400 || closed.code === 4404, `closed with ${closed.code} ${closed.reason}`);
  }
  const text = await rawSocket(server.ws);
  text.ws.send('a text frame');
  assert.equal((await text.closed).code, 4400);
  await roomStillWorks('after garbage');
});

test('a flood of updates from one connection is cut off', { timeout: 60000 }, async () => {
  const s = await editorSocket(server, room.room, room.editKey);
  const doc = new Y.Doc();
  let closed = null;
  s.closed.then((c) => { closed = c; });
  for (let i = 0; i < 400 && !closed; i++) {
    const sv = Y.encodeStateVector(doc);
    doc.getMap('meta').set('name', `flood ${i}`);
    if (s.ws.readyState === s.ws.OPEN) s.ws.send(message(room.room, 0, 2, Y.encodeStateAsUpdate(doc, sv)));
  }
  assert.deepEqual(await s.closed, { code: 4429, reason: 'too many updates' });
  await roomStillWorks('after a flood');
});

test('one socket cannot open rooms without end', { timeout: 60000 }, async () => {
  const s = await rawSocket(server.ws);
  for (let i = 0; i < 10; i++) s.ws.send(message(`${'Z'.repeat(20)}${String(i).padStart(2, '0')}`, 3));
  assert.equal((await s.closed).code, 4400);
});

test('a socket that never sends its token cannot make the server hold its messages', { timeout: 60000 }, async () => {
  const s = await rawSocket(server.ws);
  const update = bigUpdate(500 * 1024, 'queued');
  let closed = null;
  s.closed.then((c) => { closed = c; });
  for (let i = 0; i < 8 && !closed; i++) {
    s.ws.send(message(room.room, 0, 2, update));
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.deepEqual(await s.closed, { code: 4401, reason: 'too much before the token' });
  await roomStillWorks('after an unauthenticated flood');
});

test('a page cut off for sending too fast reconnects by itself and loses nothing', { timeout: 60000 }, async () => {
  const fast = connect(server.ws, room.room, room.editKey);
  const watcher = connect(server.ws, room.room, '');
  await Promise.all([fast.synced(), watcher.synced()]);
  for (let i = 0; i < 400; i++) edit(fast.doc, (p) => { p.name = `burst ${i}`; });
  await until(() => fast.events.closes.some((c) => c.code === 4429), 'the rate limit closes it');
  await until(() => docToPlan(watcher.doc).name === 'burst 399', 'the last edit arrives after the reconnect');
  fast.destroy();
  watcher.destroy();
});
