// The clipboard, for the platform layer (linked with --js-library; the listeners are installed
// by ab_js_platform_install in platform.js through AbPlatformClipboard; both read and write
// AbPlatform's pendingCopy, appCopy, keyFrame and pasteTimer with keyboard.js). The DOM events
// are the reliable path; writeText and a hidden textarea are the fallbacks.

mergeInto(LibraryManager.library, {
  // The DOM events reach the document when the canvas (not editable) has focus, so listen
  // there and act only for this app.
  $AbPlatformClipboard: function(P) {
    const copyOut = (e) => {
      if (P.pendingCopy === null || !P.appHasFocus()) return;
      e.clipboardData.setData('text/plain', P.pendingCopy);
      P.pendingCopy = null;
      e.preventDefault();
    };
    document.addEventListener('copy', copyOut, true);
    document.addEventListener('cut', copyOut, true);
    document.addEventListener('paste', (e) => {
      if (!P.appHasFocus()) return;
      let text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      // The app's own copy wins while the system has not got it yet (writeText still on its
      // way), or when it never got it (no permission) and holds nothing else.
      const own = P.appCopy;
      if (own && (own.pending || (own.failed && text === ''))) text = own.text;
      e.preventDefault();  // the textarea must not insert it too
      if (P.pasteTimer) { clearTimeout(P.pasteTimer); P.pasteTimer = 0; }
      // Any page can put text on the clipboard: more than a plan may hold is not copied in.
      // Pasted text goes in by a checked malloc (web/platform/wasm_text.js).
      const T = Module['abText'];
      if (text.length > Module['abCapped'].MAX_PLAN_BYTES) {
        T.tryCStrings(['The clipboard holds more text than a plan may be: nothing was pasted.'], _ab_embed_say);
        return;
      }
      T.tryCStrings([text], (p) => { _ab_platform_paste(p, 1); });
    }, true);
  },

  ab_js_clipboard_write__deps: ['$AbPlatform'],
  ab_js_clipboard_write: function(ptr) {
    const P = AbPlatform;
    const text = UTF8ToString(ptr);
    if (P.keyFrame) {
      // Inside a Ctrl/Cmd+C handler: the copy event right after this delivers the text. It is
      // kept until that event or the next key (not a timer: the event may come a task later).
      P.pendingCopy = text;
      if (document.activeElement === P.textarea) {
        // No fallback here: its helper textarea would take the focus from the field. A browser
        // sends no copy event for the empty textarea, so writeText carries the text.
        if (navigator.clipboard && navigator.clipboard.writeText) {
          const own = P.appCopy = { text, pending: true, failed: false };
          navigator.clipboard.writeText(text).then(() => { own.pending = false; },
            () => { own.pending = false; own.failed = true; });
        } else {
          P.appCopy = { text, pending: false, failed: true };
        }
        return;
      }
    }
    // Without permission (or an older browser) fall back to a selected hidden textarea and
    // execCommand('copy'); when both fail the text is still the app's own clipboard.
    function fallback() {
      const helper = document.createElement('textarea');
      helper.value = text;
      helper.setAttribute('readonly', '');
      helper.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
      const before = document.activeElement;
      (P.root || document.body).appendChild(helper);
      helper.select();
      try { document.execCommand('copy'); } catch (err) { /* kept in-app */ }
      helper.remove();
      if (before && before.focus) before.focus({ preventScroll: true });
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      const mine = P.appCopy = { text, pending: true, failed: false };
      navigator.clipboard.writeText(text).then(() => { mine.pending = false; }, () => {
        mine.pending = false;
        mine.failed = true;
        fallback();
      });
    } else {
      fallback();
    }
  },
});
