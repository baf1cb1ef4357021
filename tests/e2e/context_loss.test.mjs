// A lost WebGL context (a GPU reset, a tab swapped out) never loses the plan: the app pauses
// drawing, and when the browser gives the context back it draws the same plan again.
import assert from 'node:assert/strict';

import { waitForIdle, screenshot, sharedSite, appTest } from './harness.mjs';
import { decodePng, colours } from './png.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

appTest(env, 'after a forced context loss and restore the same plan is drawn again', async ({ app }) => {
  await app.page.evaluate(() => window.alignboard.apply({ op: 'link', child: 'm11', parent: 'S2' }));
  const plan = await app.page.evaluate(() => JSON.stringify(window.alignboard.getPlan()));
  await app.page.evaluate(() => {
    const gl = document.getElementById('canvas').getContext('webgl2');
    window.__lose = gl.getExtension('WEBGL_lose_context');
    window.__lost = new Promise((r) => document.getElementById('canvas')
      .addEventListener('webglcontextlost', () => r(), { once: true }));
    window.__lose.loseContext();
    return window.__lost;
  });
  const notice = await app.page.locator('.ab-notice').textContent();
  assert.match(notice, /interrupted/i, 'the page says what happened');
  await app.page.evaluate(() => window.__lose.restoreContext());
  await app.page.waitForFunction(() => document.querySelector('.ab-notice').hidden);
  await waitForIdle(app.page);
  assert.equal(await app.page.evaluate(() => JSON.stringify(window.alignboard.getPlan())), plan);
  const png = decodePng(await screenshot(app.page, 'after-context-restore'));
  assert.ok(colours(png).size > 200, 'the board is drawn again');
  assert.deepEqual(app.errors, []);
});
