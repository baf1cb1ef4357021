// Pixel density, resizing and render-on-demand: the backing store follows CSS size x DPR, a
// resized window is redrawn at its new size, and an idle board draws no frames at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, waitForFrames, screenshot, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { width: c.width, height: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
});

for (const dpr of [1, 2]) {
  test(`at DPR ${dpr} the canvas backing store is its CSS size times ${dpr}`, async () => {
    const app = await openApp(env.site, await pool.get(dpr));
    try {
      const s = await canvasSize(app.page);
      assert.equal(s.width, Math.round(s.cssW * dpr));
      assert.equal(s.height, Math.round(s.cssH * dpr));
    } finally {
      await app.close();
    }
  });
}

test('a resized window gets a new backing store and a redraw, cards keep their place', async () => {
  const app = await openApp(env.site, await pool.get(2), { width: 1280, height: 800 });
  try {
    const before = await app.page.evaluate(() => window.alignboard.itemRect('G1'));
    const frames = await app.page.evaluate(() => window.alignboard.frameCount());
    await app.page.setViewportSize({ width: 1000, height: 700 });
    await app.page.waitForFunction(() => document.getElementById('canvas').width === 2000);
    await waitForIdle(app.page);
    const s = await canvasSize(app.page);
    assert.deepEqual([s.width, s.height], [2000, 1400]);
    assert.ok((await app.page.evaluate(() => window.alignboard.frameCount())) > frames);
    assert.deepEqual(await app.page.evaluate(() => window.alignboard.itemRect('G1')), before);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

appTest(env, 'an idle board draws no frames for two seconds, and one input wakes it', async ({ app }) => {
  await waitForIdle(app.page);
  const start = await app.page.evaluate(() => window.alignboard.frameCount());
  await app.page.waitForTimeout(2000);  // the period under test, not a wait for the app
  assert.equal(await app.page.evaluate(() => window.alignboard.frameCount()), start);
  await app.page.mouse.move(640, 500);
  await waitForFrames(app.page, 1);
  await waitForIdle(app.page);
});

// Without a GPU each painted frame is the browser's software rasterizer's work (about 60 ms of CPU
// at this size); an input that changes nothing on screen must not paint, and the canvas must go
// on showing its picture, not a cleared one.
appTest(env, 'a frame that shows nothing new is not painted again, and the board stays on screen', async ({ app }) => {
  const counts = () => app.page.evaluate(() => [window.alignboard.frameCount(), window.alignboard.paintCount()]);
  await app.page.mouse.move(640, 500);
  await waitForIdle(app.page);
  const before = await screenshot(app.page, 'display-paint-before');
  const [f0, p0] = await counts();
  await app.page.keyboard.down('Shift');
  await app.page.keyboard.up('Shift');
  await app.page.waitForFunction((target) => window.alignboard.frameCount() >= target, f0 + 2);
  await waitForIdle(app.page);
  const [f1, p1] = await counts();
  assert.ok(f1 - f0 >= 2, `the key ran frames (${f1 - f0})`);
  assert.equal(p1, p0, 'nothing changed on screen, so nothing was painted');
  const after = await screenshot(app.page, 'display-paint-after');
  assert.ok(before.equals(after), 'the canvas still shows the same board');

  await app.page.mouse.wheel(0, 120);
  await waitForIdle(app.page);
  const [, p2] = await counts();
  assert.ok(p2 > p1, 'a pan paints');
  const panned = await screenshot(app.page, 'display-paint-panned');
  assert.ok(!panned.equals(after), 'and the canvas shows the moved board');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'when the pixel ratio changes (another screen, browser zoom) the canvas follows and clicks still land', async ({ app }) => {
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 1280, height: 800, deviceScaleFactor: 2, mobile: false,
  });
  // DevTools emulation does not fire the resolution media query a real screen change fires;
  // the app also checks the ratio on every frame, and a pointer move brings one.
  await app.page.mouse.move(600, 500);
  await app.page.waitForFunction(() => document.getElementById('canvas').width === 2560);
  await waitForIdle(app.page);
  const s = await canvasSize(app.page);
  assert.deepEqual([s.width, s.height], [2560, 1600]);
  const r = await app.page.evaluate(() => window.alignboard.itemRect('k3'));
  await app.page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await waitForIdle(app.page);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), ['k3']);
  await screenshot(app.page, 'selma-dpr1-to-2');
  assert.deepEqual(app.errors, []);
});
