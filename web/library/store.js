// The browser plan library (linked with --pre-js, after pre.js): plans and checkpoints in
// IndexedDB, autosave, a synchronous journal for a page that is hidden or closed mid-save,
// the second-tab guard, share links (web/library/share_link.js) and the file picker / drop. It stores and
// moves plan text only: every check and every change of a plan happens in the C++ core, which
// this file calls through the exported ab_store_* functions (web/library/storage.cpp).
//
// The database layout is in library/records.js, the close-time journal in library/journal.js.

(function() {
  var params = Module['abParams'] || new URLSearchParams();
  var app = !!Module['abApp'];
  var boot = Module['abBoot'];
  var R = Module['abStoreRecords'];
  var J = Module['abStoreJournal'];
  var TAB_PLAN_KEY = 'alignboard.plan';  // sessionStorage: the plan this tab has open
  var SAVE_EVERY_MS = 1000;          // the longest a change waits before it is written
  var AUTO_CHECKPOINT_MS = 10 * 60 * 1000;
  var AUTO_CHECKPOINTS_KEPT = 30;    // per plan; named checkpoints are never pruned
  var HELLO_WAIT_MS = 400;           // how long another tab has to say it has the plan open
  var MAX_FILE_BYTES = 20 * 1024 * 1024;
  var STATUS = { saved: 0, saving: 1, failed: 2, readOnly: 3, off: 4 };

  // `?storage=none` (tests), `?plan=URL` and `?template=` keep the library out of it: the plan
  // lives in this page only. So does a page in a frame (an embed keeps its plans apart from the
  // app's library) unless it asks with `?storage=local` and the app's host allows its parent
  // page that (config.json, web/host/embed_access.js: checked in S.boot), and every script-tag embed.
  var inFrame = window.parent !== window;
  var wanted = app && params.get('storage') !== 'none' && !params.get('plan') && !params.get('template') &&
               (!inFrame || params.get('storage') === 'local');

  var S = {
    enabled: wanted,
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
  // NUL-terminated copies, malloc checked (web/platform/wasm_text.js); plan text from outside (files,
  // links) crosses with its length through importText and sharedText below.
  function withTexts(texts, fn) { return Module['abText'].withCStrings(texts, fn); }
  function importText(text, name, origin, error) {
    try {
      Module['abText'].withTexts([text, name, origin, error], function(t, tn, n, nn, o, on, e) {
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
      withTexts([S.message], function(m) { _ab_store_status(state, m, S.db ? 1 : 0); });
    }
  }
  function snapshot() {
    return JSON.parse(UTF8ToString(_ab_store_snapshot()));
  }
  function newId() {
    return 'p' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  }
  function planName(text, fallback) {
    try { var n = JSON.parse(text).name; return typeof n === 'string' && n ? n : fallback; }
    catch (e) { return fallback; }
  }

  // ---- IndexedDB, promised (library/records.js) ----------------------------------------------
  var req = R.req, done = R.done;
  function store(name, mode) {
    return S.db.transaction(name, mode || 'readonly').objectStore(name);
  }
  function getPlan(id) { return req(store('plans').get(id)); }
  // The Plans list and the choice of plan at start read the index only, never plan texts.
  function allSummaries() { return req(store('index').getAll()); }
  function planTx() { return S.db.transaction(['plans', 'index'], 'readwrite'); }
  function setMeta(key, value) {
    var tx = S.db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ key: key, value: value });
    return done(tx);
  }
  function getMeta(key) {
    return req(store('meta').get(key)).then(function(r) { return r ? r.value : undefined; });
  }
  function whyFailed(err) {
    var name = err && err.name;
    if (name === 'QuotaExceededError') {
      return 'Browser storage is full, so this change is not saved. Download a copy, or delete plans you no longer need.';
    }
    var detail = err && err.message ? err.message : String(err);
    return 'Could not save in this browser (' + detail + '). Download a copy to keep your work.';
  }

  // ---- The journal (library/journal.js): a copy for a page hidden or closed mid-save -------------
  function writeJournal(snap) {
    var why = J.write({ id: S.planId, version: S.version, tab: S.tab, time: Date.now(), revision: snap.revision,
                        name: snap.name, text: snap.text, view: snap.view });
    S.journalFailed = why;
    if (why) setStatus(STATUS.failed, why);  // said on the page, not dropped silently
  }

  // ---- Autosave --------------------------------------------------------------------------------
  // The first change after a quiet second is written at once; later ones are gathered and
  // written a second after the previous write began, so a change waits at most ~1 s.
  S.changed = function() {
    if (!S.enabled || S.readOnly) return;
    S.dirty = true;
    S.editedSinceCheckpoint = true;
    schedule();
  };
  function schedule() {
    if (S.writing || S.timer || !S.dirty) return;
    // A tab that just opened a plan first gives other tabs time to say they have it open.
    var wait = Math.max(0, S.lastWrite + SAVE_EVERY_MS - Date.now(), S.quietUntil - Date.now());
    // Even "at once" leaves the frame that made the change first.
    S.timer = setTimeout(function() { S.timer = 0; S.write(); }, wait);
  }
  S.write = function(snap) {
    if (!S.enabled || S.readOnly || !S.dirty) return Promise.resolve(true);
    if (!S.db) {
      setStatus(STATUS.failed, S.unavailable);
      return Promise.resolve(false);
    }
    if (S.writing) return S.writing;
    snap = snap || snapshot();
    if (snap.refused) {
      // The reader would refuse this text at the next start: storing it would lose the plan.
      setStatus(STATUS.failed, snap.refused);
      return Promise.resolve(false);
    }
    S.dirty = false;
    S.lastWrite = Date.now();
    // After a journal that could not be written, "Not saved" stays until a save finishes.
    if (S.journalFailed) setStatus(STATUS.failed, S.journalFailed);
    else setStatus(STATUS.saving);
    var id = S.planId, base = S.version;
    var conflict = false;
    var thrown = null;
    var p;
    try {
      var tx = planTx();
      var r = tx.objectStore('plans').get(id);
      r.onsuccess = function() {
        var rec = r.result;
        // Someone else wrote since we read: never overwrite their work silently.
        if (rec && rec.version !== base && rec.writer !== S.tab) { conflict = true; tx.abort(); return; }
        var now = Date.now();
        try {
          R.putPlan(tx, {
            id: id, name: snap.name, text: snap.text, view: snap.view,
            created: rec ? rec.created : now, updated: now, trashed: rec ? rec.trashed || 0 : 0,
            writer: S.tab, version: base + 1, revision: snap.revision,
          });
        } catch (e) {
          thrown = e;  // e.g. QuotaExceededError raised by put itself
          tx.abort();
        }
      };
      p = done(tx);
    } catch (e) {
      p = Promise.reject(e);
    }
    S.writing = p.then(function() {
      S.version = base + 1;
      S.savedRevision = snap.revision;
      S.writing = null;
      J.clear(id, S.tab, snap.revision);  // a journal of a later revision stays
      S.journalFailed = '';
      broadcast({ type: 'saved', id: id, version: S.version });
      setStatus(S.dirty ? STATUS.saving : STATUS.saved);
      maybeAutoCheckpoint(snap);
      writeQueued();
      return true;
    }, function(err) {
      S.writing = null;
      S.queued = false;
      if (conflict) {
        S.readOnly = true;
        setStatus(STATUS.readOnly, 'Another tab changed this plan. Nothing here was saved over it.');
        tellTabs(3);
        return false;
      }
      S.dirty = true;  // kept for the next try: the next change, or the user's retry
      setStatus(STATUS.failed, whyFailed(thrown || err));
      return false;
    });
    return S.writing;
  };
  // A page hidden during a write: its newer state is written right after, not a second later
  // (a frozen or discarded page never runs that timer; the journal holds it meanwhile).
  function writeQueued() {
    if (!S.queued) { schedule(); return; }
    S.queued = false;
    if (S.timer) { clearTimeout(S.timer); S.timer = 0; }
    S.write();
  }
  // Saves now (Ctrl+S, before switching plans); resolves true when everything is stored.
  S.flush = function() {
    if (S.timer) { clearTimeout(S.timer); S.timer = 0; }
    var pending = S.writing || Promise.resolve(true);
    return pending.then(function() { return S.dirty ? S.write() : S.status !== STATUS.failed; });
  };
  function hidden() {
    if (!S.enabled || S.readOnly || !runtimeInitialized) return;
    _ab_store_sync();  // may set S.dirty
    if (!S.dirty) return;
    var snap = snapshot();
    if (snap.refused) { S.write(snap); return; }  // says why it is not kept
    writeJournal(snap);
    if (S.timer) { clearTimeout(S.timer); S.timer = 0; }
    if (S.writing) S.queued = true;
    else S.write(snap);
  }
  document.addEventListener('visibilitychange', function() {
    if (document.visibilityState === 'hidden') hidden();
  });
  window.addEventListener('pagehide', hidden);

  // ---- Checkpoints -----------------------------------------------------------------------------
  function addCheckpoint(name, auto, text) {
    var tx = S.db.transaction('checkpoints', 'readwrite');
    var cps = tx.objectStore('checkpoints');
    cps.add({ plan: S.planId, name: name, time: Date.now(), auto: !!auto, text: text });
    if (auto) {
      var keys = cps.index('plan').getAll(S.planId);
      keys.onsuccess = function() {
        var autos = keys.result.filter(function(c) { return c.auto; });
        autos.sort(function(a, b) { return a.time - b.time; });
        for (var i = 0; i < autos.length - AUTO_CHECKPOINTS_KEPT; ++i) cps.delete(autos[i].id);
      };
    }
    return done(tx);
  }
  function maybeAutoCheckpoint(snap) {
    if (!S.editedSinceCheckpoint || Date.now() - S.lastAutoCheckpoint < AUTO_CHECKPOINT_MS) return;
    S.lastAutoCheckpoint = Date.now();
    S.editedSinceCheckpoint = false;
    addCheckpoint('After 10 minutes of editing', true, snap.text).catch(function() {});
  }
  S.checkpoint = function(name) {
    if (!S.db) return Promise.resolve({ ok: false, error: S.unavailable || 'Browser storage is off here.' });
    if (!S.planId) return Promise.resolve({ ok: false, error: 'This plan is not kept in this browser.' });
    var snap = snapshot();
    if (snap.refused) return Promise.resolve({ ok: false, error: snap.refused });
    var label = String(name || '').trim() || 'Checkpoint';
    return addCheckpoint(label, false, snap.text).then(function() {
      return { ok: true };
    }, function(err) { return { ok: false, error: whyFailed(err) }; });
  };
  S.checkpoints = function() {
    if (!S.db) return Promise.resolve([]);
    return req(store('checkpoints').index('plan').getAll(S.planId)).then(function(list) {
      list.sort(function(a, b) { return b.time - a.time; });
      return list.map(function(c) { return { id: c.id, name: c.name, time: c.time, auto: c.auto }; });
    });
  };
  function checkpointText(id) {
    return req(store('checkpoints').get(Number(id))).then(function(c) {
      if (!c || c.plan !== S.planId) throw new Error('that checkpoint is gone');
      return c;
    });
  }

  // ---- The library -----------------------------------------------------------------------------
  S.list = function() {
    if (!S.db) return Promise.resolve([]);
    return allSummaries().then(function(all) {
      all.sort(function(a, b) { return b.updated - a.updated; });
      return all.map(function(p) {
        return { id: p.id, name: p.name, updated: p.updated, trashed: p.trashed || 0, size: p.size || 0,
                 current: p.id === S.planId };
      });
    });
  };
  // Opens a stored plan in this tab: the current one is saved first, and the C++ side checks
  // the stored text like any file (a bad record is reported, the current plan stays).
  S.open = function(id) {
    return S.flush().then(function(saved) {
      if (!saved) return { ok: false, error: unsavedStays() };
      return getPlan(id).then(function(rec) {
        if (!rec) return { ok: false, error: 'That plan is no longer in this browser.' };
        return openRecord(rec, 'your plans');
      });
    });
  };
  // Switching plans drops the open one from memory: never while it has changes not stored.
  function unsavedStays() {
    return 'Your open plan has changes that could not be saved (' + (S.message || 'storage failed') +
      '), so it stays open. Download a copy first.';
  }
  function openRecord(rec, origin) {
    var result = JSON.parse(withTexts([rec.id, rec.text, rec.view ? JSON.stringify(rec.view) : '', origin],
      function(id, text, view, o) { return UTF8ToString(_ab_store_open(id, text, view, o)); }));
    if (!result.ok) return result;
    var was = S.planId;
    S.planId = rec.id;
    S.version = rec.version || 0;
    S.readOnly = false;
    S.otherTab = false;
    S.damaged = null;
    S.dirty = false;
    S.editedSinceCheckpoint = false;
    S.lastAutoCheckpoint = Date.now();
    setStatus(STATUS.saved);
    setMeta('last', rec.id).catch(function() {});
    rememberTabPlan(rec.id);
    addCheckpoint('Opened', true, rec.text).catch(function() {});
    if (was !== rec.id) broadcast({ type: 'closed', id: was });
    S.quietUntil = Date.now() + HELLO_WAIT_MS;
    broadcast({ type: 'hello', id: rec.id });
    return result;
  }
  // Adds a plan text (already checked by the core) as a new plan and opens it.
  S.create = function(text, name) {
    if (!S.db) return Promise.resolve({ ok: false, error: S.unavailable || 'Browser storage is off here.' });
    var refused = withTexts([text], function(t) { return UTF8ToString(_ab_store_refusal(t)); });
    if (refused) return Promise.resolve({ ok: false, error: refused });
    var now = Date.now();
    var rec = { id: newId(), name: name || planName(text, 'Untitled plan'), text: text, view: null,
                created: now, updated: now, trashed: 0, writer: S.tab, version: 1 };
    var saved;
    return S.flush().then(function(ok) {
      saved = ok;
      var tx = planTx();
      R.putPlan(tx, rec, true);
      return done(tx);
    }).then(function() {
      // The open plan could not be stored: the new one waits in the library instead.
      if (!saved) return { ok: true, notice: 'Added \u201c' + rec.name + '\u201d to your plans. ' + unsavedStays() };
      return openRecord(rec, 'your plans');
    }, function(err) { return { ok: false, error: whyFailed(err) }; });
  };
  S.newPlan = function(templateId) {
    var t = S.templates.filter(function(x) { return x.id === templateId; })[0];
    if (!t) return Promise.resolve({ ok: false, error: 'No template named "' + templateId + '".' });
    return fetch(base + 'plans/templates/' + t.file, { cache: 'no-cache' }).then(function(r) {
      if (!r.ok) throw new Error('the server answered HTTP ' + r.status);
      return r.text();
    }).then(function(text) {
      var checked = JSON.parse(withTexts([text, ''], function(tx, n) { return UTF8ToString(_ab_store_checked(tx, n)); }));
      if (!checked.ok) return checked;
      return S.create(checked.text, checked.name);
    }, function(err) {
      return { ok: false, error: 'Could not fetch the template: ' + (err && err.message ? err.message : err) };
    });
  };
  function updateRecord(id, change) {
    var tx = planTx();
    var r = tx.objectStore('plans').get(id);
    var missing = false;
    r.onsuccess = function() {
      if (!r.result) { missing = true; return; }
      var rec = r.result;
      change(rec);
      rec.version = (rec.version || 0) + 1;
      rec.writer = S.tab;
      R.putPlan(tx, rec);
    };
    return done(tx).then(function() {
      return missing ? { ok: false, error: 'That plan is no longer in this browser.' } : { ok: true };
    }, function(err) { return { ok: false, error: whyFailed(err) }; });
  }
  // Renaming a plan that is not open: the core rewrites its text (the name lives in the plan).
  S.rename = function(id, name) {
    return getPlan(id).then(function(rec) {
      if (!rec) return { ok: false, error: 'That plan is no longer in this browser.' };
      var checked = JSON.parse(withTexts([rec.text, name], function(t, n) { return UTF8ToString(_ab_store_checked(t, n)); }));
      if (!checked.ok) return checked;
      return updateRecord(id, function(r) { r.text = checked.text; r.name = checked.name; r.updated = Date.now(); });
    });
  };
  S.duplicate = function(id) {
    var source = id === S.planId ? S.flush().then(function() { return getPlan(id); }) : getPlan(id);
    return source.then(function(rec) {
      if (!rec) return { ok: false, error: 'That plan is no longer in this browser.' };
      var checked = JSON.parse(withTexts([rec.text, 'Copy of ' + rec.name], function(t, n) {
        return UTF8ToString(_ab_store_checked(t, n));
      }));
      if (!checked.ok) return checked;
      return S.create(checked.text, checked.name);
    });
  };
  // Deleting moves a plan to the trash, from where it can be restored; the open plan cannot
  // be deleted from under the user (open another first).
  S.remove = function(id) {
    if (id === S.planId) return Promise.resolve({ ok: false, error: 'Open another plan before deleting this one.' });
    return updateRecord(id, function(r) { r.trashed = Date.now(); });
  };
  S.restore = function(id) {
    return updateRecord(id, function(r) { r.trashed = 0; r.updated = Date.now(); });
  };
  // Removes trashed plans for good (the user confirmed in the Plans window): `id`, or all.
  S.purge = function(id) {
    return R.purge(S.db, id ? [id] : null, Infinity).then(function(removed) {
      if (id && !removed.length) return { ok: false, error: 'That plan is not in Recently deleted.' };
      return { ok: true, removed: removed.length };
    }, function(err) { return { ok: false, error: whyFailed(err) }; });
  };
  // The open plan's text as another tab left it (after "Reload").
  S.reload = function() {
    return getPlan(S.planId).then(function(rec) {
      if (!rec) return { ok: false, error: 'That plan is no longer in this browser.' };
      var readOnly = S.readOnly && S.otherTab;
      var result = openRecord(rec, 'your plans');
      if (readOnly) goReadOnly(true);  // still open there: stay read-only, without asking again
      return result;
    });
  };
  // The plan as this tab has it, as a new plan of its own (this tab then edits that one).
  S.saveCopy = function() {
    var snap = snapshot();
    var checked = JSON.parse(withTexts([snap.text, 'Copy of ' + snap.name], function(t, n) {
      return UTF8ToString(_ab_store_checked(t, n));
    }));
    if (!checked.ok) return Promise.resolve(checked);
    return S.create(checked.text, checked.name);
  };
  S.previewCheckpoint = function(id) {
    return checkpointText(id).then(function(c) {
      return JSON.parse(withTexts([c.text], function(t) { return UTF8ToString(_ab_store_preview(t)); }));
    }, function(err) { return { ok: false, error: String(err.message || err) }; });
  };
  // A restore is one undoable step of the core (replace_plan), saved like any edit.
  S.restoreCheckpoint = function(id) {
    return checkpointText(id).then(function(c) {
      return JSON.parse(withTexts([c.text, c.name], function(t, n) { return UTF8ToString(_ab_store_restore(t, n)); }));
    }, function(err) { return { ok: false, error: String(err.message || err) }; });
  };

  // ---- Two tabs on one plan --------------------------------------------------------------------
  function broadcast(msg) {
    if (!S.channel) return;
    msg.tab = S.tab;
    try { S.channel.postMessage(msg); } catch (e) { /* a closed channel: nothing to tell */ }
  }
  function tellTabs(state) {
    if (runtimeInitialized) _ab_store_other_tab(state);
  }
  function goReadOnly(quietly) {
    S.readOnly = true;
    S.otherTab = true;
    if (S.timer) { clearTimeout(S.timer); S.timer = 0; }
    setStatus(STATUS.readOnly, 'Open in another tab: changes here are not saved.');
    tellTabs(quietly ? 4 : 1);
  }
  if (S.enabled && typeof BroadcastChannel === 'function') {
    S.channel = new BroadcastChannel('alignboard-plans');
    S.channel.onmessage = function(e) {
      var m = e.data || {};
      if (!S.planId || m.id !== S.planId || m.tab === S.tab) return;
      if (m.type === 'hello') {
        broadcast({ type: 'here', id: S.planId });   // the newcomer is the second tab
      } else if (m.type === 'here' && !S.otherTab) {
        goReadOnly(false);
      } else if (m.type === 'saved' && S.readOnly) {
        tellTabs(2);
      }
    };
  }
  S.keepReadOnly = function() { /* already read-only; the dialog just closes */ return { ok: true }; };

  // ---- Share links (web/library/share_link.js makes and reads them) ------------------------------------
  S.makeShareLink = function(text) {
    return Module['abShareLink'].make(text, appPage).then(function(r) {
      if (r.ok) S.shareLink = r.link;
      return r;
    });
  };
  // A host page's fragment is the host's own: only the app page reads a link.
  function readSharedFragment() {
    if (!app) return Promise.resolve();
    return Module['abShareLink'].read().then(function(r) {
      if (r && r.error) boot.sharedError = r.error;
      else if (r) S.shared = r.text;
    });
  }

  // ---- Files: the picker (from a real click or Ctrl+O) and drops on the canvas -----------------
  function importFile(file, origin) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      importText('', file.name, origin, 'The file is ' + (file.size / 1048576).toFixed(1) +
        ' MB; plans up to ' + MAX_FILE_BYTES / 1048576 + ' MB can be opened.');
      return;
    }
    file.text().then(function(text) {
      importText(text, file.name, origin, '');
    }, function(err) {
      importText('', file.name, origin, 'The file could not be read (' + (err && err.message || err) + ').');
    });
  }
  S.importFile = importFile;
  S.openPicker = function() {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', function() {
      importFile(input.files && input.files[0], 'file');
      input.remove();
    });
    (Module['abRoot'] || document.body).appendChild(input);
    input.click();
  };
  S.download = function(fileName, mime, text) {
    var url = URL.createObjectURL(new Blob([text], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.style.display = 'none';
    (Module['abRoot'] || document.body).appendChild(a);
    a.click();
    a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
  };
  function installDrop() {
    var canvas = Module['canvas'];
    if (!canvas) return;
    canvas.addEventListener('dragover', function(e) {
      if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }
    });
    canvas.addEventListener('drop', function(e) {
      var files = e.dataTransfer && e.dataTransfer.files;
      if (!files || !files.length) return;
      e.preventDefault();
      importFile(files[0], 'drop');
    });
  }

  // ---- Boot: the plan this tab opens ----------------------------------------------------------
  var base = Module['abBase'] || new URL('.', location.href).href;
  // Where a share link opens the plan: this page, or for an embed the app beside the script.
  var appPage = app ? location.origin + location.pathname : base;
  function fetchTemplates() {
    return fetch(base + 'plans/templates/index.json', { cache: 'no-cache' }).then(function(r) {
      return r.ok ? r.json() : [];
    }).then(function(list) { S.templates = Array.isArray(list) ? list : []; }, function() {});
  }
  // Journals newer than their plans' records (pages closed mid-save) are stored first: over
  // the record when nobody else wrote it since, else as a recovered copy (library/journal.js).
  function applyJournals() {
    return J.all().reduce(function(prev, found) {
      return prev.then(function() { return getPlan(found.entry.id); }).then(function(rec) {
        var j = found.entry;
        var what = J.decide(j, rec);
        if (what === 'stale') { J.remove(found.key); return; }
        var out;
        if (what === 'over') {
          out = rec;
          rec.text = j.text; rec.view = j.view; rec.name = j.name || rec.name;
          rec.version = (rec.version || 0) + 1;
        } else {
          out = { id: newId(), name: 'Recovered: ' + (j.name || 'plan'), text: j.text, view: j.view,
                  created: j.time, trashed: 0, version: 1 };
        }
        out.updated = Math.max(j.time, rec && rec.updated || 0);
        out.writer = S.tab;
        delete out.revision;  // revisions compare within one tab only
        var tx = planTx();
        R.putPlan(tx, out);
        return done(tx).then(function() { J.remove(found.key); });
      });
    }, Promise.resolve());
  }
  function tabPlan() {
    try { return sessionStorage.getItem(TAB_PLAN_KEY) || ''; } catch (e) { return ''; }
  }
  function rememberTabPlan(id) {
    try { sessionStorage.setItem(TAB_PLAN_KEY, id); } catch (e) { /* the global 'last' still works */ }
  }
  // Picks the plan to open: the last one, else the newest, else none (a new copy of the sample).
  function chooseBootPlan() {
    return getMeta('last').then(function(last) {
      return applyJournals().then(allSummaries).then(function(all) {
        var live = all.filter(function(p) { return !p.trashed; });
        // This tab's own plan first (a reload keeps it), then the browser's last opened.
        var mine = tabPlan();
        var rec = live.filter(function(p) { return p.id === mine; })[0] ||
                  live.filter(function(p) { return p.id === last; })[0];
        if (!rec && live.length) rec = live.sort(function(a, b) { return b.updated - a.updated; })[0];
        return rec ? getPlan(rec.id) : null;
      });
    });
  }
  S.boot = function(samplePromise) {
    // The template list is for the Plans window only: main() does not wait for it.
    S.templatesReady = fetchTemplates();
    var work = [readSharedFragment()];
    if (!S.enabled) return Promise.all(work);
    // In a frame, the library only for a parent page the host listed (never on the URL's word).
    var access = inFrame ? Module['abAccess'] : Promise.resolve({ library: true });
    work.push(access.then(function(a) {
      if (!a.library) {
        S.enabled = false;
        S.status = STATUS.off;
        return;
      }
      return openLibrary(samplePromise);
    }));
    return Promise.all(work);
  };
  function openLibrary(samplePromise) {
    return R.open().then(function(db) {
      S.db = db;
      db.onversionchange = function() { db.close(); };
      // Plans deleted over TRASH_KEPT_DAYS ago go for good; if that fails they stay in the
      // trash a little longer, so nothing needs saying.
      R.purge(db, null, Date.now() - R.TRASH_KEPT_DAYS * R.DAY_MS).catch(function() {});
      return chooseBootPlan();
    }).then(function(rec) {
      if (rec) return rec;
      // First visit: the sample plan becomes the first plan of the library.
      return samplePromise.then(function() {
        var bytes = boot.assets['plan'];
        if (!bytes) return null;
        var text = new TextDecoder().decode(bytes);
        var now = Date.now();
        var fresh = { id: newId(), name: planName(text, 'Selma spring launch'), text: text, view: null,
                      created: now, updated: now, trashed: 0, writer: S.tab, version: 1 };
        var tx = planTx();
        R.putPlan(tx, fresh, true);
        return done(tx).then(function() { return fresh; });
      });
    }).then(function(rec) {
      if (!rec) return;
      boot.assets['plan'] = new TextEncoder().encode(rec.text).buffer;
      boot.planSource = 'your plans';
      boot.view = rec.view ? JSON.stringify(rec.view) : '';
      S.planId = rec.id;
      S.version = rec.version || 0;
      S.bootRecord = rec;  // until started(): the text to offer when the core cannot open it
    }).catch(function(err) {
      S.db = null;
      S.unavailable = 'Browser storage is not available here (' + (err && err.message ? err.message : err) +
        '), so changes are not saved. Download a copy to keep your work.';
    });
  }
  // The stored plan chosen at start did not open (`why`: made by a newer Alignboard, over the
  // size limit, the reader's first problems). Its record is never written from this tab: the
  // tab holds no plan of the library, stays read-only and offers the stored text as a file.
  function keepDamaged(rec, why) {
    S.damaged = { id: rec.id, name: rec.name || 'Untitled plan', why: why, text: rec.text };
    S.planId = '';
    S.readOnly = true;
    setStatus(STATUS.readOnly, '\u201c' + S.damaged.name + '\u201d could not be opened: ' + why +
      '. It is kept in this browser unchanged.');
    withTexts([S.damaged.name, why], function(n, w) { _ab_store_damaged(n, w); });
  }
  S.downloadDamaged = function(fileName) {
    if (!S.damaged) return { ok: false, error: 'No plan is waiting to be downloaded.' };
    S.download(fileName, 'application/json', S.damaged.text);
    return { ok: true };
  };
  // Called once main() has opened the boot plan; `failed` says why it could not ('' = opened).
  S.started = function(failed) {
    installDrop();
    var rec = S.bootRecord;
    S.bootRecord = null;
    if (!S.enabled) { setStatus(STATUS.off); }
    else if (!S.db) { setStatus(STATUS.failed, S.unavailable); }
    else if (failed && rec) { keepDamaged(rec, failed); }
    else {
      // No stored plan at all (the sample did not load either): the empty plan on screen is a
      // new plan, stored under a new id at its first change.
      if (!S.planId) S.planId = newId();
      setStatus(STATUS.saved);
      S.lastAutoCheckpoint = Date.now();
      setMeta('last', S.planId).catch(function() {});
      rememberTabPlan(S.planId);
      if (!failed) addCheckpoint('Opened', true, snapshot().text).catch(function() {});
      S.quietUntil = Date.now() + HELLO_WAIT_MS;
      broadcast({ type: 'hello', id: S.planId });
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function() {});
    }
    if (boot.sharedError) {
      importText('', 'the link', 'link', boot.sharedError);
    } else if (S.shared) {
      var text = S.shared;
      S.shared = '';
      try {
        Module['abText'].withTexts([text], function(t, n) { _ab_store_shared(t, n); });
      } catch (err) {
        importText('', 'the link', 'link', String(err.message || err));
      }
    }
  };
})();
