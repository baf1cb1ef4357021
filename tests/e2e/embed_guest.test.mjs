// Embeds behave like guests in someone else's page: the wheel over an embed scrolls the host
// page until the user clicks into the board; a read-only embed starts no rename and no link drag
// and shows no Plans button; the host's load reply carries the reader's warnings; and
// examples/embed.html works on whatever port it is served from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { startServer, APP_CSP } from '../../scripts/serve.mjs';
import { browserPool, ROOT, WEB_DIR, screenshot } from './harness.mjs';

const LIMIT = 120_000;
const pool = browserPool();
let site;
let host;
let hostDir;

before(async () => {
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'alignboard-guest-'));
  // A blog post far taller than the window, with the app framed near its top.
  await writeFile(path.join(hostDir, 'post.html'),
    '<!doctype html><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">' +
    '<body style="margin:0"><p style="height:40px">Our plan:</p><div id="slot"></div>' +
    '<div style="height:3000px">The rest of the post.</div></body>');
  host = await startServer(hostDir, 0);
  const siteDir = path.join(hostDir, 'app');
  await cp(WEB_DIR, siteDir, { recursive: true, dereference: true });
  await writeFile(path.join(siteDir, 'config.json'), JSON.stringify({ frame_origins: [host.url] }));
  site = await startServer(siteDir, 0, { headers: { 'Content-Security-Policy': APP_CSP } });
});
after(async () => {
  await pool.closeAll();
  await site.close();
  await host.close();
  await rm(hostDir, { recursive: true, force: true });
});

// The blog post with the app framed at `query` (800x500); resolves to {page, frame}.
async function post(query, { width = 800, height = 500 } = {}) {
  const browser = await pool.get(1);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(host.url + 'post.html');
  await page.evaluate(([src, w, h]) => {
    window.__msgs = [];
    window.addEventListener('message', (e) => window.__msgs.push(e.data));
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.cssText = `width: ${w}px; height: ${h}px; border: 0; display: block`;
    document.getElementById('slot').appendChild(frame);
  }, [site.url + query, width, height]);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => window.alignboardReady !== undefined);
  await frame.evaluate(() => window.alignboardReady.then(() => true));
  await idle(frame);
  return { page, frame };
}
const idle = (frame) => frame.waitForFunction(() => window.alignboard.isIdle());
const inFrame = (frame, fn, ...args) => frame.evaluate(([f, a]) => window.alignboard[f](...a), [fn, args]);
// Where the frame is on the host page now (it moves as the page scrolls).
const frameBox = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().toJSON());

test('the wheel over an embed scrolls the host page; after a click into the board it pans the board', { timeout: LIMIT }, async () => {
  const { page, frame } = await post('?template=selma&ui=minimal');
  const before = await inFrame(frame, 'itemRect', 'G1');
  assert.ok(before, 'the goal is on screen');
  let box = await frameBox(page);
  await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
  await page.mouse.wheel(0, 240);
  await page.waitForFunction(() => window.scrollY > 0);
  await idle(frame);
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the host page scrolled');
  assert.deepEqual(await inFrame(frame, 'itemRect', 'G1'), before, 'the board camera did not move');
  assert.match(await frame.evaluate(() => document.querySelector('.ab-wheel-hint').textContent), /Click the board/);
  await screenshot(page, 'embed-guest-wheel-hint');

  // A click into the board (on empty board, below the cards) makes the wheel the board's.
  box = await frameBox(page);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.click(box.left + box.width / 2, box.top + box.height - 30);
  await idle(frame);
  const clicked = await inFrame(frame, 'itemRect', 'G1');
  await page.mouse.wheel(0, 200);
  await frame.waitForFunction((y) => { const r = window.alignboard.itemRect('G1'); return !r || r.y !== y; }, clicked.y);
  await idle(frame);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the host page stayed where it was');
  await screenshot(page, 'embed-guest-wheel');
  await page.close();
});

test('a script-tag board is a guest too: the wheel scrolls the page until a click into the board', { timeout: LIMIT }, async () => {
  const browser = await pool.get(1);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(host.url + 'post.html');
  await page.evaluate((src) => {
    const board = document.createElement('div');
    board.id = 'board';
    board.style.cssText = 'width: 800px; height: 450px';
    board.setAttribute('data-alignboard', '');
    board.setAttribute('data-template', 'selma');
    document.getElementById('slot').appendChild(board);
    const script = document.createElement('script');
    script.src = src;
    document.body.appendChild(script);
  }, site.url + 'alignboard.js');
  await page.waitForFunction(() => document.getElementById('board').alignboard);
  const idleHere = () => page.waitForFunction(() => document.getElementById('board').alignboard.isIdle());
  // The card's place in the page (viewport position plus the page's scroll): the board's own.
  const g1 = () => page.evaluate(() => {
    const r = document.getElementById('board').alignboard.itemRect('G1');
    return r && { x: r.x + window.scrollX, y: r.y + window.scrollY };
  });
  await idleHere();
  const before = await g1();
  await page.mouse.move(400, 300);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => window.scrollY > 0);
  await idleHere();
  assert.deepEqual(await g1(), before, 'the board did not pan');

  const scrolled = await page.evaluate(() => window.scrollY);
  const box = await page.evaluate(() => document.getElementById('board').getBoundingClientRect().toJSON());
  await page.mouse.click(box.left + box.width / 2, box.top + box.height - 20);
  await idleHere();
  const clicked = await g1();
  await page.mouse.wheel(0, 150);
  await page.waitForFunction((y) => {
    const r = document.getElementById('board').alignboard.itemRect('G1');
    return !r || r.y + window.scrollY !== y;
  }, clicked.y);
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page stayed');
  await page.close();
});

test('a read-only embed starts no rename, no link drag and shows no Plans button', { timeout: LIMIT }, async () => {
  const { page, frame } = await post('?template=selma&readonly&ui=minimal&zoom=fit', { width: 900, height: 600 });
  const original = await inFrame(frame, 'getPlan');
  assert.equal(await inFrame(frame, 'toolbarRect', 'plans'), null, 'no Plans button on a page that keeps nothing');
  assert.equal((await inFrame(frame, 'storage')).state, 'off');

  const box = await frameBox(page);
  const at = async (id) => {
    const r = await inFrame(frame, 'itemRect', id);
    assert.ok(r, `${id} is on screen`);
    return { x: box.left + r.x, y: box.top + r.y, w: r.w, h: r.h };
  };
  const g1 = await at('G1');
  await page.mouse.dblclick(g1.x + g1.w / 2, g1.y + g1.h / 2);
  await idle(frame);
  assert.equal(await inFrame(frame, 'renaming'), '', 'no rename field opened');

  // From a tactic's link handle (its right edge) onto a strategy it is not linked to.
  const m1 = await at('m1');
  const s2 = await at('S2');
  await page.mouse.move(m1.x + m1.w - 2, m1.y + m1.h / 2);
  await page.mouse.down();
  await page.mouse.move(s2.x + s2.w / 2, s2.y + s2.h / 2, { steps: 8 });
  assert.equal(await inFrame(frame, 'dragPreview'), null, 'no link is being drawn');
  await page.mouse.up();
  await idle(frame);
  assert.deepEqual(await inFrame(frame, 'getPlan'), original, 'the plan is unchanged');
  await screenshot(page, 'embed-guest-readonly');
  await page.close();
});

test('a small embed shows no minimap; a mid-sized one keeps its map a small corner of the board', { timeout: LIMIT }, async () => {
  const small = await post('?template=selma&ui=minimal&zoom=fit', { width: 400, height: 300 });
  assert.equal(await inFrame(small.frame, 'minimapRect'), null, 'no map on a 400x300 board');
  await screenshot(small.page, 'embed-guest-400x300');
  await small.page.close();

  // 640x560, on a plan too large to read whole: the map is at most a fifth of the board's width.
  const mid = await post('?ui=minimal', { width: 640, height: 560 });
  await inFrame(mid.frame, 'loadPlan', await inFrame(mid.frame, 'generatePlan', { goals: 20, strategies: 60, tactics: 300, kpis: 100 }));
  await idle(mid.frame);
  const map = await inFrame(mid.frame, 'minimapRect');
  assert.ok(map, 'the map shows on a large plan');
  assert.ok(map.w <= 640 * 0.2 + 1 && map.h <= 560 * 0.3 + 1, JSON.stringify(map));
  await screenshot(mid.page, 'embed-guest-640x560');
  await mid.page.close();
});

test("the host's load reply carries the reader's warnings, as loadPlan does", { timeout: LIMIT }, async () => {
  const { page, frame } = await post('?template=selma');
  const plan = await inFrame(frame, 'getPlan');
  plan.tactics[0].strategies.push('no-such-strategy');  // a dangling link: dropped, with a warning
  await page.evaluate(([p, o]) => document.querySelector('iframe').contentWindow.postMessage(
    { alignboard: 1, type: 'load', id: 7, plan: p }, o), [plan, new URL(site.url).origin]);
  await page.waitForFunction(() => window.__msgs.some((m) => m && m.type === 'reply' && m.id === 7));
  const reply = await page.evaluate(() => window.__msgs.find((m) => m && m.type === 'reply' && m.id === 7));
  assert.equal(reply.ok, true);
  assert.ok(Array.isArray(reply.warnings) && reply.warnings.length === 1, JSON.stringify(reply.warnings));
  assert.match(reply.warnings[0].path, /tactics\[0\]\.strategies/);
  assert.deepEqual(reply.warnings, (await inFrame(frame, 'loadPlan', plan)).warnings, 'the same as loadPlan');
  await page.close();
});

test('a plan= URL an embed cannot read says so and leaves nothing to edit', { timeout: LIMIT }, async () => {
  const missing = site.url + 'plans/nowhere.json';
  const { page, frame } = await post(`?plan=${encodeURIComponent(missing)}`);
  assert.match(await inFrame(frame, 'lastMessage'), new RegExp(`${missing.replace(/[.?/]/g, '\\$&')}.*HTTP 404`));
  const refused = await inFrame(frame, 'apply', { op: 'add', kind: 'goal', item: { id: 'G9', name: 'Typed into nothing' } });
  assert.equal(refused.ok, false, 'the empty stand-in takes no edits');
  assert.equal((await inFrame(frame, 'getPlan')).goals.length, 0, 'nothing stands in for the plan');
  await page.close();
});

test('examples/embed.html works on a port of its own', { timeout: LIMIT }, async () => {
  const served = await startServer(WEB_DIR, 0, { mounts: { '/examples/': path.join(ROOT, 'examples') } });
  const browser = await pool.get(1);
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  try {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(served.url + 'examples/embed.html');
    await page.waitForFunction(() => /^ready$/m.test(document.getElementById('log').textContent));
    await page.click('#load');
    await page.waitForFunction(() => /reply to load: ok/.test(document.getElementById('log').textContent));
    await page.waitForFunction(() => /change: revision/.test(document.getElementById('log').textContent));
    // Both script-tag boards started.
    await page.waitForFunction(() => document.querySelectorAll('[data-alignboard]').length === 1 &&
      document.querySelector('[data-alignboard]').alignboard && document.getElementById('sketch').alignboard);
    const post = await (await page.waitForSelector('#post')).contentFrame();
    await post.waitForFunction(() => window.alignboardReady !== undefined);
    await post.evaluate(() => window.alignboardReady.then(() => true));
    assert.equal((await post.evaluate(() => window.alignboard.getPlan())).name, 'Selma spring launch');
    await screenshot(page, 'embed-example-page');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await served.close();
  }
});
