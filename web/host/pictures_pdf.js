// The plan as a PDF handout (docs/pictures.md, "PDF"), made in the page: the pages are
// pictures_pdf_pages.js's; this file brings pdf-lib, the fonts and the board picture (the PNG of
// pictures.js). npm pdf-lib and @pdf-lib/fontkit are ~1.3 MB together, so they are fetched only
// when a PDF is first asked for: <script>s from the app's own folder (vendor/, copied by
// cmake/web.cmake), which the app's CSP (script-src 'self', no eval, no blob:) allows.
// Text: the app's own Inter subset (fonts/inter-*.otf: Latin, Greek, Cyrillic, Vietnamese),
// embedded, so it stays selectable and searchable text. A line with any
// character Inter lacks (CJK, Arabic, Hebrew, Thai, emoji...) is drawn as a picture by the
// browser's Canvas 2D, which has the system's fonts, shaping and right-to-left order as the board
// has them; pdf-lib alone would neither shape Arabic nor order it. Adds P.pdf and P.downloadPdf
// to Module.abPictures (pictures.js runs before).
(() => {
  const P = Module['abPictures'];
  const pages = Module['abPdfPages'];
  const t = (key, args) => pages.t(key, args);  // the catalogue's words (pictures_pdf_pages.js)
  const RASTER = 4;         // device pixels per point for lines drawn as pictures (288 dpi)
  let library = null;       // the promise of {L: window.PDFLib, fontkit, fonts}, once asked for

  function script(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = resolve;
      s.onerror = () => reject(new Error(t('pdf.library_failed', { file: src.replace(/^.*\//, 'vendor/') })));
      document.head.appendChild(s);
    });
  }

  function bytesOf(url) {
    return fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(t('pdf.font_failed', { file: url.replace(/^.*\//, 'fonts/'), status: r.status }));
      return r.arrayBuffer();
    });
  }

  function loadLibrary() {
    if (library) return library;
    const base = Module['abBase'] || new URL('.', location.href).href;
    library = Promise.all([
      window.PDFLib ? null : script(base + 'vendor/pdf-lib.min.js'),
      window.fontkit ? null : script(base + 'vendor/fontkit.umd.min.js'),
      bytesOf(base + 'fonts/inter-regular.otf'),
      bytesOf(base + 'fonts/inter-semibold.otf'),
    ]).then((got) => {
      if (!window.PDFLib || !window.fontkit) throw new Error(t('pdf.library_not_started'));
      return { L: window.PDFLib, fontkit: window.fontkit, regular: got[2], bold: got[3] };
    }).catch((err) => { library = null; throw err; });  // a later try may succeed (offline now)
    return library;
  }

  const cssColour = (c) => (c ? 'rgb(' + [c.red, c.green, c.blue].map((v) => Math.round(v * 255)).join(',') + ')' : '#000');

  // The text kit pictures_pdf_pages.js lays out with (see there).
  function textKit(doc, regular, bold) {
    const known = new Set(regular.getCharacterSet());
    const inInter = (s) => Array.from(s).every((ch) => known.has(ch.codePointAt(0)));
    const clean = (v) => String(v).replace(/[\u0000-\u001f\u007f]/g, ' ');
    const ctx = document.createElement('canvas').getContext('2d');
    const cssFont = (size, isBold) => (isBold ? '600 ' : '400 ') + size + "px Inter, system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'Droid Sans Fallback', sans-serif";
    const pictures = new Map();  // one picture per distinct line, drawn as often as it is used

    async function picture(s, o) {
      const key = [s, o.size, !!o.bold, cssColour(o.color)].join('\u0000');
      if (pictures.has(key)) return pictures.get(key);
      ctx.font = cssFont(o.size, o.bold);
      const m = ctx.measureText(s);
      const above = o.size * 1.05, below = o.size * 0.35;  // room for accents and descenders
      const w = Math.max(1, m.width), h = above + below;
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(w * RASTER) + 2;
      canvas.height = Math.ceil(h * RASTER);
      const c = canvas.getContext('2d');
      c.scale(RASTER, RASTER);
      c.font = cssFont(o.size, o.bold);
      c.fillStyle = cssColour(o.color);
      c.textBaseline = 'alphabetic';
      c.fillText(s, 0, above);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error(t('pdf.text_not_drawn', { text: s.slice(0, 40) }));
      const image = await doc.embedPng(new Uint8Array(await blob.arrayBuffer()));
      const out = { image, w: canvas.width / RASTER, h, below };
      pictures.set(key, out);
      return out;
    }

    return {
      width(text, size, isBold) {
        const s = clean(text);
        if (inInter(s)) return (isBold ? bold : regular).widthOfTextAtSize(s, size);
        ctx.font = cssFont(size, isBold);
        return ctx.measureText(s).width;
      },
      async draw(page, text, o) {
        const s = clean(text);
        if (!s.trim()) return;
        if (inInter(s)) {
          page.drawText(s, { x: o.x, y: o.y, size: o.size, font: o.bold ? bold : regular, color: o.color });
          return;
        }
        const p = await picture(s, o);
        page.drawImage(p.image, { x: o.x, y: o.y - p.below, width: p.w, height: p.h });
      },
    };
  }

  P.pdf = async (options) => {
    const o = options || {};
    const paper = o.paper === undefined ? 'a4' : String(o.paper).toLowerCase();
    const size = pages.SIZES[paper];
    if (!size) throw new Error('paper must be "a4" or "letter".');
    const text = (ptr) => Module['abText'].json(ptr);
    const plan = text(_ab_bridge_get_plan());
    const scores = text(_ab_bridge_get_scores());
    // The board at 2x: sharp on paper, and within the canvas limit for boards of usual size.
    const png = await P.png({ scale: 2 });
    const lib = await loadLibrary();
    const L = lib.L;
    const doc = await L.PDFDocument.create();
    doc.registerFontkit(lib.fontkit);
    // Embedded as they are: they are already the build's subsets (~77 KB, ~60 KB compressed in
    // the PDF). @pdf-lib/fontkit's own subsetting writes CFF fonts that PDF readers reject
    // (poppler draws a stand-in font), so it is not used (docs/pictures.md).
    const regular = await doc.embedFont(lib.regular, { subset: false });
    const bold = await doc.embedFont(lib.bold, { subset: false });
    await pages.build(L, doc, textKit(doc, regular, bold), { plan, scores, picture: { png: png.bytes } }, size);
    const bytes = await doc.save();
    return { ok: true, bytes, file: png.file.replace(/\.png$/, '.pdf'), mime: 'application/pdf', pages: doc.getPageCount() };
  };

  P.downloadPdf = (options) => P.exportBinary('pdf', options).then((r) => {
    if (r.ok) Module['abStore'].download(r.file, r.mime, r.bytes);
    else P.say(r.error);
    return r;
  });
})();
