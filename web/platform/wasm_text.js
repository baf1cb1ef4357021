// Text across the JS <-> C++ boundary (linked with --pre-js, before pre.js; every other file
// reaches it as Module.abText, the one text helper of the page). Two rules hold for every crossing:
//   - a malloc that fails (the wasm heap cannot grow) is refused with a clear error before
//     anything is copied: memory address 0 is never written;
//   - plan text and exports cross with their byte length, not as C strings, so a U+0000 in a
//     title neither cuts a download short nor hides what follows it from the reader.
(() => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  const noMemory = (bytes) => new Error('Not enough memory for this text (' + (bytes / 1048576).toFixed(1) +
    ' MB): close other tabs or reload the page, then try again.');
  // A malloc'd block of `bytes`, or an Error thrown; the caller frees it.
  function alloc(bytes) {
    const p = _malloc(Math.max(1, bytes));
    if (!p) throw noMemory(bytes);
    return p;
  }
  // Copies `text` into the wasm heap as UTF-8 with a NUL after it: {ptr, len} (len without it).
  function copyIn(text) {
    const bytes = encoder.encode(String(text));
    const p = alloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAPU8[p + bytes.length] = 0;
    return { ptr: p, len: bytes.length };
  }
  // Calls fn with copies of `texts` (`args` makes fn's arguments from them), then frees them,
  // whatever fn does.
  function withCopies(texts, args, fn) {
    const copies = [];
    try {
      for (const t of texts) copies.push(copyIn(t));
      return fn(...args(copies));
    } finally {
      for (const c of copies) _free(c.ptr);
    }
  }
  // fn(p1, n1, p2, n2, ...): a pointer and a byte length for each text.
  const withTexts = (texts, fn) => withCopies(texts, (copies) => copies.flatMap((c) => [c.ptr, c.len]), fn);
  // The same for C functions that take NUL-terminated text (names, ids, small options):
  // fn(p1, p2, ...).
  const withCStrings = (texts, fn) => withCopies(texts, (copies) => copies.map((c) => c.ptr), fn);
  // withCStrings for text a user typed or pasted: a refusal (no memory) is logged, not thrown,
  // so a listener never fails half-way.
  function tryCStrings(texts, fn) {
    try {
      return withCStrings(texts, fn);
    } catch (err) {
      console.error('Alignboard: ' + (err && err.message || err));
      return undefined;
    }
  }
  // `len` bytes of UTF-8 at `ptr` as a string, NULs included.
  function read(ptr, len) {
    if (!ptr || !len) return '';
    return decoder.decode(HEAPU8.subarray(ptr, ptr + len));
  }
  // A reply of an exported ab_* function (web/platform/js_reply.hpp): its text, read with its length.
  const reply = (ptr) => read(ptr, _ab_reply_length());

  Module['abText'] = {
    alloc, withTexts, withCStrings, tryCStrings, read, reply, json: (ptr) => JSON.parse(reply(ptr)),
  };
})();
