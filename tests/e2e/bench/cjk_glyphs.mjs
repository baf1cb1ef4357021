// What a script beyond Inter costs the first time it shows: 1,000 CJK characters never drawn
// before (one card title, so they appear in one frame) go through the browser's fonts into the
// atlas (web/ui/text/browser_glyphs.cpp). Prints
//   bench cjk_1000_new_glyphs_all_drawn <ms> ms    (loadPlan until every glyph is drawn, median of 3;
//                                                  a frame rasterizes for about 8 ms at most and
//                                                  leaves the rest to later frames, so the page
//                                                  answers meanwhile)
//   bench cjk_1000_new_glyphs_longest_frame <ms> ms (the longest C++ frame meanwhile, median)
//   bench cjk_1000_new_glyphs_atlas <MB> MB        (the atlas's RGBA pixels after them, CPU copy)
// It reports and never fails on a figure: the machine may be busy.
import { startSite, launchBrowser, openApp, waitForIdle } from '../harness.mjs';

const RUNS = 3;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const site = await startSite();
const browser = await launchBrowser({ dpr: 1 });
const times = [], longest = [];
let atlasBytes = 0;
try {
  for (let run = 0; run < RUNS; ++run) {
    const app = await openApp(site, browser);
    try {
      let title = '';
      for (let c = 0x4E00 + run * 1000; c < 0x4E00 + (run + 1) * 1000; ++c) title += String.fromCodePoint(c);
      const plan = { format: 'alignboard.plan', version: 1, name: 'CJK', goals: [{ id: 'G1', name: title }] };
      const result = await app.page.evaluate(async (p) => {
        const before = window.alignboard.atlas().glyphs;
        const frame = window.alignboard.frameCount();
        const t0 = performance.now();
        window.alignboard.resetFrameTimes();
        const ok = window.alignboard.loadPlan(p).ok;
        await new Promise((resolve) => {
          const wait = () => (window.alignboard.frameCount() > frame && window.alignboard.isIdle()
            ? resolve() : requestAnimationFrame(wait));
          wait();
        });
        return { ok, ms: performance.now() - t0, glyphs: window.alignboard.atlas().glyphs - before,
                 longest: Math.max(...window.alignboard.frameTimes()) };
      }, plan);
      if (!result.ok || result.glyphs < 1000) console.error(`note: run ${run}: ${JSON.stringify(result)}`);
      times.push(result.ms);
      longest.push(result.longest);
      await waitForIdle(app.page);
      atlasBytes = (await app.page.evaluate(() => window.alignboard.atlas())).bytes;
    } finally {
      await app.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`bench cjk_1000_new_glyphs_all_drawn ${median(times).toFixed(0)} ms`);
console.log(`bench cjk_1000_new_glyphs_longest_frame ${median(longest).toFixed(0)} ms`);
console.log(`bench cjk_1000_new_glyphs_atlas ${(atlasBytes / 1048576).toFixed(1)} MB`);
