// Text across the JS <-> C++ boundary (linked with --pre-js, after pre.js; the js-library files
// reach it as Module.abText). Two rules hold for every crossing:
//   - a malloc that fails (the wasm heap cannot grow) is refused with a clear error before
//     anything is copied: memory address 0 is never written;
//   - plan text and exports cross with their byte length, not as C strings, so a U+0000 in a
//     title neither cuts a download short nor hides what follows it from the reader.
(function() {
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function noMemory(bytes) {
    return new Error('Not enough memory for this text (' + (bytes / 1048576).toFixed(1) +
      ' MB): close other tabs or reload the page, then try again.');
  }
  // A malloc'd block of `bytes`, or an Error thrown; the caller frees it.
  function alloc(bytes) {
    var p = _malloc(Math.max(1, bytes));
    if (!p) throw noMemory(bytes);
    return p;
  }
  // Copies `text` into the wasm heap as UTF-8 with a NUL after it: {ptr, len} (len without it).
  function copyIn(text) {
    var bytes = encoder.encode(String(text));
    var p = alloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    HEAPU8[p + bytes.length] = 0;
    return { ptr: p, len: bytes.length };
  }
  // Calls fn with a pointer and a byte length for each text (fn(p1, n1, p2, n2, ...)), then
  // frees them, whatever fn does.
  function withTexts(texts, fn) {
    var copies = [];
    try {
      texts.forEach(function(t) { copies.push(copyIn(t)); });
      var args = [];
      copies.forEach(function(c) { args.push(c.ptr, c.len); });
      return fn.apply(null, args);
    } finally {
      copies.forEach(function(c) { _free(c.ptr); });
    }
  }
  // The same for C functions that take NUL-terminated text (names, ids, small options):
  // fn(p1, p2, ...).
  function withCStrings(texts, fn) {
    var copies = [];
    try {
      texts.forEach(function(t) { copies.push(copyIn(t)); });
      return fn.apply(null, copies.map(function(c) { return c.ptr; }));
    } finally {
      copies.forEach(function(c) { _free(c.ptr); });
    }
  }
  // `len` bytes of UTF-8 at `ptr` as a string, NULs included.
  function read(ptr, len) {
    if (!ptr || !len) return '';
    return decoder.decode(HEAPU8.subarray(ptr, ptr + len));
  }
  // A reply of an exported ab_* function (web/platform/js_reply.hpp): its text, read with its length.
  function reply(ptr) {
    return read(ptr, _ab_reply_length());
  }

  Module['abText'] = {
    alloc: alloc, withTexts: withTexts, withCStrings: withCStrings, read: read,
    reply: reply, json: function(ptr) { return JSON.parse(reply(ptr)); },
  };
})();
