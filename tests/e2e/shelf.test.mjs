// The shelf above the columns: products (big pushes first and marked) and customer insights
// have cards, and dragging a product onto a tactic links them, with the score previewed.
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, call, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

appTest(env, 'products and insights sit on the shelf above the columns, the big push first', async ({ page, app }) => {
  const plan = await call(page, 'getPlan');
  const push = plan.products.find((p) => p.big_push);
  const other = plan.products.find((p) => !p.big_push);
  const pushRect = await call(page, 'itemRect', push.id);
  const otherRect = await call(page, 'itemRect', other.id);
  const insightRect = await call(page, 'itemRect', plan.insights[0].id);
  const goalRect = await call(page, 'itemRect', 'G1');
  assert.ok(pushRect && otherRect && insightRect, 'shelf cards are on screen');
  assert.ok(pushRect.y + pushRect.h < goalRect.y, 'the shelf is above the goals');
  assert.ok(pushRect.x < otherRect.x, 'the big push comes first');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'dragging a product onto a tactic links them; undo unlinks', async ({ page, app }) => {
  const plan = await call(page, 'getPlan');
  const product = plan.products.find((p) => !(plan.tactics.find((t) => t.id === 'm2').products || []).includes(p.id));
  assert.ok(product, 'a product m2 is not linked to');
  const from = await itemCentre(page, product.id);
  const to = await itemCentre(page, 'm2');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10);
  }
  const preview = await call(page, 'dragPreview');
  assert.ok(preview && preview.ok, `the drop is accepted: ${JSON.stringify(preview)}`);
  assert.match(preview.text, /→/);
  await page.mouse.up();
  await waitForIdle(page);
  const m2 = (await call(page, 'getPlan')).tactics.find((t) => t.id === 'm2');
  assert.ok(m2.products.includes(product.id));
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  const back = (await call(page, 'getPlan')).tactics.find((t) => t.id === 'm2');
  assert.ok(!(back.products || []).includes(product.id));
});
