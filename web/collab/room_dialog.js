// What a workshop shows in the page's DOM (linked with --pre-js, before room.js; the room is
// Module.abRoom, read when called): the "Start a workshop" dialog with the edit link, the view
// link and a QR code of the edit link drawn here (npm qrcode-generator, in
// vendor/collab.min.js: no web service sees the link), and the workshop bar: who is there, the
// connection ("Offline: your changes will sync"), your name, the links again and Leave.
// Real DOM so screen readers and keyboards get a dialog (role=dialog, focus kept inside, Esc
// closes) and the bar's live state. Sets Module.abRoomUi {open, close, update, say}.
(() => {
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const tn = (key, count, args) => Module['abI18n'].tn(key, count, args);
  const TEXT = {
    get title() { return t('room.title'); },
    get intro() { return t('room.intro'); },
    get editLink() { return t('room.edit_link'); },
    get viewLink() { return t('room.view_link'); },
    get copy() { return t('room.copy'); },
    get copied() { return t('room.copied'); },
    get qr() { return t('room.qr'); },
    get close() { return t('room.close'); },
    get leave() { return t('room.leave'); },
    get links() { return t('room.links'); },
    get yourName() { return t('room.your_name'); },
    get bar() { return t('room.bar'); },
    get status() {
      return { connecting: t('room.connecting'), connected: t('room.connected'), offline: t('room.offline'), off: '' };
    },
    get viewOnly() { return t('room.view_only'); },
    people: (n) => tn('room.people', n),
    get alone() { return t('room.alone'); },
  };
  const CSS =
    '.ab-room-back{position:fixed;inset:0;z-index:20;background:rgba(16,24,40,.45);display:flex;align-items:center;justify-content:center}' +
    '.ab-room-back[hidden],.ab-room-bar[hidden]{display:none}' +
    '.ab-room{box-sizing:border-box;width:min(560px,94vw);max-height:94vh;overflow:auto;background:#fff;color:#101828;' +
      'border-radius:12px;padding:16px 20px;font:14px/1.45 system-ui,sans-serif}' +
    '.ab-room h2{font-size:18px;margin:0 0 6px}.ab-room p{margin:0 0 10px}' +
    '.ab-room label{display:block;font-weight:600;margin:8px 0 2px}' +
    '.ab-room .ab-room-row{display:flex;gap:6px}.ab-room input{flex:1;min-width:0;font:inherit;padding:4px 6px;border:1px solid #475467;border-radius:6px}' +
    '.ab-room button,.ab-room-bar button{font:inherit;padding:4px 10px;border-radius:6px;border:1px solid #475467;background:#fff;color:#101828;cursor:pointer}' +
    '.ab-room canvas{display:block;margin:12px auto;image-rendering:pixelated}' +
    '.ab-room-foot{display:flex;justify-content:flex-end}' +
    '.ab-room button:focus-visible,.ab-room input:focus-visible,.ab-room-bar button:focus-visible,.ab-room-bar input:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}' +
    '.ab-room-bar{position:fixed;left:50%;transform:translateX(-50%);bottom:12px;z-index:10;display:flex;flex-wrap:wrap;gap:8px;align-items:center;' +
      'max-width:94vw;background:#fff;color:#101828;border:1px solid #667085;border-radius:10px;padding:6px 10px;' +
      'font:13px/1.3 system-ui,sans-serif;box-shadow:0 2px 8px rgba(16,24,40,.12)}' +
    '.ab-room-bar input{font:inherit;width:9em;padding:2px 6px;border:1px solid #475467;border-radius:6px}' +
    '.ab-room-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}' +
    '.ab-room-offline{font-weight:600;color:#b42318}.ab-room-people{display:flex;gap:8px;flex-wrap:wrap}';

  const U = { back: null, dialog: null, bar: null, opener: null, last: null };
  Module['abRoomUi'] = U;
  const room = () => Module['abRoom'];
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function install() {
    if (U.back) return;
    const style = el('style');
    style.textContent = CSS;
    document.head.appendChild(style);
    U.back = el('div', { class: 'ab-room-back', hidden: '' });
    U.dialog = el('div', { class: 'ab-room', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'ab-room-title' });
    U.back.appendChild(U.dialog);
    U.back.addEventListener('keydown', onDialogKey);
    U.back.addEventListener('mousedown', (e) => { if (e.target === U.back) U.close(); });
    U.bar = el('div', { class: 'ab-room-bar', role: 'region', 'aria-label': TEXT.bar, hidden: '' });
    document.body.appendChild(U.back);
    document.body.appendChild(U.bar);
  }

  // ---- The dialog ------------------------------------------------------------------------------
  function linkRow(label, id, value) {
    const wrap = el('div');
    wrap.appendChild(el('label', { for: id }, label));
    const row = el('div', { class: 'ab-room-row' });
    const input = el('input', { id, readonly: '', value });
    input.value = value;
    const copy = el('button', { type: 'button', 'aria-label': TEXT.copy + ' ' + label.toLowerCase() }, TEXT.copy);
    copy.addEventListener('click', () => {
      input.select();
      const done = () => { copy.textContent = TEXT.copied; setTimeout(() => { copy.textContent = TEXT.copy; }, 1500); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).then(done, () => {});
    });
    row.appendChild(input);
    row.appendChild(copy);
    wrap.appendChild(row);
    return wrap;
  }
  function qrCanvas(text) {
    const L = window.AlignboardCollab;
    const canvas = el('canvas', { role: 'img', 'aria-label': TEXT.qr, 'data-qr': text });
    if (!L) return canvas;
    const qr = L.qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    const cell = Math.max(3, Math.floor(220 / (n + 8)));
    canvas.width = canvas.height = (n + 8) * cell;  // a quiet zone of 4 modules
    const c = canvas.getContext('2d');
    c.fillStyle = '#fff';
    c.fillRect(0, 0, canvas.width, canvas.height);
    c.fillStyle = '#000';
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < n; k++) if (qr.isDark(r, k)) c.fillRect((k + 4) * cell, (r + 4) * cell, cell, cell);
    }
    return canvas;
  }
  U.open = (r) => {
    install();
    U.last = r;
    U.dialog.textContent = '';
    U.dialog.appendChild(el('h2', { id: 'ab-room-title' }, TEXT.title));
    U.dialog.appendChild(el('p', {}, TEXT.intro));
    U.dialog.appendChild(linkRow(TEXT.editLink, 'ab-room-link', r.link));
    U.dialog.appendChild(linkRow(TEXT.viewLink, 'ab-room-view', r.viewLink));
    U.dialog.appendChild(qrCanvas(r.link));
    const foot = el('div', { class: 'ab-room-foot' });
    const close = el('button', { type: 'button' }, TEXT.close);
    close.addEventListener('click', () => U.close());
    foot.appendChild(close);
    U.dialog.appendChild(foot);
    // The first-join question (person_dialog.js) may be open over this dialog: it keeps the
    // focus, hands it to this dialog when answered, and knows where the person was before.
    const person = Module['abPersonUi'];
    const asking = !!(person && person.isOpen());
    U.opener = asking ? person.opener : document.activeElement;
    U.back.hidden = false;
    if (!asking) U.dialog.querySelector('#ab-room-link').focus();
    U.update();
  };
  U.isOpen = () => !!(U.back && !U.back.hidden);
  U.close = () => {
    if (!U.isOpen()) return;
    U.back.hidden = true;
    const back = U.opener && U.opener.isConnected ? U.opener : Module['canvas'];
    if (back && back.focus) back.focus();
  };
  function onDialogKey(e) {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); U.close(); return; }
    if (e.key !== 'Tab') return;
    // Focus stays inside the dialog.
    const items = Array.prototype.slice.call(U.dialog.querySelectorAll('input,button'));
    if (!items.length) return;
    const first = items[0], last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  }
  // Keys typed in the dialog or the bar are theirs, not the board's shortcuts.
  function keepKeys(node) {
    ['keydown', 'keyup', 'keypress'].forEach((t) => node.addEventListener(t, (e) => { e.stopPropagation(); }));
  }

  // ---- The workshop bar ------------------------------------------------------------------------
  let barBuilt = false;
  const bar = {};
  function buildBar() {
    barBuilt = true;
    bar.state = el('span', { role: 'status', 'aria-live': 'polite' });
    bar.people = el('span', { class: 'ab-room-people' });
    bar.nameLabel = el('label', { for: 'ab-room-name' }, TEXT.yourName);
    bar.name = el('input', { id: 'ab-room-name', maxlength: '40' });
    bar.name.addEventListener('change', () => { const R = room(); if (R) bar.name.value = R.setName(bar.name.value).name; });
    bar.links = el('button', { type: 'button' }, TEXT.links);
    bar.links.addEventListener('click', () => {
      const R = room();
      if (R && R.room) U.open(Object.assign({ room: R.room }, R.links(R.room, R.role === 'edit' ? R.key : '')));
    });
    bar.leave = el('button', { type: 'button' }, TEXT.leave);
    bar.leave.addEventListener('click', () => { const R = room(); if (R) R.leave(); });
    [el('strong', {}, TEXT.bar), bar.state, bar.people, bar.nameLabel, bar.name, bar.links, bar.leave].forEach((n) => U.bar.appendChild(n));
    keepKeys(U.bar);
    keepKeys(U.back);
  }
  U.update = () => {
    const R = room();
    if (!R) return;
    if (!R.doc) { if (U.bar) U.bar.hidden = true; return; }
    install();
    if (!barBuilt) buildBar();
    U.bar.hidden = false;
    const words = TEXT.status[R.status] || '';
    bar.state.textContent = (R.role === 'view' ? TEXT.viewOnly + ' \u00b7 ' : '') + words;
    bar.state.className = R.status === 'offline' ? 'ab-room-offline' : '';
    bar.state.setAttribute('data-status', R.status);
    const peers = R.peers();
    bar.people.textContent = '';
    bar.people.setAttribute('aria-label', peers.length ? TEXT.people(peers.length) : TEXT.alone);
    peers.forEach((p) => {
      const who = el('span', { 'data-peer': p.name });
      const dot = el('span', { class: 'ab-room-dot', 'aria-hidden': 'true' });
      dot.style.background = /^#[0-9a-f]{6}$/i.test(p.colour) ? p.colour : '#667085';
      who.appendChild(dot);
      who.appendChild(document.createTextNode(p.name));
      bar.people.appendChild(who);
    });
    if (!peers.length) bar.people.appendChild(el('span', {}, TEXT.alone));
    if (document.activeElement !== bar.name) bar.name.value = R.person().name;
  };
  // A message where the user sees it: the board's message line when the app runs.
  U.say = (text) => {
    console.error('Alignboard: ' + text);
    if (runtimeInitialized) {
      Module['abText'].withCStrings([text], (p) => { _ab_collab_say(p); });
    }
  };
})();
