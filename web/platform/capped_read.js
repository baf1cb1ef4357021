// Reading outside input with a cap (linked with --pre-js, first: pre.js fetches with it at
// once). A plan from a URL, a share link or a host can be any size; what is read is never more
// than the reader would accept: a stream is read chunk by chunk and cancelled as soon as it
// passes its cap, so a 30 MB download or a link that unpacks to gigabytes stops at the cap.
// Module.abCapped: {MAX_PLAN_BYTES, MAX_FILE_BYTES, readStream, fetchBytes, tooLargeWords, megabytes}.
(() => {
  // The core reader's caps (core/io/plan_json.hpp): a plan is at most kMaxPlanBytes counted
  // without the whitespace between values, and its file at most kMaxPlanTextBytes with it. A
  // file is cut off at the second (a pretty-printed 20 MB plan is some 27 MB); the core then
  // measures the plan itself. Text that is only ever compact (a share link's, a paste) is held
  // to the first.
  const MAX_PLAN_BYTES = 20 * 1024 * 1024;
  const MAX_FILE_BYTES = 64 * 1024 * 1024;

  function megabytes(n) {
    const mb = n / 1048576;
    return (mb >= 10 || mb === Math.floor(mb) ? Math.round(mb) : mb.toFixed(1)) + ' MB';
  }
  // "it is 70 MB; files up to 64 MB can be opened" (size known) or "it is larger than 64 MB; ...",
  // as a catalogue key (Module.abI18n.words puts it in the reader's language when shown: this
  // runs before the catalogue is loaded).
  function tooLargeWords(cap, size) {
    const what = cap > MAX_PLAN_BYTES ? 'file' : 'plan';
    return size ? { key: 'read.' + what + '_too_large', args: { size: megabytes(size), max: megabytes(cap) } }
                : { key: 'read.' + what + '_larger_than', args: { max: megabytes(cap) } };
  }
  // An Error whose message is English (for the console) and whose `words` are for the reader.
  function failure(message, words) {
    const err = new Error(message);
    err.words = words;
    return err;
  }
  function tooLarge(cap, size) {
    const err = failure((size ? 'it is ' + megabytes(size) : 'it is larger than ' + megabytes(cap)) +
      '; ' + (cap > MAX_PLAN_BYTES ? 'files' : 'plans') + ' up to ' + megabytes(cap) + ' can be opened',
      tooLargeWords(cap, size));
    err.tooLarge = true;
    return err;
  }
  function join(chunks, total) {
    const out = new Uint8Array(total);
    let at = 0;
    chunks.forEach(c => { out.set(c, at); at += c.byteLength; });
    return out;
  }
  // All bytes of a ReadableStream as one Uint8Array, or a rejection with err.tooLarge as soon as
  // more than `cap` bytes arrived (the stream is cancelled, which stops whatever feeds it).
  function readStream(stream, cap) {
    const reader = stream.getReader();
    let chunks = [];
    let total = 0;
    function next() {
      return reader.read().then(r => {
        if (r.done) return join(chunks, total);
        const bytes = r.value instanceof Uint8Array ? r.value : new Uint8Array(r.value);
        total += bytes.byteLength;
        if (total > cap) {
          chunks = [];
          reader.cancel().catch(() => {});
          throw tooLarge(cap);
        }
        chunks.push(bytes);
        return next();
      });
    }
    return next();
  }
  // GET `url` without cookies or other credentials (a plan URL is someone else's file, never a
  // request made as the user); resolves to its bytes (an ArrayBuffer), rejects with a plain
  // message and its `words`: the HTTP status, a declared Content-Length over `cap`, or a body that
  // passes it.
  // `own` (the app's own files: `init` then holds the site's credentials) trusts a Content-Length
  // within the cap and reads the body whole; anything else is read as a stream and cut off at
  // the cap, whatever its headers say (a small compressed body can unpack to gigabytes).
  function fetchBytes(url, cap, init, own) {
    const options = { cache: 'no-cache', credentials: 'omit' };
    Object.keys(init || {}).forEach(k => { options[k] = init[k]; });
    return fetch(url, options).then(response => {
      if (!response.ok) {
        throw failure('the server answered HTTP ' + response.status,
                      { key: 'read.http_status', args: { status: response.status } });
      }
      const declared = Number(response.headers.get('Content-Length'));
      // Refused before a byte of the body is read. (Content-Length counts the bytes on the
      // wire; compressed ones only grow when decoded. The stream below holds the real count.)
      if (declared > cap) {
        if (response.body) response.body.cancel().catch(() => {});
        throw tooLarge(cap, declared);
      }
      if (!response.body || (own && declared > 0)) {
        return response.arrayBuffer().then(buf => {
          if (buf.byteLength > cap) throw tooLarge(cap, buf.byteLength);
          return buf;
        });
      }
      return readStream(response.body, cap).then(bytes => bytes.buffer);
    });
  }

  Module['abCapped'] = { MAX_PLAN_BYTES, MAX_FILE_BYTES, readStream, fetchBytes,
                         tooLargeWords, megabytes };
})();
