// Presenting on a projector and a second window of the same plan ([3/8] item 8): P fits the whole
// plan to the screen (and again when the screen changes size), and a second window of the plan
// follows the editing window live as a read-only mirror, never saves, and can take over.
// The mirror tests launch their own browser: its IndexedDB is shared by the two pages under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, openApp, waitForIdle, screenshot, call, clickDialog, sharedSite, appTest } from './harness.mjs';

const LIMIT = 120_000;

const env = sharedSite({ pool: true });
const pool = env.pool;

// Every item of the plan that has a card.
function cardIds(plan) {
  return [...plan.goals, ...plan.strategies, ...plan.tactics, ...plan.kpis,
          ...(plan.products || []), ...(plan.insights || [])].map((x) => x.id);
}

// Asserts that every card of the plan lies wholly inside the page's viewport; returns the rects.
async function assertAllCardsInside(page, width, height, what) {
  const plan = await call(page, 'getPlan');
  const ids = cardIds(plan);
  assert.ok(ids.length >= 10, 'the plan has cards to check');
  const rects = {};
  for (const id of ids) {
    const r = await call(page, 'itemRect', id);
    assert.ok(r, `${what}: card ${id} is on screen`);
    assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height,
      `${what}: card ${id} lies inside the ${width}x${height} view (${JSON.stringify(r)})`);
    rects[id] = r;
  }
  return rects;
}

// Resizes the page and waits until the app has seen the new size (the canvas' backing store
// follows it in the frame drawn on resize) and has settled: isIdle alone can answer before the
// browser delivered the resize.
async function resizeTo(page, width, height) {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(([w, h]) => {
    const c = document.getElementById('canvas');
    return c.width === Math.round(w * devicePixelRatio) && c.height === Math.round(h * devicePixelRatio);
  }, [width, height]);
  await waitForIdle(page);
}

async function present(page) {
  await page.keyboard.press('p');
  await waitForIdle(page);
  assert.equal((await call(page, 'viewMode')).presenting, true);
}

// The bakery (seven tactics: three were cut off at 1920x1080) and the taller templates.
for (const template of ['small-business', 'selma', 'share-a-coke', 'truth-is-hard']) {
  test(`P at 1920x1080 shows every card of the ${template} template`, { timeout: LIMIT }, async () => {
    const app = await openApp(env.site, await pool.get(1), { width: 1920, height: 1080, query: `?template=${template}` });
    const { page } = app;
    try {
      await present(page);
      const rects = await assertAllCardsInside(page, 1920, 1080, `presenting ${template} at 1920x1080`);
      // The fit uses the screen: the plan is not a small island in the middle of it.
      const all = Object.values(rects);
      const spanX = Math.max(...all.map((r) => r.x + r.w)) - Math.min(...all.map((r) => r.x));
      const spanY = Math.max(...all.map((r) => r.y + r.h)) - Math.min(...all.map((r) => r.y));
      assert.ok(spanX > 1920 * 0.6 || spanY > (1080 - 56) * 0.75, `the plan fills the screen (${spanX} x ${spanY})`);
      await screenshot(page, `present-1920x1080-${template}`);
    } finally {
      await app.close();
    }
  });
}

appTest(env, 'P at 1280x720 shows every card of the bakery; a resize while presenting fits the plan again', { timeout: LIMIT }, { width: 1280, height: 720, query: '?template=small-business' }, async ({ page, app }) => {
  await present(page);
  const small = await assertAllCardsInside(page, 1280, 720, 'presenting at 1280x720');
  await screenshot(page, 'present-1280x720');
  // The projector switches to 1920x1080: the plan grows to the new screen.
  await resizeTo(page, 1920, 1080);
  const large = await assertAllCardsInside(page, 1920, 1080, 'after a resize to 1920x1080');
  assert.ok(large.S1.w > small.S1.w * 1.2, `cards grow with the screen (${small.S1.w} -> ${large.S1.w})`);
  // And back to a small one: nothing is left outside.
  await resizeTo(page, 1024, 600);
  await assertAllCardsInside(page, 1024, 600, 'after a resize to 1024x600');
});

// ---- A second window of the same plan --------------------------------------------------------

async function withBrowser(fn) {
  const browser = await launchBrowser();
  try { await fn(browser); } finally { await browser.close(); }
}
async function waitSaved(page) {
  await page.waitForFunction(() => {
    const s = window.alignboard.storage();
    return !s.pending && s.savedRevision >= window.alignboard.revision() && s.state === 'saved';
  });
}
const setName = (name) => ({ op: 'set', id: '', field: 'name', value: name });
// The stored record of a plan, read from IndexedDB in the page.
const storedRecord = (page, id) => page.evaluate((planId) => new Promise((resolve, reject) => {
  const open = indexedDB.open('alignboard');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const r = open.result.transaction('plans').objectStore('plans').get(planId);
    r.onsuccess = () => { const rec = r.result; open.result.close(); resolve({ version: rec.version, writer: rec.writer, name: rec.name }); };
    r.onerror = () => reject(r.error);
  };
}), id);

// Opens the editing window and its mirror; resolves when the mirror follows.
async function editorAndMirror(browser) {
  const editor = await openApp(env.site, browser, { storage: true });
  await editor.page.waitForFunction(() => window.alignboard.storage().state === 'saved');
  const mirror = await openApp(env.site, browser, { storage: true });
  await mirror.page.waitForFunction(() => window.alignboard.storage().mirror === 'following');
  await waitForIdle(mirror.page);
  return { editor, mirror };
}

test('a second window follows the editing window within a second and never saves', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { editor, mirror } = await editorAndMirror(browser);
    const s = await call(mirror.page, 'storage');
    assert.equal(s.readOnly, true);
    assert.equal(s.dialog, '', 'no dialog to click through: the mirror just follows');
    assert.match(s.reason, /follows the editing window/);
    assert.ok(await call(mirror.page, 'dialogRect', 'mirror.edit'), 'the mirror offers to edit here instead');
    await screenshot(mirror.page, 'present-mirror-following');

    const planId = (await call(editor.page, 'plans')).find((p) => p.current).id;
    const before = await storedRecord(editor.page, planId);
    // An edit in the editing window shows in the mirror within a second. Both pages read one
    // clock: the mirror notes when the name arrived, the editor when it was made (measured in
    // the pages, so the test's own round trips to a busy browser do not count).
    await mirror.page.evaluate(() => {
      const watch = setInterval(() => {
        if (window.alignboard.getPlan().name !== 'Projector run-through') return;
        window.abArrived = Date.now();
        clearInterval(watch);
      }, 10);
    });
    const made = await editor.page.evaluate((cmd) => {
      const at = Date.now();
      return window.alignboard.apply(cmd).ok ? at : 0;
    }, setName('Projector run-through'));
    assert.ok(made > 0);
    const arrived = await (await mirror.page.waitForFunction(() => window.abArrived)).jsonValue();
    assert.ok(arrived - made < 1000, `followed within a second (${arrived - made} ms)`);
    // A link too (not only the name): the mirror shows the same plan text.
    assert.equal((await call(editor.page, 'apply', { op: 'link', child: 'm11', parent: 'S2' })).ok, true);
    await mirror.page.waitForFunction(() =>
      window.alignboard.getPlan().tactics.find((t) => t.id === 'm11').strategies.includes('S2'));

    // The mirror refuses edits, stores nothing and queues nothing, even after its view moved.
    const refused = await call(mirror.page, 'apply', setName('Mine'));
    assert.equal(refused.ok, false);
    await mirror.page.mouse.move(600, 500);
    await mirror.page.mouse.wheel(0, 300);
    await waitForIdle(mirror.page);
    await waitSaved(editor.page);
    const m = await call(mirror.page, 'storage');
    assert.equal(m.savedRevision, -1, 'the mirror never finished a save');
    assert.equal(m.pending, false, 'the mirror has nothing waiting to be saved');
    const after = await storedRecord(editor.page, planId);
    assert.equal(after.writer, before.writer, 'only the editing window wrote the plan');
    assert.ok(after.version > before.version);
    assert.equal(after.name, 'Projector run-through');
    assert.equal((await call(mirror.page, 'plans')).length, 1, 'the mirror added no plan');
    await editor.close();
    await mirror.close();
  });
});

test('a presenting mirror refits when the plan changes; closing the editor lets the mirror take over', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { editor, mirror } = await editorAndMirror(browser);
    await mirror.page.setViewportSize({ width: 1920, height: 1080 });
    await waitForIdle(mirror.page);
    await mirror.page.mouse.click(900, 700);
    await present(mirror.page);
    // A new tactic in the editing window: the projector shows it, with every other card.
    const added = await call(editor.page, 'apply', { op: 'add', kind: 'tactic', item: { id: 'm99', name: 'Window display' } });
    assert.equal(added.ok, true, JSON.stringify(added));
    await mirror.page.waitForFunction(() => window.alignboard.getPlan().tactics.some((t) => t.id === 'm99'));
    await waitForIdle(mirror.page);
    await assertAllCardsInside(mirror.page, 1920, 1080, 'the presenting mirror after an edit');
    await screenshot(mirror.page, 'present-mirror-presenting');
    await mirror.page.keyboard.press('Escape');
    await waitForIdle(mirror.page);

    // The last edit before the editing window closes reaches the mirror too.
    assert.equal((await call(editor.page, 'apply', setName('Last words'))).ok, true);
    await mirror.page.waitForFunction(() => window.alignboard.getPlan().name === 'Last words');
    await editor.close();
    await mirror.page.waitForFunction(() => window.alignboard.storage().mirror === 'gone');
    await waitForIdle(mirror.page);
    await screenshot(mirror.page, 'present-mirror-editor-gone');
    await clickDialog(mirror.page, 'mirror.take');
    await mirror.page.waitForFunction(() => !window.alignboard.storage().readOnly);
    assert.equal((await call(mirror.page, 'storage')).mirror, 'off');
    assert.equal((await call(mirror.page, 'getPlan')).name, 'Last words');
    assert.equal((await call(mirror.page, 'apply', setName('Taken over'))).ok, true);
    await waitSaved(mirror.page);
    await mirror.page.reload();
    await mirror.page.evaluate(() => window.alignboardReady.then(() => true));
    assert.equal((await call(mirror.page, 'getPlan')).name, 'Taken over');
    assert.equal((await call(mirror.page, 'storage')).readOnly, false);
    await mirror.close();
  });
});

test('"Edit here instead" swaps the windows: the mirror edits and the editor follows it', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { editor, mirror } = await editorAndMirror(browser);
    await clickDialog(mirror.page, 'mirror.edit');
    await mirror.page.waitForFunction(() => !window.alignboard.storage().readOnly);
    await editor.page.waitForFunction(() => window.alignboard.storage().mirror === 'following');
    assert.equal((await call(editor.page, 'apply', setName('Not here'))).ok, false, 'the old editor is read-only');
    assert.equal((await call(mirror.page, 'apply', setName('Edited in the second window'))).ok, true);
    await editor.page.waitForFunction(() => window.alignboard.getPlan().name === 'Edited in the second window');
    await waitSaved(mirror.page);
    await editor.close();
    await mirror.close();
  });
});

test('the editing window reloaded keeps editing, and the mirror follows it again', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const { editor, mirror } = await editorAndMirror(browser);
    await editor.page.reload();
    await editor.page.evaluate(() => window.alignboardReady.then(() => true));
    // The mirror does not claim the plan: the reloaded window edits it, without a dialog.
    await editor.page.waitForFunction(() => window.alignboard.storage().state === 'saved');
    const s = await call(editor.page, 'storage');
    assert.equal(s.readOnly, false);
    assert.equal(s.dialog, '');
    await mirror.page.waitForFunction(() => window.alignboard.storage().mirror === 'following');
    assert.equal((await call(editor.page, 'apply', setName('After a reload'))).ok, true);
    await mirror.page.waitForFunction(() => window.alignboard.getPlan().name === 'After a reload');
    await editor.close();
    await mirror.close();
  });
});
