// The PDF handout from the command line (tools/alignboard-pdf.mjs, docs/pictures.md): the same
// pages as the browser's, made in Node from the native CLI's plan, score and SVG, with the plan's
// words as text in any script the machine's fonts have (Cyrillic in Inter, Japanese in Droid Sans
// Fallback, Arabic in DejaVu Sans), and the board drawn in vectors. Needs build/native/alignboard
// (scripts/test.sh builds it before the node suite).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';

import { pageText, allText } from '../e2e/pdf_text.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOOL = path.join(ROOT, 'tools', 'alignboard-pdf.mjs');
const run = promisify(execFile);

async function withDir(fn) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'alignboard-pdf-test-'));
  try { return await fn(dir); } finally { await rm(dir, { recursive: true, force: true }); }
}

const pdf = (args) => run(process.execPath, [TOOL, ...args], { cwd: ROOT, timeout: 120000 });

test('the Selma plan becomes a PDF: its name, score and findings on page 1, every tactic and the total after it', { timeout: 180000 }, async () => {
  await withDir(async (dir) => {
    const out = path.join(dir, 'selma.pdf');
    await pdf([path.join(ROOT, 'tests', 'data', 'selma.json'), out]);
    const bytes = await readFile(out);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    const plan = JSON.parse(await readFile(path.join(ROOT, 'tests', 'data', 'selma.json'), 'utf8'));
    const doc = await PDFDocument.load(bytes);
    assert.ok(doc.getPageCount() >= 2);
    const { width, height } = doc.getPage(0).getSize();
    assert.ok(Math.abs(width - 595.28) < 1 && Math.abs(height - 841.89) < 1, 'A4 by default');
    const first = pageText(doc, 0);
    assert.ok(first.includes(plan.name), `page 1 names the plan:\n${first.slice(0, 200)}`);
    assert.match(first, /Score \d+\.\d/);
    assert.ok(first.includes('Top findings'));
    // The board is drawn from the core's SVG: every goal's title is on page 1, as text.
    for (const g of plan.goals) assert.ok(first.includes(g.name), `the board shows goal "${g.name}"`);
    const rest = allText(doc).split('\n').slice(first.split('\n').length).join(' ');
    for (const t of plan.tactics) assert.ok(rest.includes(t.name.split(' ').slice(0, 2).join(' ')), `tactic "${t.name}" in the table`);
    assert.ok(rest.includes('$900,000'), 'the total budget');
    // The fonts are cut down to the plan's characters: the whole handout stays small.
    assert.ok(bytes.length < 200 * 1024, `${bytes.length} bytes`);
  });
});

test('titles in Cyrillic, Japanese and Arabic print as themselves, not "?"; Letter paper; a bad plan is refused', { timeout: 180000 }, async () => {
  await withDir(async (dir) => {
    const plan = JSON.parse(await readFile(path.join(ROOT, 'tests', 'data', 'selma.json'), 'utf8'));
    plan.name = 'План запуска весной';
    plan.goals[0].name = '春の新作の売上';
    plan.tactics[0].name = 'حملة الإطلاق';
    const input = path.join(dir, 'scripts.json');
    await writeFile(input, JSON.stringify(plan));
    const out = path.join(dir, 'scripts.pdf');
    await pdf(['--paper', 'letter', input, out]);
    const bytes = await readFile(out);
    const doc = await PDFDocument.load(bytes);
    assert.deepEqual(doc.getPage(0).getSize(), { width: 612, height: 792 });
    // Shaped Arabic reads back as its presentation forms, as from any PDF: compared folded (NFKC).
    const text = allText(doc).normalize('NFKC');
    assert.ok(text.includes('План запуска весной'), 'the Cyrillic name');
    assert.ok(text.includes('春の新作の売上'), 'the Japanese goal');
    // Arabic is shaped (joined letters, the lam-alef ligatures) and laid out right to left, so
    // its glyphs come in visual order: each word's letters are all there.
    const letters = (w) => Array.from(w).sort().join('');
    const words = new Set(text.split(/\s+/).map(letters));
    for (const word of 'حملة الإطلاق'.split(' ')) assert.ok(words.has(letters(word)), `the Arabic word ${word} in:\n${text.slice(0, 400)}`);
    assert.ok(!/\?{2,}/.test(text), 'no run of "?" for characters the fonts lack');
    assert.ok(bytes.length < 300 * 1024, `fonts are subset: ${bytes.length} bytes`);

    // A plan the core refuses: its problems, exit status 1, no file.
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ format: 'alignboard.plan', version: 99 }));
    await assert.rejects(pdf([bad, path.join(dir, 'bad.pdf')]), (err) => err.code === 1 && /newer|version/i.test(err.stderr));
    await assert.rejects(pdf([input]), (err) => err.code === 2 && /usage/.test(err.stderr));
    await assert.rejects(pdf(['--paper', 'a5', input, out]), (err) => err.code === 2 && /a4 or letter/.test(err.stderr));
  });
});
