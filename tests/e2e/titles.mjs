// Card titles as pixels, for the tests of how text is drawn (scripts, right to left): a plan of
// goals with given names, and the pixels of each card's title line cut from one screenshot.
import assert from 'node:assert/strict';

import { waitForIdle, screenshot } from './harness.mjs';
import { decodePng } from './png.mjs';

// A plan of goals with these names, one card each in the goals column.
export function planOf(names) {
  return {
    format: 'alignboard.plan', version: 1, name: 'Scripts',
    goals: names.map((name, i) => ({ id: `G${i + 1}`, name })),
  };
}

export async function loadNames(page, names) {
  const result = await page.evaluate((plan) => window.alignboard.loadPlan(plan), planOf(names));
  assert.ok(result.ok, JSON.stringify(result.errors));
  await waitForIdle(page);
}

// The pixels of each card's title line (below the kind label, above the card's bottom edge),
// cut from one screenshot: {width, height, data} in device pixels.
export async function titleCrops(page, ids, name) {
  const png = decodePng(await screenshot(page, name));
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  const crops = [];
  for (const id of ids) {
    const r = await page.evaluate((i) => window.alignboard.itemRect(i), id);
    assert.ok(r, `${id} is on screen`);
    const x0 = Math.round((r.x + 10) * dpr), x1 = Math.round((r.x + r.w - 10) * dpr);
    const y0 = Math.round((r.y + r.h * 0.32) * dpr), y1 = Math.round((r.y + r.h * 0.72) * dpr);
    const width = x1 - x0, height = y1 - y0, data = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; ++y)
      png.data.copy(data, y * width * 4, ((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x1) * 4);
    crops.push({ width, height, data });
  }
  return crops;
}

