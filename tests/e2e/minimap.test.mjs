// The minimap: on a plan too large to read at once it shows in the board's bottom-right corner,
// clear of the palette and the side panel, and a click on it moves the camera there; the small
// Selma sample fits the board, so it has none.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, waitForFrames, screenshot, call, sharedSite } from './harness.mjs';
import { loadGenerated, visibleIds } from './bench/frame_time.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const VIEW = { width: 1280, height: 800 };
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

async function clickAt(page, x, y) {
  await page.mouse.click(x, y);
  await waitForIdle(page);
}

test('a large plan shows the minimap; clicks on it move the camera', async () => {
  const app = await openApp(env.site, await pool.get(1), VIEW);
  const { page } = app;
  try {
    await loadGenerated(page, 2000);
    const map = await call(page, 'minimapRect');
    assert.ok(map && map.w > 40 && map.h > 40, `the minimap shows: ${JSON.stringify(map)}`);
    const canvas = await page.evaluate(() => document.querySelector('canvas').getBoundingClientRect().toJSON());
    assert.ok(map.x >= canvas.left && map.y >= canvas.top + 56, 'inside the board, below the top bar');
    assert.ok(map.x + map.w <= canvas.left + VIEW.width - 340, 'left of the side panel');
    assert.ok(map.y + map.h <= canvas.top + VIEW.height, 'above the bottom edge');
    for (const kind of ['goal', 'strategy', 'tactic', 'kpi']) {
      const button = await call(page, 'paletteRect', kind);
      assert.ok(!overlaps(map, button), `clear of the palette's ${kind} button`);
    }
    await screenshot(page, 'minimap-2000');

    const top = await visibleIds(page);
    assert.ok(top.includes('G1'), 'the fitted view starts at the top of the plan');

    // Near the bottom of the map: the camera goes to the end of the plan.
    await clickAt(page, map.x + map.w * 0.6, map.y + map.h - 8);
    const bottom = await visibleIds(page);
    assert.ok(bottom.length > 0, 'cards are on screen there');
    assert.ok(!bottom.includes('G1'), 'the top of the plan is off screen');
    assert.ok(bottom.every((id) => !top.includes(id)), 'a different part of the plan is on screen');

    // Back to the top edge: the camera stops at the plan's top instead of centring past it.
    await clickAt(page, map.x + map.w * 0.2, map.y + 2);
    assert.ok((await visibleIds(page)).includes('G1'), 'the top of the plan is back');
    assert.deepEqual(await call(page, 'selection'), [], 'map clicks select nothing');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('dragging on the minimap moves the camera with the pointer', async () => {
  const app = await openApp(env.site, await pool.get(1), VIEW);
  const { page } = app;
  try {
    await loadGenerated(page, 10000);
    const map = await call(page, 'minimapRect');
    assert.ok(map, 'the minimap shows on 10,000 cards');
    const x = map.x + map.w * 0.6;
    await page.mouse.move(x, map.y + 10);
    await page.mouse.down();
    await page.mouse.move(x, map.y + map.h * 0.5, { steps: 6 });
    await waitForFrames(page, 2);  // the button is held: frames keep coming
    const middle = await visibleIds(page);
    await page.mouse.move(x, map.y + map.h - 6, { steps: 6 });
    await page.mouse.up();
    await waitForIdle(page);
    const end = await visibleIds(page);
    assert.ok(middle.length > 0 && end.length > 0);
    assert.ok(end.every((id) => !middle.includes(id)), 'the view followed the drag');
  } finally {
    await app.close();
  }
});

test('the small Selma sample fits the board: no minimap', async () => {
  const app = await openApp(env.site, await pool.get(1), VIEW);
  const { page } = app;
  try {
    assert.equal((await call(page, 'getPlan')).name, 'Selma spring launch');
    assert.equal(await call(page, 'minimapRect'), null);
    await loadGenerated(page, 2000);
    assert.notEqual(await call(page, 'minimapRect'), null);
    await call(page, 'undo');
    await waitForIdle(page);
    assert.equal(await call(page, 'minimapRect'), null, 'back to Selma, the map goes');
  } finally {
    await app.close();
  }
});
