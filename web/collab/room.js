// A workshop room in the page (linked with --pre-js, after the library and host files;
// docs/rooms.md). The room is a Yjs document held by the server (server/collab.mjs) through a
// Hocuspocus provider; its libraries come in vendor/collab.min.js (web/collab/vendor_entry.mjs),
// fetched only when a room is started or joined.
//   local -> room  every change of the core's plan (any path: board, keys, bridge, import) is
//                  noticed where the library hears of it (S.changed, after the frame that made
//                  it) and becomes applyPlanDiff(doc, before, after, LOCAL) on the shared doc
//   room -> local  any other update (others, the undo manager, IndexedDB) is read back with
//                  docToPlan and handed to the core as one command that is no undo step here
//                  (ab_collab_apply: the core's reader first, so garbage is refused and shown)
//   undo / redo    Y.UndoManager tracking LOCAL only: each person undoes their own changes
//   offline        y-indexeddb keeps the room's doc in this browser; the provider reconnects and
//                  merges by itself
//   presence       the provider's awareness: {user: {name, colour}, cursor, selection, idTag}
//   ids            each join picks a random tag (4 of a-z0-9) that the core's new ids carry
//                  while in the room (m12-k7q2: ab_collab_id_tag), so two people adding a card
//                  at once never make one id; a peer showing the same tag makes one of the two
//                  pick again; leaving clears it (ids as outside a room)
// Sets Module.abRoom (R), read by the bridge (collab(), startRoom()), collab_lib.js and the
// workshop dialog (room_dialog.js, Module.abRoomUi). Other features build on R.doc, R.provider,
// R.awareness, R.role and R.serverTimeOffset().
(() => {
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const tn = (key, count, args) => Module['abI18n'].tn(key, count, args);
  const TEXT = {
    get libraryFailed() { return t('room.library_failed'); },
    get noRoom() { return t('room.no_room'); },
    startFailed: (why) => t('room.start_failed', { why }),
    refused: (why) => t('room.refused', { why }),
    get reasons() {
      return { 'bad-room-id': t('room.bad_room_id'), 'no-such-room': t('room.no_such_room'), 'wrong-edit-key': t('room.wrong_edit_key') };
    },
    guest: (n) => t('room.guest', { n }),
  };
  const LOCAL = 'alignboard-local';  // the origin of this page's own changes (LOCAL_ORIGIN)
  const CURSOR_EVERY_MS = 50;
  const PERSON_KEY = 'alignboard.person';
  const TAG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const T = Module['abText'];
  const S = Module['abStore'];
  const base = Module['abBase'] || new URL('.', location.href).href;

  const R = {
    room: '', key: '', role: 'off',  // role: 'edit' | 'view' | 'off'
    status: 'off', synced: false, error: '',
    doc: null, provider: null, socket: null, awareness: null, undo: null, idb: null, L: null,
    offset: 0,                      // the server's clock minus this page's, ms
    idTag: '',                      // what this participant's new ids carry (m12-k7q2)
    before: null, seenRevision: -1, // the core's plan as the doc last had it, and its revision
    ready: false,                   // the room's plan is on screen: local changes go to the room
    pendingApply: 0,
  };
  Module['abRoom'] = R;
  R.LOCAL_ORIGIN = LOCAL;
  R.serverTimeOffset = () => R.offset;
  R.serverNow = () => Date.now() + R.offset;
  R.active = () => !!R.doc;

  let library = null;
  function loadLibrary() {
    if (window.AlignboardCollab) return Promise.resolve(window.AlignboardCollab);
    if (library) return library;
    library = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = base + 'vendor/collab.min.js';
      s.async = true;
      s.onload = () => (window.AlignboardCollab ? resolve(window.AlignboardCollab) : reject(new Error(TEXT.libraryFailed)));
      s.onerror = () => reject(new Error(TEXT.libraryFailed));
      document.head.appendChild(s);
    }).catch((err) => { library = null; throw err; });
    return library;
  }
  const collabUrl = () => new URL('collab', base).href;
  const corePlan = () => T.json(_ab_bridge_get_plan());
  const revision = () => _ab_bridge_revision();

  // ---- Who I am: a name and a colour, chosen on the first join and remembered ---------------
  // A person this browser remembers (alignboard.person) joins as that person, unasked. Anyone
  // else joins at once under a suggestion (a guest number, a random colour of the dialog's
  // eight) and is asked for their choice meanwhile (person_dialog.js); the awareness follows the
  // answer. The answer, or a rename in the workshop bar, is written down only on a page that
  // keeps things in the browser (not an embed, not ?storage=none); elsewhere it lasts the page.
  let me = null;        // this page's person: {name, colour}
  let chosen = false;   // remembered or answered: not asked again
  const remember = (p) => {
    const store = Module['abStore'];
    if (!store || !store.enabled) return;
    try { localStorage.setItem(PERSON_KEY, JSON.stringify(p)); } catch (e) { /* not remembered */ }
  };
  const isColour = (c) => /^#[0-9a-f]{6}$/i.test(c || '');
  const valid = (p) => !!p && typeof p.name === 'string' && p.name.trim() !== '' && isColour(p.colour);
  R.person = () => {
    if (me) return me;
    let p = null;
    try { p = JSON.parse(localStorage.getItem(PERSON_KEY) || 'null'); } catch (e) { /* none yet */ }
    if (valid(p)) {
      chosen = true;
      p = { name: p.name.trim().slice(0, 40), colour: p.colour };
    } else {
      const colours = Module['abPersonUi'].colours;
      p = { name: TEXT.guest(1 + Math.floor(Math.random() * 99)), colour: colours[Math.floor(Math.random() * colours.length)] };
    }
    me = p;
    return me;
  };
  // The person's choice ({name, colour}, either may be missing): shown to the others, kept.
  R.setPerson = (choice) => {
    const p = R.person();
    p.name = String((choice && choice.name) || '').trim().slice(0, 40) || p.name;
    if (choice && isColour(choice.colour)) p.colour = choice.colour.toLowerCase();
    chosen = true;
    remember(p);
    if (R.awareness) R.awareness.setLocalStateField('user', { name: p.name, colour: p.colour });
    if (Module['abRoomUi']) Module['abRoomUi'].update();
    return p;
  };
  R.setName = (name) => R.setPerson({ name });
  // Asks who this is, unless known; the room goes on connecting while the question is open.
  function askWhoOnce() {
    const ui = Module['abPersonUi'];
    const p = R.person();
    if (chosen || !ui || ui.isOpen()) return;
    const store = Module['abStore'];
    ui.ask({ name: p.name, colour: p.colour }, (choice) => { R.setPerson(choice); }, !!(store && store.enabled));
  }

  // ---- State for the app and the bridge -------------------------------------------------------
  function tellApp() {
    if (!runtimeInitialized) return;
    const u = R.undo;
    _ab_collab_state(R.doc ? 1 : 0, R.role === 'view' ? 1 : 0,
      u && u.undoStack.length ? 1 : 0, u && u.redoStack.length ? 1 : 0);
    T.withCStrings([R.doc ? R.idTag : ''], (p) => { _ab_collab_id_tag(p); });
    if (Module['abRoomUi']) Module['abRoomUi'].update();
  }
  function setStatus(status) {
    if (R.status === status) return;
    R.status = status;
    tellApp();
  }
  R.peers = () => {
    if (!R.awareness) return [];
    const out = [];
    R.awareness.getStates().forEach((state, id) => {
      if (id === R.awareness.clientID || !state || !state.user) return;
      out.push({ id, name: String(state.user.name || ''), colour: String(state.user.colour || ''),
                 cursor: Array.isArray(state.cursor) ? state.cursor : null,
                 selection: Array.isArray(state.selection) ? state.selection : [] });
    });
    return out;
  };
  // A fresh tag for this page's ids in the room: per join, not per person, so two tabs of one
  // person differ too. 36^4 tags; clashes among those present are resolved in keepTagUnique.
  function newIdTag() {
    const b = new Uint8Array(4);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => TAG_CHARS[x % TAG_CHARS.length]).join('');
  }
  // Another participant shows this page's tag: the one of the two with the higher Yjs client id
  // picks another, so ids made from now on differ (both could not both pick again and clash anew).
  function keepTagUnique() {
    const a = R.awareness;
    let clash = false;
    a.getStates().forEach((state, id) => {
      if (id !== a.clientID && state && state.idTag === R.idTag && id < a.clientID) clash = true;
    });
    if (!clash) return;
    R.idTag = newIdTag();
    a.setLocalStateField('idTag', R.idTag);
    tellApp();
  }
  R.info = () => ({
    // synced: the room's state has arrived over the current connection.
    room: R.room || null, status: R.status, synced: !!(R.provider && R.provider.isSynced), role: R.role,
    peers: R.peers().map((p) => ({ name: p.name, colour: p.colour, cursor: p.cursor, selection: p.selection })),
    error: R.error,
    idTag: R.idTag,  // what this page's new ids carry in the room ('' when in none)
  });

  // ---- Room -> local ---------------------------------------------------------------------------
  function scheduleApply() {
    if (R.pendingApply) return;
    R.pendingApply = setTimeout(applyRemote, 0);
  }
  function applyRemote() {
    R.pendingApply = 0;
    if (!R.doc || !R.ready) return;
    // A local change the library has not heard of yet (same frame) goes to the room first, or
    // the room's plan, which lacks it, would replace it.
    pushLocal();
    const plan = R.L.docToPlan(R.doc);
    if (!plan || plan.format === undefined) return;  // nothing from the room yet
    const reply = T.withTexts([JSON.stringify(plan)], (p, n) => T.json(_ab_collab_apply(p, n)));
    if (reply.busy) { R.pendingApply = setTimeout(applyRemote, 50); return; }
    if (!reply.ok) { R.error = reply.error || ''; tellApp(); return; }
    R.error = '';
    R.before = corePlan();
    R.seenRevision = revision();
  }

  // ---- Local -> room ---------------------------------------------------------------------------
  function pushLocal() {
    if (!R.doc || !R.ready || R.role !== 'edit') return;
    const rev = revision();
    if (rev === R.seenRevision || _ab_collab_grouping()) return;  // a drag goes as one change at its end
    const after = corePlan();
    const renamed = renameClashes(R.before, after);
    R.L.applyPlanDiff(R.doc, R.before, after, LOCAL);
    R.before = after;
    R.seenRevision = rev;
    if (renamed) scheduleApply();  // the core takes the new ids from the room
  }
  // A card this page added under an id someone else's card took meanwhile (both made "m12"):
  // the room keeps one card per id, so this page's card gets the next id free in the room as
  // well (links and layout follow) rather than replacing theirs. Changes `after`; true if any.
  function renameClashes(before, after) {
    const L = R.L;
    const items = R.doc.getMap('items');
    const had = new Set();
    L.COLLECTIONS.forEach((c) => { (before[c] || []).forEach((it) => { if (it && typeof it.id === 'string') had.add(it.id); }); });
    const clashes = new Map();
    L.COLLECTIONS.forEach((c) => {
      (after[c] || []).forEach((it) => {
        if (!it || typeof it.id !== 'string' || had.has(it.id) || !items.has(it.id)) return;
        const prefix = (/^(.*?)\d*$/.exec(it.id) || ['', it.id])[1];
        let n = 0;
        const bump = (id) => {
          if (id.indexOf(prefix) !== 0) return;
          const k = Number(id.slice(prefix.length));
          if (Number.isInteger(k) && k > n) n = k;
        };
        items.forEach((v, id) => bump(id));
        L.COLLECTIONS.forEach((cc) => { (after[cc] || []).forEach((x) => { if (x && typeof x.id === 'string') bump(x.id); }); });
        clashes.forEach((to) => bump(to));
        clashes.set(it.id, prefix + (n + 1));
      });
    });
    if (!clashes.size) return false;
    const to = (id) => (clashes.has(id) ? clashes.get(id) : id);
    L.COLLECTIONS.forEach((c) => {
      (after[c] || []).forEach((it) => {
        if (!it || typeof it !== 'object') return;
        if (typeof it.id === 'string' && clashes.has(it.id) && !had.has(it.id)) it.id = to(it.id);
        (L.LINK_LISTS[c] || []).forEach((f) => { if (Array.isArray(it[f])) it[f] = it[f].map(to); });
        (L.SINGLE_LINKS[c] || []).forEach((f) => { if (typeof it[f] === 'string') it[f] = to(it[f]); });
      });
    });
    if (after.layout && typeof after.layout === 'object') {
      clashes.forEach((newId, oldId) => {
        if (Object.prototype.hasOwnProperty.call(after.layout, oldId) && !had.has(oldId)) {
          after.layout[newId] = after.layout[oldId];
          delete after.layout[oldId];
        }
      });
    }
    return true;
  }
  // Every change the app tells the library of (a plan edit or a view change).
  const changed = S.changed;
  S.changed = () => {
    changed();
    if (!R.doc) return;
    pushLocal();
    if (R.awareness) R.awareness.setLocalStateField('selection', T.json(_ab_collab_local()).selection);
  };

  R.undoRedo = (redo) => {
    if (!R.undo || R.role !== 'edit') return false;
    pushLocal();  // a change still on its way is part of what undo sees
    const item = redo ? R.undo.redo() : R.undo.undo();
    tellApp();
    return !!item;
  };

  // ---- Joining and leaving ---------------------------------------------------------------------
  function readClock() {
    const sent = Date.now();
    fetch(new URL('collab/time', base).href, { cache: 'no-store', credentials: 'same-origin' })
      .then((r) => r.json()).then((t) => {
        const now = Date.now();
        if (typeof t.now === 'number') R.offset = Math.round(t.now - (sent + now) / 2);
      }).catch(() => { /* offline: the page's own clock */ });
  }
  function watchPointer() {
    let last = 0;
    let timer = 0;
    const send = () => {
      timer = 0;
      last = Date.now();
      if (R.awareness && runtimeInitialized) R.awareness.setLocalStateField('cursor', T.json(_ab_collab_local()).cursor);
    };
    Module['canvas'].addEventListener('pointermove', () => {
      if (!R.awareness || timer) return;
      timer = setTimeout(send, Math.max(0, last + CURSOR_EVERY_MS - Date.now()));
    });
  }
  let pointerWatched = false;

  // Joins `room` (`key`: the edit key, '' to view). `keepHere`: the plan on screen is the room's
  // already (this page started it); otherwise the room's plan becomes a new plan of the library
  // once it arrives, so leaving keeps a copy and the plan open before is never overwritten.
  R.join = (room, key, keepHere) => loadLibrary().then((L) => {
    if (R.doc) R.leave();
    R.L = L;
    R.room = room;
    R.key = key || '';
    R.role = R.key ? 'edit' : 'view';
    R.error = '';
    R.synced = false;
    R.ready = false;
    const doc = new L.Y.Doc();
    R.doc = doc;
    const roots = [doc.getMap('meta'), doc.getMap('items'), doc.getMap('order'), doc.getMap('layout')];
    R.undo = new L.Y.UndoManager(roots, { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 });
    R.undo.on('stack-item-added', tellApp);
    R.undo.on('stack-item-popped', tellApp);
    doc.on('update', (update, origin) => { if (origin !== LOCAL) scheduleApply(); });
    try { R.idb = new L.IndexeddbPersistence('alignboard-room-' + room, doc); } catch (e) { R.idb = null; }
    // Back within a few seconds when the network or the server returns (a restarted server).
    R.socket = new L.HocuspocusProviderWebsocket({ url: collabUrl().replace(/^http/, 'ws'),
      delay: 250, factor: 1.5, minDelay: 250, maxDelay: 3000 });
    R.provider = new L.HocuspocusProvider({
      websocketProvider: R.socket, name: room, token: R.key, document: doc,
      onStatus: (e) => setStatus(e.status === 'connected' ? 'connected' : (R.synced || R.ready ? 'offline' : 'connecting')),
      onSynced: () => { R.synced = true; setStatus('connected'); firstPlan(keepHere); },
      onAuthenticationFailed: (e) => {
        R.error = TEXT.refused(TEXT.reasons[e.reason] || e.reason || 'refused');
        if (Module['abRoomUi']) Module['abRoomUi'].say(R.error);
        R.leave(true);
      },
    });
    R.provider.attach();
    R.awareness = R.provider.awareness;
    R.awareness.setLocalStateField('user', { name: R.person().name, colour: R.person().colour });
    askWhoOnce();
    R.idTag = newIdTag();
    R.awareness.setLocalStateField('idTag', R.idTag);
    R.awareness.on('change', () => {
      keepTagUnique();
      if (!runtimeInitialized) return;
      T.withTexts([JSON.stringify(R.peers())], (p, n) => { _ab_collab_peers(p, n); });
      if (Module['abRoomUi']) Module['abRoomUi'].update();
    });
    if (!pointerWatched) { pointerWatched = true; watchPointer(); }
    setStatus('connecting');
    readClock();
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    tellApp();
    // The IndexedDB copy of a room joined before shows at once, offline too.
    if (R.idb) R.idb.whenSynced.then(() => { if (R.doc === doc && !R.ready && R.L.docToPlan(doc).format) firstPlan(keepHere); });
    return { room };
  });
  function onOffline() { if (R.doc) setStatus('offline'); }
  // Back online: a socket the browser kept open through the outage may have lost what was
  // sent meanwhile, so the page connects anew, and the sync that opens every connection (both
  // sides send what the other lacks) merges the changes made offline.
  // (Closing the provider's socket itself: its disconnect() would stop it reconnecting, and its
  // connect() does nothing while the old socket still counts as open.)
  function onOnline() {
    const s = R.socket;
    if (!s) return;
    setStatus('connecting');
    if (s.webSocket) {
      try { s.webSocket.close(); } catch (e) { /* closed already */ }
    } else {
      s.connect().catch(() => { /* the provider retries by itself */ });
    }
  }

  const ROOM_PLAN_KEY = 'alignboard.roomPlan.';
  function firstPlan(keepHere) {
    if (R.ready || R.starting) return;
    const doc = R.doc;
    if (keepHere) { becomeReady(); return; }
    const plan = R.L.docToPlan(doc);
    if (plan.format === undefined) return;
    // This tab's library copy of the room (a reload keeps using it).
    let kept = '';
    try { kept = sessionStorage.getItem(ROOM_PLAN_KEY + R.room) || ''; } catch (e) { /* none */ }
    if ((kept && kept === S.planId) || !S.enabled || !S.db) { becomeReady(); scheduleApply(); return; }
    R.starting = true;
    S.create(JSON.stringify(plan), '').then((r) => {
      R.starting = false;
      if (R.doc !== doc) return;
      if (r && r.ok) { try { sessionStorage.setItem(ROOM_PLAN_KEY + R.room, S.planId); } catch (e) { /* not kept */ } }
      becomeReady();
      scheduleApply();
    }, () => { R.starting = false; if (R.doc === doc) { becomeReady(); scheduleApply(); } });
  }
  function becomeReady() {
    R.ready = true;
    R.before = corePlan();
    R.seenRevision = revision();
    tellApp();
  }

  // Leaves the room; the plan stays on screen and in the library (a copy, for one who joined).
  R.leave = (keepError) => {
    if (!R.doc) return false;
    try { if (R.provider) R.provider.destroy(); } catch (e) { /* closed already */ }
    try { if (R.socket) R.socket.destroy(); } catch (e) { /* closed already */ }
    try { if (R.idb) R.idb.destroy(); } catch (e) { /* closed already */ }
    if (R.pendingApply) clearTimeout(R.pendingApply);
    R.pendingApply = 0;
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    R.doc = R.provider = R.socket = R.awareness = R.undo = R.idb = null;
    R.room = R.key = R.idTag = '';
    R.role = 'off';
    R.ready = R.synced = false;
    if (!keepError) R.error = '';
    R.status = 'off';
    tellApp();
    try {
      const url = new URL(location.href);
      url.searchParams.delete('room');
      url.searchParams.delete('view');
      history.replaceState(history.state, '', url.pathname + url.search);
    } catch (e) { /* the address stays */ }
    return true;
  };

  // The links of a room: the edit key in the fragment (never sent to a server or in a Referer).
  R.links = (room, key) => {
    const page = new URL(location.href);
    page.search = '';
    page.hash = '';
    page.searchParams.set('room', room);
    const view = page.href + '&view';
    return { link: page.href + (key ? '#key=' + key : ''), viewLink: view };
  };

  // Makes a room of the open plan and joins it: {room, link, viewLink}.
  R.start = () => {
    if (R.doc && R.role === 'edit') return Promise.resolve(Object.assign({ room: R.room }, R.links(R.room, R.key)));
    const plan = corePlan();
    return fetch(new URL('collab/rooms', base).href, {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(plan),
    }).then((r) => r.json().catch(() => ({})).then((body) => {
      if (!r.ok || !body.room) throw new Error(TEXT.startFailed(body.error || 'HTTP ' + r.status));
      return R.join(body.room, body.editKey, true).then(() => {
        const links = R.links(body.room, body.editKey);
        try { history.replaceState(history.state, '', links.link); } catch (e) { /* the address stays */ }
        return Object.assign({ room: body.room }, links);
      });
    }));
  };
  // The top bar's "Start a workshop": the room, then its dialog with the links and the QR code.
  R.startFromApp = () => {
    const ui = Module['abRoomUi'];
    R.start().then((r) => { if (ui) ui.open(r); }, (err) => { if (ui) ui.say(String(err.message || err)); });
  };

  // ?room=ID joins at boot (#key=KEY edits; &view, or no key, views).
  const params = Module['abParams'] || new URLSearchParams();
  const asked = Module['abApp'] ? params.get('room') : null;
  if (asked) {
    const m = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(location.hash || '');
    const key = params.has('view') || !m ? '' : m[1];
    Module['abReady'].then(() => R.join(asked, key, false)).catch((err) => {
      R.error = String(err.message || err);
      if (Module['abRoomUi']) Module['abRoomUi'].say(R.error);
    });
  }
  window.addEventListener('pagehide', () => { if (R.doc) pushLocal(); });
})();
