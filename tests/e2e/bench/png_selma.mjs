// The PNG of the Selma launch (the worked example) at 2x, as "Download a picture (PNG)" makes it:
// the core's SVG drawn piece by piece onto a canvas and encoded (web/host/pictures.js). Prints
//   bench png_selma_2x <ms> ms        (export('png', {scale: 2}) until its bytes are in, median of 5
//                                     after one untimed run that warms the image decoder)
//   bench png_selma_2x_size <kB> kB   (the PNG's size)
// It reports and never fails on a figure: the machine may be busy.
import { startSite, launchBrowser, openApp } from '../harness.mjs';

const RUNS = 5;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const site = await startSite();
const browser = await launchBrowser({ dpr: 1 });
let times = [];
let bytes = 0;
try {
  const app = await openApp(site, browser, { query: '?template=selma' });
  try {
    const name = await app.page.evaluate(() => window.alignboard.getPlan().name);
    if (!/selma/i.test(name)) console.error(`note: the open plan is "${name}", not Selma`);
    times = await app.page.evaluate(async (runs) => {
      const out = [];
      for (let i = 0; i <= runs; i++) {
        const t0 = performance.now();
        const r = await window.alignboard.export('png', { scale: 2 });
        if (!r.ok) throw new Error(r.error);
        if (i > 0) out.push(performance.now() - t0);
        window.__pngBytes = r.bytes.length;
      }
      return out;
    }, RUNS);
    bytes = await app.page.evaluate(() => window.__pngBytes);
  } finally {
    await app.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`bench png_selma_2x ${median(times).toFixed(0)} ms`);
console.log(`bench png_selma_2x_size ${(bytes / 1024).toFixed(0)} kB`);
