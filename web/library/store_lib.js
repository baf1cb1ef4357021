// What the C++ side asks of the plan library (linked with --js-library; the library itself is
// web/library/store.js). Asynchronous answers come back through ab_store_reply(op, json).

mergeInto(LibraryManager.library, {
  $AbStoreCall__deps: ['malloc', 'free'],
  $AbStoreCall: {
    // Runs `promise` and hands its JSON answer to C++ as the reply to `op`.
    // Module.abStore.busy counts the requests not answered yet (tests wait for 0 before they
    // click a window whose contents a reply may still change).
    reply: function(op, promise) {
      const S = Module['abStore'];
      if (S) S.busy = (S.busy || 0) + 1;
      Promise.resolve(promise).then((result) => result, (err) => (
        { ok: false, error: String(err && err.message ? err.message : err) }
      )).then((result) => {
        const texts = [op, JSON.stringify(result === undefined ? { ok: true } : result)];
        try {
          Module['abText'].withCStrings(texts, (o, json) => { _ab_store_reply(o, json); });
        } catch (err) {
          console.error('Alignboard: ' + (err && err.message || err));  // no memory for the answer
        } finally {
          if (S) S.busy--;
        }
      });
    },
  },

  ab_js_store_changed: function() {
    const S = Module['abStore'];
    if (S) S.changed();
    const E = Module['abEmbed'];
    if (E) E.changed();
  },

  // `failed`: why the opening plan did not load ('' when it did); see boot.js keepDamaged.
  ab_js_store_started: function(failed) {
    const S = Module['abStore'];
    if (S) S.started(UTF8ToString(failed));
  },

  // One library operation ({op: 'list' | 'open' | 'new' | 'rename' | ...}, see storage.hpp).
  ab_js_store_request__deps: ['$AbStoreCall'],
  ab_js_store_request: function(json) {
    const S = Module['abStore'];
    const r = JSON.parse(UTF8ToString(json));
    const ops = {
      list: function() {
        return Promise.all([S.list(), S.templatesReady]).then((got) => (
          { ok: true, plans: got[0], templates: S.templates }));
      },
      open: function() { return S.open(r.id); },
      'new': function() { return S.newPlan(r.template); },
      rename: function() { return S.rename(r.id, r.name); },
      duplicate: function() { return S.duplicate(r.id); },
      'delete': function() { return S.remove(r.id); },
      undelete: function() { return S.restore(r.id); },
      purge: function() { return S.purge(r.id); },
      empty_trash: function() { return S.purge(''); },
      download_damaged: function() { return S.downloadDamaged(r.file); },
      flush: function() { return S.flush().then((ok) => ({ ok, error: ok ? '' : S.message })); },
      checkpoint: function() { return S.checkpoint(r.name); },
      checkpoints: function() { return S.checkpoints().then((list) => ({ ok: true, checkpoints: list })); },
      preview: function() { return S.previewCheckpoint(r.id); },
      restore: function() { return S.restoreCheckpoint(r.id); },
      reload: function() { return S.reload(); },
      save_copy: function() { return S.saveCopy(); },
      mirror_take: function() { return S.mirrorTake(); },   // library/mirror.js
      mirror_swap: function() { return S.mirrorSwap(); },
      create: function() { return S.create(r.text, r.name); },
      share: function() { return S.makeShareLink(r.text); },
    };
    const fn = ops[r.op];
    AbStoreCall.reply(r.op, fn ? fn() : { ok: false, error: 'unknown library operation ' + r.op });
  },

  // The export's text crosses with its length (a U+0000 in it must not cut the file short).
  ab_js_store_download: function(name, mime, text, length) {
    Module['abStore'].download(UTF8ToString(name), UTF8ToString(mime), Module['abText'].read(text, length));
  },

  ab_js_store_pick_file: function() {
    Module['abStore'].openPicker();
  },

  ab_js_store_copy_text: function(text) {
    const t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(() => {});
  },
});
