// Plans in and out of the browser: opening files (picker and drop), downloads and exports,
// share links, templates, and the Plans window's rename, duplicate, delete and restore. Each
// test launches its own browser, so its plan library starts empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { launchBrowser, openApp, waitForIdle, ROOT, screenshot, call, clickToolbar, clickDialog, sharedSite } from './harness.mjs';

// A stuck wait fails its test instead of holding up the whole suite.
const LIMIT = 120_000;

const env = sharedSite();

async function openPlans(page) {
  await clickToolbar(page, 'plans');
  await page.waitForFunction(() => window.alignboard.storage().dialog === 'plans');
}
async function withApp(fn) {
  const browser = await launchBrowser();
  try {
    const app = await openApp(env.site, browser, { storage: true });
    await fn(app.page, app);
    assert.deepEqual(app.errors, []);
    await app.close();
  } finally {
    await browser.close();
  }
}
async function pickFile(page, name, text) {
  await openPlans(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickDialog(page, 'file.open')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}
async function dropFile(page, name, text) {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    const canvas = document.querySelector('canvas');
    const r = canvas.getBoundingClientRect();
    const at = { bubbles: true, cancelable: true, dataTransfer: dt, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
    canvas.dispatchEvent(new DragEvent('dragover', at));
    canvas.dispatchEvent(new DragEvent('drop', at));
  }, [name, text]);
}

test('a bad or newer file opened with the picker is refused with its first errors; the plan stays', { timeout: LIMIT }, async () => {
  await withApp(async (page) => {
    const before = await call(page, 'getPlan');
    const revision = await call(page, 'revision');
    await pickFile(page, 'broken.json', '{"format": "alignboard.plan", "version": 1, "goals": [{"name": 3}]');
    await page.waitForFunction(() => window.alignboard.lastMessage().startsWith('Could not open broken.json'));
    assert.match(await call(page, 'lastMessage'), /Your plan is unchanged/);
    await waitForIdle(page);
    await screenshot(page, 'files-bad-file');

    const newer = JSON.parse(await readFile(path.join(ROOT, 'assets', 'selma.json'), 'utf8'));
    newer.version = 9;
    await pickFile(page, 'future.json', JSON.stringify(newer));
    await page.waitForFunction(() => window.alignboard.lastMessage().startsWith('Could not open future.json'));
    assert.match(await call(page, 'lastMessage'), /newer than this Alignboard/);
    assert.deepEqual(await call(page, 'getPlan'), before);
    assert.equal(await call(page, 'revision'), revision);
    assert.equal((await call(page, 'plans')).length, 1);
  });
});

test('a plan file dropped on the board opens as a new plan and the first one is kept', { timeout: LIMIT }, async () => {
  await withApp(async (page) => {
    const text = await readFile(path.join(ROOT, 'assets', 'templates', 'small-business.json'), 'utf8');
    await dropFile(page, 'bakery.json', text);
    await page.waitForFunction((name) => window.alignboard.getPlan().name === name, JSON.parse(text).name);
    await page.waitForFunction(() => window.alignboard.plans().then((l) => l.length === 2));
    const plans = await call(page, 'plans');
    assert.deepEqual(plans.map((p) => p.name).sort(), [JSON.parse(text).name, 'Selma spring launch'].sort());
    assert.equal(plans.find((p) => p.current).name, JSON.parse(text).name);
  });
});

test('downloads: the plan as JSON named after it, the Markdown report and the CSV of tactics', { timeout: LIMIT }, async () => {
  await withApp(async (page) => {
    await openPlans(page);
    const read = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), clickDialog(page, name)]);
      const chunks = await (await download.createReadStream()).toArray();
      return { file: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    const json = await read('download:json');
    assert.equal(json.file, 'Selma spring launch.json');
    assert.deepEqual(JSON.parse(json.text), await call(page, 'getPlan'));
    const md = await read('download:md');
    assert.equal(md.file, 'Selma spring launch.md');
    assert.match(md.text, /^# Selma spring launch/m);
    const csv = await read('download:csv');
    assert.equal(csv.file, 'Selma spring launch.csv');
    assert.ok(csv.text.split('\n').length > 10, 'a row per tactic');
  });
});

test('a share link opens the same plan in another browser after asking, as a new plan', { timeout: LIMIT }, async () => {
  let link;
  let plan;
  await withApp(async (page) => {
    await call(page, 'apply', { op: 'link', child: 'm11', parent: 'S2' });
    plan = await call(page, 'getPlan');
    await clickToolbar(page, 'share');
    await page.waitForFunction(() => window.alignboard.storage().shareLink !== '');
    link = (await call(page, 'storage')).shareLink;
    assert.match(link, /#plan=[A-Za-z0-9_-]+$/);
    assert.ok(link.length < JSON.stringify(plan).length / 2, 'the plan is compressed');
    await waitForIdle(page);
    await screenshot(page, 'files-share-link');
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(link);
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await page.waitForFunction(() => window.alignboard.storage().dialog === 'shared');
    assert.equal(new URL(page.url()).hash, '', 'the plan leaves the address bar');
    await clickDialog(page, 'shared.open');
    await page.waitForFunction(() => window.alignboard.plans().then((l) => l.length === 2));
    await page.waitForFunction(() => window.alignboard.storage().dialog === '');
    assert.deepEqual(await call(page, 'getPlan'), plan);
  } finally {
    await browser.close();
  }
});

test('every template opens as a new plan and scores, with real findings', { timeout: LIMIT }, async () => {
  const index = JSON.parse(await readFile(path.join(ROOT, 'assets', 'templates', 'index.json'), 'utf8'));
  await withApp(async (page) => {
    for (const [i, t] of index.entries()) {
      await openPlans(page);
      await clickDialog(page, `new:${t.id}`);
      // A new plan each time (the first, Selma, has the name of the plan already open).
      await page.waitForFunction((n) => window.alignboard.plans().then((l) => l.length === n), i + 2);
      const name = JSON.parse(await readFile(path.join(ROOT, 'assets', 'templates', t.file), 'utf8')).name;
      await page.waitForFunction((n) => window.alignboard.getPlan().name === n, name);
      const scores = await call(page, 'getScores');
      if (t.id === 'blank') {
        assert.equal(scores.overall, null);
        assert.deepEqual(scores.findings.map((f) => f.code), ['plan.empty']);
      } else {
        assert.ok(scores.overall > 30 && scores.overall < 100, `${t.id} scores ${scores.overall}`);
        assert.ok(scores.findings.length > 0, `${t.id} has findings`);
      }
    }
    assert.equal((await call(page, 'plans')).length, index.length + 1);
  });
});

test('the Plans window renames, duplicates, deletes to Recently deleted and restores', { timeout: LIMIT }, async () => {
  await withApp(async (page) => {
    await openPlans(page);
    await clickDialog(page, 'new:blank');
    await page.waitForFunction(() => window.alignboard.getPlan().name === 'Untitled plan');
    const plans = await call(page, 'plans');
    const selma = plans.find((p) => p.name === 'Selma spring launch');

    await openPlans(page);
    await clickDialog(page, `rename:${selma.id}`);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Spring 2027');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.alignboard.plans().then((l) => l.find((p) => p.id === id).name === 'Spring 2027'), selma.id);

    await clickDialog(page, `duplicate:${selma.id}`);
    await page.waitForFunction(() => window.alignboard.getPlan().name === 'Copy of Spring 2027');

    await openPlans(page);
    await clickDialog(page, `delete:${selma.id}`);
    await page.waitForFunction((id) => window.alignboard.plans().then((l) => l.find((p) => p.id === id).trashed > 0), selma.id);
    await waitForIdle(page);
    await screenshot(page, 'files-plans-window');
    await clickDialog(page, `undelete:${selma.id}`);
    await page.waitForFunction((id) => window.alignboard.plans().then((l) => l.find((p) => p.id === id).trashed === 0), selma.id);
    await clickDialog(page, `open:${selma.id}`);
    await page.waitForFunction(() => window.alignboard.getPlan().name === 'Spring 2027');
  });
});
