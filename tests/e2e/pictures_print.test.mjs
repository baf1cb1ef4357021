// Printing the app page (docs/pictures.md, "Print"): the printer gets a generated handout (the
// plan's name, the board as the core's SVG, the score, the findings and the tactic table), not a
// screenshot of the canvas with its toolbars. Ctrl+P (the action "print") prints it; the
// browser's own print (its menu, window.print) fills it the same way.
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';

import { RESULTS_DIR, sharedSite, appTest, waitForIdle } from './harness.mjs';
import { allText } from './pdf_text.mjs';

const env = sharedSite({ pool: true });

// What is on the printed page: every element shown under print media, as text, and the canvas.
const printed = (page) => page.evaluate(() => {
  const region = document.querySelector('.ab-print');
  const shown = (el) => !!el && el.getClientRects().length > 0;  // laid out, so printed
  return {
    region: shown(region),
    canvas: shown(document.querySelector('canvas')),
    text: region ? region.innerText : '',
    svgTitles: region ? Array.from(region.querySelectorAll('svg text.title')).map((t) => t.textContent) : [],
    rows: region ? region.querySelectorAll('.ab-print-tactics tbody tr').length : 0,
  };
});

appTest(env, 'under print media the page shows the handout: name, board, score, findings and the tactic table; no canvas, no toolbar', { timeout: 120000 }, async ({ app }) => {
  const page = app.page;
  const plan = await page.evaluate(() => window.alignboard.getPlan());
  const scores = await page.evaluate(() => window.alignboard.getScores());
  assert.equal((await printed(page)).region, false, 'on screen the handout is hidden');
  await page.emulateMedia({ media: 'print' });
  // Emulated print media sends no beforeprint: the page fills the handout on the media query's
  // change event, which arrives a moment later.
  await page.waitForFunction(() => {
    const r = document.querySelector('.ab-print');
    return !!r && r.childElementCount > 0;
  }, null, { timeout: 10000 }).catch(() => {});
  const p = await printed(page);
  assert.equal(p.region, true, 'the handout is what prints');
  assert.equal(p.canvas, false, 'the canvas (with the toolbars drawn in it) does not print');
  assert.ok(p.text.includes(plan.name), 'the plan\'s name');
  assert.ok(p.text.includes(scores.overall.toFixed(1)), 'the overall score');
  assert.ok(p.text.includes(scores.findings[0].message), 'the top finding');
  assert.equal(p.rows, plan.tactics.length, 'a row per tactic');
  for (const t of plan.tactics) assert.ok(p.text.includes(t.name), `tactic "${t.name}"`);
  assert.ok(p.svgTitles.some((t) => t.replace(/\s+/g, '') === plan.goals[0].name.replace(/\s+/g, '')), 'the board, with its cards\' titles as text');
  // The browser's PDF of the page (Chromium's print): the same words, over more than one page.
  const bytes = await page.pdf({ format: 'A4' });
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, 'pictures-print.pdf'), bytes);
  const doc = await PDFDocument.load(bytes);
  assert.ok(doc.getPageCount() >= 2, 'the tactic table starts on a page of its own');
  // Chromium draws glyph by glyph and spaces as gaps: words are compared without spaces.
  const squash = (t) => t.replace(/\s+/g, '');
  const text = squash(allText(doc));
  assert.ok(text.includes(squash(plan.name)), `the printed PDF names the plan:\n${text.slice(0, 300)}`);
  assert.ok(text.includes(squash(plan.tactics[0].name)), 'and holds the tactic table');
  assert.ok(!/Plans|Undo/.test(text), 'no toolbar words');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(app.errors, []);
});

appTest(env, 'Ctrl+P prints the handout (the action "print"); a title with markup stays text', { timeout: 120000 }, async ({ app }) => {
  const page = app.page;
  const plan = await page.evaluate(() => window.alignboard.getPlan());
  plan.name = '</h1><img src=x onerror=alert(1)> Plan';
  assert.equal((await page.evaluate((t) => window.alignboard.loadPlan(t), JSON.stringify(plan))).ok, true);
  const actions = await page.evaluate(() => window.alignboard.actions());
  assert.ok(actions.some((a) => a.id === 'print' && a.label === 'Print'), 'the action "print"');
  // The browser's print dialog is not part of a headless page: count the calls instead.
  await page.evaluate(() => { window.__prints = 0; window.print = () => { window.__prints++; }; });
  await page.locator('canvas').focus();
  await page.keyboard.press('Control+P');
  await page.waitForFunction(() => window.__prints === 1);
  await waitForIdle(page);
  const region = await page.evaluate(() => {
    const r = document.querySelector('.ab-print');
    return { title: r.querySelector('h1').textContent, images: r.querySelectorAll('img').length };
  });
  assert.equal(region.title, plan.name, 'the name is the heading, as text');
  assert.equal(region.images, 0, 'no element made from the title');
  assert.deepEqual(app.errors, []);
});
