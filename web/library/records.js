// The plan library's IndexedDB layout (linked with --pre-js, before store.js, which uses it as
// Module.abStoreRecords): opening and upgrading the database, the small index the Plans list
// reads instead of every plan's full text, and removing trashed plans for good.
//
// Stores: plans {id, name, created, updated, text, view, trashed, writer, version, revision};
// index {id, name, created, updated, trashed, size, version} (one per plan, written in the same
// transaction as its plan); checkpoints {id (auto), plan, name, time, auto, text};
// meta {key, value} ('last' = plan id).

(function() {
  var DB_NAME = 'alignboard';
  var DB_VERSION = 2;  // 2 added the index
  var DAY_MS = 24 * 60 * 60 * 1000;

  function req(r) {
    return new Promise(function(resolve, reject) {
      r.onsuccess = function() { resolve(r.result); };
      r.onerror = function() { reject(r.error); };
    });
  }
  function done(tx) {
    return new Promise(function(resolve, reject) {
      tx.oncomplete = function() { resolve(); };
      tx.onerror = function() { reject(tx.error); };
      tx.onabort = function() { reject(tx.error || new Error('the write was cancelled')); };
    });
  }
  // What the Plans list shows of a plan, without its text.
  function summary(rec) {
    return { id: rec.id, name: rec.name, created: rec.created, updated: rec.updated, trashed: rec.trashed || 0,
             size: typeof rec.text === 'string' ? rec.text.length : 0, version: rec.version || 0 };
  }
  function open() {
    return new Promise(function(resolve, reject) {
      var r;
      try { r = indexedDB.open(DB_NAME, DB_VERSION); } catch (e) { reject(e); return; }
      r.onupgradeneeded = function(e) {
        var db = r.result;
        if (e.oldVersion < 1) {
          db.createObjectStore('plans', { keyPath: 'id' });
          var cps = db.createObjectStore('checkpoints', { keyPath: 'id', autoIncrement: true });
          cps.createIndex('plan', 'plan');
          db.createObjectStore('meta', { keyPath: 'key' });
        }
        if (e.oldVersion < 2) {
          // A library from before the index: each plan is read once, here, to index it.
          var index = db.createObjectStore('index', { keyPath: 'id' });
          r.transaction.objectStore('plans').openCursor().onsuccess = function(ev) {
            var c = ev.target.result;
            if (!c) return;
            index.put(summary(c.value));
            c.continue();
          };
        }
      };
      r.onsuccess = function() { resolve(r.result); };
      r.onerror = function() { reject(r.error); };
      r.onblocked = function() { reject(new Error('another tab holds an older version of the library open')); };
    });
  }
  // Writes a plan and its index entry in `tx` (a transaction over 'plans' and 'index').
  function putPlan(tx, rec, isNew) {
    var plans = tx.objectStore('plans');
    if (isNew) plans.add(rec); else plans.put(rec);
    tx.objectStore('index').put(summary(rec));
  }
  // Removes plans, their index entries and their checkpoints for good: the ids given, or every
  // plan trashed before `trashedBefore` (ms). Resolves to the ids removed. Only trashed plans
  // are ever removed, whatever the caller passes.
  function purge(db, ids, trashedBefore) {
    var tx = db.transaction(['plans', 'index', 'checkpoints'], 'readwrite');
    var index = tx.objectStore('index');
    var removed = [];
    index.getAll().onsuccess = function(e) {
      e.target.result.forEach(function(s) {
        if (!s.trashed) return;
        if (ids ? ids.indexOf(s.id) < 0 : s.trashed >= trashedBefore) return;
        removed.push(s.id);
        index.delete(s.id);
        tx.objectStore('plans').delete(s.id);
        var cps = tx.objectStore('checkpoints');
        cps.index('plan').getAllKeys(s.id).onsuccess = function(k) {
          k.target.result.forEach(function(key) { cps.delete(key); });
        };
      });
    };
    return done(tx).then(function() { return removed; });
  }

  Module['abStoreRecords'] = {
    TRASH_KEPT_DAYS: 30,  // a trashed plan is removed for good this long after it was deleted
    DAY_MS: DAY_MS,
    req: req,
    done: done,
    open: open,
    summary: summary,
    putPlan: putPlan,
    purge: purge,
  };
})();
