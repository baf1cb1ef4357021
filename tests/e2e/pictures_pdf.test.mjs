// The plan as a PDF handout (docs/pictures.md, "PDF"): export('pdf') is a real PDF made in the
// page with pdf-lib (fetched from the app's own folder only when asked for), page 1 with the
// plan's name, the score and the findings as text, the tactic table on the pages after it, in A4
// or Letter. Read back in Node with the same pdf-lib.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, decodePDFRawStream } from 'pdf-lib';

import { RESULTS_DIR, sharedSite, appTest, openApp, clickToolbar, clickDialog } from './harness.mjs';
import { pageText, allText, imageCount } from './pdf_text.mjs';

const env = sharedSite({ pool: true });

const exportPdf = (page, options) => page.evaluate(async (o) => {
  const r = await window.alignboard.export('pdf', o);
  return r.ok ? { ...r, bytes: Array.from(r.bytes) } : r;
}, options);

appTest(env, "export('pdf') is a PDF: page 1 names the plan and shows its score, the tactics follow", { timeout: 120000 }, async ({ app }) => {
  // pdf-lib is not part of the page until a PDF is asked for.
  assert.equal(await app.page.evaluate(() => typeof window.PDFLib), 'undefined');
  const r = await exportPdf(app.page, { paper: 'a4' });
  assert.equal(r.ok, true, r.error);
  assert.equal(r.mime, 'application/pdf');
  assert.match(r.file, /\.pdf$/);
  const bytes = Uint8Array.from(r.bytes);
  assert.equal(Buffer.from(bytes.slice(0, 5)).toString('latin1'), '%PDF-');
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, 'pictures-selma.pdf'), bytes);

  const doc = await PDFDocument.load(bytes);
  assert.ok(doc.getPageCount() >= 2, `a page for the plan and at least one for the tactics (got ${doc.getPageCount()})`);
  assert.equal(doc.getPageCount(), r.pages);
  const { width, height } = doc.getPage(0).getSize();
  assert.ok(Math.abs(width - 595.28) < 1 && Math.abs(height - 841.89) < 1, `A4 portrait (got ${width} x ${height})`);

  const plan = await app.page.evaluate(() => window.alignboard.getPlan());
  const scores = await app.page.evaluate(() => window.alignboard.getScores());
  const first = pageText(doc, 0);
  assert.ok(first.includes(plan.name), `page 1 names the plan "${plan.name}":\n${first.slice(0, 300)}`);
  assert.ok(first.includes(plan.start) && first.includes(plan.end), 'page 1 gives the period');
  assert.ok(first.includes(scores.overall.toFixed(1)), `page 1 gives the overall score ${scores.overall}`);
  const top = scores.findings.slice(0, 5).map((f) => f.message.split(/\s+/).slice(0, 3).join(' '));
  for (const words of top) assert.ok(first.replace(/\n/g, ' ').includes(words), `finding "${words}..." on page 1`);
  // The board picture is on page 1.
  const xobjects = doc.getPage(0).node.Resources().lookup(PDFName.of('XObject'));
  assert.ok(xobjects && xobjects.keys().length >= 1, 'page 1 holds the board picture');

  // The tactic table: every tactic's name and the total budget in the plan's currency.
  let rest = '';
  for (let i = 1; i < doc.getPageCount(); i++) rest += pageText(doc, i) + '\n';
  const flat = rest.replace(/\n/g, ' ');
  for (const t of plan.tactics) {
    const start = t.name.split(/\s+/).slice(0, 2).join(' ');
    assert.ok(flat.includes(start), `tactic "${t.name}" is in the table`);
  }
  const total = plan.tactics.reduce((s, t) => s + (t.budget || 0), 0);
  assert.ok(rest.includes('$' + total.toLocaleString('en-US')), `the total budget $${total.toLocaleString('en-US')} is shown`);
  assert.deepEqual(app.errors, []);
});

appTest(env, "export('pdf') on Letter paper has Letter pages; an unknown paper is refused", { timeout: 120000 }, async ({ app }) => {
  const r = await exportPdf(app.page, { paper: 'letter' });
  assert.equal(r.ok, true, r.error);
  const doc = await PDFDocument.load(Uint8Array.from(r.bytes));
  for (const p of doc.getPages()) assert.deepEqual(p.getSize(), { width: 612, height: 792 });
  const bad = await exportPdf(app.page, { paper: 'a5' });
  assert.equal(bad.ok, false);
  assert.match(bad.error, /a4.*letter/);
  assert.deepEqual(app.errors, []);
});

// The pictures a page draws text as (lines with characters Inter lacks): how many, and whether
// each has ink (its alpha mask, as pdf-lib embeds a PNG with transparency, is not all clear).
function linePictures(doc, index) {
  const xobjects = doc.getPage(index).node.Resources().lookup(PDFName.of('XObject'));
  const out = [];
  for (const key of xobjects ? xobjects.keys() : []) {
    const image = xobjects.lookup(key);
    const mask = image.dict.lookup(PDFName.of('SMask'));
    const alpha = mask ? decodePDFRawStream(mask).decode() : new Uint8Array();
    out.push({ width: image.dict.lookup(PDFName.of('Width')).asNumber(), inked: alpha.some((a) => a > 128) });
  }
  return out;
}

appTest(env, 'titles in Cyrillic stay text in Inter; Japanese and Arabic are drawn by the browser, never "?"; an empty plan gets its table page; "Download PDF" is an action', { timeout: 120000 }, async ({ app }) => {
  const actions = await app.page.evaluate(() => window.alignboard.actions());
  assert.ok(actions.some((a) => a.id === 'download.pdf' && a.label === 'Download PDF'), 'the action download.pdf');
  const plan = await app.page.evaluate(() => window.alignboard.getPlan());
  plan.name = 'План запуска \u00e9t\u00e9';
  plan.goals[0].name = '\u6625\u306e\u65b0\u4f5c\u306e\u58f2\u4e0a';
  plan.tactics[0].name = '\u062d\u0645\u0644\u0629 \u0627\u0644\u0625\u0637\u0644\u0627\u0642';
  plan.tactics[1].name = 'Ελληνικά Tiếng Việt';
  const loaded = await app.page.evaluate((t) => window.alignboard.loadPlan(t), JSON.stringify(plan));
  assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
  const r = await exportPdf(app.page, {});
  assert.equal(r.ok, true, r.error);
  const bytes = Uint8Array.from(r.bytes);
  await writeFile(path.join(RESULTS_DIR, 'pictures-scripts.pdf'), bytes);
  const doc = await PDFDocument.load(bytes);
  const text = allText(doc);
  assert.ok(pageText(doc, 0).includes('План запуска \u00e9t\u00e9'), 'the Cyrillic name is text in the embedded Inter');
  assert.ok(text.includes('Ελληνικά Tiếng Việt'), 'Greek and Vietnamese are text too');
  assert.ok(!text.includes('?'), `no "?" for a character Helvetica lacked:\n${text.slice(0, 300)}`);
  // The Arabic tactic's line in the table is a picture with ink in it (the browser's fonts); the
  // board on page 1 shows the Japanese goal as the board does.
  const table = linePictures(doc, 1);
  assert.equal(table.length, 1, 'one line of the table is drawn as a picture');
  assert.ok(table[0].inked, 'the picture of the Arabic line has ink');
  assert.ok(imageCount(doc, 0) >= 1, 'the board');
  // Fonts and pictures keep the handout small (the board at 2x is most of it).
  assert.ok(bytes.length < 2 * 1024 * 1024, `${bytes.length} bytes`);

  const empty = { format: 'alignboard.plan', version: 1, name: 'Empty', people: [], goals: [], strategies: [], products: [], tactics: [], kpis: [], insights: [] };
  assert.equal((await app.page.evaluate((t) => window.alignboard.loadPlan(t), JSON.stringify(empty))).ok, true);
  const e = await exportPdf(app.page, {});
  const emptyDoc = await PDFDocument.load(Uint8Array.from(e.bytes));
  assert.equal(emptyDoc.getPageCount(), 2);
  assert.ok(pageText(emptyDoc, 1).includes('No tactics yet.'));
  assert.deepEqual(app.errors, []);
});

test('the Plans window downloads the open plan as a PNG and as a PDF', { timeout: 120000 }, async () => {
  const app = await openApp(env.site, await env.pool.get(1), { storage: true });
  try {
    await clickToolbar(app.page, 'plans');
    await app.page.waitForFunction(() => window.alignboard.storage().dialog === 'plans');
    const read = async (name) => {
      const [download] = await Promise.all([app.page.waitForEvent('download'), clickDialog(app.page, name)]);
      return { file: download.suggestedFilename(), bytes: Buffer.concat(await (await download.createReadStream()).toArray()) };
    };
    const png = await read('download:png');
    assert.equal(png.file, 'Selma spring launch.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
    const pdf = await read('download:pdf');
    assert.equal(pdf.file, 'Selma spring launch.pdf');
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
