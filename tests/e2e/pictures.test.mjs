// Pictures of the plan in the browser (docs/pictures.md): export('svg') is the core's picture as
// text (well-formed, every card's title, the plan inside so it opens again), export('png') a PNG
// of the board, the selection or the view at 1x, 2x or 4x, transparent on request, drawn in
// pieces and refused clearly past the browser's canvas limit.
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

import { itemCentre, waitForIdle, screenshot, RESULTS_DIR, sharedSite, appTest } from './harness.mjs';
import { decodePng, colours, pixel } from './png.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const exportSvg = (page) => page.evaluate(() => window.alignboard.export('svg'));
const exportPng = (page, options) => page.evaluate(async (o) => {
  const r = await window.alignboard.export('png', o);
  return r.ok ? { ...r, bytes: Array.from(r.bytes) } : r;
}, options);

// What the page's own XML parser makes of the SVG: parse errors, title texts, card boxes.
const readSvg = (page, svg) => page.evaluate((text) => {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const squash = (s) => s.replace(/\s+/g, '');
  const boxes = {};
  doc.querySelectorAll('g.item').forEach((g) => { boxes[g.getAttribute('data-id')] = g.getAttribute('data-box').split(' ').map(Number); });
  return {
    errors: doc.getElementsByTagName('parsererror').length,
    root: doc.documentElement.nodeName,
    titles: Array.from(doc.querySelectorAll('text.title')).map((t) => squash(t.textContent)),
    links: doc.querySelectorAll('path.link').length,
    viewBox: doc.documentElement.getAttribute('viewBox').split(' ').map(Number),
    boxes,
  };
}, svg);

const cardTitles = (plan) => [
  ...plan.goals.map((g) => g.name), ...plan.strategies.map((s) => s.name), ...plan.tactics.map((t) => t.name),
  ...plan.kpis.map((k) => k.metric), ...plan.products.map((p) => p.name),
  ...plan.insights.map((i) => `\u201c${i.text}\u201d`),
];

appTest(env, "export('svg') is the board as a well-formed SVG holding every card's title and the plan", async ({ app }) => {
  const r = await exportSvg(app.page);
  assert.equal(r.ok, true, r.error);
  assert.equal(r.mime, 'image/svg+xml');
  assert.match(r.file, /\.svg$/);
  const svg = await readSvg(app.page, r.text);
  assert.equal(svg.errors, 0);
  assert.equal(svg.root, 'svg');
  const plan = await app.page.evaluate(() => window.alignboard.getPlan());
  for (const title of cardTitles(plan)) assert.ok(svg.titles.includes(title.replace(/\s+/g, '')), `title "${title}" is in the picture`);
  assert.ok(svg.links > 10, 'the links are drawn');
  // The picture carries the plan: opening it gives the same plan file.
  const loaded = await app.page.evaluate((text) => window.alignboard.loadPlan(text), r.text);
  assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.getPlan()), plan);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(path.join(RESULTS_DIR, 'pictures-selma.svg'), r.text);
  assert.deepEqual(app.errors, []);
});

appTest(env, "export('png') at 2x is the board's picture: its size, not blank, a card in the card's colours", async ({ app }) => {
  const svg = await readSvg(app.page, (await exportSvg(app.page)).text);
  const r = await exportPng(app.page, { scale: 2 });
  assert.equal(r.ok, true, r.error);
  assert.equal(r.mime, 'image/png');
  assert.match(r.file, /\.png$/);
  const image = decodePng(Buffer.from(r.bytes));
  const [vx, vy, vw, vh] = svg.viewBox;
  assert.equal(image.width, Math.ceil(vw * 2));
  assert.equal(image.height, Math.ceil(vh * 2));
  assert.ok(colours(image).size > 50, 'the picture is not blank');
  await writeFile(path.join(RESULTS_DIR, 'pictures-selma-2x.png'), Buffer.from(r.bytes));
  // G1's card: white inside, the goal's indigo along its left edge, the board's grey outside.
  const [x, y, w, h] = svg.boxes.G1;
  const at = (wx, wy) => pixel(image, (wx - vx) * 2, (wy - vy) * 2);
  assert.deepEqual(at(x + w - 6, y + h - 6), [255, 255, 255]);
  const accent = at(x + 1.5, y + h / 2);
  assert.ok(Math.abs(accent[0] - 79) < 12 && Math.abs(accent[1] - 70) < 12 && Math.abs(accent[2] - 229) < 12, `accent ${accent}`);
  const outside = at(vx + 3, vy + 5);
  assert.ok(outside.every((c, i) => Math.abs(c - [244, 245, 248][i]) < 6), `background ${outside}`);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a transparent PNG of the selection is the selected cards alone, with see-through background', async ({ app }) => {
  const c = await itemCentre(app.page, 'G1');
  await app.page.mouse.click(c.x, c.y);
  await waitForIdle(app.page);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), ['G1']);
  const svg = await readSvg(app.page, (await exportSvg(app.page)).text);
  const r = await exportPng(app.page, { scale: 1, transparent: true, what: 'selection' });
  assert.equal(r.ok, true, r.error);
  const image = decodePng(Buffer.from(r.bytes));
  const [, , w, h] = svg.boxes.G1;
  assert.equal(image.width, Math.ceil(w + 48));
  assert.equal(image.height, Math.ceil(h + 48));
  assert.equal(image.data[3], 0, 'the corner is transparent');
  const mid = ((24 + Math.round(h) - 6) * image.width + 24 + Math.round(w) - 6) * 4;
  assert.equal(image.data[mid + 3], 255, 'the card is opaque');
  const view = await exportPng(app.page, { scale: 1, what: 'view' });
  assert.equal(view.ok, true, view.error);
});

appTest(env, 'a PNG past the canvas limit, a bad scale or an empty selection is refused with a reason', async ({ app }) => {
  let r = await exportPng(app.page, { scale: 40 });
  assert.equal(r.ok, false);
  assert.match(r.error, /scale/);
  r = await exportPng(app.page, { what: 'selection' });
  assert.equal(r.ok, false);
  assert.match(r.error, /Select cards first/);
  // A card placed far away makes a board wider than any canvas.
  const plan = await app.page.evaluate(() => window.alignboard.getPlan());
  plan.layout = { ...(plan.layout || {}), G1: { x: 60000, y: 0 } };
  assert.equal((await app.page.evaluate((p) => window.alignboard.loadPlan(p), plan)).ok, true);
  r = await exportPng(app.page, { scale: 1 });
  assert.equal(r.ok, false);
  assert.match(r.error, /pixels a side/);
  r = await exportPng(app.page, { scale: 1, what: 'view' });
  assert.equal(r.ok, true, r.error);
});

appTest(env, 'the SVG drawn by the browser looks like the board (screenshots for a person to compare)', { width: 1600, height: 1000 }, async ({ app }) => {
  await screenshot(app.page, 'pictures-board');
  const r = await exportSvg(app.page);
  const shot = await app.page.evaluate(async (text) => {
    const img = new Image();
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
    await img.decode();
    return { w: img.naturalWidth, h: img.naturalHeight };
  }, r.text);
  assert.ok(shot.w > 1000 && shot.h > 500, `the SVG has a size of its own (${shot.w} x ${shot.h})`);
});
