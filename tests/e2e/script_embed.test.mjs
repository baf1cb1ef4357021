// The script-tag embed: a host page on another origin loads alignboard.js once and gets two
// instances, one declared with data-alignboard and one mounted by its own script. Each has its
// own canvas, keyboard and plan; the host's own input keeps its keys; nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, startSite, screenshot, WEB_DIR } from './harness.mjs';

const LIMIT = 150_000;
let site;
let host;
let hostDir;
let browser;

before(async () => {
  site = await startSite();
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'alignboard-host-'));
  await writeFile(path.join(hostDir, 'host.html'), `<!doctype html><meta charset="utf-8">
<title>A consultant's workshop page</title><link rel="icon" href="data:,">
<style>body { margin: 16px; font: 15px sans-serif } .board { width: 760px; height: 430px; margin: 8px 0 }</style>
<p>Your notes: <input id="note"></p>
<div id="first" class="board" data-alignboard data-template="blank"></div>
<div id="second" class="board"></div>
<script src="${site.url}alignboard.js"></script>
<script src="host.js"></script>`);
  await writeFile(path.join(hostDir, 'host.js'),
    `window.second = Alignboard.mount(document.getElementById('second'), { template: 'small-business', ui: 'minimal' });`);
  host = await startServer(hostDir, 0);
  browser = await launchBrowser({ width: 820, height: 1000 });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

// Calls instance[fn](...args) of the embed in element #id.
const on = (page, id, fn, ...args) => page.evaluate(([i, f, a]) => document.getElementById(i).alignboard[f](...a), [id, fn, args]);
const idle = (page, id) => page.waitForFunction((i) => document.getElementById(i).alignboard.isIdle(), id);
// Clicks the empty board of the embed in element #id, presses N and types a goal's name.
async function typeGoal(page, id, name) {
  const box = await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().toJSON(), id);
  await page.mouse.click(box.x + 120, box.y + box.height - 60);
  await page.keyboard.press('n');
  await idle(page, id);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await idle(page, id);
}
const names = (plan) => [...plan.goals, ...plan.strategies, ...plan.tactics].map((x) => x.name);

test('two script-tag embeds on one page keep their own canvas, keys and plan; the host input keeps Backspace', { timeout: LIMIT }, async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  try {
    await page.goto(host.url + 'host.html');
    await page.waitForFunction(() => ['first', 'second'].every((id) => document.getElementById(id).alignboard));
    await idle(page, 'first');
    await idle(page, 'second');
    await screenshot(page, 'script-embed-two-instances');

    const canvases = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => c.id));
    assert.equal(canvases.length, 2);
    assert.notEqual(canvases[0], canvases[1], 'each instance has its own canvas id');
    assert.equal(await page.evaluate(() => typeof window.alignboard), 'undefined', 'an embed sets no page-wide bridge');
    assert.equal(await page.evaluate(async () => (await window.second) === document.getElementById('second').alignboard), true,
      'mount() resolves to the instance');

    const secondBefore = await on(page, 'second', 'getPlan');
    assert.equal(secondBefore.name, 'Corner bakery: winter 2026-27', 'the second embed opened its own template');

    // Typing in the first embed: a new goal named there, nothing in the second.
    await typeGoal(page, 'first', 'Alpha goal');
    assert.ok(names(await on(page, 'first', 'getPlan')).includes('Alpha goal'), 'the first embed took the keys');
    assert.deepEqual(await on(page, 'second', 'getPlan'), secondBefore, 'the second embed heard nothing');

    // The host's own input: Backspace and Ctrl+Z edit the text, not either plan.
    const revisions = [await on(page, 'first', 'revision'), await on(page, 'second', 'revision')];
    await page.click('#note');
    await page.keyboard.type('abc');
    await page.keyboard.press('Backspace');
    assert.equal(await page.inputValue('#note'), 'ab', 'Backspace reached the input');
    await page.keyboard.press('Control+z');
    await idle(page, 'first');
    assert.deepEqual([await on(page, 'first', 'revision'), await on(page, 'second', 'revision')], revisions,
      'keys typed in the host input changed no plan');
    assert.ok(names(await on(page, 'first', 'getPlan')).includes('Alpha goal'), 'Ctrl+Z in the input undid nothing');

    // Typing in the second embed: the first does not hear it.
    const firstPlan = await on(page, 'first', 'getPlan');
    await typeGoal(page, 'second', 'Beta goal');
    assert.ok(names(await on(page, 'second', 'getPlan')).includes('Beta goal'));
    assert.deepEqual(await on(page, 'first', 'getPlan'), firstPlan, 'the first embed heard nothing');

    // The host API of an instance: a change event with the score, and export.
    const heard = page.evaluate(() => new Promise((resolve) => {
      document.getElementById('first').alignboard.on('change', (e) => resolve(e));
    }));
    assert.equal(await on(page, 'first', 'undo'), true);
    const change = await heard;
    assert.equal(typeof change.revision, 'number');
    assert.ok(!names(await on(page, 'first', 'getPlan')).includes('Alpha goal'), 'undo in the first embed');
    assert.ok(names(await on(page, 'second', 'getPlan')).includes('Beta goal'), 'the second embed kept its edit');
    const md = await on(page, 'second', 'export', 'md');
    assert.equal(md.ok, true);
    assert.match(md.text, /Beta goal/);

    // Nothing of either embed went into the browser's storage.
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      dbs: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    }));
    assert.deepEqual(stored, { local: 0, dbs: [] });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('an embed whose files the host may not read says so in its place', { timeout: LIMIT }, async () => {
  // The app's server allows another origin only: the host page's fetches are refused (CORS).
  const closed = await startServer(WEB_DIR, 0, { headers: { 'Access-Control-Allow-Origin': 'https://elsewhere.example' } });
  await writeFile(path.join(hostDir, 'refused.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<div id="board" data-alignboard style="width: 600px; height: 300px"></div>
<script src="${closed.url}alignboard.js"></script>`);
  const page = await browser.context.newPage();
  try {
    await page.goto(host.url + 'refused.html');
    await page.waitForFunction(() => /could not start/.test(document.querySelector('#board .ab-notice')?.textContent || ''));
    const notice = await page.evaluate(() => {
      const el = document.querySelector('#board .ab-notice');
      return { text: el.textContent, shown: !el.hidden && el.getBoundingClientRect().height > 0 };
    });
    assert.equal(notice.shown, true);
    assert.ok(notice.text.includes(closed.url), 'it names where the files should come from');
  } finally {
    await page.close();
    await closed.close();
  }
});
