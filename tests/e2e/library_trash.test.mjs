// The plan library's housekeeping: a shared plan accepted while saving fails comes in as the
// dialog says (the open plan stays), the trash is emptied after 30 days or on request, and the
// Plans list reads names, dates and sizes without reading any plan's text. Each test launches
// its own browser: its IndexedDB is the thing under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';

import { openApp, appUrl, call, clickToolbar, clickDialog, screenshot, sharedSite } from './harness.mjs';
import { withBrowser, ready, storedPlan, storedPlans, openPlanId, putPlan } from './library_store.mjs';

const LIMIT = 120_000;
const DAY = 24 * 60 * 60 * 1000;

const env = sharedSite();

const settled = (page) => page.waitForFunction(() => window.alignboard.storage().busy === 0 && window.alignboard.isIdle());

test('a shared plan accepted while saving fails is added as a new plan; the open plan and its edit stay', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const first = await openApp(env.site, browser, { storage: true });
    const shared = await call(first.page, 'getPlan');
    shared.name = 'From a colleague';
    await first.close();
    const fragment = zlib.deflateRawSync(Buffer.from(JSON.stringify(shared))).toString('base64url');

    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      // Saving the open plan fails from now on (put); adding a new plan still works (add).
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function(value, key) {
        if (this.name === 'plans' && window.abFail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    });
    await page.goto(`${appUrl(env.site, { storage: true })}#plan=${fragment}`);
    await ready(page);
    const id = await openPlanId(page);
    const stored = await storedPlan(page, id);
    await page.evaluate(() => { window.abFail = true; });
    assert.equal((await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Not saved yet' })).ok, true);
    await page.waitForFunction(() => window.alignboard.storage().state === 'failed');
    assert.equal((await call(page, 'storage')).dialog, 'shared');
    await screenshot(page, 'library-shared-while-failing');

    await clickDialog(page, 'shared.open');
    await page.waitForFunction(() => window.alignboard.storage().dialog === '' && window.alignboard.storage().busy === 0);
    // As the dialog said: the open plan stays, with its unsaved edit, and nothing overwrote its record.
    const open = await call(page, 'getPlan');
    assert.equal(open.name, 'Selma spring launch');
    assert.equal(open.goals.find((g) => g.id === 'G1').name, 'Not saved yet');
    assert.equal((await storedPlan(page, id)).text, stored.text);
    assert.match(await call(page, 'lastMessage'), /Added \u201cFrom a colleague\u201d to your plans.*stays open/);
    const names = (await storedPlans(page)).map((p) => p.name).sort();
    assert.deepEqual(names, ['From a colleague', 'Selma spring launch']);
    await page.close();
  });
});

test('the trash empties itself after 30 days, and on request after a confirmation', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    const { page } = app;
    const open = await storedPlan(page, await openPlanId(page));
    const now = Date.now();
    const plan = (id, name, trashed) => ({ id, name, text: open.text, view: null, created: now - 40 * DAY,
                                           updated: now - 40 * DAY, trashed, writer: 'test', version: 1 });
    await putPlan(page, plan('pOld', 'Deleted 31 days ago', now - 31 * DAY));
    await putPlan(page, plan('pRecent', 'Deleted yesterday', now - DAY));
    await putPlan(page, plan('pAlso', 'Deleted two days ago', now - 2 * DAY));
    await putPlan(page, plan('pLive', 'Kept', 0));

    await page.reload();
    await ready(page);
    const ids = async () => (await storedPlans(page)).map((p) => p.id).sort();
    await page.waitForFunction(async () => !(await window.alignboard.plans()).some((p) => p.id === 'pOld'));
    assert.deepEqual(await ids(), [open.id, 'pAlso', 'pLive', 'pRecent'].sort(), 'only the plan deleted over 30 days ago is gone');

    await clickToolbar(page, 'plans');
    await clickDialog(page, 'purge:pRecent');
    assert.equal((await storedPlan(page, 'pRecent')).id, 'pRecent', 'nothing goes before the confirmation');
    await screenshot(page, 'library-trash-confirm');
    await clickDialog(page, 'purge.confirm:pRecent');
    await settled(page);
    assert.equal(await storedPlan(page, 'pRecent'), undefined);

    await clickDialog(page, 'trash.empty');
    assert.ok(await storedPlan(page, 'pAlso'), 'nothing goes before the confirmation');
    await clickDialog(page, 'trash.confirm');
    await settled(page);
    assert.deepEqual(await ids(), [open.id, 'pLive'].sort(), 'the trash is empty; live plans stay');
    assert.deepEqual(app.errors, []);
    await app.close();
  });
});

test('the Plans list reads no plan text, and a library from before the index is indexed once', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    // A library as the previous version left it: database version 1, no index.
    await page.goto(appUrl(env.site));  // ?storage=none: this page leaves the database alone
    const sample = await page.evaluate(() => fetch('plans/selma.json').then((r) => r.text()));
    await page.evaluate((text) => new Promise((resolve, reject) => {
      const r = indexedDB.open('alignboard', 1);
      r.onupgradeneeded = () => {
        const db = r.result;
        const plans = db.createObjectStore('plans', { keyPath: 'id' });
        db.createObjectStore('checkpoints', { keyPath: 'id', autoIncrement: true }).createIndex('plan', 'plan');
        db.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'last', value: 'pA' });
        for (const [id, name, pad] of [['pA', 'Alpha', 0], ['pB', 'Beta', 5000]]) {
          const plan = JSON.parse(text);
          plan.name = name;
          plan.notes = 'x'.repeat(pad);
          plans.put({ id, name, text: JSON.stringify(plan), view: null, created: 1, updated: Date.now() - pad,
                      trashed: 0, writer: 'old', version: 1 });
        }
      };
      r.onsuccess = () => { r.result.close(); resolve(); };
      r.onerror = () => reject(r.error);
    }), sample);
    await page.addInitScript(() => {
      window.abPlanReads = 0;
      for (const name of ['get', 'getAll', 'openCursor']) {
        const original = IDBObjectStore.prototype[name];
        IDBObjectStore.prototype[name] = function(...args) {
          if (this.name === 'plans') window.abPlanReads++;
          return original.apply(this, args);
        };
      }
    });
    await page.goto(appUrl(env.site, { storage: true }));
    await ready(page);
    assert.equal((await call(page, 'getPlan')).name, 'Alpha');
    await page.evaluate(() => { window.abPlanReads = 0; });
    await clickToolbar(page, 'plans');
    await page.waitForFunction(() => window.alignboard.dialogRect('plan:pA') && window.alignboard.dialogRect('plan:pB'));
    const list = await call(page, 'plans');
    assert.equal(await page.evaluate(() => window.abPlanReads), 0, 'the list read no plan record');
    const stored = await storedPlans(page);
    for (const p of list) assert.equal(p.size, stored.find((s) => s.id === p.id).text.length, `${p.name}'s size`);
    assert.deepEqual(list.map((p) => p.name).sort(), ['Alpha', 'Beta']);
    await page.close();
  });
});
