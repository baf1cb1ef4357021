// Making and joining rooms: the edit key, view links, bad and unknown room ids.
import test from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, startRoomServer, makeRoom, connect, until, rawSocket, selma, edit } from './helpers.mjs';
import { docToPlan } from '../../web/collab/plan_doc.js';

test.after(closeAll);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rename = (doc, name) => edit(doc, (p) => { p.name = name; });

let server;
test.before(async () => { server = await startRoomServer(); });
test.after(async () => { await server.stop(); });

test('a room made from a plan has a 128-bit id and edit key, and holds the plan', { timeout: 60000 }, async () => {
  const made = await makeRoom(server, selma);
  assert.equal(made.status, 201);
  assert.match(made.body.room, /^[A-Za-z0-9_-]{22}$/);
  assert.match(made.body.editKey, /^[A-Za-z0-9_-]{22}$/);
  assert.notEqual(made.body.room, made.body.editKey);
  const other = await makeRoom(server, selma);
  assert.notEqual(other.body.room, made.body.room, 'every room is new');
  const client = connect(server.ws, made.body.room, made.body.editKey);
  await client.synced();
  assert.equal(docToPlan(client.doc).name, selma.name);
  assert.equal(docToPlan(client.doc).tactics.length, selma.tactics.length);
  client.destroy();
});

test('what is not a plan does not make a room', { timeout: 60000 }, async () => {
  for (const body of ['not json', JSON.stringify({ format: 'something else' }), '[1,2]']) {
    const res = await fetch(`${server.url}/collab/rooms`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(res.status, 400, body);
    assert.match((await res.json()).error, /JSON|plan/);
  }
  const text = await fetch(`${server.url}/collab/rooms`, { method: 'POST', body: JSON.stringify(selma) });
  assert.equal(text.status, 415, 'a plan must be sent as JSON');
  assert.equal((await fetch(`${server.url}/collab/rooms`)).status, 405);
});

test('an edit link changes the room for everyone; a view link cannot write', { timeout: 60000 }, async () => {
  const made = (await makeRoom(server, selma)).body;
  const editor = connect(server.ws, made.room, made.editKey);
  const viewer = connect(server.ws, made.room, '');
  await Promise.all([editor.synced(), viewer.synced()]);
  rename(editor.doc, 'by the editor');
  await until(() => docToPlan(viewer.doc).name === 'by the editor', 'the viewer sees the edit');

  rename(viewer.doc, 'by the viewer');
  await sleep(500);
  assert.equal(docToPlan(editor.doc).name, 'by the editor', 'the editor never sees the viewer\'s change');
  const late = connect(server.ws, made.room, made.editKey);
  await late.synced();
  assert.equal(docToPlan(late.doc).name, 'by the editor', 'nor does the server keep it');
  for (const c of [editor, viewer, late]) c.destroy();
});

test('a wrong edit key is refused, and so is a room that was never made', { timeout: 60000 }, async () => {
  const made = (await makeRoom(server, selma)).body;
  const wrong = connect(server.ws, made.room, 'AAAAAAAAAAAAAAAAAAAAAA');
  await until(() => wrong.events.failures.length > 0, 'a refusal');
  assert.equal(wrong.events.failures[0], 'wrong-edit-key');
  assert.equal(wrong.provider.isSynced, false);
  wrong.destroy();
  const unknown = connect(server.ws, 'BBBBBBBBBBBBBBBBBBBBBB', '');
  await until(() => unknown.events.failures.length > 0, 'a refusal');
  assert.equal(unknown.events.failures[0], 'no-such-room');
  unknown.destroy();
});

test('a bad room id closes the connection', { timeout: 60000 }, async () => {
  for (const name of ['short', '../../etc/passwd', 'A'.repeat(23), 'AAAAAAAAAAAAAAAAAAAA~~']) {
    const client = connect(server.ws, name, '');
    await until(() => client.events.closes.length > 0, `${name} closed`);
    assert.deepEqual(client.events.closes[0], { code: 4404, reason: 'bad room id' }, name);
    assert.equal(client.provider.isSynced, false);
    client.destroy();
  }
});

test('only /collab upgrades to a WebSocket; the app is still served', { timeout: 60000 }, async () => {
  await assert.rejects(rawSocket(server.ws.replace('/collab', '/other')));
  const page = await fetch(`${server.url}/`);
  assert.equal(page.status, 200);
  const health = await (await fetch(`${server.url}/collab/health`)).json();
  assert.equal(typeof health.rooms, 'number');
});
