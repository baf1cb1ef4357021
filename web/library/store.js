// The browser plan library (linked with --pre-js, after pre.js): plans and checkpoints in
// IndexedDB, autosave, a synchronous journal for a page that is hidden or closed mid-save,
// the second-tab guard, share links (web/library/share_link.js) and the file picker / drop. It stores and
// moves plan text only: every check and every change of a plan happens in the C++ core, which
// these files call through the exported ab_store_* functions (web/library/storage.cpp).
//
// Its files, in load order (web/CMakeLists.txt): records.js (the database layout), journal.js
// (the close-time copy), this file (the library's state and the helpers the others share),
// autosave.js (autosave, checkpoints, the second-tab guard), plans.js (what the Plans window
// does, files) and boot.js (the plan a tab opens, share links). They share two objects:
// Module.abStore (S: the state, and the operations store_lib.js calls for the C++ side) and
// Module.abStoreKit (K: helpers for these files only; each file adds what later ones use).

(() => {
  const params = Module['abParams'] || new URLSearchParams();
  const app = !!Module['abApp'];
  const R = Module['abStoreRecords'];
  const T = Module['abText'];
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used (after main()).
  const t = (key, args) => Module['abI18n'].t(key, args);
  const TAB_PLAN_KEY = 'alignboard.plan';  // sessionStorage: the plan this tab has open
  const STATUS = { saved: 0, saving: 1, failed: 2, readOnly: 3, off: 4 };
  const HELLO_WAIT_MS = 400;           // how long another tab has to say it has the plan open

  // `?storage=none` (tests) keeps the library out of it: the plan lives in this page only. So
  // does a page in a frame (an embed keeps its plans apart from the app's library) unless it
  // asks with `?storage=local` and the app's host allows its parent page that (config.json,
  // web/host/embed_access.js: checked in S.boot), and every script-tag embed. On the app page
  // itself a plan from the address (`?plan=URL`, `?template=`) becomes a new plan of the
  // library (library/boot.js), so the work done on it is kept; in a frame it stays the page's.
  const inFrame = window.parent !== window;
  const fromLink = !!(params.get('plan') || params.get('template') !== null);
  const wanted = app && params.get('storage') !== 'none' &&
                 (inFrame ? params.get('storage') === 'local' && !fromLink : true);

  const S = {
    enabled: wanted,
    fromLink: wanted && fromLink,  // the plan on screen came from the address: added at start
    db: null,
    unavailable: '',      // why IndexedDB cannot be used, when it cannot
    tab: Math.random().toString(36).slice(2) + Date.now().toString(36),
    planId: '',
    version: 0,           // the stored version this tab's text is based on
    readOnly: false,
    dirty: false,
    writing: false,
    timer: 0,
    lastWrite: 0,
    lastAutoCheckpoint: 0,
    editedSinceCheckpoint: false,
    status: wanted ? STATUS.saved : STATUS.off,
    message: '',
    templates: [],
    shared: '',           // a plan text decoded from the #plan= fragment, waiting for the user
    shareLink: '',
    quietUntil: 0,        // no writes before this time (ms): other tabs are answering 'hello'
    savedRevision: -1,    // the plan revision the last finished write held (tests wait on it)
    queued: false,        // a write waits for the one in flight (the page is being hidden)
    journalFailed: '',    // why the last close-time journal could not be written
    damaged: null,        // {id, name, why, text}: the stored plan that did not open at start
    channel: null,
  };
  Module['abStore'] = S;

  // ---- Text in and out of the wasm side -------------------------------------------------------
  // NUL-terminated copies, malloc checked (T.withCStrings, web/platform/wasm_text.js); plan text
  // from outside (files, links) crosses with its length through importText and the shared text.
  function importText(text, name, origin, error) {
    try {
      T.withTexts([text, name, origin, error], (t, tn, n, nn, o, on, e) => {
        _ab_store_import(t, tn, n, o, e);
      });
    } catch (err) {  // no memory for the text: say so instead
      if (text) importText('', name, origin, String(err.message || err));
      else console.error('Alignboard: ' + (err && err.message || err));
    }
  }
  function setStatus(state, message) {
    S.status = state;
    S.message = message || '';
    if (typeof _ab_store_status === 'function' && runtimeInitialized) {
      T.withCStrings([S.message], (m) => { _ab_store_status(state, m, S.db ? 1 : 0); });
    }
  }
  // A C function of one or more NUL-terminated texts whose reply is JSON: its answer.
  function askCore(fn, texts) {
    return JSON.parse(T.withCStrings(texts, (...p) => UTF8ToString(fn(...p))));
  }
  const snapshot = () => JSON.parse(UTF8ToString(_ab_store_snapshot()));
  const newId = () => 'p' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  function planName(text, fallback) {
    try { const n = JSON.parse(text).name; return typeof n === 'string' && n ? n : fallback; }
    catch (e) { return fallback; }
  }
  // The plan this tab has open, kept over a reload of the tab.
  function tabPlan() {
    try { return sessionStorage.getItem(TAB_PLAN_KEY) || ''; } catch (e) { return ''; }
  }
  function rememberTabPlan(id) {
    try { sessionStorage.setItem(TAB_PLAN_KEY, id); } catch (e) { /* the global 'last' still works */ }
  }

  // ---- IndexedDB, promised (library/records.js) ----------------------------------------------
  const req = R.req, done = R.done;
  const store = (name, mode) => S.db.transaction(name, mode || 'readonly').objectStore(name);
  const getPlan = (id) => req(store('plans').get(id));
  // The Plans list and the choice of plan at start read the index only, never plan texts.
  const allSummaries = () => req(store('index').getAll());
  const planTx = () => S.db.transaction(['plans', 'index'], 'readwrite');
  function setMeta(key, value) {
    const tx = S.db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ key, value });
    return done(tx);
  }
  const getMeta = (key) => req(store('meta').get(key)).then((r) => (r ? r.value : undefined));
  function whyFailed(err) {
    const name = err && err.name;
    if (name === 'QuotaExceededError') {
      return t('store.full');
    }
    const detail = err && err.message ? err.message : String(err);
    return t('store.save_failed', { why: detail });
  }

  Module['abStoreKit'] = {
    STATUS, HELLO_WAIT_MS, app, inFrame, base: Module['abBase'] || new URL('.', location.href).href,
    importText, setStatus, askCore, snapshot, newId, planName, tabPlan, rememberTabPlan,
    req, done, store, getPlan, allSummaries, planTx, setMeta, getMeta, whyFailed,
  };
})();
