// The page's helpers for outside input, run under node with a stand-in for the wasm module:
// web/platform/wasm_text.js (a failed malloc is refused before anything is written; text crosses with its
// length, NULs included) and web/platform/capped_read.js (a stream is cut off at its cap).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const WEB = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

// Runs a --pre-js file in a context holding `globals` (Module, _malloc, HEAPU8, ...).
async function load(file, globals) {
  const context = vm.createContext({ TextEncoder, TextDecoder, Uint8Array, ReadableStream, Error, ...globals });
  vm.runInContext(await readFile(path.join(WEB, file), 'utf8'), context, { filename: file });
  return context.Module;
}

// A heap of 64 KB with a bump allocator; `failAbove` bytes or more make malloc return 0.
function fakeHeap(failAbove = Infinity) {
  const heap = new Uint8Array(65536);
  let next = 8;
  const freed = [];
  return {
    heap, freed,
    globals: {
      Module: {},
      HEAPU8: heap,
      _malloc: (n) => { if (n >= failAbove) return 0; const p = next; next += n; return p; },
      _free: (p) => freed.push(p),
    },
  };
}

test('a text with U+0000 crosses to C with its full byte length and comes back whole', async () => {
  const h = fakeHeap();
  let lastLength = 0;
  const Module = await load('platform/wasm_text.js', { ...h.globals, _ab_reply_length: () => lastLength });
  const text = 'Launch\u0000 plan \u00e9';
  const seen = Module.abText.withTexts([text, 'x'], (p, n, q, m) => {
    assert.equal(n, Buffer.byteLength(text));
    assert.equal(m, 1);
    assert.equal(h.heap[p + n], 0, 'a NUL after it too, for C strings');
    lastLength = n;
    return Module.abText.reply(p);
  });
  assert.equal(seen, text, 'read back with its length: nothing after the NUL is lost');
  assert.equal(h.freed.length, 2, 'both copies freed');
});

test('a malloc that fails is refused with a clear message and nothing is written', async () => {
  const h = fakeHeap(1000);
  const Module = await load('platform/wasm_text.js', h.globals);
  const before = h.heap.slice();
  let called = false;
  assert.throws(() => Module.abText.withTexts(['small', 'y'.repeat(5000)], () => { called = true; }),
    /Not enough memory for this text/);
  assert.equal(called, false, 'the C function is not called');
  assert.deepEqual(h.heap.slice(0, 8), before.slice(0, 8), 'address 0 is never written');
  assert.equal(h.freed.length, 1, 'the copy made before the failure is freed');
  assert.throws(() => Module.abText.withCStrings(['z'.repeat(2000)], () => {}), /Not enough memory/);
});

test('a stream is read up to its cap and cancelled as soon as it passes it', async () => {
  const Module = await load('platform/capped_read.js', { Module: {} });
  let pulled = 0;
  let cancelled = false;
  const endless = new ReadableStream({
    pull(c) { pulled += 1; c.enqueue(new Uint8Array(1024)); },
    cancel() { cancelled = true; },
  }, { highWaterMark: 0 });
  await assert.rejects(Module.abCapped.readStream(endless, 10 * 1024), (err) => err.tooLarge === true);
  assert.ok(cancelled, 'the source was cancelled');
  assert.ok(pulled <= 12, `it stopped right after the cap (${pulled} chunks read)`);

  const small = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); } });
  assert.deepEqual([...await Module.abCapped.readStream(small, 3)], [1, 2, 3], 'exactly the cap passes');
  const plain = (o) => JSON.parse(JSON.stringify(o));  // an object of the script's own realm
  // Why, as catalogue words (the page words them in the reader's language once main() runs).
  assert.deepEqual(plain(Module.abCapped.tooLargeWords(20 * 1048576, 30 * 1048576)),
    { key: 'read.plan_too_large', args: { size: '30 MB', max: '20 MB' } });
  assert.deepEqual(plain(Module.abCapped.tooLargeWords(Module.abCapped.MAX_FILE_BYTES, 70 * 1048576)),
    { key: 'read.file_too_large', args: { size: '70 MB', max: '64 MB' } });
  assert.deepEqual(plain(Module.abCapped.tooLargeWords(Module.abCapped.MAX_FILE_BYTES)),
    { key: 'read.file_larger_than', args: { max: '64 MB' } });
  // The error a passed cap rejects with carries them, and an English message for the console.
  const huge = new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(4096)); } }, { highWaterMark: 0 });
  await assert.rejects(Module.abCapped.readStream(huge, 1024), (err) =>
    err.words.key === 'read.plan_larger_than' && /it is larger than/.test(err.message));
});
