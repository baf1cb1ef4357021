// What participants touch (linked with --pre-js after workshop.js; docs/workshop.md): the dots on
// the cards of a running vote (DOM buttons over the board's cards) and the phone view, a list of
// the plan by column made for a 390 px wide screen and fingers, with a big "add" per column and
// the ideas inbox. Adds run the outline view's path (a core add command through the bridge's
// apply); dots run W.act('vote' | 'unvote'), the bridge's workshopAction.

(() => {
  // The catalogue's words (i18n/*.json through Module.abI18n), read when used.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const tn = (key, count, args) => Module['abI18n'].tn(key, count, args);
  const TEXT = {
    get list() { return t('phone.list'); },
    get board() { return t('phone.board'); },
    get phoneTitle() { return t('phone.phone_title'); },
    get columns() {
      return [['goals', 'goal', t('kind.goal.plural'), t('phone.add_goal')], ['strategies', 'strategy', t('kind.strategy.plural'), t('phone.add_strategy')],
              ['tactics', 'tactic', t('kind.tactic.plural'), t('phone.add_tactic')], ['kpis', 'kpi', t('kind.kpi.plural'), t('phone.add_kpi')]];
    },
    nameOf: (kind) => t('phone.name_of', { kind: t({ goal: 'kind.goal.noun', strategy: 'kind.strategy.noun', tactic: 'kind.tactic.noun', kpi: 'kind.kpi.noun' }[kind] || 'kind.goal.noun') }),
    get add() { return t('phone.add'); },
    get cancel() { return t('phone.cancel'); },
    get inbox() { return t('phone.inbox'); },
    get inboxEmpty() { return t('phone.inbox_empty'); },
    get empty() { return t('phone.empty'); },
    get locked() { return t('phone.locked'); },
    place: (name) => t('phone.place', { name }),
    remove: (name) => t('phone.remove', { name }),
    mine: (n) => tn('phone.mine', n),
    total: (n) => tn('phone.total', n),
    left: (n, of) => t('phone.left', { n, of }),
  };
  const W = Module['abWorkshop'];
  if (!W) return;
  const T = () => Module['abText'];
  const make = (t, a, p) => W.make(t, a, p);
  const P = { el: null, open: false, shown: false, revision: -1, adding: '', dots: new Map() };
  W.phone = P;

  const STYLE =
    '.ab-ws-dots{position:absolute;z-index:2;display:flex;gap:4px;align-items:center;padding:2px 4px;border-radius:14px;' +
      'background:#fff;border:1px solid #475467;font:600 13px system-ui,sans-serif;color:#101828}' +
    '.ab-ws-dots button{min-width:32px;min-height:32px;padding:0 6px}' +
    '.ab-ws-phone{position:absolute;inset:0;z-index:4;overflow:auto;background:#f9fafb;color:#101828;' +
      'font:16px/1.45 system-ui,sans-serif;padding:12px 14px 40px;box-sizing:border-box}' +
    '.ab-ws-phone[hidden]{display:none}' +
    '.ab-ws-phone h2{font-size:20px;margin:0}.ab-ws-phone h3{font-size:17px;margin:18px 0 6px}' +
    '.ab-ws-phone ul{list-style:none;margin:0;padding:0}' +
    '.ab-ws-phone li{background:#fff;border:1px solid #d0d5dd;border-radius:10px;padding:10px 12px;margin:6px 0;' +
      'display:flex;flex-wrap:wrap;gap:8px;align-items:center}' +
    '.ab-ws-phone li .ab-ws-name{flex:1 1 60%}' +
    '.ab-ws-phone .ab-ws-big{display:block;width:100%;min-height:48px;font-size:16px;margin-top:6px}' +
    '.ab-ws-phone input{font:inherit;min-height:44px;width:100%;box-sizing:border-box;border:1px solid #475467;border-radius:8px;padding:4px 8px}' +
    '.ab-ws-phone button{min-height:44px;min-width:44px}' +
    '.ab-ws-phone-head{display:flex;gap:8px;align-items:center;position:sticky;top:-12px;background:#f9fafb;padding:8px 0}' +
    '.ab-ws-phone-head button{margin-left:auto}';

  W.onBuild = function(el) {
    W.addStyles(STYLE);
    const list = make('button', { type: 'button', text: TEXT.list, 'data-key': 'chip.list' }, el.chip);
    list.addEventListener('click', () => P.show());
    const phone = make('div', { className: 'ab-ws-phone', role: 'region', 'aria-labelledby': 'ab-ws-phone-title', hidden: '' }, el.ui);
    const head = make('div', { className: 'ab-ws-phone-head' }, phone);
    make('h2', { id: 'ab-ws-phone-title', text: TEXT.phoneTitle }, head);
    const status = make('span', { 'data-key': 'phone.chip' }, head);
    const board = make('button', { type: 'button', text: TEXT.board, 'data-key': 'phone.board' }, head);
    board.addEventListener('click', () => P.hide());
    const body = make('div', {}, phone);
    const msg = make('p', { className: 'ab-ws-msg', role: 'alert' }, phone);
    const dots = make('div', {}, el.ui);
    P.el = { phone, status, body, msg, dots, list };
  };

  P.show = function() { if (!P.el) return; P.open = true; P.el.phone.hidden = false; P.revision = -1; W.tick(true); };
  P.hide = function() { if (!P.el) return; P.open = false; P.el.phone.hidden = true; W.tick(true); };

  function say(text) { if (P.el) P.el.msg.textContent = text || ''; }
  function plan() { return T().json(_ab_bridge_get_plan()); }
  function count(list, id) { return (list || []).filter((x) => x === id).length; }

  // + and − for a card in the vote (my dots), or its total after the reveal.
  function dotControls(parent, st, id, name) {
    const inVote = (st.voteIds || []).indexOf(id) >= 0;
    if (!inVote) return;
    if (st.revealed) {
      make('span', { text: TEXT.total(st.votes[id] || 0), 'data-key': 'total:' + id }, parent);
      return;
    }
    const minus = make('button', { type: 'button', text: '\u2212', 'aria-label': TEXT.remove(name), 'data-key': 'unvote:' + id }, parent);
    minus.addEventListener('click', () => { const r = W.act('unvote', { id }); say(r.ok ? '' : r.error); });
    // role="img": a plain span may not carry a name (aria-label), and the dots alone say nothing.
    make('span', { role: 'img', text: '\u25cf'.repeat(count(st.myDots, id)) || '\u25cb', 'aria-label': TEXT.mine(count(st.myDots, id)) }, parent);
    const plus = make('button', { type: 'button', text: '+', 'aria-label': TEXT.place(name), 'data-key': 'vote:' + id }, parent);
    plus.addEventListener('click', () => { const r = W.act('vote', { id }); say(r.ok ? '' : r.error); });
  }

  function addCard(kind, name) {
    const made = T().json(T().withCStrings([kind], (p) => _ab_a11y_new_item(p)));
    if (made.error) { say(made.error); return; }
    made.command.item[made.field] = name;
    const r = T().withTexts([JSON.stringify(made.command)], (p, n) => T().json(_ab_bridge_apply(p, n)));
    say(r.ok ? '' : r.error);
    if (r.ok) P.adding = '';
    P.revision = -1;
    W.tick(true);
  }

  function renderPhone(st) {
    const p = plan();
    W.planCache = p;
    const body = P.el.body;
    const keep = document.activeElement && body.contains(document.activeElement) ? document.activeElement.getAttribute('data-key') : '';
    body.replaceChildren();
    const inbox = new Set(st.inboxIds || []);
    const locked = new Set(st.locked || []);
    if (st.role !== 'none') {
      make('h3', { text: TEXT.inbox }, body);
      const ul = make('ul', { 'data-key': 'inbox' }, body);
      if (!inbox.size) make('p', { text: TEXT.inboxEmpty }, body);
      inbox.forEach((id) => { const li = make('li', {}, ul); make('span', { className: 'ab-ws-name', text: W.name(id) }, li); });
    }
    TEXT.columns.forEach((c) => {
      const coll = c[0], kind = c[1];
      make('h3', { text: c[2] }, body);
      const ul = make('ul', { 'data-column': coll }, body);
      const items = (p[coll] || []).filter((i) => !inbox.has(i.id));
      if (!items.length) make('li', { text: TEXT.empty }, ul);
      items.forEach((i) => {
        const name = i.name || i.metric || i.id;
        const li = make('li', { 'data-id': i.id }, ul);
        make('span', { className: 'ab-ws-name', text: name + (locked.has(i.id) ? ' (' + TEXT.locked + ')' : '') }, li);
        dotControls(li, st, i.id, name);
      });
      if (P.adding === kind) {
        const input = make('input', { type: 'text', 'aria-label': TEXT.nameOf(kind), 'data-key': 'name:' + kind }, body);
        const row = make('div', { className: 'ab-ws-row' }, body);
        const ok = make('button', { type: 'button', text: TEXT.add, 'data-key': 'add.ok:' + kind }, row);
        const no = make('button', { type: 'button', text: TEXT.cancel }, row);
        ok.addEventListener('click', () => { if (input.value.trim()) addCard(kind, input.value.trim()); });
        input.addEventListener('keydown', (e) => { if (e.key === 'Enter') ok.click(); });
        no.addEventListener('click', () => { P.adding = ''; P.revision = -1; W.tick(true); });
        setTimeout(() => input.focus(), 0);
      } else {
        const big = make('button', { type: 'button', className: 'ab-ws-big', text: '+ ' + c[3], 'data-key': 'add:' + kind }, body);
        big.addEventListener('click', () => { P.adding = kind; P.revision = -1; W.tick(true); });
      }
    });
    if (keep) {
      const el = body.querySelector('[data-key="' + CSS.escape(keep) + '"]');
      if (el) el.focus();
    }
  }

  // The dots over the board's cards: placed at each card's bottom-right corner, every tick.
  function renderDots(st) {
    const holder = P.el.dots;
    const ids = st.role !== 'none' && !P.open ? (st.voteIds || []) : [];
    const canvas = Module['canvas'];
    const wanted = new Set(ids);
    P.dots.forEach((node, id) => { if (!wanted.has(id)) { node.remove(); P.dots.delete(id); } });
    ids.forEach((id) => {
      const r = T().withCStrings([id], (ptr) => T().json(_ab_bridge_item_rect(ptr)));
      let node = P.dots.get(id);
      const sig = JSON.stringify([st.revealed, st.votes[id] || 0, count(st.myDots, id)]);
      if (!node || node.getAttribute('data-sig') !== sig) {
        const fresh = make('div', { className: 'ab-ws-dots', 'data-id': id, 'data-sig': sig });
        dotControls(fresh, st, id, W.name(id));
        if (node) node.replaceWith(fresh); else holder.appendChild(fresh);
        node = fresh;
        P.dots.set(id, node);
      }
      W.setHidden(node, !r);
      if (r) {
        W.setStyle(node, {
          left: (canvas.offsetLeft + r.x + r.w - 4) + 'px',
          top: (canvas.offsetTop + r.y + r.h - 4) + 'px',
          transform: 'translate(-100%, -50%)',
        });
      }
    });
  }

  W.onTick = function(st) {
    if (!P.el) return;
    // A participant on a phone gets the list at once (they can go to the board).
    if (!P.shown && st.role === 'participant' && window.innerWidth < 600) { P.shown = true; P.show(); return; }
    W.setHidden(P.el.list, st.role === 'none');
    if (P.open) {
      const chip = W.el.chipText.textContent;
      if (P.el.status.textContent !== chip) P.el.status.textContent = chip;
      const rev = _ab_bridge_revision();
      if (rev !== P.revision || P.stateKey !== W.last) {
        P.revision = rev;
        P.stateKey = W.last;
        renderPhone(st);
      }
    }
    renderDots(st);
  };
})();
