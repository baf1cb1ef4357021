#!/usr/bin/env node
// The plan's PDF handout from the command line, without a browser (docs/pictures.md, "PDF from
// the command line"):
//
//   node tools/alignboard-pdf.mjs [--paper a4|letter] [--cli PATH] plan.json out.pdf
//
// The same pages as the app's export('pdf') (web/host/pictures_pdf_pages.js, run here in Node):
// the plan's name and period, the board, the score with its components and the top findings, then
// the tactic table. The plan is read, checked and scored by the native `alignboard` CLI (`fmt`,
// `score`), so the core decides as it does everywhere; the board is drawn in vectors from the
// core's SVG (`export --format svg`, tools/pdf_board.mjs). Text is set in Debian's Inter
// (fonts-inter) and, for characters Inter lacks, DejaVu Sans (Arabic, Hebrew, Armenian,
// Georgian...) and Droid Sans Fallback (CJK) when they are installed, each embedded as a subset of
// the characters the plan uses; a character no font has prints as "?". Unlike the browser, Node has no text
// shaper for a whole line: a line that mixes right-to-left and left-to-right words keeps them in
// the order they were typed. Exit status: 0 done, 1 invalid plan or unreadable file, 2 bad usage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as L from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

import { drawBoard } from './pdf_board.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node tools/alignboard-pdf.mjs [--paper a4|letter] [--cli PATH] PLAN OUT.pdf';

// The fonts, best first: [regular, bold] paths (Debian packages), and pyftsubset's options.
// Inter without its layout features, as the app has it: its contextual forms (raised hyphens and
// colons) come out with the wrong widths in PDF readers; DejaVu keeps them, Arabic needs its
// joining forms.
const FONTS = [
  ['/usr/share/fonts/opentype/inter/Inter-Regular.otf', '/usr/share/fonts/opentype/inter/Inter-SemiBold.otf', '--layout-features='],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '--no-hinting'],
  ['/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', '--layout-features='],
];

function fail(code, message) {
  process.stderr.write(message.replace(/\n?$/, '\n'));
  process.exit(code);
}

function parseArgs(argv) {
  const out = { paper: 'a4', cli: process.env.ALIGNBOARD_CLI || path.join(ROOT, 'build', 'native', 'alignboard'), files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { process.stdout.write(USAGE + '\n'); process.exit(0); }
    if (a === '--paper' || a === '--cli') {
      if (i + 1 >= argv.length) fail(2, `${a} needs a value\n${USAGE}`);
      out[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) {
      fail(2, `unknown option '${a}'\n${USAGE}`);
    } else {
      out.files.push(a);
    }
  }
  if (out.files.length !== 2) fail(2, USAGE);
  out.paper = out.paper.toLowerCase();
  return out;
}

// The core's answer for `args`: stdout, or exit 1 with what it said (the plan's problems).
function core(cli, args) {
  if (!existsSync(cli)) fail(2, `the alignboard CLI is not at ${cli}: build it (README, "Command line") or pass --cli PATH`);
  try {
    return execFileSync(cli, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    fail(err.status === 2 ? 2 : 1, String(err.stderr || err.message));
  }
}

// The fonts the handout needs for `text` (every character it can show), each cut down by
// pyftsubset (Debian fonttools, which the build uses too) to those characters: @pdf-lib/fontkit's
// own subsetting writes fonts PDF readers reject (docs/pictures.md), so pdf-lib embeds these
// files as they are. A font is left out when the ones before it cover everything it would add.
function subsetFonts(text) {
  const cps = new Set(Array.from(text, (ch) => ch.codePointAt(0)).filter((cp) => cp >= 0x20));
  for (let cp = 0x20; cp < 0x7f; cp++) cps.add(cp);
  // The presentation forms of the Arabic letters used: the shaped glyphs keep a character each
  // in the font's map, which is what the PDF's text (copy, search) is read back through.
  for (const range of [[0xfb50, 0xfdff], [0xfe70, 0xfeff]]) {
    for (let cp = range[0]; cp <= range[1]; cp++) {
      const base = String.fromCodePoint(cp).normalize('NFKC');
      if (base && Array.from(base).every((ch) => cps.has(ch.codePointAt(0)))) cps.add(cp);
    }
  }
  const unicodes = Array.from(cps, (cp) => cp.toString(16)).join(',');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'alignboard-pdf-'));
  const fonts = [];
  let left = new Set(cps);
  try {
    for (const pair of FONTS) {
      if (!existsSync(pair[0])) continue;
      const face = fontkit.create(readFileSync(pair[0]));
      const adds = Array.from(left).filter((cp) => face.hasGlyphForCodePoint(cp));
      if (fonts.length && !adds.length) continue;
      left = new Set(Array.from(left).filter((cp) => !face.hasGlyphForCodePoint(cp)));
      fonts.push(pair.slice(0, 2).map((file, i) => {
        const out = path.join(dir, `${fonts.length}-${i}${path.extname(file)}`);
        try {
          execFileSync('pyftsubset', [file, `--unicodes=${unicodes}`, '--no-hinting', pair[2], `--output-file=${out}`], { stdio: 'ignore' });
          return readFileSync(out);
        } catch (err) {  // no fonttools: the whole font (a larger file, the same pages)
          return readFileSync(file);
        }
      }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!fonts.length) fail(1, `no font found: install Debian's fonts-inter (${FONTS[0][0]})`);
  return fonts;
}

// The text kit pictures_pdf_pages.js lays out with: each character in the first font that has
// it; spaces, digits and punctuation stay in the font of the run they are in, so a right-to-left
// phrase stays one run (fontkit shapes it and puts it in visual order).
function textKit(doc, files) {
  const fonts = files.map((pair) => pair.map((bytes) => ({ bytes, fk: fontkit.create(bytes), pdf: null })));
  const has = (i, cp) => fonts[i][0].fk.hasGlyphForCodePoint(cp);
  const clean = (v) => String(v).replace(/[\u0000-\u001f\u007f]/g, ' ');

  function runs(text) {
    const out = [];
    for (const ch of clean(text)) {
      const cp = ch.codePointAt(0);
      const last = out[out.length - 1];
      let i = last && !/[\p{L}\p{M}]/u.test(ch) && has(last.font, cp) ? last.font : fonts.findIndex((f, k) => has(k, cp));
      const c = i < 0 ? '?' : ch;
      if (i < 0) i = 0;
      if (last && last.font === i) last.text += c;
      else out.push({ font: i, text: c });
    }
    return out;
  }
  const runWidth = (r, size, bold) => {
    const f = fonts[r.font][bold ? 1 : 0].fk;
    return (f.layout(r.text).advanceWidth * size) / f.unitsPerEm;
  };
  return {
    width: (text, size, bold) => runs(text).reduce((w, r) => w + runWidth(r, size, bold), 0),
    async draw(page, text, o) {
      let x = o.x;
      for (const r of runs(text)) {
        const f = fonts[r.font][o.bold ? 1 : 0];
        if (!f.pdf) f.pdf = await doc.embedFont(f.bytes, { subset: false });  // only fonts in use
        page.drawText(r.text, { x, y: o.y, size: o.size, font: f.pdf, color: o.color });
        x += runWidth(r, o.size, o.bold);
      }
    },
  };
}

// web/host/pictures_pdf_pages.js, written for the page's Module, in this realm.
function pagesModule() {
  const Module = {};
  const source = readFileSync(path.join(ROOT, 'web', 'host', 'pictures_pdf_pages.js'), 'utf8');
  vm.runInThisContext('(function (Module) {' + source + '\n})', { filename: 'pictures_pdf_pages.js' })(Module);
  return Module.abPdfPages;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const pages = pagesModule();
  const size = pages.SIZES[args.paper];
  if (!size) fail(2, `--paper must be a4 or letter, not '${args.paper}'`);
  const input = args.files[0];
  const plan = JSON.parse(core(args.cli, ['fmt', input]));
  const scores = JSON.parse(core(args.cli, ['score', input]));
  const svg = core(args.cli, ['export', '--format', 'svg', '--no-plan', input]);

  const doc = await L.PDFDocument.create();
  doc.registerFontkit(fontkit);
  // Every character the pages can show: the plan, the findings, the picture's words, and the
  // currency signs and dashes the pages add.
  const kit = textKit(doc, subsetFonts(JSON.stringify(plan) + JSON.stringify(scores) + svg + '\u2013\u2026\u20ac\u00a3\u00a5\u20b9\u20bd'));
  const picture = { draw: (page, box) => drawBoard(L, page, kit, svg, box) };
  await pages.build(L, doc, kit, { plan, scores, picture }, size);
  writeFileSync(args.files[1], await doc.save());
}

main().catch((err) => fail(1, String(err && err.stack || err)));
