// Keys, text and focus, for the platform layer (linked with --js-library; installed by
// ab_js_platform_install in platform.js, whose AbPlatform P it reads and writes: keys, held,
// ctrlDown, pendingCopy, keyFrame, pasteTimer, focused). Keys count only while focus is inside
// the app (listeners on its root, not the window); text arrives through the hidden textarea.

mergeInto(LibraryManager.library, {
  $AbPlatformKeyboard: function(P) {
    const root = P.root;
    const ta = P.textarea;
    const mods = P.mods;

    // ---- Keys: only while focus is inside the app (listeners on its root, not the window).
    const PREVENT = {
      Enter: 1, NumpadEnter: 1, Backspace: 1, Delete: 1, Escape: 1, ArrowLeft: 1, ArrowRight: 1,
      ArrowUp: 1, ArrowDown: 1, Home: 1, End: 1, PageUp: 1, PageDown: 1, Insert: 1, F2: 1,
    };
    // Ctrl/Cmd shortcuts the app owns; C, V and X stay with the browser for its clipboard events.
    const SHORTCUTS = 'ZYSOFAPGD';
    const MODIFIERS = { Control: 1, Shift: 1, Alt: 1, Meta: 1, AltGraph: 1, CapsLock: 1 };
    const letterOf = (e) => (e.key && e.key.length === 1 ? e.key.toUpperCase() : '');
    function keyOf(e) {
      let name = e.code;
      const c = letterOf(e);
      if (c >= 'A' && c <= 'Z') name = 'Key' + c;
      else if (c >= '0' && c <= '9' && e.code.indexOf('Numpad') !== 0) name = 'Digit' + c;
      return P.keys[name] || 0;
    }
    function releaseHeld(except) {
      for (const k of Object.keys(P.held)) {
        if (+k !== except) _ab_platform_key(+k, 0, 0);
      }
      P.held = {};
    }
    root.addEventListener('keydown', (e) => {
      if (e.isComposing || e.keyCode === 229) return;  // the IME owns this key
      P.pendingCopy = null;
      const k = keyOf(e);
      if (e.key === 'Control') P.ctrlDown = true;
      const shortcut = (e.ctrlKey || e.metaKey) && !e.altKey;
      const letter = letterOf(e);
      const editing = document.activeElement === ta;
      const prevent = PREVENT[e.code] ||
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
        P.pasteTimer = setTimeout(() => { P.pasteTimer = 0; _ab_platform_paste(0, 1); }, 0);
        return;
      }
      _ab_platform_key(k, 1, mods(e));
      // ImGui must copy now, so the browser's copy event that follows finds the text.
      const copying = shortcut && (letter === 'C' || letter === 'X');
      P.keyFrame = copying;
      if (!editing && !MODIFIERS[e.key]) {
        // N, F2, Ctrl+F... may open a text field: it must have the focus before the next key
        // arrives, and the key that opened it is a command, not the field's first letter.
        if (_ab_platform_settle()) {
          P.focusText();
          if (!shortcut && letter !== '') e.preventDefault();
        }
      } else if (copying) {
        _ab_platform_drain_input();
      }
      P.keyFrame = false;
    });
    root.addEventListener('keyup', (e) => {
      const k = keyOf(e);
      if (e.key === 'Control') P.ctrlDown = false;
      if (e.key === 'Meta') releaseHeld(k);  // keys held with Cmd never get a keyup (macOS)
      delete P.held[k];
      _ab_platform_key(k, 0, mods(e));
    });

    // ---- Text: committed text only, once: the textarea is emptied after every delivery.
    // Typed text goes in by a checked malloc (web/platform/wasm_text.js): never to address 0.
    function flushText() {
      const text = ta.value;
      ta.value = '';
      if (text) Module['abText'].tryCStrings([text], _ab_platform_text);
    }
    // An input method's composition (kana before the kanji is chosen, pinyin, jamo) stays in the
    // textarea until it is committed; meanwhile the app draws it at the caret.
    let composing = false;
    function showComposition(text) {
      if (!composing && text === '') return;
      composing = text !== '';
      Module['abText'].tryCStrings([text], _ab_platform_composition);
    }
    ta.addEventListener('input', (e) => {
      if (e.isComposing) showComposition(ta.value);
      else flushText();
    });
    ta.addEventListener('compositionend', () => {
      showComposition('');
      flushText();
    });
    ta.addEventListener('blur', () => { showComposition(''); });
    // Phone keyboards send Backspace and Enter as editing intents (keyCode 229), not keys; the
    // textarea is empty between deliveries, so they become ImGui key presses here.
    const INTENT_KEYS = { deleteContentBackward: 'Backspace', deleteContentForward: 'Delete',
      insertLineBreak: 'Enter', insertParagraph: 'Enter' };
    ta.addEventListener('beforeinput', (e) => {
      const name = INTENT_KEYS[e.inputType];
      if (!name || e.isComposing || ta.value !== '') return;
      e.preventDefault();
      const k = P.keys[name] || 0;
      _ab_platform_key(k, 1, 0);
      _ab_platform_key(k, 0, 0);
    });

    // ---- Focus: ImGui hears when the app gains or loses the keyboard, and drops held keys.
    function focusLost() {
      if (!P.focused) return;
      P.focused = false;
      P.held = {};
      P.ctrlDown = false;
      _ab_platform_focus(0);
    }
    root.addEventListener('focusin', () => {
      if (!P.focused) { P.focused = true; _ab_platform_focus(1); }
    });
    root.addEventListener('focusout', (e) => {
      if (!e.relatedTarget || !root.contains(e.relatedTarget)) focusLost();
    });
    window.addEventListener('blur', focusLost);
    window.addEventListener('focus', () => {
      if (P.appHasFocus() && !P.focused) { P.focused = true; _ab_platform_focus(1); }
    });
  },
});
