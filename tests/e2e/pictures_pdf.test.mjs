// The plan as a PDF handout (docs/pictures.md, "PDF"): export('pdf') is a real PDF made in the
// page with pdf-lib (fetched from the app's own folder only when asked for), page 1 with the
// plan's name, the score and the findings as text, the tactic table on the pages after it, in A4
// or Letter. Read back in Node with the same pdf-lib.
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFArray, PDFName, decodePDFRawStream } from 'pdf-lib';

import { RESULTS_DIR, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });

const exportPdf = (page, options) => page.evaluate(async (o) => {
  const r = await window.alignboard.export('pdf', o);
  return r.ok ? { ...r, bytes: Array.from(r.bytes) } : r;
}, options);

// WinAnsi (Windows-1252) bytes as text; by hand, as Node's TextDecoder reads 0x80-0x9F as Latin-1.
const CP1252 = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
const winAnsi = (bytes) => Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b))).join('');

// The text a page shows: its content streams inflated, the strings of its Tj operators decoded
// (Helvetica's WinAnsi, written by pdf-lib as hex strings), joined in drawing order.
function pageText(doc, index) {
  const node = doc.getPage(index).node;
  const contents = node.lookup(PDFName.of('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  let ops = '';
  for (const s of streams) ops += Buffer.from(decodePDFRawStream(s).decode()).toString('latin1');
  const strings = [];
  for (const m of ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
    strings.push(m[1] !== undefined ? winAnsi(Buffer.from(m[1], 'hex')) : m[2]);
  }
  return strings.join('\n');
}

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

appTest(env, 'a plan name Helvetica cannot write becomes "?" marks, an empty plan still gets its table page, and the action table has "Download PDF"', { timeout: 120000 }, async ({ app }) => {
  const actions = await app.page.evaluate(() => window.alignboard.actions());
  assert.ok(actions.some((a) => a.id === 'download.pdf' && a.label === 'Download PDF'), 'the action download.pdf');
  const empty = { format: 'alignboard.plan', version: 1, name: 'Plan \u65e5\u672c \u00e9t\u00e9', people: [], goals: [], strategies: [], products: [], tactics: [], kpis: [], insights: [] };
  const loaded = await app.page.evaluate((t) => window.alignboard.loadPlan(t), JSON.stringify(empty));
  assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
  const r = await exportPdf(app.page, {});
  assert.equal(r.ok, true, r.error);
  const doc = await PDFDocument.load(Uint8Array.from(r.bytes));
  assert.equal(doc.getPageCount(), 2);
  assert.ok(pageText(doc, 0).includes('Plan ?? \u00e9t\u00e9'), 'CJK as "?", accented Latin kept');
  assert.ok(pageText(doc, 1).includes('No tactics yet.'));
  assert.deepEqual(app.errors, []);
});
