// The accessible mirror of the board (linked with --pre-js; board_mirror.cpp says when the plan
// changed, and this asks for the core's outline of it, export/outline.hpp, PULL_MS later, so a
// burst of edits builds it once; the selection comes whenever it changed). To a screen reader the WebGL canvas is one image: this keeps, beside
// it, a role="tree" of the plan's items (goals > strategies > tactics and KPIs, an item under
// several parents under each), each named with kind, title, score and links, in a visually
// hidden part of the root. The canvas becomes an application that owns the tree, and its
// aria-activedescendant follows the board's selection, so moving the board's keyboard focus
// reads the selected card. A polite live region says where the overall score settled, once per
// settled change ("Alignment 88.5, up 2.9"), never per keystroke. Sets Module.abA11y (A): the
// mirror's state and its two entry points, and A.ui, the part of the root the page's other
// accessible controls (the outline view, outline_view.js) live in.

(() => {
  // The catalogue's words (web/i18n/i18n.js), read when drawn, so they follow the language.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const tn = (key, count, args) => Module['abI18n'].tn(key, count, args);
  const T = Module['abText'];
  // How long the score must stay put before it is announced: one announcement per settled
  // change, however many edits led to it (a rename typed, a drag of several links, undo held).
  const SETTLE_MS = 700;
  // How long after a change the outline is asked for: edits in a row (a drag of links, undo held)
  // build it once, and a large plan's outline never runs inside the frame of the edit.
  const PULL_MS = 60;
  const A = {
    rows: [],         // the outline's rows as the core sent them
    data: null,       // the whole outline message: rows, overall, band, findings, readOnly
    selected: [],     // the board's selection, in selection order
    firstRow: null,   // item id -> the index of its first row
    announced: undefined,  // the overall last announced (undefined before the first outline)
    timer: 0,
    pull: 0,          // the timer of the next ask for the outline
    announcements: 0, // how many the live region made (for tests and the outline view)
    listeners: [],    // called with A after each outline (outline_view.js redraws)
    el: null,         // the DOM parts, made with the first outline
  };
  Module['abA11y'] = A;

  const CSS =
    '.ab-a11y-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;' +
      'overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}' +
    // The board's focus ring: the canvas' own outline is off (shell.html), so keyboard focus
    // draws one inside its edge.
    '[data-alignboard] > canvas:focus-visible{outline:3px solid #1d4ed8;outline-offset:-3px}' +
    '.ab-a11y button:focus-visible,.ab-a11y input:focus-visible,.ab-a11y select:focus-visible,' +
      '.ab-a11y [tabindex]:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}';

  function addStyles() {
    if (document.adoptedStyleSheets && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS + (Module['abOutlineCss'] || ''));
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } else {
      const el = document.createElement('style');
      el.textContent = CSS + (Module['abOutlineCss'] || '');
      document.head.appendChild(el);
    }
  }

  function make(tag, attrs, parent) {
    const el = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => {
      if (k === 'text') el.textContent = attrs[k];
      else if (k === 'className') el.className = attrs[k];
      else el.setAttribute(k, attrs[k]);
    });
    if (parent) parent.appendChild(el);
    return el;
  }
  A.make = make;

  function build() {
    const canvas = Module['canvas'];
    const root = Module['abRoot'] || canvas.parentElement;
    const prefix = (canvas.id || 'alignboard') + '-a11y';
    addStyles();
    // The accessible parts sit in one element of the root whose key and focus events stay
    // there: the board's keyboard (web/platform/keyboard.js) listens on the root, and must not
    // hear a Space or Delete typed into the outline view.
    const ui = make('div', { className: 'ab-a11y' }, root);
    ['keydown', 'keyup', 'keypress', 'focusin', 'focusout', 'paste', 'copy', 'cut'].forEach((type) => {
      ui.addEventListener(type, (e) => { e.stopPropagation(); });
    });
    const hidden = make('div', { className: 'ab-a11y-hidden' }, ui);
    const hint = make('p', { id: prefix + '-hint' }, hidden);
    const summary = make('p', { id: prefix + '-summary' }, hidden);
    const tree = make('div', {
      id: prefix + '-tree', role: 'tree', 'aria-multiselectable': 'true',
      'aria-describedby': summary.id,
    }, hidden);
    const live = make('div', { role: 'status', 'aria-live': 'polite', 'aria-relevant': 'additions', className: 'ab-a11y-live' }, hidden);
    canvas.setAttribute('role', 'application');
    // The words of the catalogue, set again when the language changes (the rows follow the
    // next refresh, which board_mirror.cpp asks for).
    const words = () => {
      hint.textContent = t('a11y.hint');
      tree.setAttribute('aria-label', t('a11y.tree'));
      canvas.setAttribute('aria-roledescription', t('a11y.board'));
    };
    words();
    Module['abI18n'].onChange(words);
    canvas.setAttribute('aria-owns', tree.id);
    canvas.setAttribute('aria-describedby', summary.id + ' ' + hint.id);
    A.el = { root, ui, canvas, tree, live, summary, prefix };
    if (window.matchMedia && window.matchMedia('(prefers-contrast: more)').matches) _ab_a11y_prefer_contrast();
    if (Module['abOutline']) Module['abOutline'].install(A);
  }

  // posinset and setsize of every row: rows of one level after the same parent row form a set.
  function positions(rows) {
    const pos = new Array(rows.length), size = new Array(rows.length);
    const open = [];  // per level, the indices of its set so far
    function close(from) {
      for (let l = open.length - 1; l >= from; --l) {
        if (open[l]) open[l].forEach((i) => { size[i] = open[l].length; });
        open.length = l;
      }
    }
    rows.forEach((row, i) => {
      close(row.level + 1);
      if (!open[row.level]) open[row.level] = [];
      open[row.level].push(i);
      pos[i] = open[row.level].length;
    });
    close(0);
    return { pos, size };
  }

  function set(el, name, value) {
    if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }

  // The tree is brought in step row by row: an edit changes a few rows, and a large plan's
  // thousands of others keep their nodes.
  function render() {
    const rows = A.rows, tree = A.el.tree;
    const p = positions(rows);
    A.firstRow = Object.create(null);
    for (let i = 0; i < rows.length; ++i) {
      const row = rows[i];
      let el = tree.children[i];
      if (!el) el = make('div', { role: 'treeitem', id: A.el.prefix + '-' + i }, tree);
      if (el.textContent !== row.label) el.textContent = row.label;
      set(el, 'aria-level', row.level);
      set(el, 'aria-posinset', p.pos[i]);
      set(el, 'aria-setsize', p.size[i]);
      set(el, 'aria-expanded', i + 1 < rows.length && rows[i + 1].level > row.level ? 'true' : null);
      el.dataset.id = row.id;
      if (!(row.id in A.firstRow)) A.firstRow[row.id] = i;
    }
    while (tree.children.length > Math.max(rows.length, 1)) tree.removeChild(tree.lastChild);
    // A tree holds items: an empty plan's says so.
    if (!rows.length) {
      const el = tree.children[0] || make('div', { role: 'treeitem', id: A.el.prefix + '-0' }, tree);
      el.textContent = t('a11y.empty');
      el.dataset.id = '';
      ['aria-level', 'aria-posinset', 'aria-setsize', 'aria-expanded', 'aria-selected'].forEach((n) => { set(el, n, null); });
    }
    const d = A.data;
    const findings = d.findings.length;
    const score = d.overall === null ? t('a11y.not_scored')
      : t('a11y.alignment', { score: new Intl.NumberFormat(Module['abI18n'].locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(d.overall),
          band: { good: t('a11y.band_good'), fair: t('a11y.band_fair'), weak: t('a11y.band_weak') }[d.band] || d.band });
    A.el.summary.textContent = t(d.readOnly ? 'a11y.summary_read_only' : 'a11y.summary',
      { score, findings: tn('a11y.findings', findings) });
    showSelection();
  }

  function showSelection() {
    const sel = Object.create(null);
    A.selected.forEach((id) => { sel[id] = true; });
    const rows = A.rows, tree = A.el.tree;
    for (let i = 0; i < rows.length; ++i) set(tree.children[i], 'aria-selected', sel[rows[i].id] ? 'true' : 'false');
    const last = A.selected.length ? A.selected[A.selected.length - 1] : '';
    const row = last in A.firstRow ? A.firstRow[last] : -1;
    const active = row >= 0 ? A.el.prefix + '-' + row : null;
    set(A.el.canvas, 'aria-activedescendant', active);
    set(tree, 'aria-activedescendant', active);
  }

  function announce(text) {
    const live = A.el.live;
    // A new node each time: the same words twice ("up 0.5" after "up 0.5") are said again.
    while (live.firstChild) live.removeChild(live.firstChild);
    make('p', { text }, live);
    A.announcements++;
  }

  // The overall score is announced once it stayed put for SETTLE_MS, as the change from what
  // was announced last; a plan's first outline sets the baseline silently.
  function scoreChanged(overall) {
    if (A.announced === undefined) { A.announced = overall; return; }
    clearTimeout(A.timer);
    // data-pending marks a change still settling (tests wait for it to clear, never for a time).
    A.el.live.setAttribute('data-pending', '');
    A.timer = setTimeout(() => {
      A.el.live.removeAttribute('data-pending');
      const now = A.data.overall;
      const num = (v) => (v === null || v === undefined ? NaN : v);
      const text = T.reply(_ab_a11y_change_text(num(A.announced), num(now)));
      A.announced = now;
      if (text) announce(text);
    }, SETTLE_MS);
  }

  function outline(text) {
    let data;
    try { data = JSON.parse(text); } catch (e) { return; }
    if (!A.el) build();
    A.data = data;
    A.rows = data.rows;
    render();
    scoreChanged(data.overall);
    A.listeners.forEach((fn) => { fn(A); });
  }
  A.outline = outline;
  // The plan changed: the tree is marked busy until the new outline is in (tests wait on it).
  A.changed = function() {
    if (A.pull) return;
    if (A.el) A.el.tree.setAttribute('aria-busy', 'true');
    A.pull = setTimeout(() => {
      A.pull = 0;
      const text = T.reply(_ab_a11y_outline());
      if (text) A.outline(text);
      if (A.el) A.el.tree.removeAttribute('aria-busy');
    }, A.data ? PULL_MS : 0);
  };
  A.selection = function(text) {
    try { A.selected = JSON.parse(text); } catch (e) { return; }
    if (A.el) showSelection();
    A.listeners.forEach((fn) => { fn(A, 'selection'); });
  };
})();
