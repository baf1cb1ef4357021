// An embed on a host page (the script-tag embed, README "For consultants") carries the same
// accessible parts as the app page: the mirror names its cards, axe-core finds no serious or
// critical violation, and its outline view opens as a dialog inside the embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, startSite } from './harness.mjs';
import { seriousViolations } from './a11y_audit.mjs';

const LIMIT = { timeout: 150_000 };
let site, host, hostDir, browser;

before(async () => {
  site = await startSite();
  hostDir = await mkdtemp(path.join(os.tmpdir(), 'alignboard-a11y-host-'));
  await writeFile(path.join(hostDir, 'host.html'), `<!doctype html><html lang="en"><meta charset="utf-8">
<title>A workshop page</title><link rel="icon" href="data:,">
<style>body { margin: 16px; font: 15px sans-serif } .board { width: 900px; height: 560px }</style>
<main><h1>Our plan</h1><div id="board" class="board" data-alignboard data-template="selma"></div></main>
<script src="${site.url}alignboard.js"></script>`);
  host = await startServer(hostDir, 0);
  browser = await launchBrowser({ width: 1000, height: 760 });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  if (hostDir) await rm(hostDir, { recursive: true, force: true });
});

test('an embed names its cards, opens its outline view and has no serious or critical violation', LIMIT, async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(host.url + 'host.html');
    await page.waitForFunction(() => document.getElementById('board').alignboard !== undefined);
    await page.waitForFunction(() => document.querySelectorAll('#board [role=treeitem]').length > 0);
    const names = await page.$$eval('#board [role=treeitem]', (els) => els.map((e) => e.textContent));
    assert.ok(names.some((n) => n.startsWith('Goal: Selma Spring revenue $6.0M. Score ')), names[0]);
    assert.deepEqual(await seriousViolations(page), []);
    await page.click('#board .ab-outline-open');
    await page.waitForFunction(() => document.querySelector('#board [role=dialog]').offsetParent !== null);
    assert.deepEqual(await seriousViolations(page), []);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.querySelector('#board [role=dialog]').offsetParent), null);
  } finally {
    await page.close();
  }
});
