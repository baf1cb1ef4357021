// Pictures of the plan in the page (docs/pictures.md): PNG made from the core's SVG
// (ab_pictures_svg) with an <img> and a canvas, "Copy as image" through the clipboard, and the
// binary formats of export(): export('png', {scale, transparent, what}) resolves to
// {ok, bytes: Uint8Array, file, mime, width, height}; 'pdf' is pictures_pdf.js's. Sets Module.abPictures; extends the host
// API of embed.js (which runs before this file) so export() takes them beside the text formats.
(() => {
  const P = Module['abPictures'] = {};
  // The catalogue's words (web/i18n/i18n.js), read when a picture is asked for.
  const t = (key, args) => Module['abI18n'].t(key, args);
  const num = (n) => new Intl.NumberFormat(Module['abI18n'].locale()).format(n);
  const PAD = 24;              // world units around a selection
  const TILE = 2048;           // device pixels a side per drawn piece: bounds the image decoded at once
  const MAX_SIDE = 32767;      // the largest canvas side browsers draw (Chromium, Firefox)
  const MAX_AREA = 268435456;  // and the largest area (16384 x 16384, Chromium's and Safari's cap)

  function svgReply(options) {
    const json = JSON.stringify(options);
    return Module['abText'].withCStrings([json], p => Module['abText'].json(_ab_pictures_svg(p)));
  }

  // The root tag's viewBox as numbers.
  function viewBox(svg) {
    const m = /<svg[^>]*\sviewBox="([-\d.e ]+)"/.exec(svg.slice(0, 2000));
    const v = m ? m[1].trim().split(/\s+/).map(Number) : [0, 0, 100, 100];
    return { x: v[0], y: v[1], w: v[2], h: v[3] };
  }

  // The world rectangle of the selected cards (their data-box), with a margin.
  function selectionBox(svg, ids) {
    if (!ids.length) throw new Error(t('pictures.select_first'));
    const want = new Set(ids);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    let box = null;
    doc.querySelectorAll('g.item').forEach(g => {
      if (!want.has(g.getAttribute('data-id'))) return;
      // No destructuring: Emscripten 3.1.6's pre-js minifier loses the names (web_js_syntax test).
      const b = g.getAttribute('data-box').split(' ').map(Number);
      const x = b[0], y = b[1], w = b[2], h = b[3];
      box = box ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + w), y1: Math.max(box.y1, y + h) }
                : { x0: x, y0: y, x1: x + w, y1: y + h };
    });
    if (!box) throw new Error(t('pictures.not_on_board'));
    return { x: box.x0 - PAD, y: box.y0 - PAD, w: box.x1 - box.x0 + 2 * PAD, h: box.y1 - box.y0 + 2 * PAD };
  }

  // The same picture showing world rectangle `r` at w x h pixels.
  function framed(svg, r, w, h) {
    const open = svg.indexOf('<svg');
    const end = svg.indexOf('>', open);
    const tag = svg.slice(open, end)
      .replace(/\swidth="[^"]*"/, ' width="' + w + '"')
      .replace(/\sheight="[^"]*"/, ' height="' + h + '"')
      .replace(/\sviewBox="[^"]*"/, ' viewBox="' + [r.x, r.y, r.w, r.h].join(' ') + '" preserveAspectRatio="none"');
    return svg.slice(0, open) + tag + svg.slice(end);
  }

  // A data: URL: the app's Content-Security-Policy lets images come from data: (not blob:).
  function loadImage(svg) {
    return new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error(t('pictures.not_drawn')));
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    });
  }

  function tooLarge(w, h) {
    return t('pictures.too_large', { w: num(w), h: num(h), side: num(MAX_SIDE), area: num(Math.round(MAX_AREA / 1e6)) });
  }

  // {canvas, width, height, file} of the board, the selection or the view at `scale`.
  async function render(options) {
    const o = options || {};
    const scale = o.scale === undefined ? 1 : Number(o.scale);
    if (!(scale > 0 && scale <= 8)) throw new Error('scale must be a number from 0 to 8 (1, 2 or 4 are usual).');
    const what = o.what || 'board';
    if (['board', 'selection', 'view'].indexOf(what) < 0) throw new Error('what must be "board", "selection" or "view".');
    const reply = svgReply({ plan: false, background: !o.transparent, score: !!o.score });
    const svg = reply.svg;
    const r = what === 'board' ? viewBox(svg) : what === 'view' ? reply.view : selectionBox(svg, reply.selection);
    const width = Math.max(1, Math.ceil(r.w * scale)), height = Math.max(1, Math.ceil(r.h * scale));
    if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_AREA) throw new Error(tooLarge(width, height));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(tooLarge(width, height));
    // Piece by piece: each piece is the picture framed on its own part of the world, so no image
    // larger than TILE x TILE pixels is ever decoded, whatever the board's size.
    for (let ty = 0; ty < height; ty += TILE) {
      for (let tx = 0; tx < width; tx += TILE) {
        const tw = Math.min(TILE, width - tx), th = Math.min(TILE, height - ty);
        const piece = { x: r.x + tx / scale, y: r.y + ty / scale, w: tw / scale, h: th / scale };
        const img = await loadImage(framed(svg, piece, tw, th));
        ctx.drawImage(img, tx, ty, tw, th);
      }
    }
    return { canvas, width, height, file: what === 'board' ? reply.file : reply.file.replace(/\.png$/, '-' + what + '.png') };
  }

  function pngBlob(canvas) {
    return new Promise((resolve, reject) => canvas.toBlob(
      b => b ? resolve(b) : reject(new Error(t('pictures.not_encoded'))), 'image/png'));
  }

  P.svg = svgReply;  // the print (pictures_print.js) shows the same picture

  P.png = async (options) => {
    const out = await render(options);
    const blob = await pngBlob(out.canvas);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { ok: true, bytes, file: out.file, mime: 'image/png', width: out.width, height: out.height };
  };

  // A failure is a reply ({ok: false, error}) as with every other request, and told as a notice.
  P.exportBinary = (format, options) => {
    // P.pdf comes from pictures_pdf.js (which runs after this file).
    const run = format === 'png' ? P.png(options)
      : format === 'pdf' && P.pdf ? P.pdf(options)
      : Promise.reject(new Error('unknown export format "' + format + '"'));
    return run.catch(err => ({ ok: false, error: String(err && err.message || err) }));
  };

  P.downloadPng = (options) => P.exportBinary('png', options).then(r => {
    if (r.ok) Module['abStore'].download(r.file, r.mime, r.bytes);
    else P.say(r.error);
    return r;
  });

  // The clipboard takes a promise of the PNG, so the copy keeps the user's click as its gesture
  // while the picture is drawn.
  P.copyImage = (options) => {
    if (!navigator.clipboard || typeof ClipboardItem === 'undefined') {
      const r = { ok: false, error: t('pictures.no_clipboard') };
      P.say(r.error);
      return Promise.resolve(r);
    }
    const blob = render(options).then(out => pngBlob(out.canvas));
    return navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]).then(
      () => { P.say(t('pictures.copied'), true); return { ok: true }; },
      err => { const r = { ok: false, error: t('pictures.not_copied', { reason: err && err.message || err }) }; P.say(r.error); return r; });
  };

  // Messages go to the board's notice line (C++), else the console.
  P.say = (text, good) => {
    if (typeof _ab_pictures_notice === 'function') Module['abText'].withCStrings([String(text)], p => _ab_pictures_notice(p, good ? 0 : 1));
    else console.warn(text);
  };

  // export(format, options): text formats reply at once as before; 'png' and 'pdf' reply with a
  // promise.
  const E = Module['abEmbed'];
  E.binaryExport = P.exportBinary;  // the framed page's export requests (embed.js)
  const extend = E.extend;
  E.extend = (api) => {
    extend(api);
    const textExport = api['export'];
    api['export'] = (format, options) => (format === 'png' || format === 'pdf' ? P.exportBinary(format, options) : textExport(format));
    api.copyImage = (options) => P.copyImage(options);
    return api;
  };
})();
