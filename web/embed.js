// The host page's message API (linked with --pre-js; README "For consultants"). A page shown in
// a frame answers postMessage requests from the origins its host lists in `?origins=` (and its
// own): load, get, scores, export, undo, redo; and tells them `ready`, `change`, `error` and
// `resize`. Messages are data only ({alignboard: 1, type, id, ...}): nothing a host sends is
// ever run, and a plan it sends is checked by the core reader like any file.
(function() {
  if (window.parent === window) return;
  var VERSION = 1;
  var params = new URLSearchParams(location.search);
  var allowed = (params.get('origins') || '').split(/[\s,]+/).filter(Boolean).map(function(o) {
    try { return new URL(o).origin; } catch (e) { return ''; }
  }).filter(function(o) { return o && o !== 'null'; });
  if (allowed.indexOf(location.origin) < 0) allowed.push(location.origin);

  var E = Module['abEmbed'] = { ready: false, revision: -1, height: -1 };

  function post(msg, origin) {
    msg.alignboard = VERSION;
    (origin ? [origin] : allowed).forEach(function(o) {
      try { window.parent.postMessage(msg, o); } catch (e) { /* a host that went away */ }
    });
  }
  function withText(text, fn) {
    var n = lengthBytesUTF8(text) + 1;
    var p = _malloc(n);
    stringToUTF8(text, p, n);
    try { return fn(p); } finally { _free(p); }
  }
  function answer(ptr) { return JSON.parse(UTF8ToString(ptr)); }

  var handlers = {
    load: function(m) {
      var text = typeof m.plan === 'string' ? m.plan : JSON.stringify(m.plan);
      if (typeof text !== 'string') return { ok: false, error: 'load needs a plan (an object or its JSON text)' };
      var r = withText(text, function(p) { return answer(_ab_embed_load(p)); });
      if (!r.ok) r.error = 'The plan was not loaded: ' + (r.errors[0] ? (r.errors[0].path ? r.errors[0].path + ': ' : '') + r.errors[0].message : 'unknown error');
      return r;
    },
    get: function() { return { ok: true, plan: answer(_ab_bridge_get_plan()) }; },
    scores: function() { return { ok: true, scores: answer(_ab_bridge_get_scores()) }; },
    'export': function(m) {
      var r = withText(String(m.format || ''), function(p) { return answer(_ab_embed_export(p)); });
      return r.error ? { ok: false, error: r.error } : { ok: true, file: r.file, mime: r.mime, text: r.text };
    },
    undo: function() { return { ok: _ab_bridge_undo() !== 0 }; },
    redo: function() { return { ok: _ab_bridge_redo() !== 0 }; },
  };

  window.addEventListener('message', function(e) {
    if (e.source !== window.parent || allowed.indexOf(e.origin) < 0) return;  // not our host
    var m = e.data;
    if (!m || typeof m !== 'object' || m.alignboard !== VERSION || typeof m.type !== 'string') return;
    var out;
    if (!E.ready) {
      out = { ok: false, error: 'not ready yet: wait for the ready message' };
    } else if (!Object.prototype.hasOwnProperty.call(handlers, m.type)) {
      out = { ok: false, error: 'unknown request "' + m.type + '"' };
    } else {
      try { out = handlers[m.type](m); } catch (err) { out = { ok: false, error: String(err && err.message || err) }; }
    }
    out.type = 'reply';
    out.request = m.type;
    out.id = m.id;
    post(out, e.origin);
    if (!out.ok && out.error) post({ type: 'error', id: m.id, error: out.error }, e.origin);
    E.changed();
  });

  // After every change of the plan or the view (store_lib.js): a change event when the plan's
  // revision moved, a resize event when the height the plan needs changed.
  E.changed = function() {
    if (!E.ready) return;
    var s = answer(_ab_embed_state());
    if (s.revision !== E.revision) {
      E.revision = s.revision;
      post({ type: 'change', revision: s.revision, overall: s.overall });
    }
    var h = Math.round(_ab_embed_content_height());
    if (h !== E.height) {
      E.height = h;
      post({ type: 'resize', height: h });
    }
  };

  window.alignboardReady.then(function() {
    E.ready = true;
    post({ type: 'ready', version: VERSION });
    E.changed();
  });
})();
