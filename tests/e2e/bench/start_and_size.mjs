// What an embedding page pays to show the app: the download (alignboard.wasm + alignboard.js +
// the subset fonts, as the build's precompressed .br and .gz copies) and the time from navigation
// start to the app's first frame on screen, in headless Chromium on localhost. Prints
//   bench web_size_compressed_br <KB> KB        (KB = 1,024 bytes)
//   bench web_size_compressed_gz <KB> KB
//   bench first_frame_after_navigation <ms> ms  (median of 5 loads, each in a fresh profile)
// It reports and never fails on a figure: the machine may be busy. Targets: <= 500 KB, <= 1.5 s.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

import { WEB_DIR, startSite, launchBrowser, openApp } from '../harness.mjs';

const LOADS = 5;

// The files an embedding page downloads before the first frame (besides index.html and the plan).
export async function appFiles(dir = WEB_DIR) {
  const fonts = (await readdir(path.join(dir, 'fonts')))
    .filter((f) => /\.(otf|ttf|woff2?)$/.test(f)).map((f) => path.join('fonts', f));
  return ['alignboard.wasm', 'alignboard.js', ...fonts.sort()];
}

// The size of `file`'s precompressed copy (`suffix` '.br' or '.gz'); when the build left none (or
// a stale one), the size Node's own compressor at the same settings gives, with a note.
async function compressedSize(dir, file, suffix) {
  const full = path.join(dir, file);
  try {
    const [copy, orig] = await Promise.all([stat(full + suffix), stat(full)]);
    if (copy.mtimeMs >= Math.floor(orig.mtimeMs / 1000) * 1000) return copy.size;  // as serve.mjs
  } catch {
    // no copy: compress here
  }
  console.error(`note: no up-to-date ${file}${suffix} in ${dir}; compressing it here`);
  const bytes = await readFile(full);
  return suffix === '.br'
    ? brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length
    : gzipSync(bytes, { level: 9 }).length;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// Records performance.now() (ms since navigation start) in the page the moment the promise the
// app puts in window.alignboardReady resolves, which it does once the first frame is drawn.
function trapReady() {
  let ready;
  Object.defineProperty(window, 'alignboardReady', {
    configurable: true,
    enumerable: true,
    get: () => ready,
    set: (promise) => {
      ready = promise;
      Promise.resolve(promise).then(() => {
        window.__abFirstFrameMs = performance.now();
        // Where the time went (stderr only): when the last app file had arrived.
        const files = performance.getEntriesByType('resource')
          .filter((e) => /alignboard\.(wasm|js)$|\/fonts\/|\/plans\//.test(e.name));
        window.__abFilesInMs = Math.max(0, ...files.map((e) => e.responseEnd));
      });
    },
  });
}

// One load in a fresh browser profile (empty HTTP cache, no compiled-wasm cache).
async function firstFrameMs(site) {
  const browser = await launchBrowser({ dpr: 1 });
  try {
    await browser.context.addInitScript(trapReady);
    const app = await openApp(site, browser, { width: 1280, height: 800 });  // ?storage=none
    try {
      const { ms, filesIn } = await app.page.evaluate(() => ({
        ms: window.__abFirstFrameMs, filesIn: window.__abFilesInMs,
      }));
      if (typeof ms !== 'number') throw new Error('the first frame was not timed');
      if (app.errors.length) console.error(`console errors:\n${app.errors.join('\n')}`);
      return { ms, filesIn };
    } finally {
      await app.close();
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const files = await appFiles();
  for (const [name, suffix] of [['br', '.br'], ['gz', '.gz']]) {
    let total = 0;
    for (const f of files) total += await compressedSize(WEB_DIR, f, suffix);
    console.log(`bench web_size_compressed_${name} ${(total / 1024).toFixed(1)} KB`);
  }

  const site = await startSite();
  try {
    const loads = [];
    for (let i = 0; i < LOADS; ++i) loads.push(await firstFrameMs(site));
    const list = (key) => loads.map((l) => l[key].toFixed(0)).join(', ');
    console.error(`first frame after navigation, each load: ${list('ms')} ms ` +
                  `(all app files in by: ${list('filesIn')} ms)`);
    console.log(`bench first_frame_after_navigation ${median(loads.map((l) => l.ms)).toFixed(0)} ms`);
  } finally {
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
