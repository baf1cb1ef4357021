// Browser zoom, motion and contrast: at 200% and 400% zoom (a 1280x800 window's CSS viewport
// shrinks by the zoom while the device pixel ratio grows by it) the canvas stays sharp and the
// outline view fits on screen; prefers-reduced-motion leaves the outline view without transitions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { startSite, launchBrowser, openApp } from './harness.mjs';

const LIMIT = { timeout: 150_000 };
let site;
before(async () => { site = await startSite(); });
after(async () => { await site.close(); });

for (const zoom of [2, 4]) {
  test(`at ${zoom * 100}% zoom the canvas follows the pixel ratio and the outline view fits`, LIMIT, async () => {
    const width = 1280 / zoom, height = 800 / zoom;
    const browser = await launchBrowser({ dpr: zoom, width, height });
    try {
      const app = await openApp(site, browser, { width, height });
      const page = app.page;
      await page.waitForSelector('.ab-outline-open');
      const s = await page.evaluate(() => {
        const c = document.querySelector('canvas');
        const r = c.getBoundingClientRect();
        return { width: c.width, height: c.height, cssW: r.width, cssH: r.height };
      });
      assert.equal(s.width, Math.round(s.cssW * zoom));
      assert.equal(s.height, Math.round(s.cssH * zoom));
      const button = await page.evaluate(() => {
        const r = document.querySelector('.ab-outline-open').getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      assert.ok(button.left >= 0 && button.top >= 0 && button.right <= width && button.bottom <= height, JSON.stringify(button));
      await page.keyboard.press('Alt+Shift+O');
      const box = await page.evaluate(() => {
        const r = document.querySelector('[role=dialog]').getBoundingClientRect();
        const close = document.querySelector('.ab-outline-close').getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, closeRight: close.right };
      });
      assert.ok(box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height, JSON.stringify(box));
      assert.ok(box.closeRight <= box.right, 'the Close button is not cut off');
      await app.close();
    } finally {
      await browser.close();
    }
  });
}

test('prefers-reduced-motion turns the outline view\'s transitions off', LIMIT, async () => {
  const browser = await launchBrowser();
  try {
    const app = await openApp(site, browser);
    await app.page.waitForSelector('.ab-outline-open');
    const duration = () => app.page.evaluate(() => getComputedStyle(document.querySelector('.ab-outline-close')).transitionDuration);
    await app.page.keyboard.press('Alt+Shift+O');
    assert.notEqual(await duration(), '0s');
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await duration(), '0s');
    await app.close();
  } finally {
    await browser.close();
  }
});
