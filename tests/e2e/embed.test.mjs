// The app embedded on another website: a host page on another origin (a second localhost port)
// drives it with postMessage; only the pages the app's host lists in config.json may talk to it
// (the iframe URL's origins= can narrow that, never widen it) or reach the plan library with
// storage=local; a read-only embed refuses edits and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile, rm, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { startServer, APP_CSP } from '../../scripts/serve.mjs';
import { browserPool, launchBrowser, openApp, waitForIdle, ROOT, WEB_DIR, call, screenshot } from './harness.mjs';

const LIMIT = 120_000;
const pool = browserPool();
let site;
let siteDir;   // a copy of the app, so each test can write the config.json it needs
let host;
let hostDir;

before(async () => {
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'alignboard-host-'));
  await writeFile(path.join(hostDir, 'host.html'),
    '<!doctype html><meta charset="utf-8"><title>A consultant\'s page</title><link rel="icon" href="data:,"><body></body>');
  host = await startServer(hostDir, 0);
  siteDir = path.join(hostDir, 'app');
  await cp(WEB_DIR, siteDir, { recursive: true, dereference: true });
  // The app's policy without frame-ancestors, as a host that sends none: what keeps a page from
  // the embed here is the app's own check, not the browser refusing the frame.
  site = await startServer(siteDir, 0, { headers: { 'Content-Security-Policy': APP_CSP } });
  await setConfig({ frame_origins: [host.url] });
});
after(async () => {
  await pool.closeAll();
  await site.close();
  await host.close();
  await rm(hostDir, { recursive: true, force: true });
});

// What the app's host allows (null: no config.json at all).
async function setConfig(config) {
  const file = path.join(siteDir, 'config.json');
  if (config === null) await rm(file, { force: true });
  else await writeFile(file, JSON.stringify(config));
}

const origin = (url) => new URL(url).origin;

// A host page on its own origin with the app in an iframe (`query` after the app's URL).
async function hostPage(query, browser) {
  browser = browser || await pool.get(1);
  const page = await browser.context.newPage();
  page.hostErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.hostErrors.push(m.text()); });
  await page.goto(host.url + 'host.html');
  await page.evaluate(([src]) => {
    window.__msgs = [];
    window.addEventListener('message', (e) => window.__msgs.push({ origin: e.origin, data: e.data }));
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    document.body.appendChild(frame);
  }, [site.url + query]);
  return page;
}
const messages = (page, type) => page.evaluate((t) => window.__msgs.filter((m) => m.data && m.data.type === t), type);
const send = (page, msg) => page.evaluate(([m, o]) => document.querySelector('iframe').contentWindow.postMessage(m, o), [msg, origin(site.url)]);
const waitFor = (page, type, id) => page.waitForFunction(([t, i]) =>
  window.__msgs.some((m) => m.data && m.data.type === t && (i === undefined || m.data.id === i)), [type, id]);

test('a host on another origin loads a plan by postMessage and hears change events with scores', { timeout: LIMIT }, async () => {
  const page = await hostPage('?template=selma');
  await waitFor(page, 'ready');
  const [ready] = await messages(page, 'ready');
  assert.equal(ready.origin, origin(site.url));
  assert.equal(ready.data.version, 1);

  const plan = JSON.parse(await readFile(path.join(ROOT, 'assets', 'templates', 'small-business.json'), 'utf8'));
  const changesBefore = (await messages(page, 'change')).length;
  await send(page, { alignboard: 1, type: 'load', id: 1, plan });
  await waitFor(page, 'reply', 1);
  const reply = (await messages(page, 'reply')).find((m) => m.data.id === 1);
  assert.equal(reply.data.ok, true);
  await page.waitForFunction((n) => window.__msgs.filter((m) => m.data && m.data.type === 'change').length > n, changesBefore);
  const change = (await messages(page, 'change')).at(-1).data;
  assert.equal(typeof change.overall, 'number');

  await send(page, { alignboard: 1, type: 'scores', id: 2 });
  await waitFor(page, 'reply', 2);
  const scores = (await messages(page, 'reply')).find((m) => m.data.id === 2).data.scores;
  assert.equal(scores.overall, change.overall, 'the change event carries the current overall');

  await send(page, { alignboard: 1, type: 'get', id: 3 });
  await waitFor(page, 'reply', 3);
  assert.equal((await messages(page, 'reply')).find((m) => m.data.id === 3).data.plan.name, plan.name);

  await send(page, { alignboard: 1, type: 'export', id: 4, format: 'md' });
  await waitFor(page, 'reply', 4);
  assert.match((await messages(page, 'reply')).find((m) => m.data.id === 4).data.text, new RegExp(`^# ${plan.name}`, 'm'));

  // A bad plan: refused with its reason, an error event, and the plan stays.
  await send(page, { alignboard: 1, type: 'load', id: 5, plan: { format: 'alignboard.plan', version: 99 } });
  await waitFor(page, 'error', 5);
  assert.match((await messages(page, 'error')).find((m) => m.data.id === 5).data.error, /newer/);
  assert.ok((await messages(page, 'resize')).length > 0, 'the host hears the height the plan needs');
  assert.deepEqual(page.hostErrors, [], 'the host page\'s console stays clean');
  await page.close();
});

test('a host runs undo and redo from the app\'s action table; other actions are no requests', { timeout: LIMIT }, async () => {
  const page = await hostPage('?template=selma');
  await waitFor(page, 'ready');
  const plan = JSON.parse(await readFile(path.join(ROOT, 'assets', 'templates', 'small-business.json'), 'utf8'));
  const ask = async (id, msg) => {
    await send(page, { alignboard: 1, id, ...msg });
    await waitFor(page, 'reply', id);
    return (await messages(page, 'reply')).find((m) => m.data.id === id).data;
  };
  assert.equal((await ask(1, { type: 'load', plan })).ok, true);
  assert.equal((await ask(2, { type: 'undo' })).ok, true, 'the load is one undoable step');
  assert.notEqual((await ask(3, { type: 'get' })).plan.name, plan.name);
  assert.equal((await ask(4, { type: 'redo' })).ok, true);
  assert.equal((await ask(5, { type: 'get' })).plan.name, plan.name);
  const nothing = await ask(6, { type: 'redo' });
  assert.deepEqual([nothing.ok, nothing.error], [false, undefined], 'nothing to redo is no error');
  // The table's other actions (present, copy, open a file, ...) are the user's, not the host's.
  const present = await ask(7, { type: 'present' });
  assert.deepEqual([present.ok, present.error], [false, 'unknown request "present"']);
  assert.deepEqual(page.hostErrors, []);
  await page.close();
});

test('messages from an origin the iframe URL narrowed away are ignored', { timeout: LIMIT }, async () => {
  const page = await hostPage('?origins=https://consultant.example');
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => window.alignboardReady !== undefined);
  await frame.evaluate(() => window.alignboardReady.then(() => true));
  const name = await frame.evaluate(() => window.alignboard.getPlan().name);
  const plan = JSON.parse(await readFile(path.join(ROOT, 'assets', 'templates', 'blank.json'), 'utf8'));
  await send(page, { alignboard: 1, type: 'load', id: 1, plan });
  await send(page, { alignboard: 1, type: 'get', id: 2 });
  // The frame has answered nothing (not even ready) and still shows its plan after a while.
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__msgs.length), 0);
  assert.equal(await frame.evaluate(() => window.alignboard.getPlan().name), name);
  await page.close();
});

test('a read-only embed refuses edits and says so; ui=none shows the board alone', { timeout: LIMIT }, async () => {
  const app = await openApp(site, await pool.get(1), { query: '?readonly=1&ui=none' });
  const { page } = app;
  assert.equal(await call(page, 'toolbarRect', 'undo'), null, 'no top bar');
  const refused = await call(page, 'apply', { op: 'link', child: 'm11', parent: 'S2' });
  assert.equal(refused.ok, false);
  assert.match(refused.error, /read/);
  const before = await call(page, 'getPlan');
  const g1 = await call(page, 'itemRect', 'G1');
  await page.mouse.click(g1.x + g1.w / 2, g1.y + g1.h / 2);
  await waitForIdle(page);
  await page.keyboard.press('Delete');
  await waitForIdle(page);
  assert.match(await call(page, 'lastMessage'), /cannot be changed/);
  assert.deepEqual(await call(page, 'getPlan'), before);
  await screenshot(page, 'embed-readonly-none');
  await app.close();
});

// The frame's own bridge (Playwright reaches into a cross-origin frame), once it is ready.
async function frameApp(page) {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => window.alignboardReady !== undefined);
  await frame.evaluate(() => window.alignboardReady.then(() => true));
  return frame;
}

// A new host page with the app at `query` asks it for its plan: the reply.
async function getFromHost(query, browser) {
  const page = await hostPage(query, browser);
  await waitFor(page, 'ready');
  await send(page, { alignboard: 1, type: 'get', id: 2 });
  await waitFor(page, 'reply', 2);
  const reply = (await messages(page, 'reply')).find((m) => m.data.id === 2).data;
  await page.close();
  return reply;
}

test('storage=local and origins= in the iframe URL give a page no plan of the library; a page config.json lists gets it', { timeout: 3 * LIMIT }, async () => {
  const browser = await launchBrowser();  // a library of its own
  const SECRET = 'Board pack: acquisition targets';
  try {
    // The user's library on the app's origin holds a plan they renamed.
    await setConfig(null);
    const own = await openApp(site, browser, { storage: true });
    await call(own.page, 'apply', { op: 'set', id: '', field: 'name', value: SECRET });
    await own.page.waitForFunction(() => window.alignboard.storage().savedRevision === window.alignboard.revision());
    await own.close();

    const query = `?storage=local&origins=${encodeURIComponent(host.url)}`;
    // No config.json: the URL's word counts for nothing. No reply, no event, no library.
    const stranger = await hostPage(query, browser);
    const strangerFrame = await frameApp(stranger);
    await send(stranger, { alignboard: 1, type: 'get', id: 1 });
    await stranger.waitForTimeout(1500);
    assert.deepEqual(await stranger.evaluate(() => window.__msgs.map((m) => m.data.type)), [], 'the page hears nothing');
    assert.equal(await strangerFrame.evaluate(() => window.alignboard.storage().state), 'off', 'the library stays closed');
    assert.notEqual(await strangerFrame.evaluate(() => window.alignboard.getPlan().name), SECRET);
    await stranger.close();

    // Listed as a page that may talk, not for the library: it talks, and gets the sample plan.
    await setConfig({ frame_origins: [host.url] });
    const got = await getFromHost(query, browser);
    assert.equal(got.ok, true);
    assert.notEqual(got.plan.name, SECRET, 'no plan of the library');

    // Listed for the library: the feature works.
    await setConfig({ library_origins: [host.url] });
    assert.equal((await getFromHost(query, browser)).plan.name, SECRET);
  } finally {
    await setConfig({ frame_origins: [host.url] });
    await browser.close();
  }
});

test('a host\'s load of a plan over the size cap is refused with a message and the plan stays', { timeout: LIMIT }, async () => {
  const page = await hostPage('?template=selma');
  await waitFor(page, 'ready');
  const big = JSON.stringify({ format: 'alignboard.plan', version: 1, name: 'x'.repeat(21 * 1024 * 1024) });
  await page.evaluate(([text, o]) => document.querySelector('iframe').contentWindow.postMessage(
    { alignboard: 1, type: 'load', id: 7, plan: text }, o), [big, origin(site.url)]);
  await waitFor(page, 'reply', 7);
  const reply = (await messages(page, 'reply')).find((m) => m.data.id === 7).data;
  assert.equal(reply.ok, false);
  assert.match(reply.error, /Alignboard opens plans of up to 20\.0 MB/);
  const frame = await frameApp(page);
  assert.equal(await frame.evaluate(() => window.alignboard.getPlan().name), 'Selma spring launch');
  await page.close();
});

test('a host asks for the board as a PNG and the handout as a PDF and gets their bytes (a Uint8Array) in the reply', { timeout: LIMIT }, async () => {
  const page = await hostPage('?template=selma');
  await waitFor(page, 'ready');
  // What the host page holds: the reply's facts, read where it arrived (the bytes themselves
  // stay in the host page).
  const reply = async (id) => {
    await waitFor(page, 'reply', id);
    return page.evaluate((i) => {
      const d = window.__msgs.find((m) => m.data && m.data.type === 'reply' && m.data.id === i).data;
      const b = d.bytes;
      return { ok: d.ok, error: d.error, request: d.request, file: d.file, mime: d.mime, width: d.width, pages: d.pages,
               isBytes: b instanceof Uint8Array, length: b ? b.length : 0, head: b ? Array.from(b.subarray(0, 8)) : [] };
    }, id);
  };
  await send(page, { alignboard: 1, type: 'export', id: 1, format: 'png', options: { scale: 1 } });
  const png = await reply(1);
  assert.equal(png.ok, true, png.error);
  assert.equal(png.request, 'export');
  assert.equal(png.isBytes, true, 'bytes is a Uint8Array');
  assert.deepEqual(png.head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
  assert.equal(png.mime, 'image/png');
  assert.ok(png.width > 500, 'the whole board at 1x');

  await send(page, { alignboard: 1, type: 'export', id: 2, format: 'pdf', options: { paper: 'letter' } });
  const pdf = await reply(2);
  assert.equal(pdf.ok, true, pdf.error);
  assert.equal(Buffer.from(pdf.head.slice(0, 5)).toString('latin1'), '%PDF-');
  assert.equal(pdf.file, 'Selma spring launch.pdf');
  assert.ok(pdf.pages >= 2);

  // A bad option is refused in the reply and as an error event, as any request.
  await send(page, { alignboard: 1, type: 'export', id: 3, format: 'png', options: { scale: 99 } });
  const bad = await reply(3);
  assert.equal(bad.ok, false);
  assert.match(bad.error, /scale/);
  await waitFor(page, 'error', 3);
  assert.deepEqual(page.hostErrors, []);
  await page.close();
});
