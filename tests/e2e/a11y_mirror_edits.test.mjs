// The accessible mirror after edits (web/a11y/board_mirror.js applies only the edit between two
// outlines, core/export/outline_diff.hpp): after renames, adds, links, unlinks, deletes, undo and
// redo, and a plan opened in place of the one on screen, the tree names every item with its
// title and score, under the parents the plan gives it, and is row for row the tree a fresh page
// builds whole from the same plan.
import assert from 'node:assert/strict';

import { sharedSite, appTest, call } from './harness.mjs';
import { settled } from './a11y_audit.mjs';

const LIMIT = { timeout: 180_000 };
const env = sharedSite({ pool: true });

// The tree as a screen reader gets it: [{id, level, name}] in order, with its active item's id.
const treeRows = (page) => page.evaluate(() => Array.from(document.querySelectorAll('[role=tree] [role=treeitem]'))
  .map((el) => ({ id: el.dataset.id || '', level: Number(el.getAttribute('aria-level')), name: el.textContent,
                  pos: el.getAttribute('aria-posinset'), size: el.getAttribute('aria-setsize') })));

// Names, scores and parents of the tree against the plan and its scores.
async function checkAgainstPlan(page, what) {
  const rows = await treeRows(page);
  const plan = await call(page, 'getPlan');
  const scores = await call(page, 'getScores');
  const parentsOf = {};
  plan.strategies.forEach((s) => { parentsOf[s.id] = s.goals; });
  plan.tactics.forEach((t) => { parentsOf[t.id] = t.strategies; });
  plan.kpis.forEach((k) => { parentsOf[k.id] = k.on ? [k.on] : []; });
  const stack = [];
  for (const row of rows) {
    stack.length = row.level - 1;
    const parent = stack[row.level - 2];
    if (parent) assert.ok((parentsOf[row.id] || []).includes(parent), `${what}: ${row.id} is shown under ${parent}`);
    stack[row.level - 1] = row.id;
  }
  for (const [list, kind] of [['goals', 'Goal'], ['strategies', 'Strategy'], ['tactics', 'Tactic']]) {
    for (const item of plan[list]) {
      const shown = rows.filter((r) => r.id === item.id);
      // One row under each parent it has (or one of its own at the top).
      assert.equal(shown.length >= Math.max(1, (parentsOf[item.id] || []).length), true, `${what}: ${item.id} rows`);
      const score = list === 'goals' ? scores.goals[item.id].overall : scores[list][item.id];
      for (const r of shown) {
        assert.ok(r.name.startsWith(`${kind}: ${item.name}.`), `${what}: ${r.name}`);
        if (score !== null) assert.ok(r.name.includes(`Score ${score.toFixed(1)}, `), `${what}: ${r.name} (score ${score})`);
      }
    }
  }
  return rows;
}

appTest(env, 'after every kind of edit the mirror matches the plan and a whole rebuild of it', LIMIT, async ({ page }) => {
  await settled(page);
  const edits = [
    { op: 'set', id: 'm11', field: 'name', value: 'Spring email series, renamed' },
    { op: 'add', kind: 'tactic', item: { id: 'm99', name: 'Window display', strategies: ['S2'] } },
    { op: 'link', child: 'm1', parent: 'S2' },
    { op: 'unlink', child: 'm3', parent: 'S1' },
    { op: 'set', id: 'k2', field: 'target', value: 40 },
    { op: 'remove', ids: ['S1'] },
  ];
  for (const command of edits) {
    const r = await call(page, 'apply', command);
    assert.equal(r.ok, true, `${JSON.stringify(command)}: ${r.error}`);
    await settled(page);
    await checkAgainstPlan(page, command.op);
  }
  for (const step of ['undo', 'undo', 'redo']) {
    await call(page, step);
    await settled(page);
    await checkAgainstPlan(page, step);
  }
  // Another plan in place of this one: the whole tree changes.
  const other = await page.evaluate(() => window.alignboard.generatePlan({ goals: 3, strategies: 9, tactics: 30, kpis: 10, seed: 5 }));
  assert.equal((await call(page, 'loadPlan', other)).ok, true);
  await settled(page);
  await checkAgainstPlan(page, 'loadPlan');
  assert.equal((await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Renamed after the swap' })).ok, true);
  await settled(page);
  const rows = await checkAgainstPlan(page, 'rename after the swap');

  // A fresh page that opens the same plan (?plan=) builds its tree whole, from its first
  // outline: the same rows, row for row.
  const plan = await call(page, 'getPlan');
  const fresh = await (await env.pool.get(1)).context.newPage();
  try {
    await fresh.route('**/mirror-plan.json', (route) => route.fulfill({ status: 200, contentType: 'application/json',
                                                                        body: JSON.stringify(plan) }));
    await fresh.goto(`${env.site.url}?plan=mirror-plan.json&storage=none`);
    await fresh.waitForFunction(() => window.alignboardReady !== undefined);
    await fresh.evaluate(() => window.alignboardReady.then(() => true));
    await settled(fresh);
    assert.equal((await call(fresh, 'getPlan')).goals[0].name, 'Renamed after the swap');
    assert.deepEqual(rows, await treeRows(fresh));
  } finally {
    await fresh.close();
  }
});
