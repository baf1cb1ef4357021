// The page side of the test bridge (linked with --js-library; web/host/BRIDGE.md documents it).
// window.alignboard wraps the exported ab_bridge_* functions: text goes in through a malloc'd
// UTF-8 copy that is freed after the call (plans and commands with their byte length), JSON
// comes back as a string the C side owns, read with its length.

mergeInto(LibraryManager.library, {
  ab_js_bridge_install__deps: ['malloc', 'free'],
  ab_js_bridge_install: function() {
    // Module.abText (web/platform/wasm_text.js): malloc checked, texts and replies with their lengths.
    const T = Module['abText'];
    function json(ptr) { return T.json(ptr); }
    function asText(value) {
      if (typeof value === 'string') return value;
      const text = JSON.stringify(value);
      return text === undefined ? '' : text;
    }

    const api = {
      version: 1,
      // The plan object: JSON.parse of the canonical plan file text.
      getPlan: function() { return json(_ab_bridge_get_plan()); },
      // Replaces the plan (undoable); on failure the current plan is untouched.
      loadPlan: function(planOrText) {
        return T.withTexts([asText(planOrText)], (p, n) => json(_ab_bridge_load_plan(p, n)));
      },
      // The JSON of `alignboard score`.
      getScores: function() { return json(_ab_bridge_get_scores()); },
      // A command object ({op: 'link', child: 'm11', parent: 'S2'}) or its JSON text.
      apply: function(command) {
        return T.withTexts([asText(command)], (p, n) => json(_ab_bridge_apply(p, n)));
      },
      // The language the app speaks ('en', 'es', 'de'), and switching it as the app's picker does
      // (kept in this browser; everything redraws at once): false for a language it lacks.
      language: function() { return Module['abI18n'].language(); },
      setLanguage: function(code) { return Module['abI18n'].set(code); },
      // In a workshop room, undo and redo are the room's: only this person's changes.
      undo: function() {
        const R = Module['abRoom'];
        return R && R.active() ? R.undoRedo(false) : _ab_bridge_undo() !== 0;
      },
      redo: function() {
        const R = Module['abRoom'];
        return R && R.active() ? R.undoRedo(true) : _ab_bridge_redo() !== 0;
      },
      // Workshop rooms (web/collab/room.js, docs/rooms.md). startRoom(): makes a room of the open
      // plan on this page's server and joins it: a promise of {room, link, viewLink} (link edits:
      // ?room=ID#key=KEY; viewLink: ?room=ID&view). collab(): {room, status: 'off' | 'connecting'
      // | 'connected' | 'offline', peers: [{name, colour}] (the others), synced, role: 'edit' |
      // 'view' | 'off', error}. joinRoom(room, key): joins ('' views). leaveRoom(): leaves, the
      // plan stays (a copy in the library for one who joined).
      startRoom: function() { return Module['abRoom'].start(); },
      collab: function() { return Module['abRoom'].info(); },
      joinRoom: function(room, key) { return Module['abRoom'].join(String(room), key ? String(key) : '', false); },
      leaveRoom: function() { return Module['abRoom'].leave(); },
      revision: function() { return _ab_bridge_revision(); },
      // A card's rectangle in CSS pixels of the page (viewport coordinates, what mouse events
      // use), or null when the item has no card on screen.
      itemRect: function(id) {
        const r = T.withCStrings([String(id)], p => json(_ab_bridge_item_rect(p)));
        if (!r) return null;
        const box = Module['canvas'].getBoundingClientRect();
        return { x: box.left + r.x, y: box.top + r.y, w: r.w, h: r.h };
      },
      // The score panel's finding rows, in getScores().findings order: [{x, y, w, h} | null]
      // in viewport CSS pixels (null: scrolled out of sight).
      findingRects: function() {
        const box = Module['canvas'].getBoundingClientRect();
        return json(_ab_bridge_finding_rects()).map(r => r ? { x: box.left + r.x, y: box.top + r.y, w: r.w, h: r.h } : null);
      },
      // A palette button ('goal', 'strategy', 'tactic', 'kpi') as {x, y, w, h} in viewport CSS pixels.
      paletteRect: function(kind) {
        const box = Module['canvas'].getBoundingClientRect();
        const r = json(_ab_bridge_palette_rects())[kind];
        return r ? { x: box.left + r.x, y: box.top + r.y, w: r.w, h: r.h } : null;
      },
      // The side panel: 'score', 'inspect' or 'plan'.
      panelTab: function() { return json(_ab_bridge_panel()).tab; },
      panelPlace: function() { return json(_ab_bridge_panel()).place; },
      // A control the side panel drew last frame ('tab:inspect', 'budget', 'owners.add:vp_sales',
      // ... see BRIDGE.md) as {x, y, w, h} in viewport CSS pixels, or null when not on screen.
      panelRect: function(name) {
        const r = json(_ab_bridge_panel()).rects[name];
        if (!r) return null;
        const box = Module['canvas'].getBoundingClientRect();
        return { x: box.left + r[0], y: box.top + r[1], w: r[2], h: r[3] };
      },
      // The inline messages the side panel shows, by field name ({budget: 'Not saved — ...'}).
      panelErrors: function() { return json(_ab_bridge_panel()).errors; },
      // The item being renamed in place ('' when none).
      renaming: function() { return json(_ab_bridge_renaming()); },
      selection: function() { return json(_ab_bridge_selection()); },
      // The search box's text, or null while it is closed.
      searchText: function() { return json(_ab_bridge_search_text()); },
      // Names of the keys the app holds down ("Z", "LeftSuper", ...).
      keysDown: function() { return json(_ab_bridge_keys_down()); },
      // While a card is dragged over another: {source, target, ok, text} (text is the score
      // change "88.5 → 91.4" when ok, else why the link is refused); null otherwise.
      dragPreview: function() { return json(_ab_bridge_drag_preview()); },
      // The latest message shown to the user (kept after it fades), '' when none yet.
      lastMessage: function() { return json(_ab_bridge_last_message()); },
      // A top bar button ('undo', 'redo', 'copy', 'paste', 'delete', 'present', 'contrast', ...;
      // 'more:<id>' for an item of the open More menu) as {x, y, w, h} in viewport CSS pixels,
      // or null when it is not shown.
      toolbarRect: function(name) {
        const r = json(_ab_bridge_toolbar_rects())[name];
        if (!r) return null;
        const box = Module['canvas'].getBoundingClientRect();
        return { x: box.left + r[0], y: box.top + r[1], w: r[2], h: r[3] };
      },
      // The action table as this platform shows it: [{id, label, chord, keys, enabled, bar,
      // host}] ('Cmd+Z' on a Mac, 'Ctrl+Z' elsewhere).
      actions: function() { return json(_ab_bridge_actions()); },
      // The id of the action run last (by a key, the top bar, its More menu or the host).
      lastAction: function() { return json(_ab_bridge_last_action()); },
      // The top bar button or More menu item under the pointer: {id, label, chord, tip}, or null.
      toolbarHover: function() { return json(_ab_bridge_toolbar_hover()); },
      // {presenting, highContrast}: the view toggles (P and H, or the top bar's buttons).
      viewMode: function() { return json(_ab_bridge_view_mode()); },
      frameCount: function() { return _ab_bridge_frame_count(); },
      paintCount: function() { return _ab_bridge_paint_count(); },
      // Milliseconds the C++ side spent in each frame since the last resetFrameTimes(), oldest
      // first (the last 1,000 at most).
      frameTimes: function() { return json(_ab_bridge_frame_times()); },
      // The part of each of those frames spent handing the draw data to WebGL (end_frame).
      frameGlTimes: function() { return json(_ab_bridge_frame_gl_times()); },
      resetFrameTimes: function() { _ab_bridge_reset_frame_times(); },
      // The font atlas: {width, height, bytes} of its pixels, {glyphs}: characters the browser's
      // fonts rasterized so far (web/ui/text/browser_glyphs.cpp).
      atlas: function() {
        return { width: _ab_ui_atlas_width(), height: _ab_ui_atlas_height(), bytes: _ab_ui_atlas_bytes(),
                 glyphs: _ab_ui_browser_glyphs() };
      },
      // The minimap as {x, y, w, h} in viewport CSS pixels, or null while it is hidden.
      minimapRect: function() {
        const r = json(_ab_bridge_minimap_rect());
        if (!r) return null;
        const box = Module['canvas'].getBoundingClientRect();
        return { x: box.left + r.x, y: box.top + r.y, w: r.w, h: r.h };
      },
      // The zoom control ('zoom') or the message line ('notice') as {x, y, w, h} in viewport CSS
      // pixels, or null while it is not shown.
      overlayRect: function(name) {
        const r = T.withCStrings([String(name)], p => json(_ab_bridge_overlay_rect(p)));
        if (!r) return null;
        const box = Module['canvas'].getBoundingClientRect();
        return { x: box.left + r.x, y: box.top + r.y, w: r.w, h: r.h };
      },
      // A plan object made by core's generator: {goals, strategies, tactics, kpis, seed}.
      generatePlan: function(spec) {
        return T.withCStrings([asText(spec || {})], p => json(_ab_bridge_generate_plan(p)));
      },
      isIdle: function() { return _ab_bridge_is_idle() !== 0; },
      // The plan library: {state: 'saved' | 'saving' | 'failed' | 'read-only' | 'off', message,
      // readOnly, reason, dialog ('' | 'plans' | 'history' | 'share' | 'shared' | 'tab' |
      // 'damaged'), shareLink, shareError, sharedError, damaged ({name, why} or null)}.
      // savedRevision: the revision() the last finished save held (-1 before the first);
      // pending: whether a change of the plan or of its view waits to be stored.
      storage: function() {
        const s = json(_ab_bridge_storage());
        const S = Module['abStore'];
        s.savedRevision = S ? S.savedRevision : -1;
        // pending: a change (of the plan or its view) not stored yet.
        // Text typed and not confirmed yet counts (it is committed when the page hides).
        s.pending = !!(S && (S.dirty || S.writing || S.timer)) || s.typing;
        // busy: library requests (list, open, rename, ...) whose answers have not arrived.
        s.busy = S ? S.busy || 0 : 0;
        // mirror: 'following' the window that edits this plan, 'gone' when that window closed,
        // else 'off' (web/library/mirror.js).
        s.mirror = S && S.mirror && S.readOnly && S.otherTab ? S.mirror.state : 'off';
        return s;
      },
      // A button or field of the open library window ('close', 'open:<id>', 'new:selma',
      // 'checkpoint.save', 'restore:<id>', 'tab.copy', ...) in viewport CSS pixels, or null.
      // The windows are DOM dialogs (web/library/windows/library_dialogs.js): the control whose
      // data-name is `name`, scrolled into view first; the mirror's bar (mirror.edit, ...) is
      // still drawn on the canvas.
      dialogRect: function(name) {
        const D = Module['abDialogs'];
        const el = D && D.find(name);
        if (el) {
          const b = el.getBoundingClientRect();
          return { x: b.left, y: b.top, w: b.width, h: b.height };
        }
        const r = json(_ab_bridge_dialog_rects())[name];
        if (!r) return null;
        const box = Module['canvas'].getBoundingClientRect();
        return { x: box.left + r[0], y: box.top + r[1], w: r[2], h: r[3] };
      },
      // Promises of the library's lists: [{id, name, updated, trashed, current}] (newest first)
      // and the open plan's checkpoints [{id, name, time, auto}] (newest first).
      plans: function() { return Module['abStore'].list(); },
      checkpoints: function() { return Module['abStore'].checkpoints(); },
      // The workshop as this page sees it (docs/workshop.md): {role: 'facilitator' | 'participant' |
      // 'none', step, remaining_s, votes: {id: n} (after the reveal), myDots, revealed,
      // scoreHidden, following, locked, ...}.
      workshop: function() { return json(_ab_workshop_state()); },
      // Runs a workshop action exactly as the on-screen controls do (web/workshop/workshop.js):
      // {ok, error}; 'report' gives {ok, text}, the Markdown report.
      workshopAction: function(name, args) { return Module['abWorkshop'].act(name, args); },
    };
    Module['abResolveReady'](api);  // web/page/pre.js: window.alignboard on the app page
  },
});
