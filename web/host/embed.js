// The host page's API (linked with --pre-js; README "For consultants"): load, get, scores,
// export, undo and redo, and the events ready, change, error and resize. Two ways in:
//   - an app page in a frame answers postMessage requests from the origins its host lists in
//     `?origins=` (and its own). Messages are data only ({alignboard: 1, type, id, ...});
//   - a script-tag instance (web/page/mount.js) carries the same requests as methods and the events
//     through instance.on(event, fn).
// Nothing a host sends is ever run, and a plan it sends is checked by the core reader like any file.
(() => {
  const VERSION = 1;
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const E = Module['abEmbed'] = { ready: false, revision: -1, height: -1, listeners: {} };

  // Texts cross with their lengths and replies are read with theirs (web/platform/wasm_text.js).
  function answer(ptr) { return Module['abText'].json(ptr); }
  const MAX_FILE_BYTES = Module['abCapped'].MAX_FILE_BYTES;

  const handlers = {
    load: function(m) {
      const text = typeof m.plan === 'string' ? m.plan : JSON.stringify(m.plan);
      if (typeof text !== 'string') return { ok: false, error: 'load needs a plan (an object or its JSON text)' };
      // A file the reader would refuse anyway is refused before it is copied (a UTF-16 length
      // is at most the UTF-8 one, so only a long text needs counting); the core measures the
      // plan inside it without its whitespace.
      const bytes = text.length > MAX_FILE_BYTES / 3 ? new TextEncoder().encode(text).length : 0;
      if (bytes > MAX_FILE_BYTES) {
        return { ok: false, errors: [], error: t('embed.not_loaded', { why: Module['abI18n'].words(Module['abCapped'].tooLargeWords(MAX_FILE_BYTES, bytes)) + '.' }) };
      }
      const r = Module['abText'].withTexts([text], (p, n) => answer(_ab_embed_load(p, n)));
      if (!r.ok) r.error = t('embed.not_loaded', { why: r.errors[0] ? (r.errors[0].path ? r.errors[0].path + ': ' : '') + r.errors[0].message : t('embed.unknown_error') });
      return r;
    },
    get: function() { return { ok: true, plan: answer(_ab_bridge_get_plan()) }; },
    scores: function() { return { ok: true, scores: answer(_ab_bridge_get_scores()) }; },
    'export': function(m) {
      const r = Module['abText'].withTexts([String(m.format || '')], p => answer(_ab_embed_export(p)));
      return r.error ? { ok: false, error: r.error } : { ok: true, file: r.file, mime: r.mime, text: r.text };
    },
  };
  // The rest of the requests are the app's action table's (web/action_table.cpp: undo, redo):
  // the host runs them by name as the top bar does.
  function hostAction(type) {
    if (!E.hostActions) E.hostActions = answer(_ab_embed_actions());
    return E.hostActions.indexOf(type) >= 0;
  }
  function runAction(type) {
    return Module['abText'].withCStrings([type], function(p) { return answer(_ab_embed_action(p)); });
  }
  // One request in, one reply out ({ok, error?, ...}); an error is also told as an event.
  function handle(m) {
    let out;
    if (!E.ready) {
      out = { ok: false, error: 'not ready yet: wait for the ready event' };
    } else if (Object.prototype.hasOwnProperty.call(handlers, m.type)) {
      try { out = handlers[m.type](m); } catch (err) { out = { ok: false, error: String(err && err.message || err) }; }
    } else if (hostAction(m.type)) {
      out = runAction(m.type);
    } else {
      out = { ok: false, error: 'unknown request "' + m.type + '"' };
    }
    if (!out.ok && out.error) emit({ type: 'error', id: m.id, error: out.error }, m.origin);
    E.changed();
    return out;
  }

  // ---- Transport 1: postMessage, for the app page in a frame ----------------------------------
  // Who may talk is known once the host's config.json is read (web/host/embed_access.js); a message
  // before then is dropped (hosts wait for the ready event anyway).
  const framed = Module['abApp'] && window.parent !== window;
  let allowed = [];
  let targets = [];
  if (framed) {
    Module['abAccess'].then(access => {
      allowed = access.talk;
      E.accessError = access.error;
      // Events go to the parent's origin alone when the browser tells it (a post to any other
      // origin is refused with a console error on the host's page), and only when it is allowed.
      if (access.parent) targets = allowed.indexOf(access.parent) >= 0 ? [access.parent] : [];
      else targets = allowed;
      window.addEventListener('message', receive);
    });
  }
  function receive(e) {
    if (e.source !== window.parent || allowed.indexOf(e.origin) < 0) return;  // not our host
    const m = e.data;
    if (!m || typeof m !== 'object' || m.alignboard !== VERSION || typeof m.type !== 'string') return;
    const reply = out => {
      out.type = 'reply';
      out.request = m.type;
      out.id = m.id;
      // A picture's bytes move to the host (transferred, not copied).
      post(out, e.origin, out.bytes && out.bytes.buffer ? [out.bytes.buffer] : []);
    };
    // 'png' and 'pdf' are drawn by the page (host/pictures.js sets E.binaryExport): the reply
    // follows when they are done.
    if (m.type === 'export' && E.ready && E.binaryExport && (m.format === 'png' || m.format === 'pdf')) {
      const options = m.options && typeof m.options === 'object' ? m.options : {};
      E.binaryExport(m.format, options).then(out => {
        if (!out.ok) emit({ type: 'error', id: m.id, error: out.error }, e.origin);
        reply(out);
      });
      return;
    }
    reply(handle({ type: m.type, id: m.id, plan: m.plan, format: m.format, origin: e.origin }));
  }
  function post(msg, origin, transfer) {
    if (!framed) return;
    msg.alignboard = VERSION;
    (origin ? [origin] : targets).forEach(o => {
      try { window.parent.postMessage(msg, o, transfer || []); } catch (e) { /* a host that went away */ }
    });
  }

  // ---- Transport 2: methods and listeners on a script-tag instance -----------------------------
  function emit(msg, origin) {
    post(msg, origin);
    (E.listeners[msg.type] || []).slice().forEach(fn => {
      try { fn(msg); } catch (err) { console.error(err); }  // a host's listener must not stop ours
    });
  }
  E.extend = api => {
    api.load = plan => handle({ type: 'load', plan });
    api.get = () => handle({ type: 'get' });
    api.scores = () => handle({ type: 'scores' });
    api['export'] = format => handle({ type: 'export', format });
    api.on = (type, fn) => {
      (E.listeners[type] = E.listeners[type] || []).push(fn);
      return api;
    };
    api.off = (type, fn) => {
      E.listeners[type] = (E.listeners[type] || []).filter(f => f !== fn);
      return api;
    };
    api.element = Module['abRoot'];
    api.canvas = Module['canvas'];
    return api;
  };

  // After every change of the plan or the view (store_lib.js): a change event when the plan's
  // revision moved, a resize event when the height the plan needs changed.
  E.changed = () => {
    if (!E.ready) return;
    const s = answer(_ab_embed_state());
    if (s.revision !== E.revision) {
      E.revision = s.revision;
      emit({ type: 'change', revision: s.revision, overall: s.overall });
    }
    const h = Math.round(_ab_embed_content_height());
    if (h !== E.height) {
      E.height = h;
      emit({ type: 'resize', height: h });
    }
  };

  Module['abReady'].then(() => {
    E.ready = true;
    if (E.accessError) {  // the host's config.json is broken: say so on the board
      Module['abText'].withCStrings([Module['abI18n'].words(E.accessError)], p => { _ab_embed_say(p); });
    }
    emit({ type: 'ready', version: VERSION });
    E.changed();
  });
})();
