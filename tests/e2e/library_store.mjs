// What the plan library's browser tests share: a browser of their own for each test (its
// storage is the thing under test), and a direct view of the page's IndexedDB and localStorage,
// read and written without the app, so a test sees what is really stored.
import { launchBrowser, waitForIdle } from './harness.mjs';

// Runs `fn(browser)` in a freshly launched browser with an empty profile.
export async function withBrowser(fn) {
  const browser = await launchBrowser();
  try { await fn(browser); } finally { await browser.close(); }
}
// Waits until a page (re)loaded by the test has its app ready and idle.
export async function ready(page) {
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await waitForIdle(page);
}

// Runs one operation on the library's database inside the page (the page's CSP allows no
// eval, so the operations are written out here rather than passed as text).
function inDb(page, op, arg) {
  return page.evaluate(([what, a]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('alignboard');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const finish = (r) => {
        r.onsuccess = () => { db.close(); resolve(r.result); };
        r.onerror = () => { db.close(); reject(r.error); };
      };
      if (what === 'plan') finish(db.transaction('plans').objectStore('plans').get(a));
      else if (what === 'plans') finish(db.transaction('plans').objectStore('plans').getAll());
      else if (what === 'last') finish(db.transaction('meta').objectStore('meta').get('last'));
      else if (what === 'checkpoints') finish(db.transaction('checkpoints').objectStore('checkpoints').index('plan').getAll(a));
      else if (what === 'overwrite' || what === 'put') {
        const tx = db.transaction(['plans', 'index'], 'readwrite');
        const plans = tx.objectStore('plans');
        const r = plans.get(a.id);
        r.onsuccess = () => {
          const rec = Object.assign(r.result || {}, a.change);
          plans.put(rec);
          tx.objectStore('index').put({ id: rec.id, name: rec.name, created: rec.created, updated: rec.updated,
                                        trashed: rec.trashed || 0, size: rec.text.length, version: rec.version });
        };
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => { db.close(); reject(tx.error); };
      } else { db.close(); reject(new Error(`unknown operation ${what}`)); }
    };
  }), [op, arg]);
}

// The stored plan record {id, name, text, version, ...} of `id`, or undefined.
export const storedPlan = (page, id) => inDb(page, 'plan', id);
// Every stored plan record.
export const storedPlans = (page) => inDb(page, 'plans');
// The id of the plan the library opens next (meta 'last').
export const lastPlanId = async (page) => { const m = await inDb(page, 'last'); return m && m.value; };
// The id of the plan the page has open, once the library has recorded it (meta 'last').
export async function openPlanId(page) {
  for (;;) {
    const id = await lastPlanId(page).catch(() => undefined);
    if (id) return id;
    await page.waitForTimeout(50);
  }
}
// The checkpoints of plan `id`: [{name, text, time, auto}].
export const storedCheckpoints = (page, id) => inDb(page, 'checkpoints', id);
// Replaces fields of a stored record (and its index entry), as another version of the app
// would have left them.
export const overwritePlan = (page, id, change) => inDb(page, 'overwrite', { id, change });
// Stores a whole plan record (and its index entry).
export const putPlan = (page, rec) => inDb(page, 'put', { id: rec.id, change: rec });

// The close-time journals in localStorage: {key: entry}.
export function journals(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; ++i) {
      const key = localStorage.key(i);
      if (key.startsWith('alignboard.journal')) out[key] = JSON.parse(localStorage.getItem(key));
    }
    return out;
  });
}
