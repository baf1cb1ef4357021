// The modal frame every library dialog shares (linked with --pre-js; library_dialogs.js fills
// it): a real DOM dialog over the board (role="dialog", aria-modal, labelled by its title), the
// focus moved in when it opens, kept inside while it is open (Tab and Shift+Tab cycle), Esc and
// the Close button close it, and the focus goes back to the control that opened it. It fits the
// window at any zoom and on a phone (it scrolls inside). Its keys and clipboard events stay in
// it: the board's keyboard (web/platform/keyboard.js, on the root) and clipboard (on the
// document) must not take a Space, a Ctrl+A or a paste typed into a field here.
// Sets Module.abDialogFrame (F).

(() => {
  const TEXT = {
    get close() { return Module['abI18n'].t('outline.close'); },  // the catalogue's (i18n/*.json)
  };
  const FOCUS_RING = 'outline:3px solid #1d4ed8;outline-offset:2px';
  const CSS =
    '.ab-dlg-back{position:absolute;inset:0;z-index:4;background:rgba(16,24,40,.45);display:flex;' +
      'align-items:center;justify-content:center;padding:8px;box-sizing:border-box}' +
    '.ab-dlg-back[hidden]{display:none}' +
    '.ab-dlg{box-sizing:border-box;width:min(720px,100%);max-height:100%;overflow:auto;background:#fff;color:#101828;' +
      'border-radius:12px;padding:16px 20px 20px;font:14px/1.45 system-ui,sans-serif;box-shadow:0 12px 32px rgba(16,24,40,.25)}' +
    '.ab-dlg.ab-dlg-small{width:min(520px,100%)}' +
    '.ab-dlg-head{display:flex;align-items:flex-start;gap:12px;margin-bottom:6px}' +
    '.ab-dlg-head h2{font-size:20px;margin:0;flex:1}' +
    '.ab-dlg h3{font-size:12px;letter-spacing:.04em;text-transform:uppercase;color:#475467;margin:16px 0 6px}' +
    '.ab-dlg p{margin:4px 0}' +
    '.ab-dlg button{font:inherit;min-height:32px;padding:4px 12px;border-radius:8px;border:1px solid #475467;' +
      'background:#fff;color:#101828;cursor:pointer}' +
    '.ab-dlg button.ab-dlg-primary{background:#1d4ed8;border-color:#1d4ed8;color:#fff}' +
    '.ab-dlg button:disabled{opacity:.55;cursor:default}' +
    '.ab-dlg input{font:inherit;min-height:30px;padding:3px 8px;border:1px solid #475467;border-radius:8px;' +
      'color:#101828;background:#fff;box-sizing:border-box;max-width:100%}' +
    '.ab-dlg-row{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:6px 0}' +
    '.ab-dlg-row .ab-dlg-grow{flex:1 1 14em;min-width:0}' +
    '.ab-dlg ul{list-style:none;margin:0;padding:0}' +
    '.ab-dlg li{border-bottom:1px solid #eaecf0;padding:6px 0}' +
    '.ab-dlg-name{font-weight:600;overflow-wrap:anywhere}' +
    '.ab-dlg-faint{color:#475467}' +
    '.ab-dlg-error{color:#b42318}' +
    '.ab-dlg-msg{min-height:1.4em;color:#b42318;margin-top:8px}' +
    '.ab-dlg-list{max-height:min(330px,50vh);overflow:auto}' +
    '.ab-dlg :focus-visible{' + FOCUS_RING + '}' +
    '@media (prefers-contrast: more){.ab-dlg,.ab-dlg button,.ab-dlg input{border-color:#000;color:#000}' +
      '.ab-dlg-faint,.ab-dlg h3{color:#000}.ab-dlg button.ab-dlg-primary{background:#000;color:#fff}}' +
    '@media (prefers-reduced-motion: no-preference){.ab-dlg button{transition:background-color .12s}}';

  const F = { el: null, open: false, opener: null, onClose: null, onEscape: null };
  Module['abDialogFrame'] = F;

  // An element with attributes; 'text' is its text content, 'className' its class.
  F.make = function(tag, attrs, parent) {
    const el = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => {
      const v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'text') el.textContent = v;
      else if (k === 'className') el.className = v;
      else if (k === 'disabled') el.disabled = true;
      else el.setAttribute(k, v === true ? '' : v);
    });
    if (parent) parent.appendChild(el);
    return el;
  };

  function build() {
    const canvas = Module['canvas'];
    const root = Module['abRoot'] || canvas.parentElement;
    const prefix = (canvas.id || 'alignboard') + '-dlg';
    Module['abA11y'].addStyles(CSS);  // web/a11y/board_mirror.js
    const back = F.make('div', { className: 'ab-dlg-back', hidden: true }, root);
    const dialog = F.make('div', { className: 'ab-dlg', role: 'dialog', 'aria-modal': 'true',
                                   'aria-labelledby': prefix + '-title', 'aria-describedby': prefix + '-lead' }, back);
    const head = F.make('div', { className: 'ab-dlg-head' }, dialog);
    const title = F.make('h2', { id: prefix + '-title' }, head);
    const close = F.make('button', { type: 'button', text: TEXT.close, 'data-name': 'close',
                                     'aria-keyshortcuts': 'Escape' }, head);
    close.addEventListener('click', () => { if (F.onClose) F.onClose(); });
    // A body with a Close of its own in its row of actions (data-closes) hides this one: one
    // Close per dialog (library_dialogs.js).
    const body = F.make('div', {}, dialog);
    const msg = F.make('p', { className: 'ab-dlg-msg', role: 'alert' }, dialog);
    F.el = { root, canvas, back, dialog, title, close, body, msg, prefix };
    ['keydown', 'keyup', 'keypress', 'focusin', 'focusout'].forEach((type) => {
      back.addEventListener(type, (e) => { e.stopPropagation(); });
    });
    // The page's clipboard listeners sit on the document in the capture phase: the window's
    // capture phase comes first, and keeps a copy or paste in a field here for the field.
    ['copy', 'cut', 'paste'].forEach((type) => {
      window.addEventListener(type, (e) => {
        if (F.open && e.target && back.contains(e.target)) e.stopPropagation();
      }, true);
    });
    dialog.addEventListener('keydown', keys);
  }

  // The controls of `dialog` that Tab stops at, in order.
  F.focusables = function(dialog) {
    return Array.prototype.filter.call(
      dialog.querySelectorAll('button, input, select, textarea, a[href], [tabindex="0"]'),
      (el) => !el.disabled && el.offsetParent !== null);
  };
  const focusables = () => F.focusables(F.el.dialog);

  // A Tab or Shift+Tab keydown in the modal `dialog`: past its last control it goes round to the
  // first (and back), never out. Also used by the outline view (web/a11y/outline_view.js).
  F.keepTab = function(e, dialog) {
    const f = F.focusables(dialog);
    if (!f.length) { e.preventDefault(); return; }
    const first = f[0], last = f[f.length - 1];
    const inside = dialog.contains(document.activeElement);
    if (e.shiftKey && (document.activeElement === first || !inside)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (document.activeElement === last || !inside)) { e.preventDefault(); first.focus(); }
  };

  function keys(e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (!(F.onEscape && F.onEscape(e)) && F.onClose) F.onClose();
      return;
    }
    if (e.key === 'Tab') F.keepTab(e, F.el.dialog);
  }

  // Shows the frame titled `title` (small: the narrow frame of a question), its body filled by
  // the caller. The first time it opens, the focus is remembered to go back to on hide.
  F.show = function(title, small) {
    if (!F.el) build();
    F.el.title.textContent = title;
    F.el.dialog.classList.toggle('ab-dlg-small', !!small);
    if (F.open) return false;
    F.open = true;
    const active = document.activeElement;
    F.opener = active && active !== document.body && !F.el.back.contains(active) ? active : F.el.canvas;
    F.el.back.hidden = false;
    F.el.canvas.inert = true;
    return true;
  };

  // Moves the focus into the dialog: to `el`, else the first control of the body, else Close.
  F.focusIn = function(el) {
    const first = el || F.el.body.querySelector('[data-autofocus]') ||
      focusables().find((x) => x !== F.el.close) || F.el.close;
    first.focus();
  };

  F.hide = function() {
    if (!F.open) return;
    F.open = false;
    F.el.back.hidden = true;
    F.el.canvas.inert = false;
    F.el.msg.textContent = '';
    const back = F.opener && document.contains(F.opener) && !F.opener.closest('[inert]') ? F.opener : F.el.canvas;
    back.focus({ preventScroll: true });
  };

  // The control named `name` (data-name) of the open dialog, scrolled into view, or null.
  F.find = function(name) {
    if (!F.open || !F.el) return null;
    const el = Array.prototype.find.call(F.el.dialog.querySelectorAll('[data-name]'),
                                         (x) => x.getAttribute('data-name') === name);
    if (!el) return null;
    if (el.scrollIntoView) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? el : null;
  };
})();
