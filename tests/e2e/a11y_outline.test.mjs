// The outline view (web/a11y/outline_view.js) and the keyboard: the plan as an editable list in
// a real dialog, built from Blank with keys alone (checked through getPlan()); Tab leaves the
// board and the page; axe-core finds no serious or critical violation in the open view.
import assert from 'node:assert/strict';

import { sharedSite, appTest, call } from './harness.mjs';
import { seriousViolations, tabTo, settled } from './a11y_audit.mjs';

const LIMIT = { timeout: 150_000 };
const env = sharedSite({ pool: true });

const focusedKey = (page) => page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-key'));
const dialogOpen = (page) => page.evaluate(() => {
  const d = document.querySelector('[role=dialog]');
  return !!d && d.offsetParent !== null;
});

// Types into the focused field and confirms with Enter, then waits for the view to show it.
async function typeEnter(page, text) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await settled(page);
}

// The toolbar's New <kind> (reached with Shift+Tab), then the new card's name typed in place.
async function newCard(page, kind, name) {
  await tabTo(page, `new:${kind}`, { back: true });
  await page.keyboard.press('Enter');
  await settled(page);
  if (name) await typeEnter(page, name);
}

appTest(env, 'a plan built from Blank with keys alone in the outline view', { query: '?template=blank' }, LIMIT, async ({ page }) => {
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'CANVAS');
  await settled(page);
  await page.keyboard.press('Alt+Shift+O');
  assert.equal(await dialogOpen(page), true);
  // A goal, named in place.
  await newCard(page, 'goal');
  assert.equal(await focusedKey(page), 'G1@1:title');
  await typeEnter(page, 'Grow spring revenue');
  // A strategy, linked to the goal through the picker.
  await newCard(page, 'strategy', 'Win back lapsed buyers');
  await tabTo(page, 'S1@1:link');
  await page.keyboard.press('Enter');
  assert.equal(await focusedKey(page), 'S1@1:pick');
  await page.keyboard.press('Enter');  // the one choice: the goal
  await settled(page);
  // A KPI on the strategy, with a target.
  await newCard(page, 'kpi', 'Returning buyers');
  await tabTo(page, 'k1@1:link');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');  // past the goal, to the strategy
  await page.keyboard.press('Enter');
  await settled(page);
  await tabTo(page, 'k1@1:target');
  await typeEnter(page, '1200');
  // A stray goal, deleted and brought back by undo, then deleted for good.
  await newCard(page, 'goal');
  await tabTo(page, 'G2@1:delete');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal((await call(page, 'getPlan')).goals.length, 1);
  await tabTo(page, 'undo', { back: true });
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal((await call(page, 'getPlan')).goals.length, 2);
  await tabTo(page, 'G2@1:delete');
  await page.keyboard.press('Enter');
  await settled(page);

  const plan = await call(page, 'getPlan');
  assert.deepEqual(plan.goals.map((g) => [g.id, g.name]), [['G1', 'Grow spring revenue']]);
  assert.deepEqual(plan.strategies.map((s) => [s.id, s.name, s.goals]), [['S1', 'Win back lapsed buyers', ['G1']]]);
  assert.equal(plan.kpis.length, 1);
  assert.equal(plan.kpis[0].metric, 'Returning buyers');
  assert.equal(plan.kpis[0].on, 'S1');
  assert.equal(plan.kpis[0].target, 1200);
  // The score and findings sit beside the list.
  const side = await page.evaluate(() => [document.querySelector('.ab-outline-score').textContent,
    document.querySelector('.ab-outline-findings h3').textContent]);
  const overall = (await call(page, 'getScores')).overall;
  assert.ok(side[0].startsWith(overall === null ? 'Alignment not scored' : `Alignment ${overall.toFixed(1)}`), side[0]);
  assert.match(side[1], /^Findings \(\d+\)$/);
  // Esc closes it and gives the keyboard back to the board.
  await page.keyboard.press('Escape');
  assert.equal(await dialogOpen(page), false);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'CANVAS');
});

appTest(env, 'the outline view keeps focus inside while open, and renames through the same commands', LIMIT, async ({ page }) => {
  await settled(page);
  await page.keyboard.press('Alt+Shift+O');
  assert.equal(await dialogOpen(page), true);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+Tab');  // wraps around, never out
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('[role=dialog]')), true);
  await tabTo(page, 'm11@1:title', { max: 400 });
  await page.keyboard.press('Control+a');
  await typeEnter(page, 'Spring email series, renamed');
  const m11 = (await call(page, 'getPlan')).tactics.find((t) => t.id === 'm11');
  assert.equal(m11.name, 'Spring email series, renamed');
  // The board's undo undoes it, as any edit.
  await call(page, 'undo');
  await settled(page);
  assert.equal((await call(page, 'getPlan')).tactics.find((t) => t.id === 'm11').name, 'Spring email series');
  assert.equal(await page.evaluate(() => document.querySelector('[data-key="m11@1:title"]').value), 'Spring email series');
});

appTest(env, 'axe-core finds no serious or critical violation in the open outline view', LIMIT, async ({ page }) => {
  await settled(page);
  await page.click('.ab-outline-open');
  assert.equal(await dialogOpen(page), true);
  await settled(page);
  assert.deepEqual(await seriousViolations(page), []);
});

appTest(env, 'Tab goes from the board to the Outline button and out of the page', LIMIT, async ({ page }) => {
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'CANVAS');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'ab-outline-open');
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null), true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'CANVAS');
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');
});
