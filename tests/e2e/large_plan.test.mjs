// A plan of 2,000 cards (core's generator) loads into the real page and the board pans with the
// real mouse: the cards follow the pointer. No timing is asserted here (see bench/frame_time.mjs).
import assert from 'node:assert/strict';

import { sharedSite, appTest } from './harness.mjs';
import { loadGenerated, emptyBoardPoint, specFor, visibleIds } from './bench/frame_time.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

appTest(env, 'a 2,000-card plan loads and the board pans under the mouse', { width: 1280, height: 800 }, async ({ page, app }) => {
  await loadGenerated(page, 2000);
  const plan = await page.evaluate(() => window.alignboard.getPlan());
  const spec = specFor(2000);
  assert.equal(plan.goals.length, spec.goals);
  assert.equal(plan.tactics.length, spec.tactics);
  assert.equal(plan.goals.length + plan.strategies.length + plan.tactics.length + plan.kpis.length, 2000);

  const shown = await visibleIds(page);
  assert.ok(shown.length > 5 && shown.length < 400, `a screenful of cards, not all: ${shown.length}`);
  const id = shown[0];
  const before = await page.evaluate((i) => window.alignboard.itemRect(i), id);

  const from = await emptyBoardPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y - 100, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction(() => window.alignboard.isIdle());

  const afterRect = await page.evaluate((i) => window.alignboard.itemRect(i), id);
  assert.ok(afterRect, `${id} is still on screen`);
  assert.ok(Math.abs(afterRect.x - (before.x + 40)) < 1.5, `x follows the pointer: ${before.x} -> ${afterRect.x}`);
  assert.ok(Math.abs(afterRect.y - (before.y - 100)) < 1.5, `y follows the pointer: ${before.y} -> ${afterRect.y}`);
  assert.deepEqual(await page.evaluate(() => window.alignboard.selection()), [], 'a pan selects nothing');
  assert.deepEqual(app.errors, []);
});
