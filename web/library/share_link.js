// Share links (linked with --pre-js, after capped_read.js): the plan, deflated (deflate-raw) and
// base64url-encoded in the `#plan=` fragment, so no server keeps it. library/boot.js makes them and
// hands the plan of the page's own link to the app, which asks the user before adding it.
// A link is outside input: one longer than MAX_FRAGMENT_CHARS is refused before decoding, and
// it is inflated chunk by chunk, stopping as soon as the plan passes the reader's cap.
// Module.abShareLink: {make(text, appPage), read(), MAX_LINK_CHARS, MAX_FRAGMENT_CHARS}.
(() => {
  const C = Module['abCapped'];
  const MAX_LINK_CHARS = 64 * 1024;       // longer links are cut by chat apps, mail and some browsers
  const MAX_FRAGMENT_CHARS = 128 * 1024;  // what a link may carry: twice what make() ever writes
  const INFLATE_CHUNK = 1024;             // compressed bytes fed at a time (deflate unpacks each to <= ~1 MB)

  function toBase64Url(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(b.length);
    for (let i = 0; i < b.length; ++i) out[i] = b.charCodeAt(i);
    return out;
  }
  // `bytes` as a stream of small chunks that are handed out only when asked for, so the
  // decompressor behind it unpacks no more than its reader takes.
  function trickle(bytes) {
    let at = 0;
    return new ReadableStream({
      pull: function(controller) {
        if (at >= bytes.length) { controller.close(); return; }
        controller.enqueue(bytes.slice(at, at + INFLATE_CHUNK));
        at += INFLATE_CHUNK;
      },
    }, { highWaterMark: 0 });
  }

  // A link to `appPage` carrying `text`: {ok: true, link} or {ok: false, error, tooLarge, size}.
  function make(text, appPage) {
    if (typeof CompressionStream !== 'function') {
      return Promise.resolve({ ok: false, key: 'share.cannot_make', error: 'This browser cannot make share links; download the file instead.' });
    }
    const packed = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Response(packed).arrayBuffer().then(buf => {
      const url = appPage + '#plan=' + toBase64Url(new Uint8Array(buf));
      if (url.length > MAX_LINK_CHARS) {
        return { ok: false, tooLarge: true, size: url.length, key: 'share.too_large',
                 args: { size: Math.round(url.length / 1024), max: MAX_LINK_CHARS / 1024 },
                 error: 'This plan is too large for a link (' + Math.round(url.length / 1024) +
                        ' KB; links stop working past ' + MAX_LINK_CHARS / 1024 + ' KB). Download the file and send that instead.' };
      }
      return { ok: true, link: url };
    });
  }

  // The plan of this page's own `#plan=` link. Resolves (never rejects) to null when there is
  // none, {text} for the plan's text, or {error} in the user's words (English, with the catalogue's
  // `key` and `args` so the app can say it in the reader's language: boot.js). The fragment is cleared
  // before anything is decoded, so a reload never opens it twice.
  function read() {
    const hash = location.hash;
    if (hash.indexOf('#plan=') !== 0) return Promise.resolve(null);
    history.replaceState(null, '', location.pathname + location.search);
    const data = hash.slice('#plan='.length);
    if (data.length > MAX_FRAGMENT_CHARS) {
      return Promise.resolve({ key: 'share.too_long', args: { size: Math.round(data.length / 1024), max: MAX_LINK_CHARS / 1024 },
        error: 'the link is too long (' + Math.round(data.length / 1024) + ' KB; share links stop at ' +
        MAX_LINK_CHARS / 1024 + ' KB, so it was not made by Alignboard or was changed). Ask for the plan\u2019s file instead.' });
    }
    if (!/^[A-Za-z0-9_-]+$/.test(data)) {
      return Promise.resolve({ key: 'share.bad_characters', error: 'the link is damaged (it holds characters a share link never has).' });
    }
    if (typeof DecompressionStream !== 'function') {
      return Promise.resolve({ key: 'share.cannot_open', error: 'this browser cannot open share links.' });
    }
    let bytes;
    try { bytes = fromBase64Url(data); } catch (e) {
      return Promise.resolve({ key: 'share.bad_base64', error: 'the link is damaged (it is not valid base64).' });
    }
    return Promise.resolve().then(() => C.readStream(trickle(bytes).pipeThrough(new DecompressionStream('deflate-raw')), C.MAX_PLAN_BYTES)).then(plain => ({
      text: new TextDecoder('utf-8', { fatal: true }).decode(plain)
    })).catch(err => {
      if (err && err.tooLarge) {
        return { key: 'share.unpacks_too_big', args: { max: C.megabytes(C.MAX_PLAN_BYTES) },
                 error: 'its plan unpacks to more than ' + C.megabytes(C.MAX_PLAN_BYTES) +
          ', the most a plan may be, so it was not opened.' };
      }
      if (err && err.name === 'TypeError' && /decode|encoding/i.test(String(err.message))) {
        return { key: 'share.not_utf8', error: 'the link is damaged (its plan is not UTF-8 text).' };
      }
      return { key: 'share.cut_short', error: 'the link is damaged or cut short (its plan does not unpack).' };
    });
  }

  Module['abShareLink'] = { make, read, MAX_LINK_CHARS, MAX_FRAGMENT_CHARS };
})();
