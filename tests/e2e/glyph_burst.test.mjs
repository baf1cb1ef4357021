// A burst of new characters (a pasted page of Chinese) is drawn through the browser's fonts over
// several frames, a per-frame budget at a time (web/ui/text/browser_glyphs.cpp), instead of in one
// frame that stalls the page: the app keeps drawing frames on its own until every character on
// screen is drawn, the characters then show, a character no font has is still a visible box,
// and the atlas stays under its cap.
import assert from 'node:assert/strict';

import { sharedSite, appTest, screenshot } from './harness.mjs';
import { decodePng } from './png.mjs';
import { planOf, titleCrops } from './titles.mjs';

const env = sharedSite({ pool: true });

// Dark pixels (text on a white card) in a crop.
function dark(crop) {
  let n = 0;
  for (let i = 0; i < crop.data.length; i += 4) if (crop.data[i] + crop.data[i + 1] + crop.data[i + 2] < 450) ++n;
  return n;
}

appTest(env, '5,000 new CJK characters are drawn over several frames, then show; a missing one is a box', { timeout: 240000 }, async ({ page }) => {
  let burst = '';
  for (let c = 0x5000; c < 0x5000 + 5000; ++c) burst += String.fromCodePoint(c);
  const plan = planOf(['\u{10FFFD}\u{10FFFD}\u{10FFFD}', burst]);
  // After each frame from the load on, how many characters the browser's fonts have drawn since
  // the load; until the app stops drawing by itself (no input meanwhile).
  const counts = await page.evaluate(async (p) => {
    const a = window.alignboard;
    const before = a.atlas().glyphs, first = a.frameCount();
    if (!a.loadPlan(p).ok) return null;
    const out = [];
    let last = first;
    await new Promise((resolve) => {
      const tick = () => {
        const f = a.frameCount();
        if (f !== last) {
          last = f;
          out.push(a.atlas().glyphs - before);
        }
        if (f > first && a.isIdle()) resolve();
        else requestAnimationFrame(tick);
      };
      tick();
    });
    return out;
  }, plan);
  assert.ok(counts, 'the plan loads');
  const total = counts[counts.length - 1];
  assert.ok(total >= 100, `the characters on screen were drawn (${total})`);
  const drawing = counts.filter((n, i) => n > (i ? counts[i - 1] : 0)).length;
  assert.ok(counts[0] < total, `the first frame did not draw them all (${counts[0]} of ${total})`);
  assert.ok(drawing >= 3, `frames kept coming and drawing (${drawing} of ${counts.length} frames drew characters)`);

  const [box] = await titleCrops(page, ['G1'], 'glyph-burst');
  // The burst's card is taller than the page: its title where it is on screen.
  const png = decodePng(await screenshot(page, 'glyph-burst'));
  const r = await page.evaluate(() => window.alignboard.itemRect('G2'));
  assert.ok(r, 'the burst\'s card is on screen');
  const x0 = Math.round(r.x + 12), x1 = Math.round(r.x + r.w - 12);
  const y0 = Math.max(0, Math.round(r.y + 40)), y1 = Math.min(png.height, Math.round(r.y + r.h), y0 + 200);
  const title = { data: Buffer.alloc((x1 - x0) * (y1 - y0) * 4) };
  for (let y = y0; y < y1; ++y) png.data.copy(title.data, (y - y0) * (x1 - x0) * 4, (y * png.width + x0) * 4, (y * png.width + x1) * 4);
  assert.ok(dark(title) > 200, `the burst's characters show on its card (${dark(title)} dark pixels)`);
  assert.ok(dark(box) > 10, 'a character no font has draws a visible box');
  const atlas = await page.evaluate(() => window.alignboard.atlas());
  assert.ok(atlas.bytes <= 4096 * 2048 * 4, `the atlas stays under its cap (${atlas.bytes} bytes)`);
});
