// The library's windows as real dialogs (web/library/windows/library_dialogs.js): Plans, History
// and Share are DOM dialogs a screen reader and the keyboard know (role="dialog", aria-modal,
// labelled by their title, every control named), with the focus moved in, kept inside while Tab
// and Shift+Tab go round, and given back to the board by Esc; axe-core finds no serious or
// critical violation in any of them; and they fit a phone and a 400% zoom.
import assert from 'node:assert/strict';

import { sharedSite, appTest, call, clickToolbar, clickDialog, screenshot } from './harness.mjs';
import { seriousViolations } from './a11y_audit.mjs';

const LIMIT = { timeout: 150_000 };
const env = sharedSite({ pool: true });

// What a screen reader is told of the open library dialog, and where the focus is.
const dialogState = (page) => page.evaluate(() => {
  const d = document.querySelector('.ab-dlg[role=dialog]');
  const shown = !!d && d.offsetParent !== null;
  const title = shown && document.getElementById(d.getAttribute('aria-labelledby'));
  const controls = shown ? Array.from(d.querySelectorAll('button, input')) : [];
  // A control's name: its aria-label, else its text (the buttons), else nothing.
  const unnamed = controls.filter((c) => !(c.getAttribute('aria-label') || c.textContent.trim()))
    .map((c) => c.outerHTML.slice(0, 80));
  return {
    shown,
    modal: shown && d.getAttribute('aria-modal'),
    title: title ? title.textContent : '',
    focusInside: shown && d.contains(document.activeElement),
    focused: document.activeElement && (document.activeElement.getAttribute('data-name') || document.activeElement.tagName),
    unnamed,
  };
});

const opened = (page, name) => page.waitForFunction((n) => window.alignboard.storage().dialog === n &&
  window.alignboard.storage().busy === 0 && window.alignboard.isIdle(), name);

// Tab (or Shift+Tab) round the open dialog: every stop is inside it, and it comes back to where it began.
async function tabRound(page, back) {
  const start = (await dialogState(page)).focused;
  const seen = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const s = await dialogState(page);
    assert.equal(s.focusInside, true, `Tab left the dialog after ${seen.join(', ')}`);
    if (s.focused === start) return seen;
    seen.push(s.focused);
  }
  throw new Error(`Tab never came back to ${start}: ${seen.join(', ')}`);
}

async function checkDialog(page, opener, name, title) {
  await clickToolbar(page, opener);
  await opened(page, name);
  const s = await dialogState(page);
  assert.equal(s.shown, true);
  assert.equal(s.modal, 'true');
  assert.equal(s.title, title);
  assert.equal(s.focusInside, true, 'the focus moved into the dialog');
  assert.deepEqual(s.unnamed, [], 'every control has a name');
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid',
               'the focused control shows its focus ring');
  assert.deepEqual(await seriousViolations(page), []);
  const forward = await tabRound(page, false);
  // One Close per dialog: the frame's, or the one in the dialog's row of actions (share.close).
  assert.equal(await page.locator('.ab-dlg button:visible', { hasText: /^Close$/ }).count(), 1, 'one visible Close button');
  assert.ok(forward.some((n) => n === 'close' || n.endsWith('.close')), `Tab reaches Close: ${forward.join(', ')}`);
  const backward = await tabRound(page, true);
  assert.deepEqual([...backward].reverse().slice(0, forward.length), forward, 'Shift+Tab goes the same round backwards');
  await screenshot(page, `a11y_dialog_${name}`);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.alignboard.storage().dialog === '');
  const after = await dialogState(page);
  assert.equal(after.shown, false);
  assert.equal(after.focused, 'CANVAS', 'Esc gives the keyboard back to the board');
}

appTest(env, 'Plans is a real dialog: named, modal, focus kept inside, Esc gives focus back', { storage: true }, LIMIT,
  async ({ page }) => { await checkDialog(page, 'plans', 'plans', 'Your plans'); });

appTest(env, 'History is a real dialog: named, modal, focus kept inside, Esc gives focus back', { storage: true }, LIMIT,
  async ({ page }) => { await checkDialog(page, 'history', 'history', 'History'); });

appTest(env, 'Share is a real dialog: named, modal, focus kept inside, Esc gives focus back', LIMIT,
  async ({ page }) => { await checkDialog(page, 'share', 'share', 'Share this plan'); });

appTest(env, 'a checkpoint is named, saved and restored with keys alone', { storage: true }, LIMIT, async ({ page }) => {
  await clickToolbar(page, 'history');
  await opened(page, 'history');
  assert.equal((await dialogState(page)).focused, 'checkpoint.name', 'the name field has the focus');
  await page.keyboard.type('before the rename');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-name^="checkpoint:"]') &&
    Array.from(document.querySelectorAll('.ab-dlg .ab-dlg-name')).some((n) => n.textContent === 'before the rename'));
  const named = (await call(page, 'checkpoints')).find((c) => c.name === 'before the rename');
  assert.ok(named);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.alignboard.storage().dialog === '');
  assert.equal((await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Renamed goal' })).ok, true);
  await clickToolbar(page, 'history');
  await opened(page, 'history');
  // Tab to the checkpoint's Restore, keys only.
  for (let i = 0; i < 40 && (await dialogState(page)).focused !== `restore:${named.id}`; i++) await page.keyboard.press('Tab');
  assert.equal((await dialogState(page)).focused, `restore:${named.id}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((name) => window.alignboard.getPlan().goals[0].name !== name, 'Renamed goal');
  assert.equal((await call(page, 'storage')).dialog, '');
});

// A phone, and a 1280x800 window at 400% zoom (320x200 CSS pixels): the dialog stays inside the
// window and every control of Plans is reached (it scrolls inside).
for (const [label, width, height] of [['a 390x844 phone', 390, 844], ['400% zoom', 320, 200]]) {
  appTest(env, `Plans fits ${label}, every control reachable`, { storage: true, width, height }, LIMIT, async ({ page }) => {
    await clickToolbar(page, 'plans');
    await opened(page, 'plans');
    const box = await page.evaluate(() => {
      const r = document.querySelector('.ab-dlg').getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    assert.ok(box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height, JSON.stringify(box));
    for (const name of ['close', 'new:blank', 'download:pdf', 'file.open']) {
      const r = await call(page, 'dialogRect', name);
      assert.ok(r && r.x >= 0 && r.y >= 0 && r.x + r.w <= width + 1 && r.y + r.h <= height + 1, `${name}: ${JSON.stringify(r)}`);
    }
    const before = await call(page, 'plans');
    const selma = before.find((p) => p.current);
    await clickDialog(page, `duplicate:${selma.id}`);
    await page.waitForFunction(() => window.alignboard.storage().dialog === '' && window.alignboard.storage().busy === 0);
    assert.equal((await call(page, 'plans')).length, before.length + 1, 'the tap reached the button');
  });
}
