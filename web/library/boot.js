// The plan a tab opens (linked with --pre-js, after plans.js): at start the library is opened,
// journals left by closed pages are stored, and the tab's plan is chosen (its own, the last
// opened, the newest, or the sample as the first plan); then, once main() has opened it, the
// tab says it has it. Also share links: made for the Share window, read from #plan= at start.
// Reads Module.abBoot (pre.js), Module.abStore (S), Module.abStoreKit (K) and, in a frame,
// Module.abAccess (host/embed_access.js); pre.js's preRun calls S.boot, store_lib.js S.started.

(() => {
  const S = Module['abStore'];
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used (after main()).
  const t = (key, args) => Module['abI18n'].t(key, args);
  const K = Module['abStoreKit'];
  const R = Module['abStoreRecords'];
  const J = Module['abStoreJournal'];
  const boot = Module['abBoot'];
  const STATUS = K.STATUS, HELLO_WAIT_MS = K.HELLO_WAIT_MS, app = K.app, inFrame = K.inFrame,
        base = K.base, importText = K.importText, setStatus = K.setStatus, snapshot = K.snapshot,
        newId = K.newId, planName = K.planName, tabPlan = K.tabPlan,
        rememberTabPlan = K.rememberTabPlan, done = K.done, getPlan = K.getPlan,
        allSummaries = K.allSummaries, planTx = K.planTx, setMeta = K.setMeta, getMeta = K.getMeta,
        broadcast = K.broadcast, addOpenedCheckpoint = K.addOpenedCheckpoint, installDrop = K.installDrop;

  // ---- Share links (web/library/share_link.js makes and reads them) ------------------------------------
  // Where a share link opens the plan: this page, or for an embed the app beside the script.
  const appPage = app ? location.origin + location.pathname : base;
  // A share link's refusal in the reader's words (share_link.js words it in English with a key).
  const linkError = (r) => (r.key ? t(r.key, r.args) : r.error);
  S.makeShareLink = (text) => Module['abShareLink'].make(text, appPage).then((r) => {
    if (r.ok) S.shareLink = r.link;
    else r.error = linkError(r);
    return r;
  });
  // A host page's fragment is the host's own: only the app page reads a link.
  function readSharedFragment() {
    if (!app) return Promise.resolve();
    return Module['abShareLink'].read().then((r) => {
      if (r && r.error) boot.sharedError = r;  // worded once the catalogue is there (S.started)
      else if (r) S.shared = r.text;
    });
  }

  // ---- Boot: the plan this tab opens ----------------------------------------------------------
  function fetchTemplates() {
    return fetch(base + 'plans/templates/index.json', { cache: 'no-cache' })
      .then((r) => (r.ok ? r.json() : []))
      .then((list) => { S.templates = Array.isArray(list) ? list : []; }, () => {});
  }
  // Journals newer than their plans' records (pages closed mid-save) are stored first: over
  // the record when nobody else wrote it since, else as a recovered copy (library/journal.js).
  const recovered = [];  // plans made from journals at start, named once main() runs
  function applyJournals() {
    return J.all().reduce((prev, found) => prev.then(() => getPlan(found.entry.id)).then((rec) => {
      const j = found.entry;
      const what = J.decide(j, rec);
      if (what === 'stale') { J.remove(found.key); return; }
      let out;
      if (what === 'over') {
        out = rec;
        rec.text = j.text; rec.view = j.view; rec.name = j.name || rec.name;
        rec.version = (rec.version || 0) + 1;
      } else {
        // Named in the reader's language once the catalogue is there (renameRecovered).
        out = { id: newId(), name: j.name || 'plan', text: j.text, view: j.view,
                created: j.time, trashed: 0, version: 1 };
        recovered.push(out.id);
      }
      out.updated = Math.max(j.time, rec && rec.updated || 0);
      out.writer = S.tab;
      delete out.revision;  // revisions compare within one tab only
      const tx = planTx();
      R.putPlan(tx, out);
      return done(tx).then(() => { J.remove(found.key); });
    }), Promise.resolve());
  }
  // Picks the plan to open: the last one, else the newest, else none (a new copy of the sample).
  function chooseBootPlan() {
    return getMeta('last').then((last) => applyJournals().then(allSummaries).then((all) => {
      const live = all.filter((p) => !p.trashed);
      // This tab's own plan first (a reload keeps it), then the browser's last opened.
      const mine = tabPlan();
      let rec = live.find((p) => p.id === mine) || live.find((p) => p.id === last);
      if (!rec && live.length) rec = live.sort((a, b) => b.updated - a.updated)[0];
      return rec ? getPlan(rec.id) : null;
    }));
  }
  // This tab already added the plan of this address (a reload before the address was cleaned):
  // that plan opens again rather than a second copy. sessionStorage: per tab, like a reload.
  const LINK_KEY = 'alignboard.link';
  const linkAsked = () => JSON.stringify([boot.planSource]);
  function linkPlanKept() {
    let kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(LINK_KEY) || 'null'); } catch (e) { /* none */ }
    if (!kept || kept.asked !== linkAsked() || typeof kept.id !== 'string') return null;
    return getPlan(kept.id).then((rec) => {
      if (!rec || rec.trashed) return null;
      S.fromLink = false;
      dropLinkFromAddress();
      return rec;
    });
  }
  function dropLinkFromAddress() {
    try {
      const url = new URL(location.href);
      url.searchParams.delete('plan');
      url.searchParams.delete('template');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    } catch (e) { /* the address stays; the tab's note above still finds the plan */ }
  }
  S.boot = (samplePromise) => {
    // The template list is for the Plans window only: main() does not wait for it.
    S.templatesReady = fetchTemplates();
    const work = [readSharedFragment()];
    if (!S.enabled) return Promise.all(work);
    // In a frame, the library only for a parent page the host listed (never on the URL's word).
    const access = inFrame ? Module['abAccess'] : Promise.resolve({ library: true });
    work.push(access.then((a) => {
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
    return R.open().then((db) => {
      S.db = db;
      db.onversionchange = () => { db.close(); };
      // Plans deleted over TRASH_KEPT_DAYS ago go for good; if that fails they stay in the
      // trash a little longer, so nothing needs saying.
      R.purge(db, null, Date.now() - R.TRASH_KEPT_DAYS * R.DAY_MS).catch(() => {});
      // A plan from the address opens as fetched; started() adds it to the library.
      if (S.fromLink) return applyJournals().then(linkPlanKept);
      return chooseBootPlan();
    }).then((rec) => {
      if (rec || S.fromLink) return rec;
      // First visit: the sample plan becomes the first plan of the library.
      return samplePromise.then(() => {
        const bytes = boot.assets['plan'];
        if (!bytes) return null;
        const text = new TextDecoder().decode(bytes);
        const now = Date.now();
        const fresh = { id: newId(), name: planName(text, 'Selma spring launch'), text, view: null,
                        created: now, updated: now, trashed: 0, writer: S.tab, version: 1 };
        const tx = planTx();
        R.putPlan(tx, fresh, true);
        return done(tx).then(() => fresh);
      });
    }).then((rec) => (rec ? samplePromise.then(() => rec) : rec)).then((rec) => {
      if (!rec) return;
      // Set only once the sample's fetch (started with the fonts, for a first visit) has landed:
      // under load the library answers first, and the sample then arrived over the stored plan,
      // so a reload opened the sample. Nor does the sample's failure matter any more.
      delete boot.errors['plan'];
      boot.assets['plan'] = new TextEncoder().encode(rec.text).buffer;
      boot.planSource = { key: 'boot.source_library' };
      boot.view = rec.view ? JSON.stringify(rec.view) : '';
      S.planId = rec.id;
      S.version = rec.version || 0;
      S.bootRecord = rec;  // until started(): the text to offer when the core cannot open it
    }).catch((err) => {
      S.db = null;
      // Worded once the catalogue is there (S.started); English until then.
      S.unavailableWhy = err && err.words ? err.words : String(err && err.message ? err.message : err);
      S.unavailable = 'Browser storage is not available here (' + (err && err.message || err) +
        '), so changes are not saved. Download a copy to keep your work.';
    });
  }
  // The stored plan chosen at start did not open (`why`: made by a newer Alignboard, over the
  // size limit, the reader's first problems). Its record is never written from this tab: the
  // tab holds no plan of the library, stays read-only and offers the stored text as a file.
  function keepDamaged(rec, why) {
    S.damaged = { id: rec.id, name: rec.name || t('plan.untitled'), why, text: rec.text };
    S.planId = '';
    S.readOnly = true;
    setStatus(STATUS.readOnly, t('store.damaged', { name: S.damaged.name, why }));
    Module['abText'].withCStrings([S.damaged.name, why], (n, w) => { _ab_store_damaged(n, w); });
  }
  S.downloadDamaged = (fileName) => {
    if (!S.damaged) return { ok: false, error: t('store.nothing_damaged') };
    S.download(fileName, 'application/json', S.damaged.text);
    return { ok: true };
  };
  // A plan the address asked for did not open: the empty plan on screen is nobody's, so it
  // takes no edits and nothing is stored (the board says why, web/app/app.cpp).
  // The library stays open for the Plans window (opening a plan there ends this state).
  function refuseLinkFailure(failed) {
    const why = t('store.link_failed', { source: Module['abI18n'].words(boot.planSource), why: failed });
    S.planId = '';
    S.readOnly = true;
    setStatus(S.enabled && S.db ? STATUS.readOnly : STATUS.off, why);
    Module['abText'].withCStrings([why], (p) => { _ab_embed_refuse_edits(p); });
  }
  // Why a page keeps nothing, where its save state would be (top bar: "Not kept").
  function offMessage() {
    if (inFrame || !app) {
      return t('store.embed_off');
    }
    return t('store.page_off');
  }
  // The plan from the address (?template=, ?plan=) becomes a new plan of the library at once,
  // so a first hour of work on it is kept. The address then loses plan= and template=: a reload
  // opens this tab's plan (the kept one) instead of adding the template again.
  function keepLinkPlan() {
    S.version = 0;
    S.dirty = true;
    try { sessionStorage.setItem(LINK_KEY, JSON.stringify({ asked: linkAsked(), id: S.planId })); } catch (e) { /* no note */ }
    return S.write().then((ok) => { if (ok) dropLinkFromAddress(); });
  }
  // A plan recovered from a journal at start is named "Recovered: <its name>" in the reader's
  // language, now that the catalogue is there; through the core, so the plan's text says so too.
  // The plan open in this tab keeps its name (the core renames only plans that are not open).
  function renameRecovered() {
    recovered.splice(0).forEach((id) => {
      if (id === S.planId) return;
      getPlan(id).then((rec) => {
        if (rec) return S.rename(id, t('store.recovered_name', { name: rec.name }));
      }).catch(() => { /* it keeps the name the plan has */ });
    });
  }
  // Called once main() has opened the boot plan; `failed` says why it could not ('' = opened).
  S.started = (failed) => {
    installDrop();
    if (S.unavailableWhy !== undefined) S.unavailable = t('store.unavailable', { why: Module['abI18n'].words(S.unavailableWhy) });
    const rec = S.bootRecord;
    S.bootRecord = null;
    // A read-only look at a template (`&readonly`) is not a plan of the user's: nothing to keep.
    if (S.fromLink && boot.options && boot.options.readonly) S.enabled = false;
    if (failed && boot.fromLink) { refuseLinkFailure(failed); }
    else if (!S.enabled) { setStatus(STATUS.off, offMessage()); }
    else if (!S.db) { setStatus(STATUS.failed, S.unavailable); }
    else if (failed && rec) { keepDamaged(rec, failed); }
    else {
      // No stored plan at all (the sample did not load either): the empty plan on screen is a
      // new plan, stored under a new id at its first change.
      const fromLink = S.fromLink && !S.planId;
      if (!S.planId) S.planId = newId();
      setStatus(STATUS.saved);
      S.lastAutoCheckpoint = Date.now();
      setMeta('last', S.planId).catch(() => {});
      rememberTabPlan(S.planId);
      if (fromLink) keepLinkPlan().catch(() => {});
      if (!failed) addOpenedCheckpoint(snapshot().text).catch(() => {});
      renameRecovered();
      S.quietUntil = Date.now() + HELLO_WAIT_MS;
      broadcast({ type: 'hello', id: S.planId });
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
    }
    if (boot.sharedError) {
      importText('', t('share.the_link'), 'link', linkError(boot.sharedError));
    } else if (S.shared) {
      const text = S.shared;
      S.shared = '';
      try {
        Module['abText'].withTexts([text], (t, n) => { _ab_store_shared(t, n); });
      } catch (err) {
        importText('', 'the link', 'link', String(err.message || err));
      }
    }
  };
})();
