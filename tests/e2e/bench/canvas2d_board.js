// The Canvas 2D reference board (canvas2d_board.html): draws the cards of the board's own SVG
// picture (export('svg'): the same plan, positions, words and colours) with the 2D canvas, the
// way web/board/draw.cpp draws them: the dot grid, the column lanes, the links between adjacent
// columns, and per card its shadow, body, kind accent, border, label row (kind, id, score badge
// or note), title wrapped to the card (measured on its first draw, as the board does) and meta
// line. Only what is on screen is drawn; text too small to read becomes grey bars. It draws on
// demand, like the board: a wheel event pans by its delta in CSS pixels (as the board's wheel
// does) and asks for one animation frame.
//
// window.reference = {load(svgText, camera, frame), frames, idle()}: `camera` is {zoom, x, y},
// a world point (wx, wy) shows at CSS pixel (x + wx * zoom, y + wy * zoom); `frame` the board's
// rectangle {x, y, w, h} in CSS pixels (the board leaves its top bar and side panel out).
'use strict';

const C = {
  bg: 'rgb(244, 245, 248)', dot: 'rgb(214, 218, 225)', lane: 'rgba(235, 238, 243, 0.667)',
  card: 'rgb(255, 255, 255)', border: 'rgb(226, 229, 235)', shadow: 'rgba(16, 24, 40, 0.055)',
  text: 'rgb(23, 28, 38)', muted: 'rgb(102, 112, 133)', faint: 'rgb(152, 162, 179)',
  link: 'rgb(192, 199, 211)', chip: 'rgb(223, 227, 234)',
  health: {
    good: ['rgb(5, 150, 105)', 'rgb(220, 245, 234)'], warn: ['rgb(202, 138, 4)', 'rgb(254, 243, 205)'],
    bad: ['rgb(220, 38, 38)', 'rgb(254, 226, 226)'],
  },
};
// core/layout/geometry.hpp and web/ui/theme.hpp, world units and CSS pixels at zoom 1.
const CARD_W = 232, PAD = 14, LABEL_ROW = 16, ROW_GAP = 6, META_ROW = 16, ROUND = 10, GRID = 24;
const TITLE_SIZE = 14.5, LABEL_SIZE = 11, META_SIZE = 12, BADGE_SIZE = 11.5, HEADING_SIZE = 13.5;
const MIN_READABLE = 5;
const FONT = 'Inter, sans-serif';

const canvas = document.getElementById('board');
// ?raster=cpu keeps the canvas in the page's memory, drawn by the CPU on the main thread (what a
// browser does for 2D canvases on a machine without a GPU, and for willReadFrequently); without
// it the browser accelerates the canvas (in headless Chromium: SwiftShader in the GPU process).
const cpu = new URLSearchParams(location.search).get('raster') === 'cpu';
const ctx = canvas.getContext('2d', cpu ? { willReadFrequently: true } : {});
let cards = [], lanes = [], links = [];
let camera = { zoom: 1, x: 0, y: 0 }, frame = { x: 0, y: 0, w: 0, h: 0 };
let pending = false;

function font(size, weight = 400) {
  return `${weight} ${size}px ${FONT}`;
}

// The cards, lanes and links of the board's SVG picture.
function parse(svgText) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const byId = new Map();
  cards = [...doc.querySelectorAll('g.item')].map((g) => {
    const [x, y] = g.getAttribute('data-box').split(' ').map(Number);
    const texts = [...g.querySelectorAll(':scope > text')];
    const title = g.querySelector('text.title');
    const badgeRect = [...g.querySelectorAll(':scope > rect')].find((r) => /-t$/.test(r.getAttribute('class') || ''));
    const health = badgeRect ? badgeRect.getAttribute('class').replace(/-t$/, '') : '';
    const card = {
      id: g.getAttribute('data-id'), x, y, w: CARD_W, h: 0,
      colour: g.querySelector('path').getAttribute('fill'),
      label: texts[0].textContent,
      badge: health ? texts[1].textContent : '',
      health,
      note: !health && texts.length > 2 && texts[1].getAttribute('text-anchor') === 'end' ? texts[1].textContent : '',
      title: [...title.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
      meta: texts.find((t) => t.getAttribute('class') === 'mu')?.textContent || '',
      lines: null,
    };
    byId.set(card.id, card);
    return card;
  });
  for (const card of cards) measure(card);
  lanes = [...doc.querySelectorAll('g.shelf > rect.lane, g.columns > rect.lane')].map((r) => {
    const heading = r.nextElementSibling;
    const num = (el, name) => Number(el.getAttribute(name));
    return {
      x: num(r, 'x'), y: num(r, 'y'), w: num(r, 'width'), h: num(r, 'height'), title: heading.textContent,
      tx: num(heading, 'x'), ty: num(heading, 'y'),
    };
  });
  links = [...doc.querySelectorAll('g.links > path.link:not(.skip)')]
    .map((p) => [byId.get(p.getAttribute('data-from')), byId.get(p.getAttribute('data-to'))])
    .filter(([a, b]) => a && b);
}

// Wraps `text` at spaces to `width` pixels in the current font (a word longer than the line
// is cut where it overflows), as ImGui's word wrap does.
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (!line || ctx.measureText(next).width <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  lines.push(line);
  return lines;
}

// A card's height from its wrapped title, as web/board/model.cpp computes it.
function measure(card) {
  ctx.font = font(TITLE_SIZE, 600);
  card.lines = wrap(card.title, CARD_W - 2 * PAD);
  card.h = PAD + LABEL_ROW + ROW_GAP + card.lines.length * TITLE_SIZE +
    (card.meta ? ROW_GAP + META_ROW : 0) + PAD;
}

function roundRect(x, y, w, h, r, fill) {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

function drawCard(card, s) {
  const x = Math.round(camera.x + card.x * s), y = Math.round(camera.y + card.y * s);
  const w = card.w * s, h = card.h * s;
  if (x + w < frame.x || x > frame.x + frame.w || y + h < frame.y || y > frame.y + frame.h) return;
  const r = ROUND * s;
  roundRect(x, y + s, w, h + 0.5 * s, r, C.shadow);
  roundRect(x - s, y + 3 * s, w + 2 * s, h + 2 * s, r + s, C.shadow);
  roundRect(x, y, w, h, r, C.card);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.clip();
  ctx.fillStyle = card.colour;
  ctx.fillRect(x, y, 4 * s, h);
  ctx.restore();
  ctx.strokeStyle = C.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, w - 1, h - 1, r);
  ctx.stroke();

  const x0 = x + PAD * s + 2 * s, inner = (card.w - 2 * PAD) * s, top = y + PAD * s;
  const titleTop = y + (PAD + LABEL_ROW + ROW_GAP) * s;
  if (TITLE_SIZE * s < MIN_READABLE) {
    const bar = Math.max(1, 5 * s);
    ctx.fillStyle = C.border;
    ctx.fillRect(x0, top + 4 * s, inner * 0.35, bar);
    ctx.fillRect(x0, titleTop, inner * 0.9, bar);
    ctx.fillRect(x0, titleTop + 2 * bar, inner * 0.6, bar);
    return;
  }
  ctx.textBaseline = 'top';
  ctx.font = font(LABEL_SIZE * s, 700);
  ctx.fillStyle = card.colour;
  ctx.fillText(card.label, x0, top + 1.5 * s);
  const idX = x0 + ctx.measureText(card.label).width + 6 * s;
  const right = x + w - PAD * s;
  if (card.badge) {
    ctx.font = font(BADGE_SIZE * s, 700);
    const bw = ctx.measureText(card.badge).width + 14 * s, bh = (BADGE_SIZE + 5) * s;
    const [ink, tint] = C.health[card.health] || [C.muted, C.chip];
    roundRect(right - bw, top - s, bw, bh, bh / 2, tint);
    ctx.fillStyle = ink;
    ctx.fillText(card.badge, right - bw + 7 * s, top + 1.5 * s);
  } else if (card.note) {
    ctx.font = font(LABEL_SIZE * s);
    ctx.fillStyle = C.faint;
    ctx.textAlign = 'right';
    ctx.fillText(card.note, right, top + 1.5 * s);
    ctx.textAlign = 'left';
  }
  ctx.font = font(LABEL_SIZE * s);
  ctx.fillStyle = C.faint;
  ctx.fillText(card.id, idX, top + 1.5 * s);
  ctx.font = font(TITLE_SIZE * s, 600);
  ctx.fillStyle = C.text;
  card.lines.forEach((line, i) => ctx.fillText(line, x0, titleTop + i * TITLE_SIZE * s));
  if (card.meta) {
    ctx.font = font(META_SIZE * s);
    ctx.fillStyle = C.muted;
    ctx.fillText(card.meta, x0, titleTop + (card.lines.length * TITLE_SIZE + 6) * s);
  }
}

function drawGrid(s) {
  const step = GRID * s;
  if (step < 10) return;
  ctx.fillStyle = C.dot;
  const x0 = camera.x + Math.floor((frame.x - camera.x) / step) * step;
  const y0 = camera.y + Math.floor((frame.y - camera.y) / step) * step;
  for (let y = y0; y < frame.y + frame.h; y += step) {
    if (y < frame.y) continue;
    for (let x = x0; x < frame.x + frame.w; x += step) {
      if (x >= frame.x) ctx.fillRect(x, y, 1.1, 1.1);
    }
  }
}

function drawLanes(s) {
  for (const lane of lanes) {
    const x = camera.x + lane.x * s, y = camera.y + lane.y * s;
    if (x + lane.w * s < frame.x || x > frame.x + frame.w || y + lane.h * s < frame.y || y > frame.y + frame.h) continue;
    roundRect(x, y, lane.w * s, lane.h * s, 16 * s, C.lane);
    if (HEADING_SIZE * s < MIN_READABLE) continue;
    ctx.font = font(HEADING_SIZE * s, 600);
    ctx.fillStyle = C.text;
    ctx.textBaseline = 'alphabetic';  // the SVG's y is the baseline
    ctx.fillText(lane.title, camera.x + lane.tx * s, camera.y + lane.ty * s);
  }
}

function drawLinks(s) {
  ctx.strokeStyle = C.link;
  ctx.fillStyle = C.link;
  ctx.lineWidth = 1.5 * Math.min(1, Math.max(0.6, s));
  const left = frame.x, top = frame.y, right = frame.x + frame.w, bottom = frame.y + frame.h;
  for (const [p, c] of links) {
    const x0 = camera.x + (p.x + p.w) * s, y0 = camera.y + (p.y + p.h / 2) * s;
    const x1 = camera.x + c.x * s, y1 = camera.y + (c.y + c.h / 2) * s;
    const dx = Math.max(40 * s, Math.abs(x1 - x0) * 0.5);
    if (Math.max(x1, x0 + dx) + 8 < left || Math.min(x0, x1 - dx) - 8 > right ||
        Math.max(y0, y1) + 8 < top || Math.min(y0, y1) - 8 > bottom) continue;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.bezierCurveTo(x0 + dx, y0, x1 - dx, y1, x1, y1);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(x0, y0, 3.2 * s, 0, 2 * Math.PI);
    ctx.arc(x1, y1, 3.2 * s, 0, 2 * Math.PI);
    ctx.fill();
  }
}

function draw() {
  pending = false;
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(canvas.clientWidth * dpr), h = Math.round(canvas.clientHeight * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = C.bg;
  ctx.fillRect(0, 0, canvas.clientWidth, canvas.clientHeight);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.x, frame.y, frame.w, frame.h);
  ctx.clip();
  const s = camera.zoom;
  drawGrid(s);
  drawLanes(s);
  drawLinks(s);
  for (const card of cards) drawCard(card, s);
  ctx.restore();
  ++window.reference.frames;
}

function requestDraw() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(draw);
}

canvas.addEventListener('wheel', (e) => {
  e.preventDefault();
  const unit = e.deltaMode === 1 ? 33 : (e.deltaMode === 2 ? canvas.clientHeight : 1);
  camera.x -= e.deltaX * unit;
  camera.y -= e.deltaY * unit;
  requestDraw();
}, { passive: false });

window.reference = {
  frames: 0,
  load(svgText, cam, rect) {
    parse(svgText);
    camera = { ...cam };
    frame = { ...rect };
    requestDraw();
    return cards.length;
  },
  idle: () => !pending,
};
