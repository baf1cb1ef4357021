// What one edit of a 10,000-card plan costs the accessible mirror of the board (web/a11y/
// board_mirror.js): from a rename through the bridge's apply until the mirror's tree holds the new
// name (the core's outline of the plan, sent as the edit from the last one, applied to the DOM).
// Prints
//   bench a11y_mirror_edit_10k <ms> ms   (median of 5 renames; the first outline is not counted)
// It reports and never fails on a figure: the machine may be busy.
import { startSite, launchBrowser, openApp } from '../harness.mjs';

const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const site = await startSite();
const browser = await launchBrowser({ dpr: 1 });
const times = [];
let rows = 0;
try {
  const app = await openApp(site, browser);
  try {
    const { page } = app;
    await page.evaluate(() => {
      const text = window.alignboard.generatePlan({ goals: 40, strategies: 400, tactics: 7560, kpis: 2000, seed: 3 });
      return window.alignboard.loadPlan(text).ok;
    });
    const treeReady = () => page.waitForFunction(() => {
      const tree = document.querySelector('[role=tree]');
      return tree && !tree.hasAttribute('aria-busy') && tree.children.length > 1000 && window.alignboard.isIdle();
    }, null, { timeout: 300_000 });
    await treeReady();
    rows = await page.evaluate(() => document.querySelector('[role=tree]').children.length);
    for (let run = 0; run < RUNS; ++run) {
      const ms = await page.evaluate((n) => new Promise((resolve) => {
        const id = window.alignboard.getPlan().tactics[n * 97].id;
        const name = `Renamed tactic ${n}`;
        const tree = document.querySelector('[role=tree]');
        // The tree is aria-busy from the edit until the mirror took it in: the observer looks
        // when that mark goes, without polling a 20,000-node tree meanwhile.
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (tree.hasAttribute('aria-busy') || !tree.querySelector(`[data-id="${id}"]`).textContent.includes(name)) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(tree, { attributes: true, attributeFilter: ['aria-busy'] });
        window.alignboard.apply({ op: 'set', id, field: 'name', value: name });
      }), run);
      times.push(ms);
    }
  } finally {
    await app.close();
  }
} finally {
  await browser.close();
  await site.close();
}
console.error(`note: ${rows} rows in the mirror; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`bench a11y_mirror_edit_10k ${median(times).toFixed(0)} ms`);
