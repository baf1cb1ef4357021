// Shared harness of the browser tests: serves build/web on a free localhost port, launches
// Debian's Chromium (software WebGL, a fresh profile per launch) through playwright-core at a
// chosen pixel ratio, opens the app, collects console errors, and waits on the app's frame
// counter and idle flag instead of sleeping.
import { mkdtemp, mkdir, rm, access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { test, before, after } from 'node:test';

import { startServer } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_DIR = process.env.AB_WEB_DIR || path.join(ROOT, 'build', 'web');
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const CHROMIUM = process.env.AB_CHROMIUM || '/usr/bin/chromium';

// WebGL through SwiftShader; nothing that talks to the network or keeps state between runs.
const CHROMIUM_ARGS = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox',
  '--disable-gpu-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

// Serves the built app for one test file. Fails with a clear message when it is not built.
export async function startSite() {
  try {
    await access(path.join(WEB_DIR, 'index.html'));
  } catch {
    throw new Error(`no app in ${WEB_DIR}: build it first (scripts/serve.sh or the test script)`);
  }
  return startServer(WEB_DIR, 0);
}

// Launches Chromium with a fresh profile (a new temporary --user-data-dir, removed on close)
// and a fixed viewport and device pixel ratio; `locale` ('de-DE') sets navigator.languages and
// Intl's default as a German browser has them; `javaScript: false` turns scripts off. Returns
// {context, dpr, close()}.
export async function launchBrowser({ dpr = 1, width = 1280, height = 800, locale = undefined, javaScript = true } = {}) {
  await access(CHROMIUM).catch(() => {
    throw new Error(`Chromium not found at ${CHROMIUM} (Debian package chromium): run scripts/setup.sh`);
  });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'alignboard-e2e-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width, height },
      deviceScaleFactor: dpr,
      ...(locale ? { locale } : {}),
      ...(javaScript ? {} : { javaScriptEnabled: false }),
    });
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  return {
    context,
    dpr,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// One browser per pixel ratio for a whole test file (launching is the slow part). Pages of one
// browser share its profile; a test that needs storage of its own launches its own browser.
export function browserPool() {
  const browsers = new Map();
  return {
    get(dpr = 1) {
      if (!browsers.has(dpr)) browsers.set(dpr, launchBrowser({ dpr }));
      return browsers.get(dpr);
    },
    async closeAll() {
      for (const b of browsers.values()) await (await b).close();
      browsers.clear();
    },
  };
}

// The page's address for `query` ('?plan=...' or ''). Pages of a pooled browser share one
// profile, so unless a test asks for the plan library (`storage: true`) the page keeps its plan
// to itself (?storage=none) and every test starts from the sample plan.
export function appUrl(site, { query = '', storage = false } = {}) {
  if (storage) return site.url + query;
  return site.url + (query ? `${query}&` : '?') + 'storage=none';
}

// Opens the app in a new page of `browser` (from launchBrowser or a pool); resolves once the
// bridge is ready and the first frames are drawn. Returns {page, errors, close()}.
export async function openApp(site, browser, { width = 1280, height = 800, query = '', storage = false } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));
  const close = () => page.close().catch(() => {});
  try {
    await page.goto(appUrl(site, { query, storage }));
    await page.waitForFunction(() => window.alignboardReady !== undefined);
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await waitForIdle(page);
  } catch (err) {
    await close();
    throw new Error(`the app did not become ready: ${err.message}\nconsole errors: ${errors.join('\n')}`);
  }
  return { page, errors, close };
}

// Waits until the app has drawn everything it owes and paused its frame loop.
export async function waitForIdle(page) {
  await page.waitForFunction(() => window.alignboard && window.alignboard.isIdle());
}

// Waits until at least `n` more frames were drawn.
export async function waitForFrames(page, n = 1) {
  const start = await page.evaluate(() => window.alignboard.frameCount());
  await page.waitForFunction((target) => window.alignboard.frameCount() >= target, start + n);
}

// Saves a screenshot of the page to test-results/<name>.png and returns its PNG bytes.
export async function screenshot(page, name) {
  await mkdir(RESULTS_DIR, { recursive: true });
  return page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

// The centre of an item's card in page CSS pixels (fails the test when it is not on screen).
export async function itemCentre(page, id) {
  const r = await page.evaluate((itemId) => window.alignboard.itemRect(itemId), id);
  if (!r) throw new Error(`item ${id} is not on screen`);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2, rect: r };
}

// Calls window.alignboard[fn](...args) in the page (a promise it returns is awaited).
export const call = (page, fn, ...args) => page.evaluate(([f, a]) => window.alignboard[f](...a), [fn, args]);

// Presses on `from`'s card, drags in steps onto `to`'s card and stays there (button held) until
// the drag preview names `to`. The frame loop keeps running while the button is held: this waits
// on the preview, not on idle.
export async function dragOnto(page, from, to) {
  const a = await itemCentre(page, from);
  const b = await itemCentre(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 12, a.y + 4, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.waitForFunction((target) => {
    const p = window.alignboard.dragPreview();
    return p !== null && p.target === target;
  }, to);
}

// Drags a new card of `kind` out of the palette (paletteRect) with the mouse, lets go with the
// pointer at `to` (viewport CSS pixels) and waits until the app is idle.
export async function dragFromPalette(page, kind, to) {
  const button = await call(page, 'paletteRect', kind);
  await page.mouse.move(button.x + button.w / 2, button.y + button.h / 2);
  await page.mouse.down();
  await page.mouse.move(button.x + button.w / 2 + 10, button.y - 10, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await waitForIdle(page);
}

// Clicks the middle of a top bar button (toolbarRect) and waits until the app is idle.
export async function clickToolbar(page, name) {
  const r = await call(page, 'toolbarRect', name);
  if (!r) throw new Error(`toolbar button ${name} is not shown`);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await waitForIdle(page);
}

// Waits for a button or field of the open library window (dialogRect), with every library
// answer in and the app idle, clicks its middle and waits until the app is idle.
export async function clickDialog(page, name) {
  // Not while a library answer is on its way: it may reorder the window's rows under the click.
  await page.waitForFunction((n) => window.alignboard.storage().busy === 0 && window.alignboard.isIdle() &&
    window.alignboard.dialogRect(n) !== null, name);
  const r = await call(page, 'dialogRect', name);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await waitForIdle(page);
}

// ---- The side panel, as a user reaches it: scrolled with the wheel, clicked, typed into -------
// Scrolls the side panel with the mouse wheel until control `name` (panelRect) is wholly on
// screen; returns its centre.
export async function panelCentre(page, name) {
  const height = page.viewportSize().height;
  for (let i = 0; i < 30; i++) {
    const r = await call(page, 'panelRect', name);
    const top = name.startsWith('tab:') ? 0 : 110;  // below the tab strip
    if (r && r.y >= top && r.y + r.h <= height - 4) return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
    const tab = await call(page, 'panelRect', 'tab:score');
    await page.mouse.move(tab.x + 100, height - 60);
    await page.mouse.wheel(0, r && r.y < 110 ? -120 : 120);
    await waitForIdle(page);
  }
  throw new Error(`side panel control ${name} is not on screen`);
}

// Clicks side panel control `name`.
export async function panelClick(page, name) {
  const c = await panelCentre(page, name);
  await page.mouse.click(c.x, c.y);
  await waitForIdle(page);
}

// Clicks side panel field `name`, replaces its text by typing, and commits with Enter.
export async function panelType(page, name, text) {
  await panelClick(page, name);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitForIdle(page);
}

// Runs `fn(browser)` in a browser of its own (a fresh profile: its storage is the test's).
export async function withBrowser(fn) {
  const browser = await launchBrowser();
  try { await fn(browser); } finally { await browser.close(); }
}

// The site a test file shares, and with `pool` a pool of browsers: started before the file's
// first test, closed after its last. `env.site` is set once the tests run.
export function sharedSite({ pool = false } = {}) {
  const env = { site: null, pool: pool ? browserPool() : null };
  before(async () => { env.site = await startSite(); });
  after(async () => {
    if (env.pool) await env.pool.closeAll();
    await env.site.close();
  });
  return env;
}

// One test on a fresh page of the app, opened from `env` (sharedSite({pool: true})):
// appTest(env, name, [options,] fn) runs `fn({page, app})` and closes the page after, pass or
// fail. `options` holds the test's (`timeout`, `skip`) and the page's (`width`, `height`,
// `query`, `storage`: see openApp).
const TEST_OPTIONS = new Set(['timeout', 'skip', 'todo', 'only', 'concurrency']);
export function appTest(env, name, ...rest) {
  const fn = rest.pop();
  const testOptions = {}, appOptions = {};
  for (const o of rest) {
    for (const [k, v] of Object.entries(o)) (TEST_OPTIONS.has(k) ? testOptions : appOptions)[k] = v;
  }
  test(name, testOptions, async () => {
    const app = await openApp(env.site, await env.pool.get(1), appOptions);
    try {
      await fn({ page: app.page, app });
    } finally {
      await app.close();
    }
  });
}
