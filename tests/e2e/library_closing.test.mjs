// Closing the page never loses what was typed: a confirmed edit whose save is still being
// written, and text typed into a field but not yet confirmed (no Enter, no Tab). Each test
// launches its own browser: its IndexedDB and localStorage are the thing under test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { startSite, launchBrowser, openApp, appUrl, call, withBrowser } from './harness.mjs';

const LIMIT = 120_000;

let site;
before(async () => { site = await startSite(); });
after(async () => { await site.close(); });

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
    await page.goto(appUrl(site, { storage: true }));
    await page.waitForFunction(() => window.alignboardReady !== undefined);
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Written while closing' });
    // The save has started (the first one after opening waits for other tabs to answer).
    await page.waitForFunction(() => window.alignboard.storage().state === 'saving', null, { timeout: 10_000 });
    await page.close();

    const again = await openApp(site, browser, { storage: true });
    assert.equal(goalName(await call(again.page, 'getPlan'), 'G1'), 'Written while closing');
    assert.deepEqual(again.errors, []);
    await again.close();
  });
});
