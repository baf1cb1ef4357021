// Two servers behind one name: they share rooms through a real redis-server (started here) and
// one data folder. People on different servers edit one room live; when one server dies, what
// it acknowledged is on the other and in the database.
import test from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, startRoomServer, startRedis, makeRoom, connect, until, tempDir, selma, edit } from './helpers.mjs';
import { docToPlan } from '../../web/collab/plan_doc.js';

test.after(closeAll);

const redis = await startRedis();

test('two servers share a room through Redis; one dies and nothing acknowledged is lost',
  { timeout: 90000, skip: redis ? false : 'redis-server is not installed (scripts/setup.sh installs it)' }, async () => {
    const dataDir = tempDir('shared');
    const one = await startRoomServer({ dataDir, redisUrl: redis.url });
    const two = await startRoomServer({ dataDir, redisUrl: redis.url });
    const made = (await makeRoom(one, selma)).body;
    const a = connect(one.ws, made.room, made.editKey);
    const b = connect(two.ws, made.room, made.editKey);
    await Promise.all([a.synced(), b.synced()]);
    assert.equal(docToPlan(b.doc).name, selma.name, 'a room made on one server opens on the other');

    const t = selma.tactics[0].id;
    edit(a.doc, (p) => { p.tactics[0].name = 'from server one'; });
    edit(b.doc, (p) => { p.tactics[0].budget = 777; p.goals.push({ id: 'G_two', name: 'on two', owners: [] }); });
    await until(() => {
      const pa = docToPlan(a.doc);
      const tac = pa.tactics.find((x) => x.id === t);
      return tac.name === 'from server one' && tac.budget === 777 && pa.goals.some((g) => g.id === 'G_two');
    }, 'both edits on server one\'s client');
    assert.deepEqual(docToPlan(a.doc), docToPlan(b.doc));

    // Server one acknowledges a burst of edits, then dies at once.
    for (let i = 0; i < 20; i++) edit(a.doc, (p) => { p.name = `one ${i}`; });
    await a.acked();
    await one.kill('SIGKILL');
    await until(() => docToPlan(b.doc).name === 'one 19', 'server two has every acknowledged edit');

    // A newcomer on server two, and a restarted server one, both read it.
    const c = connect(two.ws, made.room, made.editKey);
    await c.synced();
    assert.equal(docToPlan(c.doc).name, 'one 19');
    const again = await startRoomServer({ dataDir, redisUrl: redis.url, port: one.port });
    await a.synced();   // a reconnected to its server by itself
    edit(a.doc, (p) => { p.name = 'back on one'; });
    await until(() => docToPlan(c.doc).name === 'back on one', 'live across servers again');
    for (const x of [a, b, c]) x.destroy();
    await again.stop();
    await two.stop();
  });

test.after(() => redis && redis.stop());
