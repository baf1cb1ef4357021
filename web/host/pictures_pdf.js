// The plan as a PDF handout (docs/pictures.md, "PDF"): page 1 the plan's name and period, the
// board picture (the PNG of pictures.js), the overall score with its components and the top five
// findings; the pages after it the tactic table. Made in the page with npm pdf-lib, which is
// ~500 KB, so it is fetched only when a PDF is first asked for: a <script> from the app's own
// folder (vendor/pdf-lib.min.js, copied by cmake/web.cmake), which the app's CSP (script-src
// 'self', no eval, no blob:) allows. Adds P.pdf to Module.abPictures (pictures.js runs before).
(() => {
  const P = Module['abPictures'];
  const SIZES = { a4: [595.28, 841.89], letter: [612, 792] };  // points, portrait
  const M = 40;             // margin, points
  const TOP_FINDINGS = 5;
  let library = null;       // the promise of window.PDFLib, once asked for

  function loadLibrary() {
    if (window.PDFLib) return Promise.resolve(window.PDFLib);
    if (library) return library;
    const base = Module['abBase'] || new URL('.', location.href).href;
    library = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = base + 'vendor/pdf-lib.min.js';
      s.async = true;
      s.onload = () => (window.PDFLib ? resolve(window.PDFLib) : reject(new Error('The PDF library did not start.')));
      s.onerror = () => reject(new Error('The PDF library (vendor/pdf-lib.min.js) could not be loaded.'));
      document.head.appendChild(s);
    }).catch((err) => { library = null; throw err; });  // a later try may succeed (offline now)
    return library;
  }

  // Helvetica speaks WinAnsi only: other characters become '?', controls a space (documented).
  function speakable(font) {
    const known = new Set(font.getCharacterSet());
    return (value) => Array.from(String(value === undefined || value === null ? '' : value),
      (ch) => (/[\u0000-\u001f\u007f]/.test(ch) ? ' ' : known.has(ch.codePointAt(0)) ? ch : '?')).join('');
  }

  // `text` in lines no wider than `width` at `size` (words longer than a line are cut).
  function wrap(font, text, size, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = line ? line + ' ' + word : word;
      if (font.widthOfTextAtSize(next, size) <= width) { line = next; continue; }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    if (line || !lines.length) lines.push(line);
    return lines;
  }

  function money(value, currency) {
    if (typeof value !== 'number' || !isFinite(value)) return '';
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency || 'USD', maximumFractionDigits: 0 }).format(value);
    } catch (e) {  // not an ISO code: the number and the plan's word for its money
      return value.toLocaleString('en-US', { maximumFractionDigits: 0 }) + (currency ? ' ' + currency : '');
    }
  }

  const pct = (v) => (typeof v === 'number' ? v.toFixed(1) : 'n/a');

  function firstPage(L, doc, fonts, plan, scores, png, size) {
    // No destructuring: Emscripten 3.1.6's minifier of the pre-js loses such names.
    const regular = fonts.regular, bold = fonts.bold, say = fonts.say;
    const W = size[0], H = size[1];
    const page = doc.addPage(size);
    const ink = L.rgb(0.09, 0.11, 0.15), grey = L.rgb(0.28, 0.33, 0.4);
    let y = H - M - 20;
    for (const line of wrap(bold, say(plan.name || 'Untitled plan'), 20, W - 2 * M).slice(0, 2)) {
      page.drawText(line, { x: M, y, size: 20, font: bold, color: ink });
      y -= 24;
    }
    const period = [plan.start, plan.end].filter(Boolean).join(' \u2013 ');
    if (period) { page.drawText(say(period), { x: M, y, size: 11, font: regular, color: grey }); y -= 12; }
    y -= 8;
    // The picture: as wide as the page allows, keeping ~270 points below it for the score.
    const image = doc.embedPng(png.bytes);
    return image.then((img) => {
      const room = { w: W - 2 * M, h: Math.max(120, y - M - 270) };
      const k = Math.min(room.w / img.width, room.h / img.height);
      const w = img.width * k, h = img.height * k;
      page.drawImage(img, { x: M + (room.w - w) / 2, y: y - h, width: w, height: h });
      y -= h + 24;
      page.drawText('Score ' + pct(scores.overall) + '   completeness ' + (scores.completeness !== undefined ? scores.completeness + '%' : 'n/a'),
                    { x: M, y, size: 14, font: bold, color: ink });
      y -= 18;
      const names = Object.keys(scores.components || {});
      const colW = (W - 2 * M) / 2;
      names.forEach((name, i) => {
        const row = Math.floor(i / 2), col = i % 2;
        page.drawText(say(name.replace(/_/g, ' ')) + ': ' + pct(scores.components[name]),
                      { x: M + col * colW, y: y - row * 13, size: 10, font: regular, color: ink });
      });
      y -= Math.ceil(names.length / 2) * 13 + 12;
      const findings = (scores.findings || []).slice(0, TOP_FINDINGS);
      page.drawText(findings.length ? 'Top findings' : 'No findings: nothing to fix.', { x: M, y, size: 12, font: bold, color: ink });
      y -= 15;
      for (const f of findings) {
        for (const line of wrap(regular, say(f.message), 10, W - 2 * M - 12)) {
          if (y < M) return;
          page.drawText(line, { x: M + 12, y, size: 10, font: regular, color: ink });
          y -= 12;
        }
        y -= 3;
      }
    });
  }

  // The tactic table: name, channel, phase, budget, strategy; the header again on every page.
  function tacticPages(L, doc, fonts, plan, size) {
    // No destructuring: Emscripten 3.1.6's minifier of the pre-js loses such names.
    const regular = fonts.regular, bold = fonts.bold, say = fonts.say;
    const W = size[0], H = size[1];
    const cols = [['Tactic', 0.34], ['Channel', 0.13], ['Phase', 0.1], ['Budget', 0.15], ['Strategy', 0.28]];
    const inner = W - 2 * M;
    const xs = [];
    cols.reduce((x, c) => { xs.push(x); return x + c[1] * inner; }, M);
    const strategyName = {};
    for (const s of plan.strategies || []) strategyName[s.id] = s.name || s.id;
    let page, y;
    const newPage = () => {
      page = doc.addPage(size);
      y = H - M - 14;
      page.drawText('Tactics', { x: M, y, size: 14, font: bold });
      y -= 22;
      cols.forEach((c, i) => page.drawText(c[0], { x: xs[i], y, size: 9, font: bold }));
      y -= 5;
      page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 0.5 });
      y -= 12;
    };
    newPage();
    const tactics = plan.tactics || [];
    if (!tactics.length) page.drawText('No tactics yet.', { x: M, y, size: 10, font: regular });
    let total = 0;
    for (const t of tactics) {
      if (typeof t.budget === 'number' && isFinite(t.budget)) total += t.budget;
      const cells = [t.name || t.id, t.channel, t.phase, money(t.budget, plan.currency),
                     (t.strategies || []).map((id) => strategyName[id] || id).join(', ')];
      const lines = cells.map((c, i) => wrap(regular, say(c), 9, cols[i][1] * inner - 6));
      const rows = Math.max(...lines.map((l) => l.length));
      if (y - rows * 11 < M) newPage();
      lines.forEach((ls, i) => ls.forEach((line, r) => page.drawText(line, { x: xs[i], y: y - r * 11, size: 9, font: regular })));
      y -= rows * 11 + 5;
    }
    if (tactics.length) {
      if (y - 14 < M) newPage();
      page.drawText('Total budget', { x: xs[0], y, size: 9, font: bold });
      page.drawText(say(money(total, plan.currency)), { x: xs[3], y, size: 9, font: bold });
    }
  }

  P.pdf = async (options) => {
    const o = options || {};
    const paper = o.paper === undefined ? 'a4' : String(o.paper).toLowerCase();
    const size = SIZES[paper];
    if (!size) throw new Error('paper must be "a4" or "letter".');
    const text = (ptr) => Module['abText'].json(ptr);
    const plan = text(_ab_bridge_get_plan());
    const scores = text(_ab_bridge_get_scores());
    // The board at 2x: sharp on paper, and within the canvas limit for boards of usual size.
    const png = await P.png({ scale: 2 });
    const L = await loadLibrary();
    const doc = await L.PDFDocument.create();
    doc.setTitle(String(plan.name || 'Untitled plan'));
    doc.setCreator('Alignboard');
    const regular = await doc.embedFont(L.StandardFonts.Helvetica);
    const bold = await doc.embedFont(L.StandardFonts.HelveticaBold);
    const fonts = { regular, bold, say: speakable(regular) };
    await firstPage(L, doc, fonts, plan, scores, png, size);
    tacticPages(L, doc, fonts, plan, size);
    const bytes = await doc.save();
    return { ok: true, bytes, file: png.file.replace(/\.png$/, '.pdf'), mime: 'application/pdf', pages: doc.getPageCount() };
  };

  P.downloadPdf = (options) => P.exportBinary('pdf', options).then((r) => {
    if (r.ok) Module['abStore'].download(r.file, r.mime, r.bytes);
    else P.say(r.error);
    return r;
  });
})();
