// The outline view (linked with --pre-js after board_mirror.js, which installs it into its part of
// the root): the plan as an editable nested list, for people who prefer lists and for screen
// readers, with the overall score and the findings beside it. One click (the Outline button above
// the board's palette) or Alt+Shift+O opens it; it is a modal dialog (role="dialog", focus kept inside, Esc
// closes and gives focus back). Rename in place, link through a picker of the parents the model
// accepts, unlink, delete, a KPI's target, undo and redo: every edit is a core command run through
// the bridge's apply (the canvas' path, web/host/BRIDGE.md), so undo, autosave and the score treat
// it like any other. The rows and their words come from the core's outline (export/outline.hpp);
// the choices of a link picker and a new card's add command from board_mirror.cpp.
// Sets Module.abOutline (install, open, close) and Module.abOutlineCss.

(() => {
  // New words of this module (to move into the string catalogue).
  // The catalogue's words (web/i18n/i18n.js), read when drawn.
  const TEXT = {
    get fix() { return Module['abI18n'].t('outline.fix'); },
    fixOf: (message) => Module['abI18n'].t('outline.fix_of', { message }),
    fixElsewhere: (id, field) => Module['abI18n'].t('outline.fix_elsewhere', { id, field: field.replace(/_/g, ' ') }),
    get fixNone() { return Module['abI18n'].t('outline.fix_none'); },
    get scoreHidden() { return Module['abI18n'].t('a11y.score_hidden'); },
  };
  const T = Module['abText'];
  const O = { A: null, el: null, open: false, opener: null, picker: '', focusKey: '', message: '' };
  Module['abOutline'] = O;
  const FOCUS_RING = 'outline:3px solid #1d4ed8;outline-offset:2px';
  Module['abOutlineCss'] =
    // Above the board's palette (placed by O.anchor from where the palette was drawn; these are
    // its first-frame defaults): it covers no control of the board.
    '.ab-outline-open{position:absolute;left:16px;bottom:72px;z-index:2;font:600 13px system-ui,sans-serif;' +
      'padding:6px 12px;border-radius:10px;border:1px solid #667085;background:#fff;color:#101828;cursor:pointer;' +
      'box-shadow:0 2px 8px rgba(16,24,40,.10)}' +
    '.ab-outline-back{position:absolute;inset:0;z-index:3;background:rgba(16,24,40,.45);display:flex;' +
      'align-items:center;justify-content:center}' +
    '.ab-outline-back[hidden]{display:none}' +
    '.ab-outline{box-sizing:border-box;width:min(1100px,96%);height:min(900px,94%);display:flex;flex-direction:column;' +
      'background:#fff;color:#101828;border-radius:12px;padding:14px 18px;font:14px/1.45 system-ui,sans-serif;overflow:hidden}' +
    '.ab-outline h2{font-size:18px;margin:0}.ab-outline h3{font-size:15px;margin:0 0 6px}' +
    '.ab-outline-total{margin:0}' +
    '.ab-outline-head,.ab-outline-tools{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin-bottom:8px}' +
    '.ab-outline-head .ab-outline-close{margin-left:auto}' +
    '.ab-outline button{font:inherit;padding:4px 10px;border-radius:6px;border:1px solid #475467;background:#fff;color:#101828;cursor:pointer}' +
    '.ab-outline input,.ab-outline select{font:inherit;padding:3px 6px;border:1px solid #475467;border-radius:6px;color:#101828;background:#fff}' +
    '.ab-outline-body{flex:1;display:flex;gap:18px;min-height:0;flex-wrap:wrap}' +
    '.ab-outline-list{flex:3 1 480px;overflow:auto;min-height:0;max-height:100%}' +
    '.ab-outline-findings{flex:1 1 240px;overflow:auto;min-height:0;max-height:100%}' +
    '.ab-outline ul{list-style:none;margin:0;padding-left:22px}.ab-outline-list>ul{padding-left:0}' +
    '.ab-outline-row{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:3px 0}' +
    '.ab-outline-row input.ab-title{flex:1 1 200px;min-width:8em}' +
    '.ab-outline-kind{font-weight:600;min-width:5.5em}' +
    '.ab-outline-score{font-variant-numeric:tabular-nums;white-space:nowrap}' +
    '.ab-outline-score.good{color:#05603a}.ab-outline-score.fair{color:#93370d}.ab-outline-score.weak{color:#b42318}' +
    '.ab-outline-note{color:#475467}' +
    '.ab-outline-msg{min-height:1.4em;margin:6px 0 0;color:#b42318}' +
    '.ab-outline-findings ol{padding-left:20px;margin:0}.ab-outline-findings li{margin-bottom:6px}' +
    '.ab-outline-findings button{margin:2px 4px 0 0;padding:1px 8px}' +
    '.ab-outline-open:focus-visible,.ab-outline :focus-visible{' + FOCUS_RING + '}' +
    '@media (prefers-contrast: more){.ab-outline,.ab-outline button,.ab-outline input,.ab-outline select{border-color:#000;color:#000}' +
      '.ab-outline-note{color:#000}}' +
    '@media (prefers-reduced-motion: no-preference){.ab-outline button{transition:background-color .12s}}';
  // A band's word and a shape beside the score's colour, so colour is never the only signal.
  const SHAPES = { good: '\u25cf', fair: '\u25b2', weak: '\u25a0' };
  // The catalogue's words (web/i18n/i18n.js); a band's word in the reader's language.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const tn = (key, count, args) => Module['abI18n'].tn(key, count, args);
  const bandWord = (band) => ({ good: t('a11y.band_good'), fair: t('a11y.band_fair'), weak: t('a11y.band_weak') })[band] || band;
  const one = (v) => new Intl.NumberFormat(Module['abI18n'].locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  // Texts of the dialog's fixed parts, by the data-i18n* attribute that names their key; set
  // at install and again when the language changes.
  function words(root) {
    root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.getAttribute('data-i18n')); });
    root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.getAttribute('data-i18n-title')); });
    root.querySelectorAll('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.getAttribute('data-i18n-label'))); });
  }

  const call = (command) => T.withTexts([JSON.stringify(command)], (p, n) => T.json(_ab_bridge_apply(p, n)));

  function say(text) {
    O.message = text || '';
    if (O.el) O.el.msg.textContent = O.message;
  }
  function run(command, focusKey) {
    const r = call(command);
    if (!r.ok) { say(r.error); return false; }
    say('');
    if (focusKey) O.focusKey = focusKey;
    return true;
  }

  // Puts the Outline button just above the palette whose top-left corner is (x, y) in canvas CSS
  // pixels, or hides it while the palette is hidden (a phone's open sheet).
  O.anchor = function(x, y, shown) {
    const b = O.el && O.el.button;
    if (!b) return;
    b.hidden = !shown;
    if (!shown) return;
    b.style.left = Math.max(4, x - 12) + 'px';
    b.style.top = Math.max(4, y - 16) + 'px';
    b.style.bottom = 'auto';
    b.style.transform = 'translateY(-100%)';
  };

  O.install = function(A) {
    O.A = A;
    const make = A.make, ui = A.el.ui, prefix = A.el.prefix;
    const button = make('button', { type: 'button', className: 'ab-outline-open', 'data-i18n': 'outline.open',
                                    'aria-keyshortcuts': 'Alt+Shift+O', 'data-i18n-title': 'outline.open_title' }, ui);
    button.addEventListener('click', () => { O.show(button); });
    const back = make('div', { className: 'ab-outline-back', hidden: '' }, ui);
    const dialog = make('div', { className: 'ab-outline', role: 'dialog', 'aria-modal': 'true',
                                 'aria-labelledby': prefix + '-outline-title' }, back);
    const head = make('div', { className: 'ab-outline-head' }, dialog);
    make('h2', { id: prefix + '-outline-title', 'data-i18n': 'outline.open' }, head);
    const score = make('p', { className: 'ab-outline-score ab-outline-total' }, head);
    const close = make('button', { type: 'button', className: 'ab-outline-close', 'data-i18n': 'outline.close',
                                   'aria-keyshortcuts': 'Escape' }, head);
    close.addEventListener('click', () => { O.hide(); });
    const tools = make('div', { className: 'ab-outline-tools' }, dialog);
    [['goal', 'kind.goal.new'], ['strategy', 'kind.strategy.new'], ['tactic', 'kind.tactic.new'], ['kpi', 'kind.kpi.new']].forEach((k) => {
      const b = make('button', { type: 'button', 'data-i18n': k[1], 'data-key': 'new:' + k[0] }, tools);
      b.addEventListener('click', () => { O.add(k[0]); });
    });
    const undo = make('button', { type: 'button', 'data-i18n': 'action.undo', 'aria-keyshortcuts': 'Control+Z', 'data-key': 'undo' }, tools);
    undo.addEventListener('click', () => { if (_ab_bridge_undo()) say(''); else say(t('outline.nothing_undo')); });
    const redo = make('button', { type: 'button', 'data-i18n': 'action.redo', 'aria-keyshortcuts': 'Control+Shift+Z', 'data-key': 'redo' }, tools);
    redo.addEventListener('click', () => { if (_ab_bridge_redo()) say(''); else say(t('outline.nothing_redo')); });
    const body = make('div', { className: 'ab-outline-body' }, dialog);
    const list = make('div', { className: 'ab-outline-list', role: 'region', 'data-i18n-label': 'outline.list', tabindex: '-1' }, body);
    const side = make('section', { className: 'ab-outline-findings', 'aria-labelledby': prefix + '-findings-title' }, body);
    const findingsTitle = make('h3', { id: prefix + '-findings-title' }, side);
    const findings = make('ol', {}, side);
    const msg = make('p', { className: 'ab-outline-msg', role: 'alert' }, dialog);
    O.el = { button, back, dialog, score, list, findings, findingsTitle, msg, close };
    words(ui);
    Module['abI18n'].onChange(() => { words(ui); if (O.open) render(); });
    dialog.addEventListener('keydown', keys);
    // The key that opens it works wherever the app has the keyboard (the board or this view).
    A.el.root.addEventListener('keydown', (e) => {
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyO') {
        e.preventDefault();
        e.stopPropagation();
        if (O.open) O.hide(); else O.show(document.activeElement);
      }
    }, true);
    A.listeners.push((a, what) => { if (O.open && what !== 'selection') render(); });
  };

  function keys(e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (O.picker) { const id = O.picker; O.picker = ''; O.focusKey = id + ':link'; render(); } else O.hide();
      return;
    }
    if (e.key === 'Tab') {  // focus stays inside the dialog (web/library/windows/dialog_frame.js)
      Module['abDialogFrame'].keepTab(e, O.el.dialog);
      return;
    }
    const inField = e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT');
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyZ' && !inField) {
      e.preventDefault();
      if (e.shiftKey) _ab_bridge_redo(); else _ab_bridge_undo();
    } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyY' && !inField) {
      e.preventDefault();
      _ab_bridge_redo();
    }
  }

  O.show = function(opener) {
    if (O.open || !O.el) return;
    O.open = true;
    O.opener = opener && opener.focus ? opener : O.A.el.canvas;
    O.picker = '';
    say('');
    O.el.back.hidden = false;
    O.A.el.canvas.inert = true;
    O.el.button.hidden = true;
    render();
    const first = O.el.list.querySelector('input.ab-title');
    (first || O.el.close).focus();
  };
  O.hide = function() {
    if (!O.open) return;
    O.open = false;
    O.el.back.hidden = true;
    O.A.el.canvas.inert = false;
    O.el.button.hidden = false;
    const back = O.opener && document.contains(O.opener) ? O.opener : O.A.el.canvas;
    back.focus();
  };

  O.add = function(kind) {
    const made = T.json(T.withCStrings([kind], (p) => _ab_a11y_new_item(p)));
    if (made.error) { say(made.error); return; }
    run(made.command, made.id + '@1:title');
    O.selectTitle = true;
  };

  function rowKey(row) { return row.id + '@' + row.place; }

  function rename(row, input) {
    const value = input.value;
    if (value === row.title) return;
    if (run({ op: 'set', id: row.id, field: row.field, value }, rowKey(row) + ':title')) row.title = value;
    else input.value = row.title;
  }
  function setTarget(row, input) {
    const text = input.value.trim();
    const value = text === '' ? null : Number(text.replace(',', '.'));
    if (value !== null && !isFinite(value)) { say(t('outline.bad_target', { text })); return; }
    if (value === row.target) return;
    if (run({ op: 'set', id: row.id, field: 'target', value }, rowKey(row) + ':target')) row.target = value;
  }

  function rowNode(row, make) {
    const li = make('li', { 'data-id': row.id });
    const line = make('div', { className: 'ab-outline-row' }, li);
    const kindWord = { goal: t('kind.goal.label'), strategy: t('kind.strategy.label'), tactic: t('kind.tactic.label'),
      kpi: t('kind.kpi.label'), product: t('kind.product.label'), insight: t('kind.insight.label'),
      person: t('kind.person.label') }[row.kind] || row.kind;
    make('span', { className: 'ab-outline-kind', text: kindWord, 'aria-hidden': 'true' }, line);
    const ro = O.A.data.readOnly;
    const title = make('input', { type: 'text', className: 'ab-title', 'data-key': rowKey(row) + ':title',
                                  'aria-label': t('outline.title_of', { kind: kindWord, id: row.id }) }, line);
    title.value = row.title;
    title.readOnly = ro;
    title.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); rename(row, title); }
      else if (e.key === 'Escape' && title.value !== row.title) { e.stopPropagation(); e.preventDefault(); title.value = row.title; }
    });
    title.addEventListener('change', () => { rename(row, title); });
    // The board follows: its selection (and so the mirror's active item) is the row in focus.
    title.addEventListener('focus', () => { T.withCStrings([row.id], (p) => _ab_a11y_select(p)); });
    const band = row.band;
    make('span', { className: 'ab-outline-score ' + band,
                   text: row.score === null ? (O.A.data.scoreHidden || row.kind === 'kpi' || row.kind === 'product' || row.kind === 'insight' ? '' : t('outline.not_scored'))
                                            : (SHAPES[band] || '') + ' ' + one(row.score) + ' ' + bandWord(band) }, line);
    if (row.places > 1) make('span', { className: 'ab-outline-note', text: '(under ' + row.places + ' parents)' }, line);
    if (row.kind === 'kpi') {
      const label = make('label', { className: 'ab-outline-note' }, line);
      label.appendChild(document.createTextNode(t('outline.target') + ' '));
      const target = make('input', { type: 'text', inputmode: 'decimal', size: '10', 'data-key': rowKey(row) + ':target',
                                     'aria-label': t('outline.target_of', { id: row.id }) }, label);
      target.value = row.target === null || row.target === undefined ? '' : String(row.target);
      target.readOnly = ro;
      target.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); setTarget(row, target); } });
      target.addEventListener('change', () => { setTarget(row, target); });
    }
    if (!ro) {
      if (O.picker === rowKey(row)) picker(row, line, make);
      else if (row.kind !== 'goal' && row.kind !== 'product') {
        const link = make('button', { type: 'button', text: t('outline.link_more'), 'data-key': rowKey(row) + ':link',
                                      'aria-label': t('outline.link_label', { id: row.id }) }, line);
        link.addEventListener('click', () => { O.picker = rowKey(row); O.focusKey = rowKey(row) + ':pick'; render(); });
      }
      if (row.parent) {
        const un = make('button', { type: 'button', text: t('outline.unlink'), 'data-key': rowKey(row) + ':unlink',
                                    'aria-label': t('outline.unlink_label', { id: row.id, parent: row.parent }) }, line);
        un.addEventListener('click', () => { run({ op: 'unlink', child: row.id, parent: row.parent }, rowKey(row) + ':title'); });
      }
      const del = make('button', { type: 'button', text: t('plans.delete'), 'data-key': rowKey(row) + ':delete',
                                   'aria-label': t('outline.delete_label', { id: row.id }) }, line);
      del.addEventListener('click', () => {
        if (run({ op: 'remove', ids: [row.id] }, 'undo')) say(t('outline.deleted', { id: row.id }));
      });
    }
    return li;
  }

  // The parents the model accepts for the row's item, as a native list box (keyboard and screen
  // readers know it), with Link and Cancel; Esc cancels.
  function picker(row, line, make) {
    const choices = T.json(T.withCStrings([row.id], (p) => _ab_a11y_link_choices(p)));
    const select = make('select', { 'data-key': rowKey(row) + ':pick', 'aria-label': t('outline.pick_label', { id: row.id }) }, line);
    choices.forEach((c) => { const o = make('option', { value: c.id, text: c.label }, select); o.value = c.id; });
    const ok = make('button', { type: 'button', text: t('outline.link'), 'data-key': rowKey(row) + ':pick.ok' }, line);
    const cancel = make('button', { type: 'button', text: t('outline.cancel'), 'data-key': rowKey(row) + ':pick.cancel' }, line);
    if (!choices.length) { select.disabled = true; ok.disabled = true; say(t('outline.no_choices', { id: row.id })); }
    ok.addEventListener('click', () => {
      O.picker = '';
      if (run({ op: 'link', child: row.id, parent: select.value }, rowKey(row) + ':title')) return;
      render();
    });
    cancel.addEventListener('click', () => { O.picker = ''; O.focusKey = rowKey(row) + ':link'; render(); });
    select.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); ok.click(); } });
  }

  // A finding's Fix: the field that fixes it (score/advice/fixes.hpp) takes the focus when the
  // outline has it (an item's title, a KPI's target); otherwise the card is selected and the
  // message says where the field is.
  function fixFinding(index) {
    const fix = T.json(_ab_a11y_finding_fix(index));
    if (!fix.id) { say(TEXT.fixNone); return; }
    const rows = O.A.data.rows.filter((r) => r.id === fix.id);
    const row = rows[0];
    const part = row && (fix.field === row.field ? 'title' : fix.field === 'target' && row.kind === 'kpi' ? 'target' : '');
    const el = part && O.el.list.querySelector('[data-key="' + CSS.escape(rowKey(row) + ':' + part) + '"]');
    if (el) { say(''); el.focus(); if (el.select) el.select(); return; }
    T.withCStrings([fix.id], (p) => _ab_a11y_select(p));
    say(TEXT.fixElsewhere(fix.id, fix.field));
  }

  function render() {
    const A = O.A, d = A.data, make = A.make;
    if (!d) return;
    const active = document.activeElement;
    const key = O.focusKey || (active && O.el.dialog.contains(active) && active.getAttribute('data-key')) || '';
    O.focusKey = '';
    // A workshop's facilitator may hide the score from participants (docs/workshop.md): then
    // neither it nor the findings are beside the list until the reveal.
    O.el.score.textContent = d.scoreHidden ? TEXT.scoreHidden : d.overall === null ? t('a11y.not_scored')
      : t('outline.alignment', { score: one(d.overall) }) + ' ' + (SHAPES[d.band] || '') + ' ' + bandWord(d.band);
    // Nested lists from the rows' levels.
    const top = make('ul', {});
    const stack = [top];
    let last = null;
    d.rows.forEach((row) => {
      while (stack.length > row.level) stack.pop();
      while (stack.length < row.level && last) { const ul = make('ul', {}, last); stack.push(ul); }
      last = rowNode(row, make);
      stack[stack.length - 1].appendChild(last);
    });
    if (!d.rows.length) make('li', { text: t('outline.empty') }, top);
    O.el.list.replaceChildren(top);
    O.el.findingsTitle.parentNode.hidden = !!d.scoreHidden;
    O.el.findingsTitle.textContent = t('outline.findings', { count: d.findings.length });
    const items = d.findings.map((f, index) => {
      const li = make('li', { text: f.message + ' ' });
      const fix = make('button', { type: 'button', text: TEXT.fix, 'data-key': 'fix:' + index,
                                   'aria-label': TEXT.fixOf(f.message) }, li);
      fix.addEventListener('click', () => { fixFinding(index); });
      f.ids.forEach((id) => {
        const b = make('button', { type: 'button', text: t('outline.go_to', { id }) }, li);
        b.addEventListener('click', () => {
          const t = O.el.list.querySelector('[data-key="' + CSS.escape(id) + '@1:title"]');
          if (t) t.focus();
        });
      });
      return li;
    });
    O.el.findings.replaceChildren.apply(O.el.findings, items);
    const again = key && O.el.dialog.querySelector('[data-key="' + CSS.escape(key) + '"]');
    if (again) {
      again.focus();
      if (O.selectTitle && again.select) again.select();
    } else if (key && active && !document.contains(active)) {
      O.el.list.focus();  // its row went away (deleted): the list keeps the focus
    }
    O.selectTitle = false;
  }
})();
