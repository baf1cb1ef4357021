// web/library/share_link.js under node (which has the same streams): a link too long to be one is refused
// unread, one that unpacks past the plan cap stops at the cap, a damaged one says how, and a made
// link reads back. The browser tests (tests/e2e/outside_input.test.mjs) show the messages on the board.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const WEB = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const MAX_FRAGMENT_CHARS = 128 * 1024;  // web/library/share_link.js
const base64url = (b) => Buffer.from(b).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

// A page at `hash` with capped_read.js and share_link.js loaded: {Module, location, cleared}.
async function page(hash) {
  const location = { hash, pathname: '/', search: '' };
  const state = { cleared: false };
  const context = vm.createContext({
    Module: {}, location, TextEncoder, TextDecoder, Uint8Array, ReadableStream, DecompressionStream,
    CompressionStream, Blob, Response, atob, btoa, Error,
    history: { replaceState: () => { state.cleared = true; } },
  });
  for (const file of ['platform/capped_read.js', 'library/share_link.js']) {
    vm.runInContext(await readFile(path.join(WEB, file), 'utf8'), context, { filename: file });
  }
  return { Module: context.Module, state };
}

test('a made link reads back to the same text', async () => {
  const { Module } = await page('');
  const text = JSON.stringify({ format: 'alignboard.plan', version: 1, name: 'Round trip \u00e9' });
  const made = await Module.abShareLink.make(text, 'https://app.example/');
  assert.equal(made.ok, true);
  const other = await page(new URL(made.link).hash);
  assert.equal((await other.Module.abShareLink.read()).text, text);
  assert.ok(other.state.cleared, 'the fragment is cleared');
});

test('a 1 MB fragment is refused before decoding', async () => {
  const { Module, state } = await page(`#plan=${'A'.repeat(1024 * 1024)}`);
  const r = await Module.abShareLink.read();
  assert.match(r.error, /too long \(1024 KB; share links stop at 64 KB/);
  assert.ok(state.cleared);
});

test('a link that unpacks past 20 MB stops at the cap', async () => {
  for (const mb of [21, 80]) {
    const data = base64url(deflateRawSync(Buffer.alloc(mb * 1024 * 1024, 0x20), { level: 9 }));
    assert.ok(data.length <= MAX_FRAGMENT_CHARS, `${mb} MB fits in ${data.length} characters`);
    const before = process.memoryUsage().rss;
    const r = await (await page(`#plan=${data}`)).Module.abShareLink.read();
    assert.match(r.error, /unpacks to more than 20 MB/);
    const grown = process.memoryUsage().rss - before;
    assert.ok(grown < 200 * 1024 * 1024, `memory grew by ${Math.round(grown / 1048576)} MB, not by the whole plan`);
  }
});

test('damaged links say how they are damaged', async () => {
  const cases = [
    ['#plan=abc$', /holds characters a share link never has/],
    ['#plan=AAAA', /damaged or cut short/],
    [`#plan=${base64url(deflateRawSync(Buffer.from([0xff, 0xfe])))}`, /not UTF-8 text/],
  ];
  for (const [hash, message] of cases) {
    assert.match((await (await page(hash)).Module.abShareLink.read()).error, message, hash);
  }
  assert.equal(await (await page('#other')).Module.abShareLink.read(), null, 'another fragment is not a link');
});
