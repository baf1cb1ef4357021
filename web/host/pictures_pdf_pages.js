// The pages of the plan's PDF handout (docs/pictures.md, "PDF"), shared by the page
// (pictures_pdf.js, where this file is a --pre-js) and the command line (tools/alignboard-pdf.mjs,
// which runs it in a node:vm context with its own Module): page 1 the plan's name and period, the
// board picture, the overall score with its components and the top five findings; the pages after
// it the tactic table. It lays out only: the caller gives pdf-lib (`L`), the document and a text
// kit that knows the fonts:
//   kit.width(text, size, bold)                          the width in points
//   kit.draw(page, text, {x, y, size, bold, color})      may return a promise (a drawn picture)
// Sets Module.abPdfPages = {build}. No destructuring: Emscripten 3.1.6's pre-js minifier loses
// such names (the web_js_syntax test).
(() => {
  const M = 40;             // margin, points
  const TOP_FINDINGS = 5;

  // `text` in lines no wider than `width` at `size` (words longer than a line are cut).
  function wrap(kit, text, size, width, bold) {
    const fits = (s) => kit.width(s, size, bold) <= width;
    const lines = [];
    let line = '';
    for (const word of String(text).split(/\s+/).filter(Boolean)) {
      const next = line ? line + ' ' + word : word;
      if (fits(next)) { line = next; continue; }
      if (line) lines.push(line);
      let rest = Array.from(word);  // by code point, so a cut never splits a surrogate pair
      while (!fits(rest.join('')) && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && !fits(rest.slice(0, n).join(''))) n--;
        lines.push(rest.slice(0, n).join(''));
        rest = rest.slice(n);
      }
      line = rest.join('');
    }
    if (line || !lines.length) lines.push(line);
    return lines;
  }

  // The handout's words: the app's catalogue on the page (Module.abI18n, i18n/*.json), in the
  // reader's language; English on the command line, whose Module has no catalogue.
  const ENGLISH = {
    'plan.untitled': 'Untitled plan',
    'export.score_line': 'Score {score}   completeness {completeness}',
    'score.not_applicable': 'n/a',
    'export.top_findings': 'Top findings',
    'export.no_findings': 'No findings: nothing to fix.',
    'kind.tactic.plural': 'Tactics',
    'export.no_tactics': 'No tactics yet.',
    'kind.tactic.label': 'Tactic',
    'form.channel': 'Channel',
    'form.phase': 'Phase',
    'form.budget': 'Budget',
    'kind.strategy.label': 'Strategy',
    'inspector.total_budget': 'Total budget',
    'export.board_not_drawn': 'The board could not be drawn.',
  };
  function t(key, args) {
    const i18n = Module['abI18n'];
    const text = i18n ? i18n.t(key, args) : key;
    if (text !== key) return text;
    return String(ENGLISH[key] || key).replace(/\{([a-z_]+)\}/g, (whole, name) =>
      (args && Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole));
  }
  // The locale numbers follow: the reader's on the page, en-US on the command line.
  const locale = () => (Module['abI18n'] ? Module['abI18n'].locale() : 'en-US');

  function money(value, currency) {
    if (typeof value !== 'number' || !isFinite(value)) return '';
    try {
      return new Intl.NumberFormat(locale(), { style: 'currency', currency: currency || 'USD', maximumFractionDigits: 0 }).format(value);
    } catch (e) {  // not an ISO code (or a locale Intl lacks): the number and the plan's word for its money
      let n = String(Math.round(value));
      try { n = value.toLocaleString(locale(), { maximumFractionDigits: 0 }); } catch (e2) { /* plain digits */ }
      return n + (currency ? ' ' + currency : '');
    }
  }

  function pct(v) {
    if (typeof v !== 'number') return t('score.not_applicable');
    try {
      return new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
    } catch (e) {
      return v.toFixed(1);
    }
  }
  // The score line and a component's name, as both exports write them.
  const scoreLine = (scores) => t('export.score_line', {
    score: pct(scores.overall),
    completeness: scores.completeness !== undefined ? scores.completeness + '%' : t('score.not_applicable'),
  });
  function componentName(name) {
    const title = t('component.' + name + '.title');
    return title !== 'component.' + name + '.title' ? title : name.replace(/_/g, ' ');
  }
  const str = (v) => (v === undefined || v === null ? '' : String(v));

  // `picture`: {png: bytes} (the board as a picture), or {draw(page, {x, top, w, h})}, which draws
  // it in that box and resolves to the height it took.
  async function firstPage(L, doc, kit, plan, scores, picture, size) {
    const W = size[0], H = size[1];
    const page = doc.addPage(size);
    const ink = L.rgb(0.09, 0.11, 0.15), grey = L.rgb(0.28, 0.33, 0.4);
    let y = H - M - 20;
    for (const line of wrap(kit, str(plan.name) || t('plan.untitled'), 20, W - 2 * M, true).slice(0, 2)) {
      await kit.draw(page, line, { x: M, y, size: 20, bold: true, color: ink });
      y -= 24;
    }
    const period = [plan.start, plan.end].filter(Boolean).join(' \u2013 ');
    if (period) { await kit.draw(page, period, { x: M, y, size: 11, color: grey }); y -= 12; }
    y -= 8;
    if (picture.png) {
      // As wide as the page allows, keeping ~270 points below it for the score.
      const img = await doc.embedPng(picture.png);
      const room = { w: W - 2 * M, h: Math.max(120, y - M - 270) };
      const k = Math.min(room.w / img.width, room.h / img.height);
      const w = img.width * k, h = img.height * k;
      page.drawImage(img, { x: M + (room.w - w) / 2, y: y - h, width: w, height: h });
      y -= h + 24;
    } else if (picture.draw) {
      // Drawn in vectors by the caller (the command line, from the core's SVG).
      const h = await picture.draw(page, { x: M, top: y, w: W - 2 * M, h: Math.max(120, y - M - 270) });
      y -= h + 24;
    }
    await kit.draw(page, scoreLine(scores), { x: M, y, size: 14, bold: true, color: ink });
    y -= 18;
    const names = Object.keys(scores.components || {});
    const colW = (W - 2 * M) / 2;
    for (let i = 0; i < names.length; i++) {
      const row = Math.floor(i / 2), col = i % 2;
      await kit.draw(page, componentName(names[i]) + ': ' + pct(scores.components[names[i]]),
                     { x: M + col * colW, y: y - row * 13, size: 10, color: ink });
    }
    y -= Math.ceil(names.length / 2) * 13 + 12;
    const findings = (scores.findings || []).slice(0, TOP_FINDINGS);
    await kit.draw(page, findings.length ? t('export.top_findings') : t('export.no_findings'), { x: M, y, size: 12, bold: true, color: ink });
    y -= 15;
    for (const f of findings) {
      for (const line of wrap(kit, str(f.message), 10, W - 2 * M - 12)) {
        if (y < M) return;
        await kit.draw(page, line, { x: M + 12, y, size: 10, color: ink });
        y -= 12;
      }
      y -= 3;
    }
  }

  // The tactic table: name, channel, phase, budget, strategy; the header again on every page.
  async function tacticPages(L, doc, kit, plan, size) {
    const W = size[0], H = size[1];
    const cols = [[t('kind.tactic.label'), 0.34], [t('form.channel'), 0.13], [t('form.phase'), 0.1], [t('form.budget'), 0.15],
                  [t('kind.strategy.label'), 0.28]];
    const inner = W - 2 * M;
    const xs = [];
    cols.reduce((x, c) => { xs.push(x); return x + c[1] * inner; }, M);
    const strategyName = {};
    for (const s of plan.strategies || []) strategyName[s.id] = s.name || s.id;
    let page, y;
    const newPage = async () => {
      page = doc.addPage(size);
      y = H - M - 14;
      await kit.draw(page, t('kind.tactic.plural'), { x: M, y, size: 14, bold: true });
      y -= 22;
      for (let i = 0; i < cols.length; i++) await kit.draw(page, cols[i][0], { x: xs[i], y, size: 9, bold: true });
      y -= 5;
      page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 0.5 });
      y -= 12;
    };
    await newPage();
    const tactics = plan.tactics || [];
    if (!tactics.length) await kit.draw(page, t('export.no_tactics'), { x: M, y, size: 10 });
    let total = 0;
    for (const tactic of tactics) {
      if (typeof tactic.budget === 'number' && isFinite(tactic.budget)) total += tactic.budget;
      const cells = [tactic.name || tactic.id, tactic.channel, tactic.phase, money(tactic.budget, plan.currency),
                     (tactic.strategies || []).map((id) => strategyName[id] || id).join(', ')];
      const lines = cells.map((c, i) => wrap(kit, str(c), 9, cols[i][1] * inner - 6));
      const rows = Math.max(...lines.map((l) => l.length));
      if (y - rows * 11 < M) await newPage();
      for (let i = 0; i < lines.length; i++) {
        for (let r = 0; r < lines[i].length; r++) await kit.draw(page, lines[i][r], { x: xs[i], y: y - r * 11, size: 9 });
      }
      y -= rows * 11 + 5;
    }
    if (tactics.length) {
      if (y - 14 < M) await newPage();
      await kit.draw(page, t('inspector.total_budget'), { x: xs[0], y, size: 9, bold: true });
      await kit.draw(page, money(total, plan.currency), { x: xs[3], y, size: 9, bold: true });
    }
  }

  // The whole handout into `doc`: {plan, scores, picture} as firstPage takes them.
  async function build(L, doc, kit, data, size) {
    doc.setTitle(str(data.plan.name) || t('plan.untitled'));
    doc.setCreator('Alignboard');
    await firstPage(L, doc, kit, data.plan, data.scores, data.picture, size);
    await tacticPages(L, doc, kit, data.plan, size);
  }

  Module['abPdfPages'] = { build, money, t, pct, scoreLine, componentName, SIZES: { a4: [595.28, 841.89], letter: [612, 792] } };
})();
