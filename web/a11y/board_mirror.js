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
    nodes: [],        // the tree's node of each row
    made: 0,          // nodes made so far (each has an id of its own)
    data: null,       // the whole outline message: rows, overall, band, findings, scoreHidden, readOnly
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

  // Adds a style sheet to the page, for every DOM part of the app (mirror, outline, dialogs,
  // workshop): a constructed sheet is CSSOM, which a host's CSP without 'unsafe-inline' still
  // allows; a <style> element where the browser has no constructed sheets.
  A.addStyles = function(css) {
    if (document.adoptedStyleSheets && typeof CSSStyleSheet === 'function' && CSSStyleSheet.prototype.replaceSync) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } else {
      const el = document.createElement('style');
      el.textContent = css;
      document.head.appendChild(el);
    }
  };

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
    A.addStyles(CSS + (Module['abOutlineCss'] || ''));
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
      // The name mount.js gave the canvas before the catalogue was there (a host's own stays).
      if (canvas.hasAttribute('data-ab-words')) canvas.setAttribute('aria-label', t('page.canvas_label'));
      if (A.el && A.el.empty) A.el.empty.textContent = t('a11y.empty');
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

  // A row's node: made once, with an id of its own (aria-activedescendant points at it), kept
  // while its row stays where it is in the tree.
  function rowNode() {
    const el = document.createElement('div');
    el.setAttribute('role', 'treeitem');
    el.id = A.el.prefix + '-' + (A.made++);
    el.abShown = {};  // what it was given last: compared here, not read back from the DOM
    return el;
  }

  // Sets what row `row` shows on `el`, touching only what changed.
  function fill(el, row) {
    if (el.abShown.label !== row.label) { el.textContent = row.label; el.abShown.label = row.label; }
    if (el.abShown.level !== row.level) { el.setAttribute('aria-level', row.level); el.abShown.level = row.level; }
    if (el.dataset.id !== row.id) el.dataset.id = row.id;
  }

  // The whole outline (the first one): a node per row.
  function replaceAll(rows) {
    A.nodes.forEach((el) => { el.remove(); });
    const frag = document.createDocumentFragment();
    A.nodes = rows.map((row) => { const el = rowNode(); fill(el, row); frag.appendChild(el); return el; });
    A.el.tree.appendChild(frag);
    A.rows = rows;
  }

  // An edit of the outline (export/outline_diff.hpp): the splice, then the rows whose words
  // changed. A 10,000-card plan's other nodes are not touched.
  function applyEdit(e) {
    const before = A.nodes[e.start + e.removed] || null;
    A.nodes.slice(e.start, e.start + e.removed).forEach((el) => { el.remove(); });
    const frag = document.createDocumentFragment();
    const made = e.rows.map((row) => { const el = rowNode(); fill(el, row); frag.appendChild(el); return el; });
    A.el.tree.insertBefore(frag, before && before.parentNode ? before : null);
    A.nodes = A.nodes.slice(0, e.start).concat(made, A.nodes.slice(e.start + e.removed));
    A.rows = A.rows.slice(0, e.start).concat(e.rows, A.rows.slice(e.start + e.removed));
    e.changed.forEach((c) => { A.rows[c[0]] = c[1]; fill(A.nodes[c[0]], c[1]); });
  }

  // The set attributes of every row (they move when a sibling comes or goes), set where they changed.
  function render() {
    const rows = A.rows, tree = A.el.tree;
    const p = positions(rows);
    A.firstRow = Object.create(null);
    for (let i = 0; i < rows.length; ++i) {
      const el = A.nodes[i], shown = el.abShown, row = rows[i];
      const expanded = i + 1 < rows.length && rows[i + 1].level > row.level ? 'true' : null;
      if (shown.pos !== p.pos[i]) { el.setAttribute('aria-posinset', p.pos[i]); shown.pos = p.pos[i]; }
      if (shown.size !== p.size[i]) { el.setAttribute('aria-setsize', p.size[i]); shown.size = p.size[i]; }
      if (shown.expanded !== expanded) { set(el, 'aria-expanded', expanded); shown.expanded = expanded; }
      if (!(row.id in A.firstRow)) A.firstRow[row.id] = i;
    }
    // A tree holds items: an empty plan's says so.
    if (!rows.length && !A.el.empty) {
      A.el.empty = make('div', { role: 'treeitem', id: A.el.prefix + '-empty',
                                 text: t('a11y.empty') }, tree);
    } else if (rows.length && A.el.empty) {
      A.el.empty.remove();
      A.el.empty = null;
    }
    const d = A.data;
    const findings = d.findings.length;
    // A workshop's facilitator may hide the score from participants: no score, no findings.
    if (d.scoreHidden) {
      A.el.summary.textContent = t(d.readOnly ? 'a11y.score_hidden_read_only' : 'a11y.score_hidden_summary');
    } else {
      const score = d.overall === null ? t('a11y.not_scored')
        : t('a11y.alignment', { score: new Intl.NumberFormat(Module['abI18n'].locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(d.overall),
            band: { good: t('a11y.band_good'), fair: t('a11y.band_fair'), weak: t('a11y.band_weak') }[d.band] || d.band });
      A.el.summary.textContent = t(d.readOnly ? 'a11y.summary_read_only' : 'a11y.summary',
        { score, findings: tn('a11y.findings', findings) });
    }
    showSelection();
  }

  function showSelection() {
    const sel = Object.create(null);
    A.selected.forEach((id) => { sel[id] = true; });
    const rows = A.rows;
    for (let i = 0; i < rows.length; ++i) {
      const el = A.nodes[i], value = sel[rows[i].id] ? 'true' : 'false';
      if (el.abShown.selected !== value) { el.setAttribute('aria-selected', value); el.abShown.selected = value; }
    }
    const last = A.selected.length ? A.selected[A.selected.length - 1] : '';
    const row = last in A.firstRow ? A.firstRow[last] : -1;
    const active = row >= 0 ? A.nodes[row].id : null;
    set(A.el.canvas, 'aria-activedescendant', active);
    set(A.el.tree, 'aria-activedescendant', active);
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
  function scoreChanged(overall, hidden) {
    // While the score is hidden nothing is said; the reveal sets the baseline afresh, silently
    // (the summary and the items' names show it again).
    if (hidden) { clearTimeout(A.timer); A.el.live.removeAttribute('data-pending'); A.announced = undefined; return; }
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
    if (data.edit) applyEdit(data.edit);
    else replaceAll(data.rows);
    data.rows = A.rows;
    delete data.edit;
    A.data = data;
    render();
    scoreChanged(data.overall, !!data.scoreHidden);
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
