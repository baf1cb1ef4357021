// The action table (web/app/action_table.cpp) is the one list the keys, the top bar, its More menu
// and the tooltips read: every chord of it runs its action from the keyboard, every action of the
// bar is on the bar or in the More menu under the table's label and chord, and the chords name
// Cmd when the platform is a Mac, Ctrl elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, openApp, waitForIdle, itemCentre, screenshot, call, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

// The key playwright presses for a chord as the table shows it ('Cmd+Shift+Z' -> 'Meta+Shift+KeyZ').
function keyFor(chord) {
  const names = { Ctrl: 'Control', Cmd: 'Meta', Shift: 'Shift', Alt: 'Alt', Esc: 'Escape' };
  return chord.split('+').map((part) => names[part] || (/^[A-Z]$/.test(part) ? `Key${part}` : part)).join('+');
}

// Two clicks on one spot within the double-click time rename the card in place (and the next
// chord would be typed into its title): each click lands 24 px from the one before.
let clicks = 0;
async function clickCard(page, id) {
  if (!await call(page, 'itemRect', id)) {  // a paste scrolled it away: 0 fits the plan
    await page.keyboard.press('Digit0');
    await waitForIdle(page);
  }
  const c = await itemCentre(page, id);
  await page.mouse.click(c.x + (clicks++ % 2 ? -12 : 12), c.y);
  await waitForIdle(page);
}

async function hover(page, name) {
  const r = await call(page, 'toolbarRect', name);
  assert.ok(r, `${name} is on the top bar`);
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await waitForIdle(page);
  return call(page, 'toolbarHover');
}

// What each action needs before its key does something (the rest need a selected card), and
// what puts the plan and the view back afterwards.
const LINK = { op: 'link', child: 'm11', parent: 'S2' };
const setUp = {
  undo: (page) => call(page, 'apply', LINK),
  redo: async (page) => { await call(page, 'apply', LINK); await call(page, 'undo'); },
  // A headless browser's print job holds the page's input for a moment: the print dialog is the
  // browser's, so the test stands in for it (pictures_print.test.mjs tests what prints).
  print: (page) => page.evaluate(() => { window.print = () => {}; }),
};
const tearDown = {
  cut: (page) => call(page, 'undo'),
  delete: (page) => call(page, 'undo'),
  duplicate: (page) => call(page, 'undo'),
  paste: (page) => call(page, 'undo'),
  tidy: (page) => call(page, 'undo'),
  present: (page) => page.keyboard.press('KeyP'),
  contrast: (page) => page.keyboard.press('KeyH'),
};

appTest(env, 'every chord of the action table runs its action from the keyboard', async ({ page, app }) => {
  const keyed = (await call(page, 'actions')).filter((a) => a.keys.length > 0);
  const ids = keyed.map((a) => a.id);
  for (const id of ['undo', 'redo', 'copy', 'paste', 'delete', 'present', 'contrast']) assert.ok(ids.includes(id), id);
  for (const action of keyed) {
    for (const chord of action.keys) {
      await clickCard(page, 'm1');  // the board has the keys and a card is selected
      if (setUp[action.id]) await setUp[action.id](page);
      await waitForIdle(page);
      await page.keyboard.press(keyFor(chord));
      await waitForIdle(page);
      assert.equal(await call(page, 'lastAction'), action.id, `${chord} runs ${action.id}`);
      if (tearDown[action.id]) await tearDown[action.id](page);
      await waitForIdle(page);
    }
  }
  assert.deepEqual(app.errors, []);
});

test('each top bar action is on the bar or in the More menu with the table\'s label and chord', async () => {
  for (const width of [1280, 640]) {
    const app = await openApp(env.site, await pool.get(1), { width });
    const { page } = app;
    try {
      // Something to undo and to redo, and a selection, so every button is enabled.
      assert.equal((await call(page, 'apply', LINK)).ok, true);
      assert.equal((await call(page, 'apply', { op: 'move', moves: [{ id: 'G1', x: 40, y: 40 }] })).ok, true);
      assert.equal(await call(page, 'undo'), true);
      await clickCard(page, 'm1');
      const onBar = (await call(page, 'actions')).filter((a) => a.bar);
      const folded = [];
      for (const action of onBar) {
        assert.ok(action.enabled, `${action.id} is enabled here`);
        if (!await call(page, 'toolbarRect', action.id)) {
          folded.push(action);
          continue;
        }
        const shown = await hover(page, action.id);
        assert.deepEqual([shown.id, shown.label, shown.chord], [action.id, action.label, action.chord]);
        if (action.chord) assert.ok(shown.tip.endsWith(`(${action.chord})`), `${action.id}: "${shown.tip}" names ${action.chord}`);
      }
      // What the bar has no room for is in its More menu, in the table's order.
      const more = await call(page, 'toolbarRect', 'more');
      assert.equal(more !== null, folded.length > 0, 'a More button exactly when tools are folded');
      if (more) {
        await page.mouse.click(more.x + more.w / 2, more.y + more.h / 2);
        await waitForIdle(page);
        await screenshot(page, `actions-more-menu-${width}`);
      } else {
        await screenshot(page, `actions-top-bar-${width}`);
      }
      for (const action of folded) {
        const shown = await hover(page, `more:${action.id}`);
        assert.deepEqual([shown.id, shown.label, shown.chord], [action.id, action.label, action.chord]);
      }
      const expected = width === 640 ? ['copy', 'paste', 'delete', 'tidy', 'history', 'share', 'workshop', 'download'] : [];
      assert.deepEqual(folded.map((a) => a.id), expected);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  }
});

// The chords and the undo tooltip on a page whose platform reports `platform`.
async function chordsOn(platform) {
  const browser = await launchBrowser({ dpr: 1 });
  await browser.context.addInitScript((p) => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => p });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined });
  }, platform);
  const app = await openApp(env.site, browser);
  try {
    await call(app.page, 'apply', LINK);
    const undo = await hover(app.page, 'undo');
    const chords = (await call(app.page, 'actions')).flatMap((a) => a.keys);
    assert.deepEqual(app.errors, []);
    return { undo, chords };
  } finally {
    await app.close();
    await browser.close();
  }
}

test('tooltips and menus name Cmd on a Mac and Ctrl elsewhere', async () => {
  const mac = await chordsOn('MacIntel');
  assert.match(mac.undo.tip, /^Undo .+ \(Cmd\+Z\)$/);
  assert.equal(mac.undo.chord, 'Cmd+Z');
  assert.ok(mac.chords.includes('Cmd+Shift+Z'));
  assert.ok(!mac.chords.some((c) => c.includes('Ctrl')), `no Ctrl on a Mac: ${mac.chords}`);

  const linux = await chordsOn('Linux x86_64');
  assert.match(linux.undo.tip, /^Undo .+ \(Ctrl\+Z\)$/);
  assert.equal(linux.undo.chord, 'Ctrl+Z');
  assert.ok(!linux.chords.some((c) => c.includes('Cmd')), `no Cmd elsewhere: ${linux.chords}`);
});
