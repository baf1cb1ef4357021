// The browser's own fonts for every character Inter lacks (linked with --js-library; called by
// web/ui/text/browser_glyphs.cpp when ImGui first needs a glyph): CJK, Arabic, Hebrew, Indic, Thai,
// colour emoji. One character is drawn with Canvas 2D fillText, white on transparent, in the
// generic sans-serif family, so the system's fallback fonts answer and nothing is downloaded.
// Its ink box, advance and pixels go back to the atlas. A character no font has comes back as
// a drawn box (tofu), never as a question mark that would read as text.

mergeInto(LibraryManager.library, {
  // State of one instance: a reusable canvas, and per CSS font what a missing character draws.
  $AbGlyphs__postset: 'AbGlyphs.init();',
  $AbGlyphs: {
    init: function() {
      AbGlyphs.canvas = null;
      AbGlyphs.ctx = null;
      AbGlyphs.missing = new Map();  // CSS font -> the drawing of a character no font has
      AbGlyphs.last = null;          // the last glyph's ImageData, until C++ takes it
      AbGlyphs.font = '';            // the CSS font the context has
    },
    // A 2D context at least w x h, read back often (willReadFrequently keeps it on the CPU).
    surface: function(w, h) {
      let c = AbGlyphs.canvas;
      if (!c || c.width < w || c.height < h) {
        const cw = Math.max(w, c ? c.width : 0, 128), ch = Math.max(h, c ? c.height : 0, 128);
        c = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(cw, ch) : document.createElement('canvas');
        c.width = cw;
        c.height = ch;
        AbGlyphs.canvas = c;
        AbGlyphs.ctx = c.getContext('2d', { willReadFrequently: true });
        AbGlyphs.ctx.fillStyle = '#fff';
        AbGlyphs.ctx.textBaseline = 'alphabetic';
        AbGlyphs.font = '';
      }
      return AbGlyphs.ctx;
    },
    // Sets the CSS font only when it changes (parsing it is a measurable part of each glyph).
    setFont: function(ctx, font) {
      if (AbGlyphs.font !== font) {
        ctx.font = font;
        AbGlyphs.font = font;
      }
    },
    // Draws `text` in `font` (size px) with its pen at the baseline: the ink box relative to the
    // pen (x0, y0, with 2 px to spare), the advance and the pixels.
    draw: function(text, font, size) {
      const pad = 2, most = Math.ceil(size * 4);
      let ctx = AbGlyphs.surface(1, 1);
      AbGlyphs.setFont(ctx, font);
      const m = ctx.measureText(text);
      const x0 = Math.max(-most, Math.floor(-m.actualBoundingBoxLeft) - pad);
      const x1 = Math.min(most, Math.ceil(m.actualBoundingBoxRight) + pad);
      const y0 = Math.max(-most, Math.floor(-m.actualBoundingBoxAscent) - pad);
      const y1 = Math.min(most, Math.ceil(m.actualBoundingBoxDescent) + pad);
      const w = x1 - x0, h = y1 - y0;
      const out = { x0, y0, w, h, advance: m.width, pixels: null };
      if (!(w > 2 * pad && h > 2 * pad)) return Object.assign(out, { w: 0, h: 0 });
      ctx = AbGlyphs.surface(w, h);
      AbGlyphs.setFont(ctx, font);  // a new canvas forgets it
      ctx.clearRect(0, 0, w, h);
      ctx.fillText(text, -x0, -y0);
      out.pixels = ctx.getImageData(0, 0, w, h);
      return out;
    },
    same: function(a, b) {
      if (a.w !== b.w || a.h !== b.h || a.advance !== b.advance) return false;
      if (!a.pixels || !b.pixels) return a.pixels === b.pixels;
      const p = a.pixels.data, q = b.pixels.data;
      for (let i = 0; i < p.length; ++i) if (p[i] !== q[i]) return false;
      return true;
    },
    // The app's own box for a character no font has: an outline the height of a capital.
    tofu: function(size) {
      const stroke = Math.max(1, Math.round(size / 14));
      const bw = Math.round(size * 0.55), bh = Math.round(size * 0.72), gap = Math.round(size * 0.08);
      const w = bw + 2 * gap, h = bh + 2;
      const ctx = AbGlyphs.surface(w, h);
      ctx.clearRect(0, 0, w, h);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = stroke;
      ctx.strokeRect(gap + stroke / 2, 1 + stroke / 2, bw - stroke, bh - stroke);
      return { x0: 0, y0: -bh - 1, w, h, advance: w, pixels: ctx.getImageData(0, 0, w, h) };
    },
    // Colour emoji keep their colours; everything else is white ink that the text colour tints.
    colored: function(g) {
      if (!g.pixels) return false;
      const p = g.pixels.data;
      for (let i = 0; i < p.length; i += 4)
        if (p[i + 3] > 64 && Math.min(p[i], p[i + 1], p[i + 2]) < 160) return true;
      return false;
    },
  },

  // Rasterizes `codepoint` at `size` px and `weight` (CSS), writes six floats at `out`: width and
  // height of the pixels, their left and top relative to the pen on the baseline, the advance,
  // and flags (1: in colour, 2: no font has it, drawn as a box). The pixels wait for
  // ab_js_glyph_take.
  ab_js_glyph_raster__deps: ['$AbGlyphs'],
  ab_js_glyph_raster: function(codepoint, size, weight, out) {
    const font = weight + ' ' + size + 'px sans-serif';
    let missing = AbGlyphs.missing.get(font);
    if (!missing) {
      // U+10FFFD is private use in the last plane: no system font draws it.
      missing = AbGlyphs.draw(String.fromCodePoint(0x10FFFD), font, size);
      AbGlyphs.missing.set(font, missing);
    }
    let g = AbGlyphs.draw(String.fromCodePoint(codepoint), font, size);
    let flags = 0;
    if (AbGlyphs.same(g, missing)) {
      g = AbGlyphs.tofu(size);
      flags = 2;
    } else if (AbGlyphs.colored(g)) {
      flags = 1;
    }
    AbGlyphs.last = g.pixels;
    const f = out >> 2;
    HEAPF32[f] = g.w;
    HEAPF32[f + 1] = g.h;
    HEAPF32[f + 2] = g.x0;
    HEAPF32[f + 3] = g.y0;
    HEAPF32[f + 4] = g.advance;
    HEAPF32[f + 5] = flags;
  },

  // The advance of `codepoint` at `size` px and `weight`, measured without drawing: what a glyph
  // left for a later frame takes meanwhile (browser_glyphs.cpp, the per-frame budget).
  ab_js_glyph_advance__deps: ['$AbGlyphs'],
  ab_js_glyph_advance: function(codepoint, size, weight) {
    const ctx = AbGlyphs.surface(1, 1);
    AbGlyphs.setFont(ctx, weight + ' ' + size + 'px sans-serif');
    return ctx.measureText(String.fromCodePoint(codepoint)).width;
  },

  // Copies the last rasterized glyph's RGBA pixels (width x height x 4 bytes) to `dst` (0: drops
  // them, when the atlas had no room).
  ab_js_glyph_take__deps: ['$AbGlyphs'],
  ab_js_glyph_take: function(dst) {
    if (AbGlyphs.last && dst) HEAPU8.set(AbGlyphs.last.data, dst);
    AbGlyphs.last = null;
  },
});
