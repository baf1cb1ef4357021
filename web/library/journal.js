// The close-time journal (linked with --pre-js, before store.js, which uses it as
// Module.abStoreJournal): a synchronous copy in localStorage of a plan whose page is hidden or
// closed before IndexedDB finished saving it. One key per plan. Each copy says which tab wrote
// it, the plan revision it holds and the stored version it was based on, so that only a save of
// that revision (or a later one) clears it, and the next start can tell whether it is newer
// than the stored record.

(() => {
  const PREFIX = 'alignboard.journal.';
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used (after main()).
  const t = (key, args) => Module['abI18n'].t(key, args);
  const LEGACY_KEY = 'alignboard.journal';  // before one key per plan: one for all tabs

  function parse(key) {
    try { return JSON.parse(localStorage.getItem(key) || 'null'); } catch (e) { return null; }
  }

  Module['abStoreJournal'] = {
    // entry: {id, version, tab, time, revision, name, text, view}. Returns '' when written,
    // else why not, in the user's words (the caller says so on the page).
    write: function(entry) {
      try {
        localStorage.setItem(PREFIX + entry.id, JSON.stringify(entry));
        return '';
      } catch (e) {
        const full = e && (e.name === 'QuotaExceededError' || e.code === 22);
        return t('store.journal_failed', { why: full ? t('store.why_full') : t('store.why_unavailable') });
      }
    },
    // Clears the plan's journal once a save of `revision` by `tab` finished: a journal of a
    // later revision (written while that save was in flight) stays for the next save.
    clear: function(id, tab, revision) {
      const j = parse(PREFIX + id);
      if (!j || j.tab !== tab || !(j.revision <= revision)) return;
      try { localStorage.removeItem(PREFIX + id); } catch (e) { /* nothing to clear */ }
    },
    // Every journal in this browser: [{key, entry}].
    all: function() {
      const out = [];
      try {
        for (let i = 0; i < localStorage.length; ++i) {
          const key = localStorage.key(i);
          if (key !== LEGACY_KEY && key.indexOf(PREFIX) !== 0) continue;
          const j = parse(key);
          if (j && j.id && typeof j.text === 'string') out.push({ key, entry: j });
        }
      } catch (e) { /* no storage: no journals */ }
      return out;
    },
    remove: function(key) {
      try { localStorage.removeItem(key); } catch (e) { /* gone already */ }
    },
    // What the next start does with journal `j` given the stored record `rec` (or none):
    // 'stale' (the record already holds it), 'over' (store it as the record: nobody else wrote
    // the record since) or 'copy' (another tab wrote since: keep it as a recovered copy).
    decide: function(j, rec) {
      if (!rec) return 'copy';
      if (rec.writer === j.tab && typeof j.revision === 'number' && typeof rec.revision === 'number') {
        // The record is this tab's own later or earlier save: revisions of one tab compare.
        return rec.revision >= j.revision ? 'stale' : 'over';
      }
      if (typeof j.revision !== 'number' && j.time <= rec.updated) return 'stale';  // a journal from before revisions
      return (rec.version || 0) === j.version ? 'over' : 'copy';
    },
  };
})();
