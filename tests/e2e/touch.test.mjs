// Touch input through Chromium's touch events (as a tablet sends them): a tap selects the card
// under the finger, one finger on empty board pans, two fingers pinch-zoom around their centre.
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

// Sends one touch event with the given finger positions (CSS pixels of the page).
async function touch(cdp, type, points) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i })),
  });
}

async function fingers(page) {
  const cdp = await page.context().newCDPSession(page);
  return cdp;
}

appTest(env, 'a tap on a card selects it', async ({ app }) => {
  const cdp = await fingers(app.page);
  const c = await itemCentre(app.page, 'm2');
  await touch(cdp, 'touchStart', [c]);
  await touch(cdp, 'touchEnd', []);
  await waitForIdle(app.page);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), ['m2']);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'one finger dragged on empty board pans it', async ({ app }) => {
  const cdp = await fingers(app.page);
  const g2 = await itemCentre(app.page, 'G2');
  const start = { x: g2.x, y: g2.rect.y + g2.rect.h + 200 };
  await touch(cdp, 'touchStart', [start]);
  for (let i = 1; i <= 5; i++) await touch(cdp, 'touchMove', [{ x: start.x + 12 * i, y: start.y - 10 * i }]);
  await touch(cdp, 'touchEnd', []);
  await waitForIdle(app.page);
  const after = await itemCentre(app.page, 'G2');
  assert.ok(Math.abs(after.x - (g2.x + 60)) <= 1.01, `x ${after.x} vs ${g2.x + 60}`);
  assert.ok(Math.abs(after.y - (g2.y - 50)) <= 1.01, `y ${after.y} vs ${g2.y - 50}`);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), []);
});

appTest(env, 'two fingers spreading apart zoom in around their centre and click nothing', async ({ app }) => {
  const cdp = await fingers(app.page);
  const c = await itemCentre(app.page, 'S2');
  const rev = await app.page.evaluate(() => window.alignboard.revision());
  await touch(cdp, 'touchStart', [{ x: c.x - 40, y: c.y }]);
  await touch(cdp, 'touchStart', [{ x: c.x - 40, y: c.y }, { x: c.x + 40, y: c.y }]);
  for (let i = 1; i <= 5; i++) {
    await touch(cdp, 'touchMove', [{ x: c.x - 40 - 8 * i, y: c.y }, { x: c.x + 40 + 8 * i, y: c.y }]);
  }
  await touch(cdp, 'touchEnd', []);
  await waitForIdle(app.page);
  const after = await itemCentre(app.page, 'S2');
  const ratio = after.rect.w / c.rect.w;
  assert.ok(Math.abs(ratio - 2) < 0.02, `zoomed as far as the fingers spread, 80 to 160 px (${ratio})`);
  assert.ok(Math.abs(after.x - c.x) <= 1.01 && Math.abs(after.y - c.y) <= 1.01, 'the centre stays put');
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), []);
  assert.equal(await app.page.evaluate(() => window.alignboard.revision()), rev);
});
