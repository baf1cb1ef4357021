// The page half of the platform layer (web/platform/platform.hpp says what the whole layer does).
// Listeners live on the app's own elements only (its canvas, its hidden textarea, its root), so
// a host page keeps its keys, wheel and text; each listener feeds one exported C function.
// Linked with --js-library, as are its parts: pointer.js (pointers, touch gestures, wheel),
// keyboard.js (keys, text, focus) and clipboard.js (copy, cut, paste). All share AbPlatform (P),
// which ab_js_platform_install fills in. emcc 3.1.6 reads library entries as plain functions, so
// each entry is a `function`; arrow functions, const and let are fine inside them.

mergeInto(LibraryManager.library, {
  // Shared state of the page half; filled in by ab_js_platform_install.
  $AbPlatform: {},

  ab_js_platform_install__deps: ['$AbPlatform', '$AbPlatformPointer', '$AbPlatformKeyboard',
                                 '$AbPlatformClipboard', 'malloc', 'free'],
  ab_js_platform_install: function(autoFocus) {
    const P = AbPlatform;
    const canvas = Module['canvas'];
    const root = Module['abRoot'] || canvas.parentElement;
    P.canvas = canvas;
    P.root = root;
    P.focused = false;
    P.held = {};
    P.ctrlDown = false;
    P.keys = P.keys || {};
    P.pendingCopy = null;
    P.appCopy = null;   // the app's last copy while the system clipboard may not have it yet
    P.keyFrame = false;
    P.pasteTimer = 0;

    // The hidden textarea that receives typed text, IME compositions and phone keyboards.
    let ta = root.querySelector('textarea.ab-text-sink');
    if (!ta) {
      ta = document.createElement('textarea');
      ta.className = 'ab-text-sink';
      root.appendChild(ta);
    }
    ta.setAttribute('autocomplete', 'off');
    ta.setAttribute('autocorrect', 'off');
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('spellcheck', 'false');
    ta.setAttribute('aria-hidden', 'true');
    ta.tabIndex = -1;
    P.textarea = ta;
    canvas.style.touchAction = 'none';
    if (!canvas.hasAttribute('tabindex')) canvas.tabIndex = 0;

    // Helpers the parts share.
    P.mods = (e) => (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    P.local = (e) => {
      const r = canvas.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    P.appHasFocus = () => root.contains(document.activeElement);
    P.focusCanvas = () => {
      if (document.activeElement !== canvas) canvas.focus({ preventScroll: true });
    };
    P.focusText = () => {
      if (document.activeElement !== ta) ta.focus({ preventScroll: true });
    };

    // ---- Size and pixel ratio: backing store = round(CSS size * devicePixelRatio).
    P.cssW = 0;
    P.cssH = 0;
    function measure(w, h) {
      if (w !== undefined) { P.cssW = w; P.cssH = h; } else {
        const r = canvas.getBoundingClientRect();
        P.cssW = r.width; P.cssH = r.height;
      }
      const dpr = window.devicePixelRatio || 1;
      P.lastDpr = dpr;
      const fbW = Math.max(1, Math.round(P.cssW * dpr));
      const fbH = Math.max(1, Math.round(P.cssH * dpr));
      if (canvas.width !== fbW) canvas.width = fbW;
      if (canvas.height !== fbH) canvas.height = fbH;
      _ab_platform_resize(P.cssW, P.cssH, fbW, fbH, dpr);
    }
    measure();
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver((entries) => {
        const box = entries[entries.length - 1].contentRect;
        measure(box.width, box.height);
        _ab_platform_frame_now();  // a resized canvas is cleared: draw before the page paints
      }).observe(canvas);
    } else {
      window.addEventListener('resize', () => { measure(); _ab_platform_frame_now(); });
    }
    function watchPixelRatio() {
      const query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      const onChange = () => {
        query.removeEventListener('change', onChange);
        watchPixelRatio();
        measure(P.cssW, P.cssH);
        _ab_platform_frame_now();
      };
      query.addEventListener('change', onChange);
    }
    watchPixelRatio();
    // Checked at every frame too: not every way of changing the ratio fires the media query
    // (DevTools device emulation does not), and any input brings a frame.
    P.checkPixelRatio = () => {
      if ((window.devicePixelRatio || 1) !== P.lastDpr) measure(P.cssW, P.cssH);
    };

    AbPlatformPointer(P);
    AbPlatformKeyboard(P);
    AbPlatformClipboard(P);

    // ---- WebGL context loss: keep the plan, redraw when the browser gives the context back.
    canvas.addEventListener('webglcontextlost', (e) => {
      e.preventDefault();  // asks the browser to restore it
      _ab_platform_context(0);
    });
    canvas.addEventListener('webglcontextrestored', () => { _ab_platform_context(1); });
    // The app paints only frames that differ from the picture on the canvas; a page shown again
    // paints once whatever it shows, in case the browser let the hidden canvas' picture go.
    document.addEventListener('visibilitychange', () => { if (!document.hidden) _ab_platform_repaint(); });

    if (autoFocus && Module['abAutoFocus'] !== false) P.focusCanvas();
  },

  ab_js_check_pixel_ratio__deps: ['$AbPlatform'],
  ab_js_check_pixel_ratio: function() {
    if (AbPlatform.checkPixelRatio) AbPlatform.checkPixelRatio();
  },

  // Emscripten's GLFW listens on the whole window for keys and on the canvas for mouse, touch
  // and wheel; ours replace all of them (web-platform.md: emscripten#6143, #11221, #20804).
  ab_js_detach_glfw__deps: ['$GLFW'],
  ab_js_detach_glfw: function() {
    const onWindow = [['keydown', GLFW.onKeydown], ['keypress', GLFW.onKeyPress],
      ['keyup', GLFW.onKeyup], ['blur', GLFW.onBlur],
      ['gamepadconnected', GLFW.onGamepadConnected],
      ['gamepaddisconnected', GLFW.onGamepadDisconnected]];
    for (const l of onWindow) window.removeEventListener(l[0], l[1], true);
    const c = Module['canvas'];
    const onCanvas = [['touchmove', GLFW.onMousemove], ['touchstart', GLFW.onMouseButtonDown],
      ['touchcancel', GLFW.onMouseButtonUp], ['touchend', GLFW.onMouseButtonUp],
      ['mousemove', GLFW.onMousemove], ['mousedown', GLFW.onMouseButtonDown],
      ['mouseup', GLFW.onMouseButtonUp], ['wheel', GLFW.onMouseWheel],
      ['mousewheel', GLFW.onMouseWheel], ['mouseenter', GLFW.onMouseenter],
      ['mouseleave', GLFW.onMouseleave], ['drop', GLFW.onDrop], ['dragover', GLFW.onDragover]];
    for (const l of onCanvas) c.removeEventListener(l[0], l[1], true);
  },

  ab_js_is_mac: function() {
    const p = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
    return /mac|iphone|ipad|ipod/i.test(p) ? 1 : 0;
  },

  ab_js_register_key__deps: ['$AbPlatform'],
  ab_js_register_key: function(code, key) {
    AbPlatform.keys = AbPlatform.keys || {};
    AbPlatform.keys[UTF8ToString(code)] = key;
  },

  ab_js_set_cursor__deps: ['$AbPlatform'],
  ab_js_set_cursor: function(css) {
    if (AbPlatform.canvas) AbPlatform.canvas.style.cursor = UTF8ToString(css);
  },

  // Places the hidden textarea at ImGui's caret (so IME popups appear there) and moves the
  // keyboard focus between it and the canvas as text entry starts and stops.
  ab_js_set_text_input__deps: ['$AbPlatform'],
  ab_js_set_text_input: function(active, x, y, h) {
    const P = AbPlatform;
    const ta = P.textarea;
    if (!ta) return;
    if (active) {
      ta.style.left = (P.canvas.offsetLeft + x) + 'px';
      ta.style.top = (P.canvas.offsetTop + y) + 'px';
      ta.style.height = Math.max(1, h) + 'px';
      if (P.focused && document.activeElement !== ta) ta.focus({ preventScroll: true });
    } else if (document.activeElement === ta) {
      P.canvas.focus({ preventScroll: true });
    }
  },

  ab_js_redraw_in__deps: ['$AbPlatform'],
  ab_js_redraw_in: function(ms) {
    const P = AbPlatform;
    if (P.redrawTimer) clearTimeout(P.redrawTimer);
    P.redrawTimer = setTimeout(() => { P.redrawTimer = 0; _ab_platform_wake(); }, ms);
  },

  ab_js_notice: function(ptr) {
    const root = Module['abRoot'] || (Module['canvas'] && Module['canvas'].parentElement);
    if (!root) return;
    let el = root.querySelector('.ab-notice');
    if (!el) {
      el = document.createElement('div');
      el.className = 'ab-notice';
      el.setAttribute('role', 'status');
      root.appendChild(el);
    }
    const text = ptr ? UTF8ToString(ptr) : '';
    el.textContent = text;
    el.hidden = !text;
  },

  // Files fetched by web/page/pre.js before main(): handed over once, then dropped by the page.
  ab_js_boot_asset_size: function(name) {
    const boot = Module['abBoot'];
    const bytes = boot && boot.assets[UTF8ToString(name)];
    return bytes ? bytes.byteLength : 0;
  },
  ab_js_boot_asset_take: function(name, dst) {
    const key = UTF8ToString(name);
    const boot = Module['abBoot'];
    HEAPU8.set(new Uint8Array(boot.assets[key]), dst);
    delete boot.assets[key];
  },
  ab_js_boot_text__deps: ['malloc'],
  ab_js_boot_text: function(what) {
    const boot = Module['abBoot'] || { errors: {}, planSource: '' };
    const key = UTF8ToString(what);
    // pre.js keeps the source and the errors as catalogue keys: worded here, in the app's language.
    const words = Module['abI18n'] ? Module['abI18n'].words : (v) => (typeof v === 'string' ? v : '');
    const text = key === 'plan-source' ? words(boot.planSource) : key === 'view' ? boot.view || '' :
      key === 'options' ? JSON.stringify(boot.options || {}) :
      words(boot.errors[key.replace(/-error$/, '')] || '');
    const n = lengthBytesUTF8(text) + 1;
    const p = _malloc(n);
    if (!p) return 0;  // no memory: the C side reads null as no text
    stringToUTF8(text, p, n);
    return p;
  },
});
