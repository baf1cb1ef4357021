// Pointers and the wheel, for the platform layer (linked with --js-library; installed by
// ab_js_platform_install in platform.js, whose AbPlatform P it reads: mods, local, focusCanvas,
// focusText, textarea, cssH, ctrlDown). Mouse, touch and pen alike; two touches make a pan/zoom
// gesture. On the app page the wheel is the board's; in an embed (a frame, or a script-tag
// board) it is the host page's until the user clicks into the board, as map embeds do.

mergeInto(LibraryManager.library, {
  $AbPlatformPointer: function(P) {
    const canvas = P.canvas;
    const mods = P.mods, local = P.local;
    const source = (e) => (e.pointerType === 'touch' ? 1 : (e.pointerType === 'pen' ? 2 : 0));
    // A phone or tablet without a mouse shows labelled controls from the start.
    if (window.matchMedia && window.matchMedia('(hover: none)').matches) _ab_platform_touch_ui(1);

    // ---- Pointers: mouse, touch and pen alike; two touches make a pan/zoom gesture.
    const touches = {};
    let touchCount = 0;
    let gesture = null;
    function firstTwoTouches() {
      const ids = Object.keys(touches);
      return [touches[ids[0]], touches[ids[1]]];
    }
    function gestureBase() {
      const t = firstTwoTouches();
      return {
        cx: (t[0][0] + t[1][0]) / 2, cy: (t[0][1] + t[1][1]) / 2,
        d: Math.hypot(t[0][0] - t[1][0], t[0][1] - t[1][1]),
      };
    }
    function gestureStep() {
      if (touchCount < 2) return;  // a finger lifted mid-gesture: wait for the other one
      const now = gestureBase();
      const zoom = gesture.d > 0 && now.d > 0 ? now.d / gesture.d : 1;
      _ab_platform_gesture(now.cx - gesture.cx, now.cy - gesture.cy, zoom, now.cx, now.cy);
      gesture = now;
    }

    // ---- An embed is a guest: the wheel scrolls the host page until a click into the board
    // (which lasts until the pointer leaves it); Ctrl+wheel and pinches zoom the board at once.
    const guest = !Module['abApp'] || window.parent !== window;
    let engaged = !guest;
    let hint = null, hintTimer = 0;
    function showHint() {
      const root = Module['abRoot'] || canvas.parentNode;
      if (!root) return;
      if (!hint) {
        hint = document.createElement('div');
        hint.className = 'ab-wheel-hint';
        hint.setAttribute('role', 'status');
        hint.textContent = 'Click the board to scroll it with the wheel (Ctrl+wheel zooms)';
        // Styles through CSSOM: a host page's CSP may refuse style sheets of ours.
        Object.assign(hint.style, {
          position: 'absolute', left: '50%', top: '50%', transform: 'translate(-50%, -50%)', zIndex: '1',
          padding: '6px 12px', borderRadius: '8px', background: 'rgba(23, 28, 38, .82)', color: '#fff',
          font: '13px system-ui, sans-serif', pointerEvents: 'none', whiteSpace: 'nowrap',
          transition: 'opacity .2s', opacity: '0',
        });
        root.appendChild(hint);
      }
      hint.style.opacity = '1';
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => { hint.style.opacity = '0'; }, 1500);
    }
    function engage() {
      if (!guest) return;
      engaged = true;
      if (hint) { clearTimeout(hintTimer); hint.style.opacity = '0'; }
    }

    canvas.addEventListener('pointerdown', (e) => {
      // No compatibility mouse events, no text selection, no focus moves we did not ask for.
      e.preventDefault();
      engage();
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
      if (document.activeElement !== P.textarea) P.focusCanvas();
      const p = local(e);
      _ab_platform_pointer(source(e), p[0], p[1], e.buttons, mods(e));
    });
    canvas.addEventListener('pointermove', (e) => {
      if (e.pointerType === 'touch') {
        if (touches[e.pointerId]) touches[e.pointerId] = local(e);
        if (gesture) { gestureStep(); return; }
      }
      const p = local(e);
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
      const p = local(e);
      _ab_platform_pointer(source(e), p[0], p[1], e.type === 'pointercancel' ? 0 : e.buttons, mods(e));
      if (e.pointerType !== 'mouse') _ab_platform_pointer_leave(0);  // a lifted finger hovers nothing
      // A field opened by this tap or click gets the focus inside the handler: the on-screen
      // keyboard opens only then, and keys typed at once must find the field ready.
      if (_ab_platform_settle()) P.focusText();
    }
    canvas.addEventListener('pointerup', pointerEnd);
    canvas.addEventListener('pointercancel', pointerEnd);
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !e.buttons) _ab_platform_pointer_leave(0);
      if (guest && !e.buttons) engaged = false;  // back to being a guest in the host's page
    });
    canvas.addEventListener('contextmenu', (e) => { e.preventDefault(); });

    // ---- Wheel: the board's (see `guest` above). Ctrl+wheel is a trackpad pinch.
    canvas.addEventListener('wheel', (e) => {
      if (!engaged && !e.ctrlKey) {  // the host page scrolls; the board stays where it is
        showHint();
        return;
      }
      e.preventDefault();
      const p = local(e);
      const unit = e.deltaMode === 1 ? 33 : (e.deltaMode === 2 ? Math.max(1, P.cssH) : 1);
      const dx = e.deltaX * unit, dy = e.deltaY * unit;
      // The browser sets ctrlKey on pinches; ImGui must only see a Ctrl that is really held.
      const m = (mods(e) & ~1) | (P.ctrlDown ? 1 : 0);
      _ab_platform_pointer(0, p[0], p[1], e.buttons, m);
      if (e.ctrlKey) {
        const zoom = Math.abs(dy) >= 50 ? (dy < 0 ? 1.2 : 1 / 1.2) : Math.exp(-dy * 0.01);
        _ab_platform_gesture(0, 0, zoom, p[0], p[1]);
      } else {
        _ab_platform_wheel(-dx / 100, -dy / 100, m);
      }
    }, { passive: false });
  },
});
