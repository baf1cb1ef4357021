// The page as a visitor first sees it: the Selma sample opens, with a clean console, and the
// canvas shows the plan's cards in Inter at the device pixel ratio (screenshots kept in
// test-results/ for people to look at).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, screenshot, sharedSite, appTest } from './harness.mjs';
import { decodePng, colours, pixel } from './png.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

for (const dpr of [1, 2]) {
  test(`the Selma plan opens with a clean console and draws its cards at DPR ${dpr}`, async () => {
    const app = await openApp(env.site, await pool.get(dpr));
    try {
      const png = decodePng(await screenshot(app.page, `selma-dpr${dpr}`));
      assert.equal(png.width, 1280 * dpr, 'the screenshot is taken at the device pixel ratio');
      assert.ok(colours(png).size > 200, 'a drawn board has many colours, a blank canvas one');

      // The G1 card: white, with text on it, standing out from the board behind it.
      const { x, y, w, h } = await app.page.evaluate(() => window.alignboard.itemRect('G1'));
      const card = colours(png, Math.round(x * dpr), Math.round(y * dpr), Math.round(w * dpr), Math.round(h * dpr));
      assert.ok(card.size > 30, `the card holds text (${card.size} colours)`);
      const inside = pixel(png, (x + w - 12) * dpr, (y + h - 8) * dpr);
      const board = pixel(png, (x - 6) * dpr, (y + h / 2) * dpr);  // the column just left of the card
      assert.deepEqual(inside, [255, 255, 255], 'cards are white');
      assert.notDeepEqual(board, inside, 'the board behind the cards is not white');

      assert.deepEqual(app.errors, [], 'no console errors');
    } finally {
      await app.close();
    }
  });
}

appTest(env, 'a plan URL that does not exist opens an empty board and says why, without console errors from the app', { query: '?plan=plans/missing.json' }, async ({ app }) => {
  const plan = await app.page.evaluate(() => window.alignboard.getPlan());
  assert.equal(plan.goals ? plan.goals.length : 0, 0);
  // The browser itself logs the failed request; nothing else may be in the console.
  const others = app.errors.filter((e) => !/404|Failed to load resource|missing\.json/.test(e));
  assert.deepEqual(others, []);
});
