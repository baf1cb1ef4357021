// Who may use the app page when it runs in a frame (linked with --pre-js, after capped_read.js).
// The page that frames the app writes the iframe's URL, so nothing in that URL can grant
// anything: whoever hosts the app's files decides, in `config.json` beside index.html
// (README, "For consultants"):
//   {"frame_origins": ["https://www.agency.example"],      pages that may talk to the embed
//    "library_origins": ["https://intranet.agency.example"]} ... and use ?storage=local
// No file (or no entry) means nobody but the app's own origin. The URL's `origins=` can only
// narrow the list (talk to fewer of the listed pages), never add to it.
// Module.abAccess: a promise (never rejected) of {talk: [origins], library, parent, error}.
(() => {
  const framed = !!Module['abApp'] && window.parent !== window;
  const params = Module['abParams'] || new URLSearchParams();
  const base = Module['abBase'] || new URL('.', location.href).href;
  const MAX_CONFIG_BYTES = 64 * 1024;

  // "https://a.example:8443/x" -> "https://a.example:8443"; '' for anything that is not a
  // tuple origin (opaque "null", a typo).
  function originOf(url) {
    try {
      const o = new URL(String(url)).origin;
      return o && o !== 'null' ? o : '';
    } catch (e) { return ''; }
  }
  function origins(list) {
    return (Array.isArray(list) ? list : []).map(o => typeof o === 'string' ? originOf(o) : '')
      .filter(Boolean);
  }
  // The origins of the pages around this one, nearest first. ancestorOrigins (Chromium, Safari)
  // names every one; elsewhere the referrer names the parent at best (or nothing).
  function ancestors() {
    if (location.ancestorOrigins) return Array.prototype.slice.call(location.ancestorOrigins);
    const parent = originOf(document.referrer);
    return parent ? [parent] : [''];
  }

  function readConfig() {
    const C = Module['abCapped'];
    return C.fetchBytes(base + 'config.json', MAX_CONFIG_BYTES, { credentials: 'same-origin' }, true).then(buf => {
      const config = JSON.parse(new TextDecoder().decode(buf));
      if (!config || typeof config !== 'object' || Array.isArray(config)) {
        const err = new Error('it is not a JSON object');
        err.words = { key: 'embed.config_not_object' };
        throw err;
      }
      return { config };
    }).catch(err => {
      // No file is the ordinary case: nobody is allowed, quietly.
      if (/HTTP 404/.test(String(err && err.message))) return { config: {} };
      // Worded once the catalogue is there (web/host/embed.js), in the reader's language.
      return { config: {}, error: { key: 'embed.config_unreadable', args: { why: err && err.words || String(err && err.message || err) } } };
    });
  }

  function decide(got) {
    const self = location.origin;
    const library = origins(got.config.library_origins);
    let listed = origins(got.config.frame_origins).concat(library);
    const narrowed = params.get('origins');
    if (narrowed !== null) {
      const wanted = origins(narrowed.split(/[\s,]+/));
      listed = listed.filter(o => wanted.indexOf(o) >= 0);
    }
    const chain = ancestors();
    const parent = chain[0] || '';
    // The library only when asked for and every page around this one is the app's own origin
    // or listed for it (a listed page framed by another site does not pass it on).
    const libraryOk = params.get('storage') === 'local' && chain.every(o => o === self || library.indexOf(o) >= 0);
    return { talk: [self].concat(listed.filter(o => o !== self)), library: libraryOk,
             parent, error: got.error || '' };
  }

  Module['abAccess'] = framed ? readConfig().then(decide)
    : Promise.resolve({ talk: [], library: false, parent: '', error: '' });
})();
