// Plans from outside the page, with limits: a share link too long to be one, a small link that
// unpacks past the plan cap, a `?plan=` URL that serves 70 MB (and one of 26 MB that is a small
// plan with much whitespace, which opens). Each is refused with a message on
// the board, and the app is usable (never stuck on "Loading"). And a title holding U+0000 reaches
// the downloaded and exported files whole (text crosses to the page with its length).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

import { startSite, browserPool, launchBrowser, openApp, waitForIdle, call, screenshot, clickToolbar, clickDialog } from './harness.mjs';

const LIMIT = 120_000;
const pool = browserPool();
let site;
before(async () => { site = await startSite(); });
after(async () => {
  await pool.closeAll();
  await site.close();
});

const base64url = (bytes) => Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

// Opens `url` in a new page and waits for the app; returns the page.
async function openAt(url) {
  const page = await (await pool.get(1)).context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.alignboardReady !== undefined);
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await waitForIdle(page);
  return page;
}
// The app still works: the sample is open and an edit goes through.
async function usable(page) {
  assert.equal(await call(page, 'getPlan').then((p) => p.name), 'Selma spring launch');
  const r = await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Still editable' });
  assert.equal(r.ok, true, r.error);
  assert.equal(await page.evaluate(() => document.querySelector('.ab-notice').hidden), true, 'no "Loading" left on the page');
  assert.deepEqual(page.errors, [], 'no uncaught error');
}

test('a 1 MB share-link fragment is refused with a message before it is decoded; the app is usable', { timeout: LIMIT }, async () => {
  const page = await openAt(`${site.url}?storage=none#plan=${'A'.repeat(1024 * 1024)}`);
  await page.waitForFunction(() => /too long/.test(window.alignboard.lastMessage()));
  assert.match(await call(page, 'lastMessage'), /^Could not open the link: the link is too long \(1024 KB; share links stop at 64 KB/);
  assert.equal(new URL(page.url()).hash, '', 'the fragment is cleared');
  await usable(page);
  await screenshot(page, 'outside-long-link');
  await page.close();
});

test('a small link whose plan unpacks past 20 MB is refused with a message; the app is usable', { timeout: LIMIT }, async () => {
  const bomb = deflateRawSync(Buffer.alloc(80 * 1024 * 1024, 0x20), { level: 9 });  // 80 MB of spaces
  const fragment = base64url(bomb);
  assert.ok(fragment.length < 128 * 1024, `a link of ${fragment.length} characters, under the link cap`);
  const small = base64url(deflateRawSync(Buffer.alloc(21 * 1024 * 1024, 0x20), { level: 9 }));
  assert.ok(small.length < 64 * 1024, `and one of ${small.length}, as short as real links`);
  for (const data of [small, fragment]) {
    const started = Date.now();
    const page = await openAt(`${site.url}?storage=none#plan=${data}`);
    await page.waitForFunction(() => /unpacks to more than/.test(window.alignboard.lastMessage()));
    assert.match(await call(page, 'lastMessage'), /its plan unpacks to more than 20 MB, the most a plan may be/);
    assert.ok(Date.now() - started < 60_000, 'refused without unpacking it all');
    await usable(page);
    await page.close();
  }
});

test('a ?plan= URL that serves 70 MB is refused with a message, fetched without cookies; the page stays alive and read-only', { timeout: LIMIT }, async () => {
  const page = await (await pool.get(1)).context.newPage();
  const body = Buffer.alloc(70 * 1024 * 1024, 0x20);
  let credentials = null;
  await page.route('**/huge-plan.json', async (route) => {
    credentials = (await route.request().allHeaders()).cookie ?? '';
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
  await page.context().addCookies([{ name: 'session', value: 'secret', url: site.url }]);
  await page.goto(`${site.url}?plan=huge-plan.json&storage=none`);
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await page.waitForFunction(() => /huge-plan/.test(window.alignboard.lastMessage()));
  // By its Content-Length when the server sends one, else as soon as 64 MB have arrived.
  assert.match(await call(page, 'lastMessage'),
    /^Could not open the plan from huge-plan\.json: it is (70 MB|larger than 64 MB); files up to 64 MB can be opened$/);
  assert.equal(credentials, '', 'fetched without the user\'s cookies');
  assert.equal(await page.evaluate(() => document.querySelector('.ab-notice').hidden), true, 'no "Loading" left on the page');
  // No empty plan is left to edit in its place (nothing typed there could be kept): the page
  // stays alive and says why it refuses edits.
  assert.equal((await call(page, 'apply', { op: 'set', id: '', field: 'name', value: 'Mine' })).ok, false, 'no stand-in plan takes edits');
  assert.equal((await call(page, 'storage')).readOnly, true);
  const frames = await call(page, 'frameCount');
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, 120);
  await page.waitForFunction((n) => window.alignboard.frameCount() > n, frames);
  await page.context().clearCookies();
  await page.close();
});

test('a ?plan= file of 26 MB whose plan is small once its spaces go (a pretty-printed plan) opens', { timeout: LIMIT }, async () => {
  const page = await (await pool.get(1)).context.newPage();
  const selma = readFileSync(new URL('../../assets/selma.json', import.meta.url), 'utf8');
  // Whitespace between values: the core counts a plan without it, so this one is far under 20 MB.
  const body = selma.replace('{', '{' + ' '.repeat(26 * 1024 * 1024));
  await page.route('**/pretty-plan.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.goto(`${site.url}?plan=pretty-plan.json&storage=none`);
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await waitForIdle(page);
  assert.equal((await call(page, 'getPlan')).name, 'Selma spring launch');
  assert.doesNotMatch(await call(page, 'lastMessage'), /Could not open/);
  await page.close();
});

test('a title holding U+0000 reaches the downloaded report and the exports whole', { timeout: LIMIT }, async () => {
  const browser = await launchBrowser();
  try {
    const app = await openApp(site, browser, { storage: true });
    const { page } = app;
    const title = 'Before\u0000after the NUL';
    assert.equal((await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: title })).ok, true);
    assert.equal((await call(page, 'getPlan')).goals.find((g) => g.id === 'G1').name, title);
    const md = await page.evaluate(() => window.alignboard.export('md').text);
    assert.ok(md.includes('after the NUL'), 'the export carries what follows the NUL');

    await clickToolbar(page, 'plans');
    await page.waitForFunction(() => window.alignboard.storage().dialog === 'plans');
    for (const [name, expect] of [['download:md', /after the NUL/], ['download:json', /after the NUL/]]) {
      const [download] = await Promise.all([page.waitForEvent('download'), clickDialog(page, name)]);
      const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
      assert.match(text, expect, `${name} is whole`);
      assert.ok(text.length > 1000, `${name}: ${text.length} characters`);
    }
    // And into the page: a raw NUL inside a plan's text reaches the reader, which says what it
    // is, instead of a text cut short there ("unexpected end").
    const raw = JSON.stringify(await call(page, 'getPlan')).replace('\\u0000', '\u0000');
    const refused = await call(page, 'loadPlan', raw);
    assert.equal(refused.ok, false);
    assert.match(refused.errors[0].message, /control character U\+0000 \(NUL\) must be escaped/);
    await app.close();
  } finally {
    await browser.close();
  }
});

test('clipboard text larger than a plan may be is not pasted; the board says so', { timeout: LIMIT }, async () => {
  const page = await openAt(`${site.url}?storage=none`);
  const revision = await call(page, 'revision');
  const g1 = await call(page, 'itemRect', 'G1');
  await page.mouse.click(g1.x + g1.w / 2, g1.y + g1.h / 2);  // the canvas has the focus
  await waitForIdle(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'x'.repeat(21 * 1024 * 1024));
    document.querySelector('canvas').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => /nothing was pasted/.test(window.alignboard.lastMessage()));
  assert.equal(await call(page, 'revision'), revision, 'the plan is unchanged');
  await usable(page);
  await page.close();
});
