// The test bridge answers as BRIDGE.md says: the plan, the scores of the score engine, item
// rectangles, loading plans (refusing bad ones untouched) and commands with undo and redo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { browserPool, startSite, openApp, waitForIdle } from './harness.mjs';

let site;
const pool = browserPool();
let app;
before(async () => {
  site = await startSite();
  app = await openApp(site, await pool.get(1));
});
after(async () => {
  await app.close();
  await pool.closeAll();
  await site.close();
});

const call = (fn, arg) => app.page.evaluate(fn, arg);

test('the bridge gives the open plan and its scores', async () => {
  const plan = await call(() => window.alignboard.getPlan());
  assert.equal(plan.name, 'Selma spring launch');
  assert.equal(plan.tactics.length, 11);
  const scores = await call(() => window.alignboard.getScores());
  assert.equal(scores.overall, 88.5);
  assert.equal(scores.completeness, 100);
});

test('a goal card lies inside the canvas, in page CSS pixels', async () => {
  const rect = await call(() => window.alignboard.itemRect('G1'));
  const canvas = await call(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  });
  assert.ok(rect, 'G1 is on screen');
  assert.ok(rect.w > 100 && rect.h > 40, 'the card has a card-like size');
  assert.ok(rect.x >= canvas.x && rect.y >= canvas.y, 'top-left inside the canvas');
  assert.ok(rect.x + rect.w <= canvas.x + canvas.w && rect.y + rect.h <= canvas.y + canvas.h);
  assert.equal(await call(() => window.alignboard.itemRect('no-such-item')), null);
});

test('loading text that is not JSON is refused with errors and leaves the plan untouched', async () => {
  const before = await call(() => JSON.stringify(window.alignboard.getPlan()));
  const revision = await call(() => window.alignboard.revision());
  const result = await call(() => window.alignboard.loadPlan('{"format": "alignboard.plan", '));
  assert.equal(result.ok, false);
  assert.ok(result.errors.length > 0 && typeof result.errors[0].message === 'string');
  assert.ok('path' in result.errors[0]);
  assert.equal(await call(() => JSON.stringify(window.alignboard.getPlan())), before);
  assert.equal(await call(() => window.alignboard.revision()), revision);
});

test('loading a plan object replaces the plan as one undoable step', async () => {
  const plan = {
    format: 'alignboard.plan', version: 1, name: 'Bakery spring',
    goals: [{ id: 'g1', name: 'Sell 500 cakes' }],
    strategies: [{ id: 's1', name: 'Weekend stalls', goals: ['g1'] }],
  };
  const result = await call((p) => window.alignboard.loadPlan(p), plan);
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  assert.equal((await call(() => window.alignboard.getPlan())).name, 'Bakery spring');
  await waitForIdle(app.page);
  assert.ok(await call(() => window.alignboard.itemRect('s1')), 'the new plan is on the board');
  assert.equal(await call(() => window.alignboard.undo()), true);
  assert.equal((await call(() => window.alignboard.getPlan())).name, 'Selma spring launch');
});

test('a link command through the bridge changes the plan and the score, and undo restores both', async () => {
  const rev = await call(() => window.alignboard.revision());
  const result = await call(() => window.alignboard.apply({ op: 'link', child: 'm11', parent: 'S2' }));
  assert.deepEqual(result, { ok: true, error: '' });
  const m11 = (await call(() => window.alignboard.getPlan())).tactics.find((t) => t.id === 'm11');
  assert.deepEqual(m11.strategies, ['S2']);
  assert.notEqual((await call(() => window.alignboard.getScores())).overall, 88.5);
  assert.ok((await call(() => window.alignboard.revision())) > rev);
  assert.equal(await call(() => window.alignboard.undo()), true);
  assert.equal((await call(() => window.alignboard.getScores())).overall, 88.5);
  assert.equal(await call(() => window.alignboard.redo()), true);
  assert.notEqual((await call(() => window.alignboard.getScores())).overall, 88.5);
  await call(() => window.alignboard.undo());
});

test('a command the model refuses says why and changes nothing', async () => {
  const rev = await call(() => window.alignboard.revision());
  const refused = await call(() => window.alignboard.apply({ op: 'link', child: 'G1', parent: 'k1' }));
  assert.equal(refused.ok, false);
  assert.ok(refused.error.length > 0);
  const notJson = await call(() => window.alignboard.apply('{op: link'));
  assert.equal(notJson.ok, false);
  assert.equal(await call(() => window.alignboard.revision()), rev);
});
