// The board in a PDF from the core's SVG (core/export/svg/svg.cpp), for tools/alignboard-pdf.mjs:
// the core writes a small, regular vocabulary (rect, path, circle, text with tspans, colours
// from classes in one <style>), which is drawn here with pdf-lib's vector calls: the same
// picture as the browser's, in vectors, with its text as text. Not an SVG renderer: what the
// core does not write (transforms, gradients, nested styles) is not read. The background dots
// (a pattern) are left out.

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s) => s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e) => (e[0] === '#'
  ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  : ENTITIES[e] ?? m));

function attrs(text) {
  const out = {};
  for (const m of text.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]] = unescape(m[2]);
  return out;
}

// ".a{fill:#fff;stroke:#e2e5eb}.b{...}" -> {a: {fill, stroke}, ...}
function classes(svg) {
  const out = {};
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg);
  if (!style) return out;
  for (const m of style[1].matchAll(/\.([\w-]+)\{([^}]*)\}/g)) {
    const props = {};
    for (const decl of m[2].split(';')) {
      const i = decl.indexOf(':');
      if (i > 0) props[decl.slice(0, i).trim()] = decl.slice(i + 1).trim();
    }
    out[m[1]] = props;
  }
  return out;
}

function colour(L, value) {
  if (!value || value === 'none' || value.startsWith('url(')) return null;
  let hex = value.replace('#', '');
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) return null;
  return L.rgb(parseInt(hex.slice(0, 2), 16) / 255, parseInt(hex.slice(2, 4), 16) / 255, parseInt(hex.slice(4, 6), 16) / 255);
}

const num = (v, d = 0) => (v === undefined || !isFinite(Number(v)) ? d : Number(v));

function roundRect(x, y, w, h, r) {
  r = Math.max(0, Math.min(r, w / 2, h / 2));
  if (!r) return `M${x} ${y} H${x + w} V${y + h} H${x} Z`;
  return `M${x + r} ${y} H${x + w - r} A${r} ${r} 0 0 1 ${x + w} ${y + r} V${y + h - r} ` +
    `A${r} ${r} 0 0 1 ${x + w - r} ${y + h} H${x + r} A${r} ${r} 0 0 1 ${x} ${y + h - r} ` +
    `V${y + r} A${r} ${r} 0 0 1 ${x + r} ${y} Z`;
}

// Draws `svg` fitted into box {x, top, w, h} (points) of `page`; returns the height it took.
export async function drawBoard(L, page, kit, svg, box) {
  const root = /<svg\b[^>]*>/.exec(svg);
  const vb = root && /viewBox="([^"]+)"/.exec(root[0]);
  if (!vb) return 0;
  const v = vb[1].trim().split(/\s+/).map(Number);
  const k = Math.min(box.w / v[2], box.h / v[3]);
  const ox = box.x + (box.w - v[2] * k) / 2 - v[0] * k;   // page x of world x = 0
  const oy = box.top + v[1] * k;                          // page y of world y = 0
  const at = { x: ox, y: oy, scale: k };
  const styles = classes(svg);
  const body = svg.replace(/<defs>[\s\S]*?<\/defs>/g, '');
  const look = (a) => {
    const s = {};
    for (const c of (a.class || '').split(/\s+/)) Object.assign(s, styles[c] || {});
    for (const p of ['fill', 'stroke', 'stroke-width', 'fill-opacity']) if (a[p] !== undefined) s[p] = a[p];
    return s;
  };
  const shape = (d, s) => {
    const fill = colour(L, s.fill === undefined ? '#000' : s.fill);
    const stroke = colour(L, s.stroke);
    if (!fill && !stroke) return;
    const o = Object.assign({}, at);
    if (fill) { o.color = fill; o.opacity = num(s['fill-opacity'], 1); }
    if (stroke) {
      o.borderColor = stroke;
      o.borderWidth = num(s['stroke-width'], 1);
      o.borderOpacity = num(s['stroke-opacity'], 1);
      if (s['stroke-dasharray']) o.borderDashArray = s['stroke-dasharray'].split(/[\s,]+/).map(Number);
    }
    page.drawSvgPath(d, o);
  };
  for (const m of body.matchAll(/<(rect|path|circle|text)\b([^>]*?)(\/>|>([\s\S]*?)<\/text>)/g)) {
    const a = attrs(m[2]);
    const s = look(a);
    if (m[1] === 'rect') {
      if (num(a.width) > 0 && num(a.height) > 0) shape(roundRect(num(a.x), num(a.y), num(a.width), num(a.height), num(a.rx)), s);
    } else if (m[1] === 'path') {
      if (a.d) shape(a.d, s);
    } else if (m[1] === 'circle') {
      const r = num(a.r);
      const cx = num(a.cx), cy = num(a.cy);
      shape(`M${cx - r} ${cy} A${r} ${r} 0 1 0 ${cx + r} ${cy} A${r} ${r} 0 1 0 ${cx - r} ${cy} Z`, s);
    } else {
      const size = num(a['font-size'], 12) * k;
      const bold = /^(600|700|bold)$/.test(s['font-weight'] || '');
      const color = colour(L, s.fill || '#000') || L.rgb(0, 0, 0);
      const lines = [];
      let y = num(a.y);
      const inner = m[4] || '';
      if (inner.includes('<tspan')) {
        for (const t of inner.matchAll(/<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g)) {
          const ta = attrs(t[1]);
          y += num(ta.dy);
          lines.push({ x: num(ta.x, num(a.x)), y, text: unescape(t[2]) });
        }
      } else {
        lines.push({ x: num(a.x), y, text: unescape(inner) });
      }
      for (const line of lines) {
        if (!line.text.trim()) continue;
        let x = ox + line.x * k;
        if (a['text-anchor'] === 'end') x -= kit.width(line.text, size, bold);
        else if (a['text-anchor'] === 'middle') x -= kit.width(line.text, size, bold) / 2;
        await kit.draw(page, line.text, { x, y: oy - line.y * k, size, bold, color });
      }
    }
  }
  return v[3] * k;
}
