// Keeping the open plan (linked with --pre-js, after store.js): autosave, the journal a page
// hidden mid-save writes (library/journal.js), checkpoints, and the second-tab guard. Reads
// Module.abStore (S) and Module.abStoreKit (K); adds broadcast, goReadOnly, addCheckpoint and
// checkpointText to K for plans.js and boot.js.

(() => {
  const S = Module['abStore'];
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used (after main()).
  const t = (key, args) => Module['abI18n'].t(key, args);
  const K = Module['abStoreKit'];
  const R = Module['abStoreRecords'];
  const J = Module['abStoreJournal'];
  const STATUS = K.STATUS, setStatus = K.setStatus, snapshot = K.snapshot, req = K.req,
        done = K.done, store = K.store, planTx = K.planTx, whyFailed = K.whyFailed;
  const SAVE_EVERY_MS = 1000;          // the longest a change waits before it is written
  const AUTO_CHECKPOINT_MS = 10 * 60 * 1000;
  const AUTO_CHECKPOINTS_KEPT = 30;    // per plan; named checkpoints are never pruned

  // ---- The journal (library/journal.js): a copy for a page hidden or closed mid-save -------------
  function writeJournal(snap) {
    const why = J.write({ id: S.planId, version: S.version, tab: S.tab, time: Date.now(), revision: snap.revision,
                          name: snap.name, text: snap.text, view: snap.view });
    S.journalFailed = why;
    if (why) setStatus(STATUS.failed, why);  // said on the page, not dropped silently
  }

  // ---- Autosave --------------------------------------------------------------------------------
  // The first change after a quiet second is written at once; later ones are gathered and
  // written a second after the previous write began, so a change waits at most ~1 s.
  S.changed = () => {
    if (!S.enabled || S.readOnly) return;
    S.dirty = true;
    S.editedSinceCheckpoint = true;
    schedule();
  };
  function schedule() {
    if (S.writing || S.timer || !S.dirty) return;
    // A tab that just opened a plan first gives other tabs time to say they have it open.
    const wait = Math.max(0, S.lastWrite + SAVE_EVERY_MS - Date.now(), S.quietUntil - Date.now());
    // Even "at once" leaves the frame that made the change first.
    S.timer = setTimeout(() => { S.timer = 0; S.write(); }, wait);
  }
  S.write = (snap) => {
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
    const id = S.planId, base = S.version;
    let conflict = false;
    let thrown = null;
    let p;
    try {
      const tx = planTx();
      const r = tx.objectStore('plans').get(id);
      r.onsuccess = () => {
        const rec = r.result;
        // Someone else wrote since we read: never overwrite their work silently.
        if (rec && rec.version !== base && rec.writer !== S.tab) { conflict = true; tx.abort(); return; }
        const now = Date.now();
        try {
          R.putPlan(tx, {
            id, name: snap.name, text: snap.text, view: snap.view,
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
    S.writing = p.then(() => {
      S.version = base + 1;
      S.savedRevision = snap.revision;
      S.writing = null;
      J.clear(id, S.tab, snap.revision);  // a journal of a later revision stays
      S.journalFailed = '';
      broadcast({ type: 'saved', id, version: S.version });
      setStatus(S.dirty ? STATUS.saving : STATUS.saved);
      maybeAutoCheckpoint(snap);
      writeQueued();
      return true;
    }, (err) => {
      S.writing = null;
      S.queued = false;
      if (conflict) {
        S.readOnly = true;
        setStatus(STATUS.readOnly, t('store.changed_elsewhere'));
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
  S.flush = () => {
    if (S.timer) { clearTimeout(S.timer); S.timer = 0; }
    const pending = S.writing || Promise.resolve(true);
    return pending.then(() => (S.dirty ? S.write() : S.status !== STATUS.failed));
  };
  function hidden() {
    if (!S.enabled || S.readOnly || !runtimeInitialized) return;
    _ab_store_sync();  // may set S.dirty
    // A save still in flight dies with the page (IndexedDB aborts its transaction), so what it
    // writes is journalled too, not only a change that no save has taken yet.
    if (!S.dirty && !S.writing) return;
    const snap = snapshot();
    if (snap.refused) { S.write(snap); return; }  // says why it is not kept
    writeJournal(snap);
    if (S.timer) { clearTimeout(S.timer); S.timer = 0; }
    if (S.writing) S.queued = S.queued || S.dirty;
    else S.write(snap);
  }
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hidden();
  });
  window.addEventListener('pagehide', hidden);

  // ---- Checkpoints -----------------------------------------------------------------------------
  // `opened`: the automatic "Opened" checkpoint, known by this flag whatever language named it.
  function addCheckpoint(name, auto, text, opened) {
    const tx = S.db.transaction('checkpoints', 'readwrite');
    const cps = tx.objectStore('checkpoints');
    const record = { plan: S.planId, name, time: Date.now(), auto: !!auto, text };
    if (opened) record.opened = true;
    cps.add(record);
    if (auto) {
      const keys = cps.index('plan').getAll(S.planId);
      keys.onsuccess = () => {
        const autos = keys.result.filter((c) => c.auto);
        autos.sort((a, b) => a.time - b.time);
        for (const old of autos.slice(0, Math.max(0, autos.length - AUTO_CHECKPOINTS_KEPT))) cps.delete(old.id);
      };
    }
    return done(tx);
  }
  function maybeAutoCheckpoint(snap) {
    if (!S.editedSinceCheckpoint || Date.now() - S.lastAutoCheckpoint < AUTO_CHECKPOINT_MS) return;
    S.lastAutoCheckpoint = Date.now();
    S.editedSinceCheckpoint = false;
    addCheckpoint(t('store.auto_checkpoint'), true, snap.text).catch(() => {});
  }
  S.checkpoint = (name) => {
    if (!S.db) return Promise.resolve({ ok: false, error: S.unavailable || t('store.storage_off') });
    if (!S.planId) return Promise.resolve({ ok: false, error: t('store.not_kept') });
    const snap = snapshot();
    if (snap.refused) return Promise.resolve({ ok: false, error: snap.refused });
    const label = String(name || '').trim() || 'Checkpoint';
    return addCheckpoint(label, false, snap.text).then(() => ({ ok: true }),
      (err) => ({ ok: false, error: whyFailed(err) }));
  };
  S.checkpoints = () => {
    if (!S.db) return Promise.resolve([]);
    return req(store('checkpoints').index('plan').getAll(S.planId)).then((list) => {
      list.sort((a, b) => b.time - a.time);
      return list.map((c) => ({ id: c.id, name: c.name, time: c.time, auto: c.auto }));
    });
  };
  function checkpointText(id) {
    return req(store('checkpoints').get(Number(id))).then((c) => {
      if (!c || c.plan !== S.planId) throw new Error(t('store.checkpoint_gone'));
      return c;
    });
  }

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
    setStatus(STATUS.readOnly, t('store.other_tab'));
    K.follow();  // library/mirror.js: this tab shows the editing tab's plan live
    tellTabs(quietly ? 4 : 1);
  }
  if (S.enabled && typeof BroadcastChannel === 'function') {
    S.channel = new BroadcastChannel('alignboard-plans');
    S.channel.onmessage = (e) => {
      const m = e.data || {};
      if (!S.planId || m.id !== S.planId || m.tab === S.tab) return;
      if (m.type === 'hello') {
        // The newcomer is the second tab; a mirror (library/mirror.js) does not count.
        if (!S.otherTab) broadcast({ type: 'here', id: S.planId });
      } else if (m.type === 'here' && !S.otherTab) {
        goReadOnly(false);
      } else if (m.type === 'saved' && S.readOnly) {
        tellTabs(2);
      }
    };
  }
  S.keepReadOnly = () => ({ ok: true });  // already read-only; the dialog just closes

  Object.assign(K, { broadcast, goReadOnly, addCheckpoint, checkpointText });
})();
