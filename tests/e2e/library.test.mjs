// The plan library in the browser: autosave and reload, a page closed right after an edit,
// storage that fails, two tabs on one plan, checkpoints. Each test launches its own browser:
// its IndexedDB and localStorage are the thing under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, openApp, waitForIdle, appUrl, screenshot, call, clickToolbar, clickDialog, withBrowser, sharedSite } from './harness.mjs';

// A stuck wait fails its test instead of holding up the whole suite.
const LIMIT = 120_000;

const env = sharedSite();

const link = { op: 'link', child: 'm11', parent: 'S2' };
const hasLink = (plan) => plan.tactics.find((t) => t.id === 'm11').strategies.includes('S2');

// Waits until the library has stored the plan as it is now.
async function waitSaved(page) {
  await page.waitForFunction(() => {
    const s = window.alignboard.storage();
    return !s.pending && s.savedRevision >= window.alignboard.revision() && s.state === 'saved';
  });
}

test('an edit is saved within a second and a reload gives back the plan and its view', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    const { page } = app;
    assert.equal((await call(page, 'storage')).state, 'saved');
    assert.deepEqual((await call(page, 'apply', link)).ok, true);
    await page.keyboard.press('Equal');  // zoom in: the view is saved too
    await waitForIdle(page);
    const g1 = await call(page, 'itemRect', 'G1');
    await page.mouse.click(g1.x + g1.w / 2, g1.y + g1.h / 2);
    await waitForIdle(page);
    const started = Date.now();
    await waitSaved(page);
    assert.ok(Date.now() - started < 1500, 'saved within about a second');
    const before = await call(page, 'getPlan');
    const rectBefore = await call(page, 'itemRect', 'G2');

    await page.reload();
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await waitForIdle(page);
    const afterPlan = await call(page, 'getPlan');
    assert.deepEqual(afterPlan, before);
    assert.ok(hasLink(afterPlan));
    assert.deepEqual(await call(page, 'itemRect', 'G2'), rectBefore, 'the same camera');
    assert.deepEqual(await call(page, 'selection'), ['G1'], 'the same selection');
    assert.deepEqual(app.errors, []);
    await app.close();
  });
});

test('an edit followed by closing the page within 100 ms is there when the plan is opened again', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    await call(app.page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Closed in a hurry' });
    await app.page.close();  // no wait at all: well within 100 ms of the edit
    const again = await openApp(env.site, browser, { storage: true });
    const plan = await call(again.page, 'getPlan');
    assert.equal(plan.goals.find((g) => g.id === 'G1').name, 'Closed in a hurry');
    await again.close();
  });
});

test('storage that fails on write says so, keeps the plan in memory and still downloads it', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      // The first plan is written with add(); every later save uses put(), which now fails.
      IDBObjectStore.prototype.put = function(value, key) {
        if (this.name === 'plans') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    });
    await page.goto(appUrl(env.site, { storage: true }));
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await waitForIdle(page);
    assert.equal((await call(page, 'apply', link)).ok, true);
    await page.waitForFunction(() => window.alignboard.storage().state === 'failed');
    const s = await call(page, 'storage');
    assert.match(s.message, /storage is full/);
    assert.match(await call(page, 'lastMessage'), /storage is full.*Download a copy/);
    assert.ok(hasLink(await call(page, 'getPlan')), 'the edit is still in the plan');
    await waitForIdle(page);
    await screenshot(page, 'library-storage-full');

    const [download] = await Promise.all([page.waitForEvent('download'), clickToolbar(page, 'save')]);
    assert.equal(download.suggestedFilename(), 'Selma spring launch.json');
    const text = await (await download.createReadStream()).toArray();
    const saved = JSON.parse(Buffer.concat(text).toString('utf8'));
    assert.ok(hasLink(saved), 'the download holds the unsaved edit');
    await page.close();
  });
});

test('a second page on the same plan is a read-only mirror, and can save a copy; the first keeps editing', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const first = await openApp(env.site, browser, { storage: true });
    const second = await openApp(env.site, browser, { storage: true });
    // It follows the first (tests/e2e/present.test.mjs tests the mirror itself).
    await second.page.waitForFunction(() => window.alignboard.storage().mirror === 'following');
    await waitForIdle(second.page);
    await screenshot(second.page, 'library-second-tab');
    const s = await call(second.page, 'storage');
    assert.equal(s.readOnly, true);
    const refused = await call(second.page, 'apply', link);
    assert.equal(refused.ok, false);
    assert.match(refused.error, /follows the editing window/);
    assert.equal(hasLink(await call(second.page, 'getPlan')), false);

    // The first tab still edits and saves.
    assert.equal((await call(first.page, 'apply', link)).ok, true);
    await waitSaved(first.page);

    // The second saves its own copy and edits that.
    await clickDialog(second.page, 'mirror.copy');
    await second.page.waitForFunction(() => !window.alignboard.storage().readOnly);
    await second.page.waitForFunction(() => window.alignboard.getPlan().name === 'Copy of Selma spring launch');
    assert.equal((await call(second.page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Mine' })).ok, true);
    await waitSaved(second.page);
    const plans = await call(second.page, 'plans');
    assert.equal(plans.length, 2);
    // Neither overwrote the other: the original has the first tab's link and its own goal name.
    await first.page.reload();
    await first.page.evaluate(() => window.alignboardReady.then(() => true));
    const original = await call(first.page, 'getPlan');
    assert.ok(hasLink(original));
    assert.equal(original.goals.find((g) => g.id === 'G1').name, 'Selma Spring revenue $6.0M');
    await first.close();
    await second.close();
  });
});

test('a named checkpoint restores as one undoable step', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    const { page } = app;
    const original = await call(page, 'getPlan');
    await clickToolbar(page, 'history');
    await clickDialog(page, 'checkpoint.name');
    await page.keyboard.type('end of day 1');
    await clickDialog(page, 'checkpoint.save');
    await page.waitForFunction(() => window.alignboard.checkpoints().then((l) => l.some((c) => c.name === 'end of day 1')));
    const cps = await call(page, 'checkpoints');
    const named = cps.find((c) => c.name === 'end of day 1');
    assert.equal(named.auto, false);
    assert.ok(cps.some((c) => c.auto && c.name === 'Opened'), 'opening made an automatic checkpoint');
    await clickDialog(page, 'close');

    assert.equal((await call(page, 'apply', link)).ok, true);
    const edited = await call(page, 'getPlan');
    await clickToolbar(page, 'history');
    await clickDialog(page, `preview:${named.id}`);
    await page.waitForFunction(() => window.alignboard.dialogRect('preview') !== null);
    await waitForIdle(page);
    await screenshot(page, 'library-history');
    await clickDialog(page, `restore:${named.id}`);
    await page.waitForFunction((rev) => window.alignboard.revision() > rev, await call(page, 'revision') - 1);
    await page.waitForFunction(() => window.alignboard.lastMessage().startsWith('Restored'));
    assert.deepEqual(await call(page, 'getPlan'), original);
    assert.equal(await call(page, 'undo'), true);
    assert.deepEqual(await call(page, 'getPlan'), edited);
    await app.close();
  });
});
