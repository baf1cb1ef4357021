// "Who are you?" on the first join (linked with --pre-js, before room_dialog.js and room.js;
// docs/rooms.md): when a person starts or joins a workshop and this browser remembers no name
// and colour, a small dialog asks for a name (the suggestion prefilled) and one of eight colours,
// which the others see in their list of people and on their boards. room.js remembers the answer
// (only on a page that keeps things: never in an embed) and does not ask again. The room
// connects meanwhile: the dialog only changes what the others see, never holds up the sync.
// Real DOM for screen readers and keyboards: role=dialog, labelled and described, the focus
// moved in and kept inside (Tab and Shift+Tab go round, as in web/library/windows/dialog_frame.js),
// native radio buttons named by text (the colour is never told by colour alone), Esc keeps the
// suggestion, and the focus goes back where it was. Sets Module.abPersonUi {colours, ask, isOpen,
// opener}.
(() => {
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used.
  const t = (key, args) => Module['abI18n'].t(key, args);
  // The eight colours a person can pick: dark enough for white text and for an outline on the
  // board's light cards. `key` names the colour in the catalogue (room.colour_<key>).
  const COLOURS = [
    { colour: '#d92d20', key: 'red' }, { colour: '#dc6803', key: 'orange' },
    { colour: '#039855', key: 'green' }, { colour: '#0086c9', key: 'blue' },
    { colour: '#6938ef', key: 'violet' }, { colour: '#c11574', key: 'magenta' },
    { colour: '#4e5ba6', key: 'indigo' }, { colour: '#087443', key: 'forest' },
  ];
  const CSS =
    '.ab-person-back{position:fixed;inset:0;z-index:30;background:rgba(16,24,40,.45);display:flex;align-items:center;justify-content:center}' +
    '.ab-person-back[hidden]{display:none}' +
    '.ab-person{box-sizing:border-box;width:min(420px,94vw);max-height:94vh;overflow:auto;background:#fff;color:#101828;' +
      'border-radius:12px;padding:16px 20px;font:14px/1.45 system-ui,sans-serif}' +
    '.ab-person h2{font-size:18px;margin:0 0 6px}.ab-person p{margin:0 0 10px}' +
    '.ab-person label.ab-person-label{display:block;font-weight:600;margin:8px 0 2px}' +
    '.ab-person input[type=text]{box-sizing:border-box;width:100%;font:inherit;padding:4px 6px;border:1px solid #475467;border-radius:6px}' +
    '.ab-person fieldset{border:0;padding:0;margin:10px 0;display:grid;grid-template-columns:repeat(2,1fr);gap:4px 12px}' +
    '.ab-person legend{font-weight:600;padding:0;margin-bottom:4px}' +
    '.ab-person fieldset label{display:flex;align-items:center;gap:6px;cursor:pointer}' +
    '.ab-person-swatch{display:inline-block;width:18px;height:18px;border-radius:50%}' +
    '.ab-person-foot{display:flex;justify-content:flex-end}' +
    '.ab-person button{font:inherit;padding:4px 14px;border-radius:8px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}' +
    '.ab-person :focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}' +
    '@media (prefers-contrast: more){.ab-person,.ab-person input[type=text]{border-color:#000;color:#000}.ab-person button{background:#000;border-color:#000}}';

  const P = { colours: COLOURS.map((c) => c.colour), back: null, opener: null };
  Module['abPersonUi'] = P;
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  P.isOpen = () => !!(P.back && !P.back.hidden);

  // The controls Tab stops at: the name, the checked colour (the arrows move among the
  // colours, as in any radio group), the button.
  function stops(form) {
    const radio = form.querySelector('input[type=radio]:checked') || form.querySelector('input[type=radio]');
    return [form.querySelector('input[type=text]'), radio, form.querySelector('button')];
  }

  // Asks once: `answer({name, colour})` gets the choice, or `suggested` on Esc. `remembers`:
  // whether this browser will keep the answer (the intro says so only when it does).
  P.ask = (suggested, answer, remembers) => {
    if (P.isOpen()) return;
    if (!P.back) {
      const style = el('style');
      style.textContent = CSS;
      document.head.appendChild(style);
    } else {
      P.back.remove();
    }
    P.back = el('div', { class: 'ab-person-back' });
    const form = el('form', { class: 'ab-person', role: 'dialog', 'aria-modal': 'true',
      'aria-labelledby': 'ab-person-title', 'aria-describedby': 'ab-person-intro' });
    form.appendChild(el('h2', { id: 'ab-person-title' }, t('room.person_title')));
    form.appendChild(el('p', { id: 'ab-person-intro' }, t(remembers ? 'room.person_intro' : 'room.person_intro_forget')));
    form.appendChild(el('label', { class: 'ab-person-label', for: 'ab-person-name' }, t('room.your_name')));
    const name = el('input', { type: 'text', id: 'ab-person-name', maxlength: '40', autocomplete: 'nickname', 'data-name': 'name' });
    name.value = suggested.name;
    form.appendChild(name);
    const set = el('fieldset', { 'data-name': 'colour' });
    set.appendChild(el('legend', {}, t('room.person_colour')));
    COLOURS.forEach((c) => {
      const label = el('label');
      const radio = el('input', { type: 'radio', name: 'ab-person-colour', value: c.colour });
      radio.checked = c.colour === suggested.colour;
      const swatch = el('span', { class: 'ab-person-swatch', 'aria-hidden': 'true' });
      swatch.style.background = c.colour;
      label.appendChild(radio);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(t('room.colour_' + c.key)));
      set.appendChild(label);
    });
    form.appendChild(set);
    const foot = el('div', { class: 'ab-person-foot' });
    foot.appendChild(el('button', { type: 'submit', 'data-name': 'join' }, t('room.person_join')));
    form.appendChild(foot);
    P.back.appendChild(form);
    document.body.appendChild(P.back);

    const done = (choice) => {
      if (!P.isOpen()) return;
      P.back.hidden = true;
      answer(choice);
      // To the workshop dialog when it opened meanwhile (a started room), else where the person was.
      const room = Module['abRoomUi'];
      const next = room && room.isOpen && room.isOpen() ? room.dialog.querySelector('input,button')
        : (P.opener && P.opener.isConnected && P.opener !== document.body ? P.opener : Module['canvas']);
      if (next && next.focus) next.focus({ preventScroll: true });
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const picked = form.querySelector('input[type=radio]:checked');
      done({ name: name.value.trim().slice(0, 40) || suggested.name, colour: picked ? picked.value : suggested.colour });
    });
    // Keys typed here are the dialog's, not the board's shortcuts.
    ['keyup', 'keypress'].forEach((type) => P.back.addEventListener(type, (e) => { e.stopPropagation(); }));
    P.back.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') { e.preventDefault(); done({ name: suggested.name, colour: suggested.colour }); return; }
      if (e.key !== 'Tab') return;
      const f = stops(form);
      const first = f[0], last = f[f.length - 1];
      const inside = form.contains(document.activeElement);
      if (e.shiftKey && (document.activeElement === first || !inside)) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && (document.activeElement === last || !inside)) { e.preventDefault(); first.focus(); }
    });
    // A click outside the dialog does not take the focus out of it.
    P.back.addEventListener('mousedown', (e) => { if (e.target === P.back) e.preventDefault(); });
    P.opener = document.activeElement;
    name.focus();
    name.select();
  };
})();
