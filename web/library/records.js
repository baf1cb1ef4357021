// The plan library's IndexedDB layout (linked with --pre-js, before store.js, which uses it as
// Module.abStoreRecords): opening and upgrading the database, the small index the Plans list
// reads instead of every plan's full text, and removing trashed plans for good.
//
// Stores: plans {id, name, created, updated, text, view, trashed, writer, version, revision};
// index {id, name, created, updated, trashed, size, version} (one per plan, written in the same
// transaction as its plan); checkpoints {id (auto), plan, name, time, auto, text};
// meta {key, value} ('last' = plan id).

(() => {
  const DB_NAME = 'alignboard';
  const DB_VERSION = 2;  // 2 added the index
  const DAY_MS = 24 * 60 * 60 * 1000;

  // An Error in English for the console, with its catalogue key for the reader (this may run
  // before the catalogue is loaded: Module.abI18n.words puts it in the reader's language).
  function failure(message, key) {
    const err = new Error(message);
    err.words = { key };
    return err;
  }
  function req(r) {
    return new Promise((resolve, reject) => {
      r.onsuccess = () => { resolve(r.result); };
      r.onerror = () => { reject(r.error); };
    });
  }
  function done(tx) {
    return new Promise((resolve, reject) => {
      tx.oncomplete = () => { resolve(); };
      tx.onerror = () => { reject(tx.error); };
      tx.onabort = () => { reject(tx.error || failure('the write was cancelled', 'store.why_cancelled')); };
    });
  }
  // What the Plans list shows of a plan, without its text.
  function summary(rec) {
    return { id: rec.id, name: rec.name, created: rec.created, updated: rec.updated, trashed: rec.trashed || 0,
             size: typeof rec.text === 'string' ? rec.text.length : 0, version: rec.version || 0 };
  }
  function open() {
    return new Promise((resolve, reject) => {
      let r;
      try { r = indexedDB.open(DB_NAME, DB_VERSION); } catch (e) { reject(e); return; }
      r.onupgradeneeded = e => {
        const db = r.result;
        if (e.oldVersion < 1) {
          db.createObjectStore('plans', { keyPath: 'id' });
          const cps = db.createObjectStore('checkpoints', { keyPath: 'id', autoIncrement: true });
          cps.createIndex('plan', 'plan');
          db.createObjectStore('meta', { keyPath: 'key' });
        }
        if (e.oldVersion < 2) {
          // A library from before the index: each plan is read once, here, to index it.
          const index = db.createObjectStore('index', { keyPath: 'id' });
          r.transaction.objectStore('plans').openCursor().onsuccess = ev => {
            const c = ev.target.result;
            if (!c) return;
            index.put(summary(c.value));
            c.continue();
          };
        }
      };
      r.onsuccess = () => { resolve(r.result); };
      r.onerror = () => { reject(r.error); };
      r.onblocked = () => { reject(failure('another tab holds an older version of the library open', 'store.why_old_tab')); };
    });
  }
  // Writes a plan and its index entry in `tx` (a transaction over 'plans' and 'index').
  function putPlan(tx, rec, isNew) {
    const plans = tx.objectStore('plans');
    if (isNew) plans.add(rec); else plans.put(rec);
    tx.objectStore('index').put(summary(rec));
  }
  // Removes plans, their index entries and their checkpoints for good: the ids given, or every
  // plan trashed before `trashedBefore` (ms). Resolves to the ids removed. Only trashed plans
  // are ever removed, whatever the caller passes.
  function purge(db, ids, trashedBefore) {
    const tx = db.transaction(['plans', 'index', 'checkpoints'], 'readwrite');
    const index = tx.objectStore('index');
    const removed = [];
    index.getAll().onsuccess = e => {
      e.target.result.forEach(s => {
        if (!s.trashed) return;
        if (ids ? ids.indexOf(s.id) < 0 : s.trashed >= trashedBefore) return;
        removed.push(s.id);
        index.delete(s.id);
        tx.objectStore('plans').delete(s.id);
        const cps = tx.objectStore('checkpoints');
        cps.index('plan').getAllKeys(s.id).onsuccess = k => {
          k.target.result.forEach(key => { cps.delete(key); });
        };
      });
    };
    return done(tx).then(() => removed);
  }

  Module['abStoreRecords'] = {
    TRASH_KEPT_DAYS: 30,  // a trashed plan is removed for good this long after it was deleted
    DAY_MS,
    req,
    done,
    open,
    summary,
    putPlan,
    purge,
  };
})();
