// The message line (toast) at the bottom of the board never covers the palette or the zoom
// control: between them when it fits, above them when it does not (it covered the palette at
// 1366 pixels wide).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, screenshot, call, sharedSite } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

for (const [width, height] of [[1366, 768], [1024, 768], [1920, 1080]]) {
  test(`at ${width}x${height} a toast covers neither the palette nor the zoom control`, async () => {
    const app = await openApp(env.site, await pool.get(1), { width, height });
    const { page } = app;
    try {
      for (const [key, said] of [['Control+x', /Select cards to cut/], ['Control+s', /keeps no plans/]]) {
        await page.mouse.click(width * 0.3, height * 0.5);  // the board has the keys
        await page.keyboard.press('Escape');
        await page.keyboard.press(key);
        // Placed from its own size, known once drawn: the app draws until it settles (idle).
        // One read of all three as soon as it has, while the message is up (it fades after a
        // few seconds). The earlier key's message may still be up: wait for this key's.
        const { notice, zoom, buttons } = await (await page.waitForFunction((pattern) => {
          const ab = window.alignboard;
          if (!new RegExp(pattern).test(ab.lastMessage())) return false;
          const notice = ab.isIdle() && ab.overlayRect('notice');
          return notice && { notice, zoom: ab.overlayRect('zoom'),
                             buttons: ['goal', 'strategy', 'tactic', 'kpi'].map((k) => ab.paletteRect(k)) };
        }, said.source)).jsonValue();
        assert.match(await call(page, 'lastMessage'), said);
        assert.ok(notice && zoom, `both are on screen: ${JSON.stringify({ notice, zoom })}`);
        assert.ok(!overlaps(notice, zoom), `clear of the zoom control: ${JSON.stringify({ notice, zoom })}`);
        for (const button of buttons) {
          assert.ok(!overlaps(notice, button), `clear of the palette: ${JSON.stringify({ notice, button })}`);
        }
        assert.ok(notice.y + notice.h <= height && notice.x >= 0, 'inside the page');
      }
      await screenshot(page, `toast-${width}x${height}`);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
