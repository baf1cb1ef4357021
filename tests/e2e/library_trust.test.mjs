// The plan library never loses a stored plan: one that does not open at start is kept as it is
// (and offered as a file), one the reader would refuse is not stored, and the close-time
// journal outlives an older save that finishes after it. Each test launches its own browser:
// its IndexedDB and localStorage are the thing under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, appUrl, screenshot, call, clickToolbar, clickDialog, sharedSite } from './harness.mjs';
import { withBrowser, ready, storedPlan, openPlanId, storedCheckpoints, overwritePlan, journals } from './library_store.mjs';

const LIMIT = 180_000;
const CAP = 20 * 1024 * 1024;  // core/plan_json.hpp kMaxPlanBytes

const env = sharedSite();

async function downloadText(page, start) {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const chunks = await (await download.createReadStream()).toArray();
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

// A stored plan the app cannot open survives a start, a pan and 1.5 s, and is offered as a file.
async function storedPlanSurvives(name, damage, why) {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    const { page } = app;
    const id = await openPlanId(page);
    const good = await storedPlan(page, id);
    await overwritePlan(page, id, { text: damage(good.text) });
    const before = await storedPlan(page, id);
    const checkpointsBefore = (await storedCheckpoints(page, id)).length;

    await page.reload();
    await ready(page);
    const s = await call(page, 'storage');
    assert.equal(s.dialog, 'damaged');
    assert.match(s.damaged.why, why);
    assert.equal(s.readOnly, true);
    assert.match(await call(page, 'lastMessage'), why);
    await screenshot(page, `library-kept-${name}`);

    // The text as stored, one click away.
    const file = await downloadText(page, () => clickDialog(page, 'damaged.download'));
    assert.equal(file.name, 'Selma spring launch.json');
    assert.equal(file.text, before.text);
    assert.equal(await page.locator('.ab-dlg button:visible', { hasText: /^Close$/ }).count(), 1, 'one visible Close button');
    await clickDialog(page, 'damaged.close');

    // A pan, a click on the board, an edit attempt and 1.5 s: nothing is written over it.
    const box = await page.evaluate(() => { const r = document.querySelector('canvas').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
    await page.mouse.move(box.x, box.y);
    await page.mouse.wheel(120, 80);
    await page.mouse.click(box.x - 100, box.y);
    await page.keyboard.press('Equal');
    assert.equal((await call(page, 'apply', { op: 'set', id: '', field: 'name', value: 'Empty' })).ok, false);
    await waitForIdle(page);
    await page.waitForTimeout(1500);
    const afterwards = await storedPlan(page, id);
    assert.equal(afterwards.text, before.text, 'the stored text is untouched');
    assert.equal(afterwards.version, before.version);
    const checkpoints = await storedCheckpoints(page, id);
    assert.equal(checkpoints.length, checkpointsBefore, 'no checkpoint of the empty plan');
    // The top bar's state says read-only and brings the dialog back.
    await clickToolbar(page, 'save');
    assert.equal((await call(page, 'storage')).dialog, 'damaged');

    // The next start finds it as it was.
    await page.reload();
    await ready(page);
    assert.equal((await storedPlan(page, id)).text, before.text);
    assert.deepEqual(app.errors, []);
    await app.close();
  });
}

test('a stored plan made by a newer Alignboard survives a start, a pan and 1.5 s, and downloads', { timeout: LIMIT }, async () => {
  await storedPlanSurvives('newer', (text) => JSON.stringify({ ...JSON.parse(text), version: 2 }, null, 2), /made by a newer Alignboard/);
});

test('a stored plan over the size limit survives a start, a pan and 1.5 s, and downloads', { timeout: LIMIT }, async () => {
  await storedPlanSurvives('too-large', (text) => {
    const plan = JSON.parse(text);
    plan.notes = 'x'.repeat(CAP);
    return JSON.stringify(plan);
  }, /over the size limit/);
});

test('a plan grown past the size limit is not stored, says why, stays open and downloads', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    const { page } = app;
    const id = await openPlanId(page);
    const before = await storedPlan(page, id);
    const big = await page.evaluate((n) => window.alignboard.apply({ op: 'set', id: 'G1', field: 'notes', value: 'n'.repeat(n) }), CAP);
    assert.equal(big.ok, true);
    await page.waitForFunction(() => window.alignboard.storage().state === 'failed');
    assert.match((await call(page, 'storage')).message, /not saved in this browser, because it could not be opened again: the plan is 20\.0 MB .*opens plans of up to 20\.0 MB/);
    assert.equal((await storedPlan(page, id)).text, before.text, 'the stored plan is the last one that fits');
    const file = await downloadText(page, () => clickToolbar(page, 'save'));
    assert.equal(JSON.parse(file.text).goals.find((g) => g.id === 'G1').notes.length, CAP, 'the download holds the edit');
    await app.close();
  });
});

// Holds the completion events of IndexedDB writes to plans while window.abHold is set (the
// data is written; the app only hears of it later), and fails plan writes while abFail is set.
function holdWrites() {
  window.abHeld = [];
  const desc = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
  Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
    configurable: true,
    get() { return desc.get.call(this); },
    set(fn) {
      const tx = this;
      desc.set.call(this, fn && function(e) {
        if (window.abHold && tx.mode === 'readwrite' && Array.from(tx.objectStoreNames).includes('plans')) {
          window.abHeld.push(() => fn.call(tx, e));
          return undefined;
        }
        return fn.call(tx, e);
      });
    },
  });
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function(value, key) {
    if (window.abFail && this.name === 'plans') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.call(this, value, key);
  };
}

test('a save that finishes after the page hid keeps the newer journal, and the next start has it', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    await page.addInitScript(holdWrites);
    await page.goto(appUrl(env.site, { storage: true }));
    await ready(page);
    const id = await openPlanId(page);
    const setName = (value) => call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value });

    await page.evaluate(() => { window.abHold = true; });
    assert.equal((await setName('First')).ok, true);
    await page.waitForFunction(() => window.abHeld.length === 1);  // written, not yet heard of
    assert.equal((await setName('Second')).ok, true);
    const newer = await call(page, 'revision');
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    const key = `alignboard.journal.${id}`;
    assert.equal((await journals(page))[key].revision, newer);

    // The older save finishes; the next one fails (as a frozen page would never run it).
    await page.evaluate(() => { window.abHold = false; window.abFail = true; window.abHeld.shift()(); });
    await page.waitForFunction(() => window.alignboard.storage().state === 'failed');
    const kept = (await journals(page))[key];
    assert.ok(kept, 'the journal outlives the older save');
    assert.equal(kept.revision, newer);
    assert.match(kept.text, /"Second"/);

    // The page is discarded without another chance to write (no pagehide).
    const cdp = await browser.context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    cdp.send('Page.crash').catch(() => {});  // never answers: the renderer is gone
    await crashed;
    await page.close().catch(() => {});
    const again = await openApp(env.site, browser, { storage: true });
    assert.equal((await call(again.page, 'getPlan')).goals.find((g) => g.id === 'G1').name, 'Second');
    assert.deepEqual(await journals(again.page), {}, 'the journal is stored and gone');
    await again.close();
  });
});

test('a journal that cannot be written says so on the page', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function(key, value) {
        if (String(key).startsWith('alignboard.journal')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(appUrl(env.site, { storage: true }));
    await ready(page);
    await openPlanId(page);
    const s = await page.evaluate(() => {
      window.alignboard.apply({ op: 'set', id: 'G1', field: 'name', value: 'Hidden at once' });
      window.dispatchEvent(new Event('pagehide'));
      return window.alignboard.storage();
    });
    assert.equal(s.state, 'failed');
    assert.match(s.message, /could not be kept for closing the page \(browser storage is full\)/);
    assert.match(await call(page, 'lastMessage'), /could not be kept for closing the page/);
    await page.close();
  });
});
