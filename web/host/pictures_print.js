// Printing the app page (docs/pictures.md, "Print"): what the printer gets is a generated
// document, not the canvas with its toolbars. Before the page is printed (Ctrl+P, the action
// `print`, the browser's menu, window.print()) a print-only region is filled with the plan's name
// and period, the board as the core's SVG (vector, text as text), the score with its components,
// the top findings and the tactic table; the page's @media print rules (web/page/shell.html) show
// only that region. Emptied again after printing. Only on the app's own page: a host page that
// mounts boards with a script tag prints as its author made it. Sets P.printable (fills the
// region; the tests call it too) on Module.abPictures.
(() => {
  const P = Module['abPictures'];
  const TOP_FINDINGS = 5;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = String(text);  // text only: nothing from the plan becomes markup
    return e;
  }
  // The words, numbers and money as the PDF handout writes them (pictures_pdf_pages.js).
  const K = () => Module['abPdfPages'];
  const t = (key, args) => K().t(key, args);
  const pct = (v) => K().pct(v);

  // The core's SVG as an element (parsed as XML, so nothing in it runs), scaled by its viewBox.
  function board() {
    const reply = P.svg({ plan: false, background: true, score: false });
    const doc = new DOMParser().parseFromString(reply.svg, 'image/svg+xml');
    const root = doc.documentElement;
    if (root.nodeName !== 'svg') return el('p', 'ab-print-note', t('export.board_not_drawn'));
    root.removeAttribute('width');
    root.removeAttribute('height');
    root.setAttribute('class', 'ab-print-board');
    return document.importNode(root, true);
  }

  function scorePart(scores) {
    const part = el('section', 'ab-print-score');
    part.appendChild(el('h2', '', K().scoreLine(scores)));
    const list = el('ul', 'ab-print-components');
    Object.keys(scores.components || {}).forEach((name) => {
      list.appendChild(el('li', '', K().componentName(name) + ': ' + pct(scores.components[name])));
    });
    part.appendChild(list);
    const findings = (scores.findings || []).slice(0, TOP_FINDINGS);
    part.appendChild(el('h3', '', findings.length ? t('export.top_findings') : t('export.no_findings')));
    const ol = el('ol', 'ab-print-findings');
    findings.forEach((f) => ol.appendChild(el('li', '', f.message)));
    part.appendChild(ol);
    return part;
  }

  function tacticTable(plan) {
    const part = el('section', 'ab-print-tactics');
    part.appendChild(el('h2', '', t('kind.tactic.plural')));
    const tactics = plan.tactics || [];
    if (!tactics.length) { part.appendChild(el('p', '', t('export.no_tactics'))); return part; }
    const money = Module['abPdfPages'].money;
    const strategyName = {};
    (plan.strategies || []).forEach((s) => { strategyName[s.id] = s.name || s.id; });
    const table = el('table');
    const head = el('tr');
    ['kind.tactic.label', 'form.channel', 'form.phase', 'form.budget', 'kind.strategy.label'].forEach((k) => head.appendChild(el('th', '', t(k))));
    table.appendChild(el('thead')).appendChild(head);  // repeated on every printed page
    const body = table.appendChild(el('tbody'));
    let total = 0;
    tactics.forEach((tactic) => {
      if (typeof tactic.budget === 'number' && isFinite(tactic.budget)) total += tactic.budget;
      const row = el('tr');
      [tactic.name || tactic.id, tactic.channel || '', tactic.phase || '', money(tactic.budget, plan.currency),
       (tactic.strategies || []).map((id) => strategyName[id] || id).join(', ')].forEach((c, i) => {
        row.appendChild(el('td', i === 3 ? 'ab-print-number' : '', c));
      });
      body.appendChild(row);
    });
    const foot = el('tr');
    foot.appendChild(el('th', '', t('inspector.total_budget')));
    foot.appendChild(el('td', '', '')).colSpan = 2;
    foot.appendChild(el('th', 'ab-print-number', money(total, plan.currency)));
    foot.appendChild(el('td', '', ''));
    table.appendChild(el('tfoot')).appendChild(foot);
    part.appendChild(table);
    return part;
  }

  let region = null;
  P.printable = () => {
    if (!region) {
      region = el('section', 'ab-print');
      region.setAttribute('aria-hidden', 'true');  // for the printer only
      document.body.appendChild(region);
    }
    region.textContent = '';
    if (!Module['abEmbed'] || !Module['abEmbed'].ready) return region;  // the app has not started
    const json = (ptr) => Module['abText'].json(ptr);
    const plan = json(_ab_bridge_get_plan());
    const scores = json(_ab_bridge_get_scores());
    region.appendChild(el('h1', '', plan.name || t('plan.untitled')));
    const period = [plan.start, plan.end].filter(Boolean).join(' \u2013 ');
    if (period) region.appendChild(el('p', 'ab-print-period', period));
    region.appendChild(board());
    region.appendChild(scorePart(scores));
    region.appendChild(tacticTable(plan));
    return region;
  };
  // On a host page (a script-tag board) the page prints as its author made it: no region there.
  P.print = () => { if (Module['abApp']) P.printable(); window.print(); };

  if (!Module['abApp']) return;
  window.addEventListener('beforeprint', () => P.printable());
  window.addEventListener('afterprint', () => { if (region) region.textContent = ''; });
  // Print previews and emulated print media that send no beforeprint event.
  if (window.matchMedia) {
    const media = window.matchMedia('print');
    const onChange = (e) => { if (e.matches) P.printable(); };
    if (media.addEventListener) media.addEventListener('change', onChange);
  }
})();
