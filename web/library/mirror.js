// A second window on the same plan on the same computer (the projector window) as a live mirror
// of the window that edits it (linked with --pre-js, after autosave.js). The editing window
// publishes its plan text on the BroadcastChannel 'alignboard-mirror' while a mirror listens (at
// most every PUBLISH_EVERY_MS, and at once when a mirror joins); a window that went read-only
// because the plan is open in another tab (autosave.js, "Two tabs on one plan") follows it: it
// shows each published text in place of its plan through the C++ open-plan path
// (web/library/mirror.cpp ab_mirror_show), which is no edit and is never saved. The mirror can
// swap roles with the editing window ("Edit here instead") and, once that window closed, take
// over editing. Reads Module.abStore (S), Module.abStoreKit (K) and Module.abStoreJournal (J);
// sets S.mirror (its state, for the bridge), S.mirrorTake and S.mirrorSwap (store_lib.js), and
// K.follow (autosave.js calls it when this tab goes read-only because another tab has the plan).
//
// Messages, all with {type, id: the plan, tab: the sender}:
//   join / leave (mirror -> editor)  a mirror starts or stops listening
//   plan {revision, text} (editor)   the plan as the editing window has it now
//   editing (editor)                 a window edits this plan now (mirrors join it)
//   bye (editor)                     the editing window is closing or opened another plan
//   take {to} (mirror -> editor)     "Edit here instead": the editor saves, then follows
//   handover {to} / refused {to, error} (editor -> mirror)  the answer to take

(() => {
  const S = Module['abStore'];
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used (after main()).
  const t = (key, args) => Module['abI18n'].t(key, args);
  const K = Module['abStoreKit'];
  const J = Module['abStoreJournal'];
  const T = Module['abText'];
  const PUBLISH_EVERY_MS = 150;
  const STATES = { off: 0, following: 1, gone: 2 };

  const M = {
    state: 'off',          // 'following' the editing window, or the editor is 'gone'
    editor: '',            // the editing window's tab id, once it published
    mirrors: new Set(),    // (editor) the tabs listening
    published: -1,         // (editor) the revision last published
    lastPublish: 0,
    timer: 0,
  };
  S.mirror = M;
  K.follow = () => false;
  S.mirrorTake = () => Promise.resolve({ ok: false, error: 'This window is not a mirror.' });
  S.mirrorSwap = S.mirrorTake;
  if (!S.enabled || typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel('alignboard-mirror');

  function post(msg) {
    msg.id = S.planId;
    msg.tab = S.tab;
    try { channel.postMessage(msg); } catch (e) { /* a closed channel: nobody listens */ }
  }
  const editing = () => !!(S.planId && S.db && !S.readOnly && !S.damaged);
  // A mirror is a tab read-only because another tab has the plan (not after a conflict).
  const mirroring = () => M.state !== 'off' && S.readOnly && S.otherTab;
  function setState(state) {
    M.state = state;
    if (runtimeInitialized) _ab_mirror_state(STATES[state]);
  }

  // ---- The editing window ----------------------------------------------------------------------
  function publish() {
    M.timer = 0;
    if (!editing() || !M.mirrors.size || !runtimeInitialized) return;
    const revision = _ab_mirror_revision();
    if (revision === M.published) return;
    M.published = revision;
    M.lastPublish = Date.now();
    post({ type: 'plan', revision, text: UTF8ToString(_ab_mirror_text()) });
  }
  function schedulePublish() {
    if (M.timer || !M.mirrors.size) return;
    M.timer = setTimeout(publish, Math.max(0, M.lastPublish + PUBLISH_EVERY_MS - Date.now()));
  }
  // Every change the app tells the library of (a plan edit or a view change: publish() tells them apart).
  const changed = S.changed;
  S.changed = () => {
    changed();
    if (editing()) schedulePublish();
  };
  // The editor hands over to the mirror that asked: it saves first, so the mirror opens
  // everything, then follows the new editor.
  function handOver(to) {
    S.flush().then((saved) => {
      if (!saved || !editing()) {
        post({ type: 'refused', to, error: t('store.handover_failed', { why: S.message || t('store.storage_failed') }) });
        return;
      }
      M.mirrors.clear();
      M.editor = to;
      K.goReadOnly(true);  // calls K.follow below
      post({ type: 'handover', to });
    });
  }

  // ---- The mirror ----------------------------------------------------------------------------
  function show(text) {
    return JSON.parse(T.withTexts([text], (t, n) => UTF8ToString(_ab_mirror_show(t, n))));
  }
  K.follow = () => {
    setState('following');
    post({ type: 'join' });
    return true;
  };
  // This window edits the plan from now on: the stored record (or, when the editing window closed
  // before its last save finished, the close-time journal it left) is what it shows and edits.
  function takeOver() {
    return K.getPlan(S.planId).then((rec) => {
      if (!rec) return { ok: false, error: t('store.gone') };
      const left = J.all().find((f) => f.entry.id === S.planId && J.decide(f.entry, rec) === 'over');
      const shown = show(left ? left.entry.text : rec.text);
      if (!shown.ok) return shown;
      S.version = rec.version || 0;
      S.readOnly = false;
      S.otherTab = false;
      S.dirty = false;
      M.editor = '';
      setState('off');
      K.setStatus(K.STATUS.saved);
      if (left) {
        J.remove(left.key);
        S.changed();  // the journal's text is stored by this window now
      }
      post({ type: 'editing' });
      return { ok: true, notice: t('store.editing_here') };
    });
  }
  const notMirror = S.mirrorTake;
  S.mirrorTake = () => (mirroring() ? takeOver() : notMirror());
  let swap = null;  // the answer to "Edit here instead", while it is on its way
  S.mirrorSwap = () => {
    if (!mirroring()) return notMirror();
    if (M.state === 'gone' || !M.editor) return takeOver();
    return new Promise((resolve) => {
      swap = resolve;
      post({ type: 'take', to: M.editor });
    });
  };

  channel.onmessage = (e) => {
    const m = e.data || {};
    if (!S.planId || m.id !== S.planId || m.tab === S.tab) return;
    if (m.type === 'join') {
      if (!editing()) return;
      M.mirrors.add(m.tab);
      M.published = -1;
      M.lastPublish = 0;
      schedulePublish();
    } else if (m.type === 'leave') {
      M.mirrors.delete(m.tab);
    } else if (m.type === 'plan' && mirroring()) {
      M.editor = m.tab;
      if (M.state === 'gone') setState('following');
      const shown = show(m.text);
      if (!shown.ok) console.error('Alignboard: ' + shown.error);
    } else if (m.type === 'editing' && mirroring()) {
      setState('following');
      post({ type: 'join' });
    } else if (m.type === 'bye' && mirroring() && (!M.editor || m.tab === M.editor)) {
      setState('gone');
    } else if (m.type === 'take' && m.to === S.tab && editing()) {
      handOver(m.tab);
    } else if ((m.type === 'handover' || m.type === 'refused') && m.to === S.tab && swap) {
      const answer = swap;
      swap = null;
      answer(m.type === 'handover' ? takeOver() : { ok: false, error: m.error });
    }
  };
  // On the library's channel: the editing window opened another plan (plans.js says 'closed'),
  // or a window opens this plan (boot.js says 'hello'; a mirror does not answer it, so once the
  // editor is gone the newcomer edits, and the mirror follows it when it has started).
  if (S.channel) {
    S.channel.addEventListener('message', (e) => {
      const m = e.data || {};
      if (m.id !== S.planId || m.tab === S.tab || !mirroring()) return;
      if (m.type === 'closed' && (!M.editor || m.tab === M.editor)) setState('gone');
      else if (m.type === 'hello') setTimeout(() => { if (mirroring()) post({ type: 'join' }); }, K.HELLO_WAIT_MS + 100);
    });
  }
  window.addEventListener('pagehide', () => {
    if (editing()) post({ type: 'bye' });
    else if (mirroring()) post({ type: 'leave' });
  });
})();
