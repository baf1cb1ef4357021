// A room survives its server: killed with -9 right after acknowledging changes, restarted on the
// same port and data folder, it has every acknowledged change, and the clients that were
// connected reconnect by themselves and go on editing.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { closeAll, startRoomServer, makeRoom, connect, until, tempDir, selma, edit } from './helpers.mjs';
import { docToPlan } from '../../web/collab/plan_doc.js';

test.after(closeAll);

test('kill -9 and restart: no acknowledged change is lost, and clients reconnect by themselves', { timeout: 60000 }, async () => {
  const dataDir = path.join(tempDir('persist'), 'nested', 'data');
  let server = await startRoomServer({ dataDir });
  assert.ok(existsSync(path.join(dataDir, 'rooms.sqlite')), 'the database is made on first start');
  const made = (await makeRoom(server, selma)).body;
  const a = connect(server.ws, made.room, made.editKey);
  const b = connect(server.ws, made.room, made.editKey);
  await Promise.all([a.synced(), b.synced()]);

  // Many small edits, each acknowledged, then the server dies at once (long before the 2 s
  // debounce of the full store): only the update log can have kept them.
  for (let i = 0; i < 30; i++) edit(a.doc, (p) => { p.tactics[i % p.tactics.length].budget = 1000 + i; p.name = `edit ${i}`; });
  edit(b.doc, (p) => { p.goals.push({ id: 'G_from_b', name: 'added by b', owners: [] }); });
  await Promise.all([a.acked(), b.acked()]);
  const expected = docToPlan(a.doc);
  await server.kill('SIGKILL');

  await until(() => a.provider.isSynced === false || a.socket.status !== 'connected', 'a notices');
  // While the server is down a keeps editing (offline).
  edit(a.doc, (p) => { p.name = 'made while the server was down'; });

  server = await startRoomServer({ dataDir, port: server.port });
  const fresh = connect(server.ws, made.room, made.editKey);
  await fresh.synced();
  const stored = docToPlan(fresh.doc);
  assert.equal(stored.tactics.length, expected.tactics.length);
  for (const t of expected.tactics) assert.equal(stored.tactics.find((x) => x.id === t.id).budget, t.budget);
  assert.ok(stored.goals.some((g) => g.id === 'G_from_b'), 'b\'s acknowledged card survived');

  // a and b reconnect without being told to; a's offline edit reaches everyone.
  await Promise.all([a.synced(), b.synced()]);
  await until(() => docToPlan(fresh.doc).name === 'made while the server was down', 'the offline edit arrives');
  await until(() => docToPlan(b.doc).name === 'made while the server was down', 'b gets it too');
  edit(b.doc, (p) => { p.name = 'after the restart'; });
  await until(() => docToPlan(a.doc).name === 'after the restart', 'live again');
  for (const c of [a, b, fresh]) c.destroy();

  // A clean stop keeps everything too.
  await server.stop();
  server = await startRoomServer({ dataDir, port: server.port });
  const last = connect(server.ws, made.room, made.editKey);
  await last.synced();
  assert.equal(docToPlan(last.doc).name, 'after the restart');
  last.destroy();
  await server.stop();
});
