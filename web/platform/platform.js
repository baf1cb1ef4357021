// The page half of the platform layer (web/platform/platform.hpp says what the whole layer does).
// Listeners live on the app's own elements only (its canvas, its hidden textarea, its root), so
// a host page keeps its keys, wheel and text; each listener feeds one exported C function.
// Linked with --js-library; plain ES2017 so emcc 3.1.6's optimizer can read it.

mergeInto(LibraryManager.library, {
  // Shared state of the page half; filled in by ab_js_platform_install.
  $AbPlatform: {},

  ab_js_platform_install__deps: ['$AbPlatform', 'malloc', 'free'],
  ab_js_platform_install: function(autoFocus) {
    var P = AbPlatform;
    var canvas = Module['canvas'];
    var root = Module['abRoot'] || canvas.parentElement;
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
    var ta = root.querySelector('textarea.ab-text-sink');
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

    function mods(e) {
      return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
    }
    function local(e) {
      var r = canvas.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    }
    // Typed or pasted text, by a checked malloc (web/platform/wasm_text.js): never written to address 0.
    function withText(text, fn) {
      try { Module['abText'].withCStrings([text], fn); } catch (err) { console.error('Alignboard: ' + (err && err.message || err)); }
    }
    function source(e) {
      return e.pointerType === 'touch' ? 1 : (e.pointerType === 'pen' ? 2 : 0);
    }
    function appHasFocus() {
      return root.contains(document.activeElement);
    }
    function focusCanvas() {
      if (document.activeElement !== canvas) canvas.focus({ preventScroll: true });
    }
    function focusText() {
      if (document.activeElement !== ta) ta.focus({ preventScroll: true });
    }

    // ---- Size and pixel ratio: backing store = round(CSS size * devicePixelRatio).
    var cssW = 0, cssH = 0;
    function measure(w, h) {
      if (w !== undefined) { cssW = w; cssH = h; } else {
        var r = canvas.getBoundingClientRect();
        cssW = r.width; cssH = r.height;
      }
      var dpr = window.devicePixelRatio || 1;
      P.lastDpr = dpr;
      var fbW = Math.max(1, Math.round(cssW * dpr));
      var fbH = Math.max(1, Math.round(cssH * dpr));
      if (canvas.width !== fbW) canvas.width = fbW;
      if (canvas.height !== fbH) canvas.height = fbH;
      _ab_platform_resize(cssW, cssH, fbW, fbH, dpr);
    }
    measure();
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(function(entries) {
        var box = entries[entries.length - 1].contentRect;
        measure(box.width, box.height);
        _ab_platform_frame_now();  // a resized canvas is cleared: draw before the page paints
      }).observe(canvas);
    } else {
      window.addEventListener('resize', function() { measure(); _ab_platform_frame_now(); });
    }
    function watchPixelRatio() {
      var query = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      var onChange = function() {
        query.removeEventListener('change', onChange);
        watchPixelRatio();
        measure(cssW, cssH);
        _ab_platform_frame_now();
      };
      query.addEventListener('change', onChange);
    }
    watchPixelRatio();
    // Checked at every frame too: not every way of changing the ratio fires the media query
    // (DevTools device emulation does not), and any input brings a frame.
    P.checkPixelRatio = function() {
      if ((window.devicePixelRatio || 1) !== P.lastDpr) measure(cssW, cssH);
    };

    // ---- Pointers: mouse, touch and pen alike; two touches make a pan/zoom gesture.
    var touches = {};
    var touchCount = 0;
    var gesture = null;
    function firstTwoTouches() {
      var ids = Object.keys(touches);
      return [touches[ids[0]], touches[ids[1]]];
    }
    function gestureBase() {
      var t = firstTwoTouches();
      return {
        cx: (t[0][0] + t[1][0]) / 2, cy: (t[0][1] + t[1][1]) / 2,
        d: Math.hypot(t[0][0] - t[1][0], t[0][1] - t[1][1]),
      };
    }
    function gestureStep() {
      if (touchCount < 2) return;  // a finger lifted mid-gesture: wait for the other one
      var now = gestureBase();
      var zoom = gesture.d > 0 && now.d > 0 ? now.d / gesture.d : 1;
      _ab_platform_gesture(now.cx - gesture.cx, now.cy - gesture.cy, zoom, now.cx, now.cy);
      gesture = now;
    }

    canvas.addEventListener('pointerdown', function(e) {
      // No compatibility mouse events, no text selection, no focus moves we did not ask for.
      e.preventDefault();
      if (e.pointerType === 'touch') {
        if (!touches[e.pointerId]) touchCount++;
        touches[e.pointerId] = local(e);
        if (touchCount >= 2) {
          if (!gesture) _ab_platform_pointer_leave(1);  // the first finger's press is no click
          gesture = gestureBase();
          return;
        }
      }
      try { canvas.setPointerCapture(e.pointerId); } catch (err) { /* pointer already gone */ }
      if (document.activeElement !== ta) focusCanvas();
      var p = local(e);
      _ab_platform_pointer(source(e), p[0], p[1], e.buttons, mods(e));
    });
    canvas.addEventListener('pointermove', function(e) {
      if (e.pointerType === 'touch') {
        if (touches[e.pointerId]) touches[e.pointerId] = local(e);
        if (gesture) { gestureStep(); return; }
      }
      var p = local(e);
      _ab_platform_pointer(source(e), p[0], p[1], e.buttons, mods(e));
    });
    function pointerEnd(e) {
      if (e.pointerType === 'touch') {
        if (touches[e.pointerId]) { delete touches[e.pointerId]; touchCount--; }
        if (gesture) {
          if (touchCount === 0) gesture = null;
          else if (touchCount >= 2) gesture = gestureBase();
          return;
        }
      }
      var p = local(e);
      _ab_platform_pointer(source(e), p[0], p[1], e.type === 'pointercancel' ? 0 : e.buttons, mods(e));
      if (e.pointerType !== 'mouse') _ab_platform_pointer_leave(0);  // a lifted finger hovers nothing
      // A field opened by this tap or click gets the focus inside the handler: the on-screen
      // keyboard opens only then, and keys typed at once must find the field ready.
      if (_ab_platform_settle()) focusText();
    }
    canvas.addEventListener('pointerup', pointerEnd);
    canvas.addEventListener('pointercancel', pointerEnd);
    canvas.addEventListener('pointerleave', function(e) {
      if (e.pointerType === 'mouse' && !e.buttons) _ab_platform_pointer_leave(0);
    });
    canvas.addEventListener('contextmenu', function(e) { e.preventDefault(); });

    // ---- Wheel: always the board's, never the host page's. Ctrl+wheel is a trackpad pinch.
    canvas.addEventListener('wheel', function(e) {
      e.preventDefault();
      var p = local(e);
      var unit = e.deltaMode === 1 ? 33 : (e.deltaMode === 2 ? Math.max(1, cssH) : 1);
      var dx = e.deltaX * unit, dy = e.deltaY * unit;
      // The browser sets ctrlKey on pinches; ImGui must only see a Ctrl that is really held.
      var m = (mods(e) & ~1) | (P.ctrlDown ? 1 : 0);
      _ab_platform_pointer(0, p[0], p[1], e.buttons, m);
      if (e.ctrlKey) {
        var zoom = Math.abs(dy) >= 50 ? (dy < 0 ? 1.2 : 1 / 1.2) : Math.exp(-dy * 0.01);
        _ab_platform_gesture(0, 0, zoom, p[0], p[1]);
      } else {
        _ab_platform_wheel(-dx / 100, -dy / 100, m);
      }
    }, { passive: false });

    // ---- Keys: only while focus is inside the app (listeners on its root, not the window).
    var PREVENT = {
      Enter: 1, NumpadEnter: 1, Backspace: 1, Delete: 1, Escape: 1, ArrowLeft: 1, ArrowRight: 1,
      ArrowUp: 1, ArrowDown: 1, Home: 1, End: 1, PageUp: 1, PageDown: 1, Insert: 1, F2: 1,
    };
    // Ctrl/Cmd shortcuts the app owns; C, V and X stay with the browser for its clipboard events.
    var SHORTCUTS = 'ZYSOFAPGD';
    var MODIFIERS = { Control: 1, Shift: 1, Alt: 1, Meta: 1, AltGraph: 1, CapsLock: 1 };
    function letterOf(e) {
      return e.key && e.key.length === 1 ? e.key.toUpperCase() : '';
    }
    function keyOf(e) {
      var name = e.code;
      var c = letterOf(e);
      if (c >= 'A' && c <= 'Z') name = 'Key' + c;
      else if (c >= '0' && c <= '9' && e.code.indexOf('Numpad') !== 0) name = 'Digit' + c;
      return P.keys[name] || 0;
    }
    function releaseHeld(except) {
      for (var k in P.held) {
        if (+k !== except) _ab_platform_key(+k, 0, 0);
      }
      P.held = {};
    }
    root.addEventListener('keydown', function(e) {
      if (e.isComposing || e.keyCode === 229) return;  // the IME owns this key
      P.pendingCopy = null;
      var k = keyOf(e);
      if (e.key === 'Control') P.ctrlDown = true;
      var shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
      var letter = letterOf(e);
      var editing = document.activeElement === ta;
      var prevent = PREVENT[e.code] ||
        (e.code === 'Tab' && _ab_platform_wants_text()) ||  // Tab leaves the app unless editing
        (e.code === 'Space' && !editing) ||
        (shortcut && letter !== '' && SHORTCUTS.indexOf(letter) >= 0);
      if (prevent) e.preventDefault();
      if (k) P.held[k] = true;
      if (shortcut && letter === 'V') {
        // The field must paste the system text, which only the paste event that follows this
        // key carries: ImGui hears Ctrl+V from that event. When none comes (no permission, no
        // editable target), it pastes what the app copied last.
        _ab_platform_key(0, 1, mods(e));
        if (P.pasteTimer) clearTimeout(P.pasteTimer);
        P.pasteTimer = setTimeout(function() { P.pasteTimer = 0; _ab_platform_paste(0, 1); }, 0);
        return;
      }
      _ab_platform_key(k, 1, mods(e));
      // ImGui must copy now, so the browser's copy event that follows finds the text.
      var copying = shortcut && (letter === 'C' || letter === 'X');
      P.keyFrame = copying;
      if (!editing && !MODIFIERS[e.key]) {
        // N, F2, Ctrl+F... may open a text field: it must have the focus before the next key
        // arrives, and the key that opened it is a command, not the field's first letter.
        if (_ab_platform_settle()) {
          focusText();
          if (!shortcut && letter !== '') e.preventDefault();
        }
      } else if (copying) {
        _ab_platform_drain_input();
      }
      P.keyFrame = false;
    });
    root.addEventListener('keyup', function(e) {
      var k = keyOf(e);
      if (e.key === 'Control') P.ctrlDown = false;
      if (e.key === 'Meta') releaseHeld(k);  // keys held with Cmd never get a keyup (macOS)
      delete P.held[k];
      _ab_platform_key(k, 0, mods(e));
    });

    // ---- Text: committed text only, once: the textarea is emptied after every delivery.
    function flushText() {
      var text = ta.value;
      ta.value = '';
      if (text) withText(text, _ab_platform_text);
    }
    ta.addEventListener('input', function(e) { if (!e.isComposing) flushText(); });
    ta.addEventListener('compositionend', flushText);
    // Phone keyboards send Backspace and Enter as editing intents (keyCode 229), not keys; the
    // textarea is empty between deliveries, so they become ImGui key presses here.
    var INTENT_KEYS = { deleteContentBackward: 'Backspace', deleteContentForward: 'Delete',
      insertLineBreak: 'Enter', insertParagraph: 'Enter' };
    ta.addEventListener('beforeinput', function(e) {
      var name = INTENT_KEYS[e.inputType];
      if (!name || e.isComposing || ta.value !== '') return;
      e.preventDefault();
      var k = P.keys[name] || 0;
      _ab_platform_key(k, 1, 0);
      _ab_platform_key(k, 0, 0);
    });

    // ---- Clipboard: the DOM events are the reliable path; they reach the document when the
    // canvas (not editable) has focus, so listen there and act only for this app.
    document.addEventListener('copy', function(e) {
      if (P.pendingCopy === null || !appHasFocus()) return;
      e.clipboardData.setData('text/plain', P.pendingCopy);
      P.pendingCopy = null;
      e.preventDefault();
    }, true);
    document.addEventListener('cut', function(e) {
      if (P.pendingCopy === null || !appHasFocus()) return;
      e.clipboardData.setData('text/plain', P.pendingCopy);
      P.pendingCopy = null;
      e.preventDefault();
    }, true);
    document.addEventListener('paste', function(e) {
      if (!appHasFocus()) return;
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      // The app's own copy wins while the system has not got it yet (writeText still on its
      // way), or when it never got it (no permission) and holds nothing else.
      var own = P.appCopy;
      if (own && (own.pending || (own.failed && text === ''))) text = own.text;
      e.preventDefault();  // the textarea must not insert it too
      if (P.pasteTimer) { clearTimeout(P.pasteTimer); P.pasteTimer = 0; }
      // Any page can put text on the clipboard: more than a plan may hold is not copied in.
      if (text.length > Module['abCapped'].MAX_PLAN_BYTES) {
        return withText('The clipboard holds more text than a plan may be: nothing was pasted.', _ab_embed_say);
      }
      withText(text, function(p) { _ab_platform_paste(p, 1); });
    }, true);

    // ---- Focus: ImGui hears when the app gains or loses the keyboard, and drops held keys.
    function focusLost() {
      if (!P.focused) return;
      P.focused = false;
      P.held = {};
      P.ctrlDown = false;
      _ab_platform_focus(0);
    }
    root.addEventListener('focusin', function() {
      if (!P.focused) { P.focused = true; _ab_platform_focus(1); }
    });
    root.addEventListener('focusout', function(e) {
      if (!e.relatedTarget || !root.contains(e.relatedTarget)) focusLost();
    });
    window.addEventListener('blur', focusLost);
    window.addEventListener('focus', function() {
      if (appHasFocus() && !P.focused) { P.focused = true; _ab_platform_focus(1); }
    });

    // ---- WebGL context loss: keep the plan, redraw when the browser gives the context back.
    canvas.addEventListener('webglcontextlost', function(e) {
      e.preventDefault();  // asks the browser to restore it
      _ab_platform_context(0);
    });
    canvas.addEventListener('webglcontextrestored', function() { _ab_platform_context(1); });

    if (autoFocus && Module['abAutoFocus'] !== false) focusCanvas();
  },

  ab_js_check_pixel_ratio__deps: ['$AbPlatform'],
  ab_js_check_pixel_ratio: function() {
    if (AbPlatform.checkPixelRatio) AbPlatform.checkPixelRatio();
  },

  // Emscripten's GLFW listens on the whole window for keys and on the canvas for mouse, touch
  // and wheel; ours replace all of them (web-platform.md: emscripten#6143, #11221, #20804).
  ab_js_detach_glfw__deps: ['$GLFW'],
  ab_js_detach_glfw: function() {
    var onWindow = [['keydown', GLFW.onKeydown], ['keypress', GLFW.onKeyPress],
      ['keyup', GLFW.onKeyup], ['blur', GLFW.onBlur],
      ['gamepadconnected', GLFW.onGamepadConnected],
      ['gamepaddisconnected', GLFW.onGamepadDisconnected]];
    onWindow.forEach(function(l) { window.removeEventListener(l[0], l[1], true); });
    var c = Module['canvas'];
    var onCanvas = [['touchmove', GLFW.onMousemove], ['touchstart', GLFW.onMouseButtonDown],
      ['touchcancel', GLFW.onMouseButtonUp], ['touchend', GLFW.onMouseButtonUp],
      ['mousemove', GLFW.onMousemove], ['mousedown', GLFW.onMouseButtonDown],
      ['mouseup', GLFW.onMouseButtonUp], ['wheel', GLFW.onMouseWheel],
      ['mousewheel', GLFW.onMouseWheel], ['mouseenter', GLFW.onMouseenter],
      ['mouseleave', GLFW.onMouseleave], ['drop', GLFW.onDrop], ['dragover', GLFW.onDragover]];
    onCanvas.forEach(function(l) { c.removeEventListener(l[0], l[1], true); });
  },

  ab_js_is_mac: function() {
    var p = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
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
    var P = AbPlatform;
    var ta = P.textarea;
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

  ab_js_clipboard_write__deps: ['$AbPlatform'],
  ab_js_clipboard_write: function(ptr) {
    var P = AbPlatform;
    var text = UTF8ToString(ptr);
    if (P.keyFrame) {
      // Inside a Ctrl/Cmd+C handler: the copy event right after this delivers the text. It is
      // kept until that event or the next key (not a timer: the event may come a task later).
      P.pendingCopy = text;
      if (document.activeElement === P.textarea) {
        // No fallback here: its helper textarea would take the focus from the field. A browser
        // sends no copy event for the empty textarea, so writeText carries the text.
        if (navigator.clipboard && navigator.clipboard.writeText) {
          var own = P.appCopy = { text: text, pending: true, failed: false };
          navigator.clipboard.writeText(text).then(function() { own.pending = false; },
            function() { own.pending = false; own.failed = true; });
        } else {
          P.appCopy = { text: text, pending: false, failed: true };
        }
        return;
      }
    }
    // Without permission (or an older browser) fall back to a selected hidden textarea and
    // execCommand('copy'); when both fail the text is still the app's own clipboard.
    function fallback() {
      var helper = document.createElement('textarea');
      helper.value = text;
      helper.setAttribute('readonly', '');
      helper.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
      var before = document.activeElement;
      (P.root || document.body).appendChild(helper);
      helper.select();
      try { document.execCommand('copy'); } catch (err) { /* kept in-app */ }
      helper.remove();
      if (before && before.focus) before.focus({ preventScroll: true });
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      var mine = P.appCopy = { text: text, pending: true, failed: false };
      navigator.clipboard.writeText(text).then(function() { mine.pending = false; }, function() {
        mine.pending = false;
        mine.failed = true;
        fallback();
      });
    } else {
      fallback();
    }
  },

  ab_js_redraw_in__deps: ['$AbPlatform'],
  ab_js_redraw_in: function(ms) {
    var P = AbPlatform;
    if (P.redrawTimer) clearTimeout(P.redrawTimer);
    P.redrawTimer = setTimeout(function() { P.redrawTimer = 0; _ab_platform_wake(); }, ms);
  },

  ab_js_notice: function(ptr) {
    var root = Module['abRoot'] || (Module['canvas'] && Module['canvas'].parentElement);
    if (!root) return;
    var el = root.querySelector('.ab-notice');
    if (!el) {
      el = document.createElement('div');
      el.className = 'ab-notice';
      el.setAttribute('role', 'status');
      root.appendChild(el);
    }
    var text = ptr ? UTF8ToString(ptr) : '';
    el.textContent = text;
    el.hidden = !text;
  },

  // Files fetched by web/page/pre.js before main(): handed over once, then dropped by the page.
  ab_js_boot_asset_size: function(name) {
    var boot = Module['abBoot'];
    var bytes = boot && boot.assets[UTF8ToString(name)];
    return bytes ? bytes.byteLength : 0;
  },
  ab_js_boot_asset_take: function(name, dst) {
    var key = UTF8ToString(name);
    var boot = Module['abBoot'];
    HEAPU8.set(new Uint8Array(boot.assets[key]), dst);
    delete boot.assets[key];
  },
  ab_js_boot_text__deps: ['malloc'],
  ab_js_boot_text: function(what) {
    var boot = Module['abBoot'] || { errors: {}, planSource: '' };
    var key = UTF8ToString(what);
    var text = key === 'plan-source' ? boot.planSource : key === 'view' ? boot.view || '' :
      key === 'options' ? JSON.stringify(boot.options || {}) :
      (boot.errors[key.replace(/-error$/, '')] || '');
    var n = lengthBytesUTF8(text) + 1;
    var p = _malloc(n);
    if (!p) return 0;  // no memory: the C side reads null as no text
    stringToUTF8(text, p, n);
    return p;
  },
});
