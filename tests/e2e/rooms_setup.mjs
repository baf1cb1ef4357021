// What the workshop-room browser tests share: the real server (server/main.mjs serving the
// built app and the rooms, on a free port with a temporary ALIGNBOARD_DATA, in a child process
// so a test can kill it), one Chromium with a separate context per person (each their own
// storage, as on their own laptops), and pages that start or join a room through the bridge.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { access } from 'node:fs/promises';
import path from 'node:path';

import { CHROMIUM, WEB_DIR, waitForIdle } from './harness.mjs';
import { startRoomServer, tempDir } from '../server/helpers.mjs';

export { startRoomServer, tempDir };

export async function startApp({ dataDir } = {}) {
  await access(path.join(WEB_DIR, 'vendor', 'collab.min.js')).catch(() => {
    throw new Error(`no app with rooms in ${WEB_DIR}: build it first`);
  });
  return startRoomServer({ web: WEB_DIR, dataDir: dataDir || tempDir('rooms-e2e') });
}

// One server and one browser for a test file: started before its tests, ended after them.
export function roomsForFile() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startApp();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-gpu-sandbox',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// A browser `context` that remembers a name and colour (alignboard.person), as after its first
// workshop, so the first-join question (web/collab/person_dialog.js) does not cover the board.
let people = 0;
const COLOURS = ['#d92d20', '#0086c9', '#039855', '#6938ef'];
export async function rememberPerson(context) {
  people++;
  await context.addInitScript((me) => {
    try {
      if (!localStorage.getItem('alignboard.person')) localStorage.setItem('alignboard.person', JSON.stringify(me));
    } catch (e) { /* a page without storage */ }
  }, { name: `Person ${people}`, colour: COLOURS[people % COLOURS.length] });
}

// A person: a context of their own with one app page at `query` (after the base URL), who is
// remembered (rememberPerson) unless `{ ask: true }` leaves the first-join question to be asked.
export async function person(browser, server, query = '', hash = '', { ask = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  if (!ask) await rememberPerson(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(`${server.url}/${query}${hash}`);
  await page.waitForFunction(() => window.alignboardReady !== undefined);
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await waitForIdle(page);
  return { context, page, errors, close: () => context.close().catch(() => {}) };
}

export const bridge = (page, fn, ...args) => page.evaluate(([f, a]) => window.alignboard[f](...a), [fn, args]);
export const collab = (page) => bridge(page, 'collab');
export const plan = (page) => bridge(page, 'getPlan');
export const tactic = (p, id) => p.tactics.find((t) => t.id === id);

// Waits until `fn(page)` (run in the test, over the bridge) is truthy.
export async function until(fn, what, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
export const connected = (page) => until(async () => {
  const c = await collab(page);
  return c.status === 'connected' && c.synced ? c : null;
}, 'connected and synced');

// The first person starts a workshop of their open plan; the others join from its edit link
// (or the view link). Returns {link, viewLink, room, people: [...]}.
export async function workshop(browser, server, count, { storage = false, view = [] } = {}) {
  const host = await person(browser, server, storage ? '' : '?storage=none');
  const r = await bridge(host.page, 'startRoom');
  await connected(host.page);
  const people = [host];
  for (let i = 1; i < count; i++) {
    const url = new URL(view.includes(i) ? r.viewLink : r.link);
    const query = url.search + (storage ? '' : '&storage=none');
    const p = await person(browser, server, query, url.hash);
    await connected(p.page);
    people.push(p);
  }
  return { ...r, people };
}

// The plans of every page are the same (the room converged).
export async function converged(people, what = 'every page holds the same plan') {
  return until(async () => {
    const plans = await Promise.all(people.map((p) => plan(p.page)));
    const texts = plans.map((x) => JSON.stringify(x));
    return texts.every((t) => t === texts[0]) ? plans[0] : null;
  }, what);
}
