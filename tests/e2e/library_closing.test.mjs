// Closing the page never loses what was typed: a confirmed edit whose save is still being
// written, and text typed into a field but not yet confirmed (no Enter, no Tab). Each test
// launches its own browser: its IndexedDB and localStorage are the thing under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, appUrl, call, withBrowser, itemCentre, waitForIdle, panelClick, sharedSite } from './harness.mjs';

const LIMIT = 120_000;

const env = sharedSite();

const goalName = (plan, id) => plan.goals.find((g) => g.id === id).name;

// Makes every later write of a plan take `ms` before it reaches IndexedDB: the transaction is
// kept busy with reads meanwhile, as a slow disk would, so closing the page aborts it.
function slowPlanWrites(ms) {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function(value, key) {
    if (this.name !== 'plans') return put.call(this, value, key);
    const store = this, until = Date.now() + ms;
    const spin = () => {
      const r = store.get('no such plan');
      r.onsuccess = () => { if (Date.now() < until) spin(); else put.call(store, value, key); };
    };
    spin();
    return {};
  };
}

test('closing the page while the save of an edit is still being written keeps the edit', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    await page.addInitScript(slowPlanWrites, 5000);
    await page.goto(appUrl(env.site, { storage: true }));
    await page.waitForFunction(() => window.alignboardReady !== undefined);
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Written while closing' });
    // The save has started (the first one after opening waits for other tabs to answer).
    await page.waitForFunction(() => window.alignboard.storage().state === 'saving', null, { timeout: 10_000 });
    await page.close();

    const again = await openApp(env.site, browser, { storage: true });
    assert.equal(goalName(await call(again.page, 'getPlan'), 'G1'), 'Written while closing');
    assert.deepEqual(again.errors, []);
    await again.close();
  });
});

// G1's name as a newly opened page of the same browser finds it (after the page was closed).
async function g1AfterReopen(browser) {
  const again = await openApp(env.site, browser, { storage: true });
  const name = goalName(await call(again.page, 'getPlan'), 'G1');
  assert.deepEqual(again.errors, []);
  await again.close();
  return name;
}

// Opens the app with the library, selects goal G1 and returns the page.
async function openOnG1(browser) {
  const app = await openApp(env.site, browser, { storage: true });
  const c = await itemCentre(app.page, 'G1');
  await app.page.mouse.click(c.x, c.y);
  await waitForIdle(app.page);
  return app;
}

test('a name typed in the inspector and not confirmed (no Enter, no Tab) is there after closing the tab', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { page } = await openOnG1(browser);
    await page.keyboard.press('i');
    await waitForIdle(page);
    await panelClick(page, 'name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Typed, never confirmed');
    await waitForIdle(page);
    const s = await call(page, 'storage');
    assert.equal(s.typing, true, 'the typed text is known to be unsaved');
    assert.equal(s.pending, true, 'so the plan does not count as stored');
    assert.equal(goalName(await call(page, 'getPlan'), 'G1'), 'Selma Spring revenue $6.0M', 'not committed yet');
    await page.close();

    assert.equal(await g1AfterReopen(browser), 'Typed, never confirmed');
  });
});

test('a title typed into the in-place rename and not confirmed is there after closing the tab', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { page } = await openOnG1(browser);
    await page.keyboard.press('F2');
    await waitForIdle(page);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Renamed in place');
    await waitForIdle(page);
    assert.equal((await call(page, 'storage')).typing, true);
    await page.close();

    assert.equal(await g1AfterReopen(browser), 'Renamed in place');
  });
});

test('switching to another tab mid-typing keeps the text and the field: typing goes on where it was', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { page } = await openOnG1(browser);
    await page.keyboard.press('i');
    await waitForIdle(page);
    await panelClick(page, 'name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Half');
    // The page is hidden (another tab in front) and shown again.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });
    assert.equal(goalName(await call(page, 'getPlan'), 'G1'), 'Half', 'committed when hidden');
    await page.keyboard.type(' and whole');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    assert.equal(goalName(await call(page, 'getPlan'), 'G1'), 'Half and whole');
    assert.equal((await call(page, 'storage')).typing, false);
  });
});
