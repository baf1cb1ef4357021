// What the Plans window does with the stored plans (linked with --pre-js, after autosave.js):
// list, open, create from a text or a template, rename, duplicate, delete and restore, purge,
// reload, save a copy, preview and restore a checkpoint; and plan files picked or dropped on the
// canvas, and downloads. Reads Module.abStore (S) and Module.abStoreKit (K); adds installDrop and
// addOpenedCheckpoint to K.

(() => {
  const S = Module['abStore'];
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used (after main()).
  const t = (key, args) => Module['abI18n'].t(key, args);
  const K = Module['abStoreKit'];
  const R = Module['abStoreRecords'];
  const STATUS = K.STATUS, HELLO_WAIT_MS = K.HELLO_WAIT_MS, base = K.base,
        importText = K.importText, setStatus = K.setStatus, askCore = K.askCore,
        snapshot = K.snapshot, newId = K.newId, planName = K.planName,
        rememberTabPlan = K.rememberTabPlan, done = K.done, getPlan = K.getPlan, planTx = K.planTx,
        setMeta = K.setMeta, whyFailed = K.whyFailed, broadcast = K.broadcast,
        goReadOnly = K.goReadOnly, addCheckpoint = K.addCheckpoint,
        checkpointText = K.checkpointText;
  const MAX_FILE_BYTES = Module['abCapped'].MAX_FILE_BYTES;  // the core measures the plan inside
  const gone = () => ({ ok: false, error: t('store.gone') });

  // ---- The library -----------------------------------------------------------------------------
  S.list = () => {
    if (!S.db) return Promise.resolve([]);
    return K.allSummaries().then((all) => {
      all.sort((a, b) => b.updated - a.updated);
      return all.map((p) => ({ id: p.id, name: p.name, updated: p.updated, trashed: p.trashed || 0,
                               size: p.size || 0, current: p.id === S.planId }));
    });
  };
  // Opens a stored plan in this tab: the current one is saved first, and the C++ side checks
  // the stored text like any file (a bad record is reported, the current plan stays).
  S.open = (id) => S.flush().then((saved) => {
    if (!saved) return { ok: false, error: unsavedStays() };
    return getPlan(id).then((rec) => (rec ? openRecord(rec, t('boot.source_library')) : gone()));
  });
  // Switching plans drops the open one from memory: never while it has changes not stored.
  function unsavedStays() {
    return t('store.unsaved_stays', { why: S.message || t('store.storage_failed') });
  }
  function openRecord(rec, origin) {
    const result = askCore(_ab_store_open, [rec.id, rec.text, rec.view ? JSON.stringify(rec.view) : '', origin]);
    if (!result.ok) return result;
    const was = S.planId;
    S.planId = rec.id;
    S.version = rec.version || 0;
    S.readOnly = false;
    S.otherTab = false;
    S.damaged = null;
    S.dirty = false;
    S.editedSinceCheckpoint = false;
    S.lastAutoCheckpoint = Date.now();
    setStatus(STATUS.saved);
    setMeta('last', rec.id).catch(() => {});
    rememberTabPlan(rec.id);
    addOpenedCheckpoint(rec.text).catch(() => {});
    if (was !== rec.id) broadcast({ type: 'closed', id: was });
    S.quietUntil = Date.now() + HELLO_WAIT_MS;
    broadcast({ type: 'hello', id: rec.id });
    return result;
  }
  // "Opened" marks where a day's work on a plan began: none when nothing changed since the
  // newest checkpoint, and one a day however often the plan is opened (seven openings made
  // seven identical checkpoints). Reads the newest checkpoint only, never the others' texts.
  function newestCheckpoint(planId) {
    return new Promise((resolve, reject) => {
      const byPlan = S.db.transaction('checkpoints').objectStore('checkpoints').index('plan');
      const r = byPlan.openCursor(IDBKeyRange.only(planId), 'prev');
      r.onsuccess = () => { resolve(r.result ? r.result.value : null); };
      r.onerror = () => { reject(r.error); };
    });
  }
  const sameDay = (a, b) => new Date(a).toDateString() === new Date(b).toDateString();
  function addOpenedCheckpoint(text) {
    const planId = S.planId;
    return newestCheckpoint(planId).then((last) => {
      if (planId !== S.planId) return;  // another plan opened meanwhile
      // (Before the flag, "Opened" was always English: such a checkpoint counts too.)
      const opened = last && (last.opened || last.name === 'Opened');
      if (last && (last.text === text || (opened && sameDay(last.time, Date.now())))) return;
      return addCheckpoint(t('store.opened_checkpoint'), true, text, true);
    });
  }
  // Adds a plan text (already checked by the core) as a new plan and opens it.
  S.create = (text, name) => {
    if (!S.db) return Promise.resolve({ ok: false, error: S.unavailable || t('store.storage_off') });
    const refused = Module['abText'].withCStrings([text], (t) => UTF8ToString(_ab_store_refusal(t)));
    if (refused) return Promise.resolve({ ok: false, error: refused });
    const now = Date.now();
    const rec = { id: newId(), name: name || planName(text, t('plan.untitled')), text, view: null,
                  created: now, updated: now, trashed: 0, writer: S.tab, version: 1 };
    let saved;
    return S.flush().then((ok) => {
      saved = ok;
      const tx = planTx();
      R.putPlan(tx, rec, true);
      return done(tx);
    }).then(() => {
      // The open plan could not be stored: the new one waits in the library instead.
      if (!saved) return { ok: true, notice: t('store.added', { name: rec.name }) + ' ' + unsavedStays() };
      return openRecord(rec, t('boot.source_library'));
    }, (err) => ({ ok: false, error: whyFailed(err) }));
  };
  // A text the core checked (and named `name`, '' = keep its name), added as a new plan.
  function createChecked(text, name) {
    const checked = askCore(_ab_store_checked, [text, name]);
    return checked.ok ? S.create(checked.text, checked.name) : checked;
  }
  S.newPlan = (templateId) => {
    const tpl = S.templates.find((x) => x.id === templateId);
    if (!tpl) return Promise.resolve({ ok: false, error: t('store.no_template', { id: templateId }) });
    return fetch(base + 'plans/templates/' + tpl.file, { cache: 'no-cache' }).then((r) => {
      if (!r.ok) throw new Error(t('read.http_status', { status: r.status }));
      return r.text();
    }).then((text) => createChecked(text, ''), (err) => ({
      ok: false, error: t('store.template_failed', { why: err && err.message ? err.message : err }),
    }));
  };
  function updateRecord(id, change) {
    const tx = planTx();
    const r = tx.objectStore('plans').get(id);
    let missing = false;
    r.onsuccess = () => {
      if (!r.result) { missing = true; return; }
      const rec = r.result;
      change(rec);
      rec.version = (rec.version || 0) + 1;
      rec.writer = S.tab;
      R.putPlan(tx, rec);
    };
    return done(tx).then(() => (missing ? gone() : { ok: true }),
      (err) => ({ ok: false, error: whyFailed(err) }));
  }
  // Renaming a plan that is not open: the core rewrites its text (the name lives in the plan).
  S.rename = (id, name) => getPlan(id).then((rec) => {
    if (!rec) return gone();
    const checked = askCore(_ab_store_checked, [rec.text, name]);
    if (!checked.ok) return checked;
    return updateRecord(id, (r) => { r.text = checked.text; r.name = checked.name; r.updated = Date.now(); });
  });
  S.duplicate = (id) => {
    const source = id === S.planId ? S.flush().then(() => getPlan(id)) : getPlan(id);
    return source.then((rec) => (rec ? createChecked(rec.text, t('store.copy_of', { name: rec.name })) : gone()));
  };
  // Deleting moves a plan to the trash, from where it can be restored; the open plan cannot
  // be deleted from under the user (open another first).
  S.remove = (id) => {
    if (id === S.planId) return Promise.resolve({ ok: false, error: t('store.delete_open') });
    return updateRecord(id, (r) => { r.trashed = Date.now(); });
  };
  S.restore = (id) => updateRecord(id, (r) => { r.trashed = 0; r.updated = Date.now(); });
  // Removes trashed plans for good (the user confirmed in the Plans window): `id`, or all.
  S.purge = (id) => R.purge(S.db, id ? [id] : null, Infinity).then((removed) => {
    if (id && !removed.length) return { ok: false, error: t('store.not_in_trash') };
    return { ok: true, removed: removed.length };
  }, (err) => ({ ok: false, error: whyFailed(err) }));
  // The open plan's text as another tab left it (after "Reload").
  S.reload = () => getPlan(S.planId).then((rec) => {
    if (!rec) return gone();
    const readOnly = S.readOnly && S.otherTab;
    const result = openRecord(rec, t('boot.source_library'));
    if (readOnly) goReadOnly(true);  // still open there: stay read-only, without asking again
    return result;
  });
  // The plan as this tab has it, as a new plan of its own (this tab then edits that one).
  S.saveCopy = () => {
    const snap = snapshot();
    return Promise.resolve(createChecked(snap.text, t('store.copy_of', { name: snap.name })));
  };
  const failedWith = (err) => ({ ok: false, error: String(err.message || err) });
  S.previewCheckpoint = (id) => checkpointText(id).then((c) => askCore(_ab_store_preview, [c.text]), failedWith);
  // A restore is one undoable step of the core (replace_plan), saved like any edit.
  S.restoreCheckpoint = (id) => checkpointText(id).then((c) => askCore(_ab_store_restore, [c.text, c.name]), failedWith);

  // ---- Files: the picker (from a real click or Ctrl+O) and drops on the canvas -----------------
  function importFile(file, origin) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      importText('', file.name, origin, t('store.file_too_big', { size: (file.size / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 }));
      return;
    }
    file.text().then((text) => {
      importText(text, file.name, origin, '');
    }, (err) => {
      importText('', file.name, origin, t('store.file_unreadable', { why: err && err.message || err }));
    });
  }
  S.importFile = importFile;
  S.openPicker = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.svg,image/svg+xml';  // a picture may carry its plan
    input.style.display = 'none';
    input.addEventListener('change', () => {
      importFile(input.files && input.files[0], 'file');
      input.remove();
    });
    (Module['abRoot'] || document.body).appendChild(input);
    input.click();
  };
  S.download = (fileName, mime, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.style.display = 'none';
    (Module['abRoot'] || document.body).appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => { URL.revokeObjectURL(url); }, 10000);
  };
  function installDrop() {
    const canvas = Module['canvas'];
    if (!canvas) return;
    canvas.addEventListener('dragover', (e) => {
      if (e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }
    });
    canvas.addEventListener('drop', (e) => {
      const files = e.dataTransfer && e.dataTransfer.files;
      if (!files || !files.length) return;
      e.preventDefault();
      importFile(files[0], 'drop');
    });
  }

  K.installDrop = installDrop;
  K.addOpenedCheckpoint = addOpenedCheckpoint;
})();
