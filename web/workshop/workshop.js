// Facilitator mode in the page (linked with --pre-js; docs/workshop.md): the step and timer chip
// everyone sees under the top bar, the facilitator's panel (a DOM dialog: steps and timer, votes,
// hidden score, follow me, locks, inbox, report) and "Back to the facilitator". Every control runs
// W.act(name, args), the same call as the bridge's workshopAction, which applies a core command
// (web/workshop/workshop_ui.cpp): no workshop logic lives here. The timer is server time: in a
// room, the room's clock (Module.abRoom); without one, this device's.
// Sets Module.abWorkshop; workshop_phone.js adds the phone view and the dots on cards.

(() => {
  // The catalogue's words (i18n/*.json through Module.abI18n), read when drawn.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const tn = (key, count, args) => Module['abI18n'].tn(key, count, args);
  const TEXT = {
    get workshop() { return t('workshop.workshop'); },
    get panelTitle() { return t('workshop.panel_title'); },
    get close() { return t('workshop.close'); },
    get steps() { return t('workshop.steps'); },
    get defaultSteps() { return t('workshop.default_steps'); },
    get start() { return t('workshop.start'); },
    get restart() { return t('workshop.restart'); },
    get pause() { return t('workshop.pause'); },
    get resume() { return t('workshop.resume'); },
    get addMinute() { return t('workshop.add_minute'); },
    get next() { return t('workshop.next'); },
    get timer() { return t('workshop.timer'); },
    get vote() { return t('workshop.vote'); },
    get dots() { return t('workshop.dots'); },
    get on() { return t('workshop.on'); },
    get selection() { return t('workshop.selection'); },
    get columns() {
      return { goals: t('kind.goal.nouns'), strategies: t('kind.strategy.nouns'), tactics: t('kind.tactic.nouns'), kpis: t('kind.kpi.nouns') };
    },
    get startVote() { return t('workshop.start_vote'); },
    get reveal() { return t('workshop.reveal'); },
    get keep() { return t('workshop.keep'); },
    get kept() { return t('workshop.kept'); },
    get score() { return t('workshop.score'); },
    get hideScore() { return t('workshop.hide_score'); },
    get showScore() { return t('workshop.show_score'); },
    get follow() { return t('workshop.follow'); },
    get unfollow() { return t('workshop.unfollow'); },
    get bring() { return t('workshop.bring'); },
    get lock() { return t('workshop.lock'); },
    get unlock() { return t('workshop.unlock'); },
    get lockTop() { return t('workshop.lock_top'); },
    get ideas() { return t('workshop.ideas'); },
    get inbox() { return t('workshop.inbox'); },
    get anonymous() { return t('workshop.anonymous'); },
    get accept() { return t('workshop.accept'); },
    get handover() { return t('workshop.handover'); },
    get handoverGo() { return t('workshop.handover_go'); },
    get report() { return t('workshop.report'); },
    get back() { return t('workshop.back'); },
    get nothingSelected() { return t('workshop.nothing_selected'); },
    get badSteps() { return t('workshop.bad_steps'); },
    stepOf: (step, n, total) => t('workshop.step_of', { step, n, total }),
    get paused() { return t('workshop.paused'); },
    get over() { return t('workshop.over'); },
    voting: (dots) => t('workshop.voting', { dots }),
    get ranked() { return t('workshop.ranked'); },
    dotsOn: (name, n) => tn('workshop.dots_on', n, { name }),
    role: (r) => t(r === 'facilitator' ? 'workshop.role_facilitator' : 'workshop.role_participant'),
  };

  const W = { el: null, open: false, opener: null, last: '', st: null, ready: false, endedStep: -1 };
  Module['abWorkshop'] = W;
  const T = () => Module['abText'];

  // Server time now (ms since the epoch): the room's clock (web/collab/room.js) when a room is open.
  W.now = function() {
    const R = Module['abRoom'];
    if (R && typeof R.serverNow === 'function' && (!R.active || R.active())) return Number(R.serverNow()) || Date.now();
    return Date.now();
  };
  // This page's participant id in a room: kept for the tab (a reload keeps the facilitator's
  // role), different in every tab. Without a room the page is "local".
  function participant() {
    const R = Module['abRoom'];
    if (!R || !R.active || !R.active()) return 'local';
    let id = '';
    try { id = sessionStorage.getItem('alignboard.participant') || ''; } catch (e) { id = ''; }
    if (!id) {
      const bytes = new Uint8Array(8);
      crypto.getRandomValues(bytes);
      id = 'p' + Array.prototype.map.call(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      try { sessionStorage.setItem('alignboard.participant', id); } catch (e) { /* kept for this page only */ }
    }
    return id;
  }
  // Tells the core who this page is (the room's participant id once in a room); before every
  // action too, since no tick may have run since the page joined a room.
  function syncActor() {
    const me = participant();
    if (me !== W.actor) {
      W.actor = me;
      T().withCStrings([me], (p) => _ab_workshop_set_actor(p));
    }
    return me;
  }
  W.state = function() { return T().json(_ab_workshop_state()); };
  // What every control runs, and what bridge workshopAction runs: {ok, error} ({ok, text} for 'report').
  W.act = function(name, args) {
    let text;
    try { text = JSON.stringify(args === undefined ? {} : args); } catch (e) { return { ok: false, error: String(e) }; }
    if (W.ready) syncActor();
    const r = T().withTexts([String(name), text || '{}'], (pn, nn, pa, na) => T().json(_ab_workshop_action(pn, pa, na)));
    say(r.ok ? '' : r.error);
    W.tick(true);
    return r;
  };

  const STYLE =
    '.ab-ws-chip{position:absolute;left:50%;transform:translateX(-50%);top:60px;z-index:2;display:flex;gap:8px;' +
      'align-items:center;padding:4px 12px;border-radius:16px;background:#fff;color:#101828;border:1px solid #667085;' +
      'font:600 14px system-ui,sans-serif;box-shadow:0 2px 8px rgba(16,24,40,.10);font-variant-numeric:tabular-nums}' +
    '.ab-ws-chip[hidden],.ab-ws-open[hidden],.ab-ws-panel[hidden],.ab-ws-back[hidden]{display:none}' +
    '.ab-ws-chip.ab-ws-end{background:#fef0c7;border-color:#b54708}' +
    '@media (prefers-reduced-motion: no-preference){.ab-ws-chip.ab-ws-end{animation:ab-ws-pulse 1.6s ease-in-out 3}}' +
    '@keyframes ab-ws-pulse{50%{box-shadow:0 0 0 8px rgba(181,71,8,.25)}}' +
    '.ab-ws button{font:inherit;padding:4px 10px;border-radius:6px;border:1px solid #475467;background:#fff;color:#101828;cursor:pointer;min-height:32px}' +
    '.ab-ws button[aria-pressed="true"]{background:#1d4ed8;color:#fff;border-color:#1d4ed8}' +
    '.ab-ws-open{position:absolute;left:16px;bottom:112px;z-index:2;font:600 13px system-ui,sans-serif}' +
    '.ab-ws-back{position:absolute;left:50%;transform:translateX(-50%);top:100px;z-index:2}' +
    '.ab-ws-panel{position:absolute;left:12px;top:60px;bottom:12px;width:min(360px,92%);z-index:3;overflow:auto;' +
      'background:#fff;color:#101828;border:1px solid #667085;border-radius:12px;padding:12px 14px;' +
      'font:14px/1.4 system-ui,sans-serif;box-shadow:0 8px 24px rgba(16,24,40,.18)}' +
    '.ab-ws-panel h2{font-size:17px;margin:0}.ab-ws-panel h3{font-size:14px;margin:12px 0 6px}' +
    '.ab-ws-row{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:4px 0}' +
    '.ab-ws-panel textarea{width:100%;box-sizing:border-box;font:inherit;min-height:5em}' +
    '.ab-ws-panel input,.ab-ws-panel select,.ab-ws-panel textarea{border:1px solid #475467;border-radius:6px;padding:3px 6px;color:#101828;background:#fff}' +
    '.ab-ws-msg{min-height:1.4em;color:#b42318;margin:6px 0 0}' +
    '.ab-ws-head{display:flex;align-items:center;gap:8px}.ab-ws-head button{margin-left:auto}' +
    '.ab-ws :focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}';

  // A constructed sheet where the browser has them (a host page's CSP may refuse inline <style>).
  W.addStyles = (css) => Module['abA11y'].addStyles(css);  // web/a11y/board_mirror.js

  // Elements are made as the accessible mirror makes them (web/a11y/board_mirror.js, linked before).
  const make = (tag, attrs, parent) => Module['abA11y'].make(tag, attrs, parent);
  W.make = make;
  function button(parent, text, onClick, key) {
    const b = make('button', { type: 'button', text, 'data-key': key || '' }, parent);
    b.addEventListener('click', onClick);
    return b;
  }
  function say(text) { if (W.el) W.el.msg.textContent = text || ''; }
  W.say = say;

  function clock(ms) {
    const s = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function selection() { return T().json(_ab_bridge_selection()); }
  function plan() { return T().json(_ab_bridge_get_plan()); }

  function build() {
    const canvas = Module['canvas'];
    const root = Module['abRoot'] || (canvas && canvas.parentElement);
    if (!root) return false;
    W.addStyles(STYLE);
    const ui = make('div', { className: 'ab-ws' }, root);
    // Keys typed here stay here: the board's keyboard listens on the root.
    ['keydown', 'keyup', 'keypress', 'paste', 'copy', 'cut'].forEach((t) => ui.addEventListener(t, (e) => e.stopPropagation()));
    const chip = make('div', { className: 'ab-ws-chip', role: 'group', 'aria-label': TEXT.workshop, hidden: '' }, ui);
    const chipText = make('span', { 'aria-live': 'off', 'data-key': 'chip' }, chip);
    const chipPanel = button(chip, TEXT.workshop, () => W.show(chipPanel), 'chip.panel');
    // Beside the Outline button (placed in W.tick); out of the Tab order of a page that runs no
    // workshop (the board, then the Outline button, then out), reached by Alt+Shift+W instead.
    const openBtn = button(ui, TEXT.workshop, () => W.show(openBtn), 'open');
    openBtn.className = 'ab-ws-open';
    openBtn.setAttribute('tabindex', '-1');
    openBtn.setAttribute('aria-keyshortcuts', 'Alt+Shift+W');
    openBtn.title = TEXT.workshop + ' (Alt+Shift+W)';
    root.addEventListener('keydown', (e) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyW') {
        e.preventDefault();
        e.stopPropagation();
        if (W.open) W.hide(); else W.show(document.activeElement);
      }
    }, true);
    const back = button(ui, TEXT.back, () => W.act('back', {}), 'back');
    back.className = 'ab-ws-back';
    back.hidden = true;
    // role="dialog" while open only: a closed panel is no dialog of the page.
    const panel = make('div', { className: 'ab-ws-panel', 'aria-modal': 'false', 'aria-labelledby': 'ab-ws-title', hidden: '' }, ui);
    const head = make('div', { className: 'ab-ws-head' }, panel);
    make('h2', { id: 'ab-ws-title', text: TEXT.panelTitle }, head);
    button(head, TEXT.close, () => W.hide(), 'close');
    const body = make('div', {}, panel);
    const msg = make('p', { className: 'ab-ws-msg', role: 'alert' }, panel);
    // Esc closes; Tab and Shift+Tab go round inside, as in every dialog of the app (dialog_frame.js).
    // The panel stays non-modal for the pointer: the facilitator selects cards on the board for a
    // vote or a lock while it is open.
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); W.hide(); }
      else if (e.key === 'Tab' && Module['abDialogFrame']) Module['abDialogFrame'].keepTab(e, panel);
    });
    W.el = { root, ui, chip, chipText, chipPanel, openBtn, back, panel, body, msg };
    if (W.onBuild) W.onBuild(W.el);
    return true;
  }

  W.show = function(opener) {
    if (!W.el) return;
    W.open = true;
    W.opener = opener || null;
    W.el.panel.setAttribute('role', 'dialog');
    W.el.panel.hidden = false;
    W.last = '';
    W.tick(true);
    const first = W.el.panel.querySelector('button, textarea, input, select');
    if (first) first.focus();
  };
  W.hide = function() {
    if (!W.open) return;
    W.open = false;
    W.el.panel.hidden = true;
    W.el.panel.removeAttribute('role');
    const to = W.opener && document.contains(W.opener) && !W.opener.hidden ? W.opener : Module['canvas'];
    if (to) to.focus();
  };

  function parseSteps(text) {
    const steps = [];
    for (const line of String(text).split('\n')) {
      if (!line.trim()) continue;
      const m = /^(.*?)[,;:]\s*(\d+(?:[.,]\d+)?)\s*(min)?\s*$/.exec(line.trim());
      if (!m || !m[1].trim()) return null;
      steps.push({ name: m[1].trim(), seconds: Math.round(Number(m[2].replace(',', '.')) * 60) });
    }
    return steps.length ? steps : null;
  }

  function section(parent, title) { make('h3', { text: title }, parent); return make('div', { className: 'ab-ws-row' }, parent); }

  // The facilitator's panel, rebuilt when the workshop's state changes (not every tick).
  function renderPanel(st) {
    const body = W.el.body;
    const keep = document.activeElement && body.contains(document.activeElement) ? document.activeElement.getAttribute('data-key') : '';
    const stepsText = body.querySelector('textarea') ? body.querySelector('textarea').value : TEXT.defaultSteps;
    body.replaceChildren();
    make('p', { text: st.role === 'none' ? '' : TEXT.role(st.role) }, body);
    const facilitating = st.role === 'facilitator' || st.role === 'none';
    if (facilitating) {
      make('label', { text: TEXT.steps, for: 'ab-ws-steps' }, body);
      const steps = make('textarea', { id: 'ab-ws-steps', 'data-key': 'steps' }, body);
      steps.value = stepsText;
      const row = make('div', { className: 'ab-ws-row' }, body);
      button(row, st.role === 'none' ? TEXT.start : TEXT.restart, () => {
        const parsed = parseSteps(steps.value);
        if (!parsed) { say(TEXT.badSteps); return; }
        W.act('start', { steps: parsed });
      }, 'start');
    }
    if (st.role === 'none') return restore(keep);
    if (facilitating) {
      const t = section(body, TEXT.timer);
      button(t, st.paused ? TEXT.resume : TEXT.pause, () => W.act('pause', {}), 'pause');
      button(t, TEXT.addMinute, () => W.act('add-minute', {}), 'add-minute');
      button(t, TEXT.next, () => W.act('next', {}), 'next');

      const v = section(body, TEXT.vote);
      make('label', { text: TEXT.dots, for: 'ab-ws-dots' }, v);
      const dots = make('input', { id: 'ab-ws-dots', type: 'number', min: '1', max: '99', value: '3', size: '3', 'data-key': 'dots' }, v);
      make('label', { text: TEXT.on, for: 'ab-ws-on' }, v);
      const on = make('select', { id: 'ab-ws-on', 'data-key': 'vote-on' }, v);
      make('option', { value: 'selection', text: TEXT.selection }, on);
      Object.keys(TEXT.columns).forEach((c) => make('option', { value: c, text: TEXT.columns[c] }, on));
      const v2 = make('div', { className: 'ab-ws-row' }, body);
      button(v2, TEXT.startVote, () => {
        const ids = on.value === 'selection' ? selection() : (plan()[on.value] || []).map((i) => i.id);
        if (!ids.length) { say(TEXT.nothingSelected); return; }
        W.act('vote-start', { dots: Math.round(Number(dots.value)), ids });
      }, 'vote-start');
      if (st.voting) button(v2, TEXT.reveal, () => W.act('reveal', {}), 'reveal');
      if (st.revealed) {
        button(v2, TEXT.keep, () => {
          const S = Module['abStore'];
          if (!S || !S.checkpoint) return;
          S.checkpoint(TEXT.vote + ': ' + (st.ranked || []).slice(0, 3).map((r) => r.id).join(', '))
            .then((r) => say(r.ok ? TEXT.kept : r.error));
        }, 'keep');
        const ol = make('ol', { 'aria-label': TEXT.ranked }, body);
        (st.ranked || []).forEach((r) => make('li', { text: TEXT.dotsOn(W.name(r.id), r.dots) }, ol));
      }
      const s = section(body, TEXT.score);
      button(s, st.scoreHidden ? TEXT.showScore : TEXT.hideScore, () => W.act(st.scoreHidden ? 'show-score' : 'hide-score', {}), 'score');
      const f = section(body, TEXT.follow);
      const fb = button(f, st.following ? TEXT.unfollow : TEXT.follow, () => W.act('follow', { on: !st.following }), 'follow');
      fb.setAttribute('aria-pressed', st.following ? 'true' : 'false');
      button(f, TEXT.bring, () => W.act('bring', {}), 'bring');
      const l = section(body, 'Locks');
      button(l, TEXT.lock, () => { const ids = selection(); if (!ids.length) say(TEXT.nothingSelected); else W.act('lock', { ids }); }, 'lock');
      button(l, TEXT.unlock, () => { const ids = selection(); if (!ids.length) say(TEXT.nothingSelected); else W.act('unlock', { ids }); }, 'unlock');
      button(l, TEXT.lockTop, () => {
        const p = plan();
        W.act('lock', { ids: (p.goals || []).concat(p.strategies || []).map((i) => i.id) });
      }, 'lock-top');
      const i = section(body, TEXT.ideas);
      const inbox = button(i, TEXT.inbox, () => W.act('inbox', { on: !st.inbox }), 'inbox');
      inbox.setAttribute('aria-pressed', st.inbox ? 'true' : 'false');
      const anon = button(i, TEXT.anonymous, () => W.act('anonymous', { on: !st.anonymous }), 'anonymous');
      anon.setAttribute('aria-pressed', st.anonymous ? 'true' : 'false');
      if ((st.inboxIds || []).length) {
        const ul = make('ul', {}, body);
        st.inboxIds.forEach((id) => {
          const li = make('li', { text: W.name(id) + ' ' }, ul);
          button(li, TEXT.accept, () => W.act('accept', { ids: [id] }), 'accept:' + id);
        });
      }
      const h = section(body, TEXT.handover);
      const to = make('input', { type: 'text', 'aria-label': TEXT.handover, 'data-key': 'handover-to' }, h);
      button(h, TEXT.handoverGo, () => W.act('handover', { to: to.value.trim() }), 'handover');
    }
    const r = make('div', { className: 'ab-ws-row' }, body);
    button(r, TEXT.report, () => {
      const rep = W.act('report', {});
      if (!rep.ok) return;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([rep.text], { type: 'text/markdown' }));
      a.download = 'workshop-report.md';
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    }, 'report');
    restore(keep);
  }
  function restore(key) {
    if (!key) return;
    // The control that had the focus may be gone (a hand-over leaves a participant's panel):
    // the focus stays in the panel, so Esc still closes it.
    const el = W.el.body.querySelector('[data-key="' + CSS.escape(key) + '"]') || W.el.panel.querySelector('[data-key="close"]');
    if (el) el.focus();
  }

  // A card's name for lists (the plan's words; the id when it has none).
  W.name = function(id) {
    const p = W.planCache || plan();
    for (const k of ['goals', 'strategies', 'tactics', 'kpis', 'products', 'insights']) {
      for (const i of p[k] || []) if (i.id === id) return i.name || i.metric || i.text || id;
    }
    return id;
  };

  // While "follow me" is on, the facilitator's board is what everyone sees: once it has rested
  // somewhere else for half a second, that view is published (one workshop action).
  function follow(st) {
    if (!st.followView || !st.myView) { W.moved = 0; return; }
    const a = st.followView, b = st.myView;
    const same = Math.abs(a.cx - b.cx) < 1 && Math.abs(a.cy - b.cy) < 1 && Math.abs(a.w - b.w) < 1 && !!a.present === !!b.present;
    const key = JSON.stringify(b);
    if (same) { W.moved = 0; return; }
    if (key !== W.movedKey) { W.movedKey = key; W.moved = Date.now(); return; }
    if (W.moved && Date.now() - W.moved >= 500) { W.moved = 0; W.act('follow', { on: true }); }
  }

  // The tick writes to the page only what changed: even a write of the same value makes the
  // browser recompute styles (and, read back, lay out) 4 times a second, during a pan too.
  W.setHidden = function(node, hidden) { if (node.hidden !== hidden) node.hidden = hidden; };
  W.setStyle = function(node, values) {
    for (const k in values) if (node.style[k] !== values[k]) node.style[k] = values[k];
  };

  // The Workshop button sits just right of the Outline button (above the palette), and hides with it.
  function placeOpen(el, on) {
    const outline = el.root.querySelector('.ab-outline-open');
    const shown = !on && !!outline && !outline.hidden && outline.offsetParent !== null;
    W.setHidden(el.openBtn, !shown);
    if (!shown) return;
    W.setStyle(el.openBtn, {
      left: (outline.offsetLeft + outline.offsetWidth + 8) + 'px',
      top: outline.style.top || (outline.offsetTop + 'px'),
      bottom: outline.style.bottom || 'auto',
      transform: outline.style.transform || 'none',
    });
  }

  // The clock: a tick every 250 ms while a workshop is on or its panel is open. Otherwise there
  // is no clock to show, and a tick runs only when something it reads changed (W.wake): the plan
  // (a workshop started elsewhere arrives as a plan change), the language, or the palette the
  // Outline button stands on, all told through Module.abOnBoardChange (web/a11y/a11y_lib.js).
  // So an idle or panning board pays nothing for it.
  let clockTimer = 0;
  function arm(ms) {
    if (!clockTimer) clockTimer = setTimeout(() => { clockTimer = 0; W.tick(false); }, ms);
  }
  W.wake = function() { if (W.ready) arm(0); };
  (Module['abOnBoardChange'] = Module['abOnBoardChange'] || []).push(() => W.wake());

  // Every 250 ms while on (and after every action and change): the chip's time; the rest when
  // the state changed.
  W.tick = function(force) {
    if (!W.ready) return;
    if (!W.el && !build()) return;
    const me = syncActor();
    let st = W.state();
    // In a room, the name people chose goes into the report (once per name).
    const R = Module['abRoom'];
    const person = R && R.person ? R.person() : null;
    if (st.role !== 'none' && person && person.name && W.joined !== me + person.name && me !== 'local') {
      W.joined = me + person.name;
      T().withTexts(['join', JSON.stringify({ name: person.name })], (pn, nn, pa, na) => _ab_workshop_action(pn, pa, na));
      st = W.state();
    }
    W.st = st;
    const el = W.el;
    const on = st.role !== 'none';
    W.setHidden(el.chip, !on);
    placeOpen(el, on);
    if (on) {
      const left = st.remaining_ms;
      const text = TEXT.stepOf(st.step, st.current + 1, st.steps.length) + ' \u00b7 ' + clock(left) +
        (st.paused ? ' (' + TEXT.paused + ')' : left === 0 && st.running ? ' (' + TEXT.over + ')' : '') +
        (st.voting ? ' \u00b7 ' + TEXT.voting(st.dots) : '');
      if (el.chipText.textContent !== text) el.chipText.textContent = text;
      const remaining = String(st.remaining_s);
      if (el.chipText.getAttribute('data-remaining') !== remaining) el.chipText.setAttribute('data-remaining', remaining);
      // A gentle signal at a step's end: the chip pulses (no sound).
      const ended = st.running && left === 0;
      el.chip.classList.toggle('ab-ws-end', ended);
    }
    W.setHidden(el.back, !st.brokeAway);
    const key = JSON.stringify(Object.assign({}, st, { remaining_s: 0, remaining_ms: 0, myView: 0 }));
    if (force || key !== W.last) {
      W.last = key;
      W.planCache = null;
      if (W.open) renderPanel(st);
      if (W.onState) W.onState(st);
    }
    follow(st);
    if (W.onTick) W.onTick(st);
    if (on || W.open) arm(250);
  };

  if (Module['abReady']) {
    Module['abReady'].then(() => {
      W.ready = true;
      W.tick(true);
    });
  }
})();
