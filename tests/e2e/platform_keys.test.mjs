// Keys and wheel at the edges of the platform layer: no key stays held after a Cmd combination
// or a focus loss (macOS never sends the keyup of a key pressed with Cmd), macOS shortcuts are
// chosen at run time from the platform, and the wheel over the board never scrolls the host page.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, openApp, waitForIdle, itemCentre, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const keysDown = (page) => page.evaluate(() => window.alignboard.keysDown());

async function focusBoard(page) {
  const g1 = await page.evaluate(() => window.alignboard.itemRect('G1'));
  await page.mouse.click(g1.x + g1.w / 2, g1.y + g1.h + 150);
  await waitForIdle(page);
}

async function addHostInput(page) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'host-input';
    input.style.cssText = 'position:fixed;left:420px;top:640px;width:200px;height:28px;z-index:10';
    document.body.appendChild(input);
  });
}

appTest(env, 'Meta+Z held when the app loses focus leaves no key held', async ({ app }) => {
  await addHostInput(app.page);
  await focusBoard(app.page);
  await app.page.keyboard.down('Meta');
  await app.page.keyboard.down('z');
  await waitForIdle(app.page);
  assert.ok((await keysDown(app.page)).includes('Z'), 'Z is held while pressed');
  await app.page.focus('#host-input');  // focus moves out with both keys still down
  await waitForIdle(app.page);
  assert.deepEqual(await keysDown(app.page), []);
  await app.page.keyboard.up('z');
  await app.page.keyboard.up('Meta');
});

appTest(env, 'releasing Cmd releases the keys pressed with it, whose keyup never comes', async ({ app }) => {
  await focusBoard(app.page);
  await app.page.keyboard.down('Meta');
  await app.page.keyboard.down('z');
  await waitForIdle(app.page);
  // macOS sends no keyup for Z: drop it before it reaches the page.
  await app.page.evaluate(() => {
    window.addEventListener('keyup', (e) => { if (e.key === 'z') e.stopImmediatePropagation(); }, true);
  });
  await app.page.keyboard.up('Meta');
  await waitForIdle(app.page);
  assert.deepEqual(await keysDown(app.page), []);
  await app.page.keyboard.up('z');
});

test('on macOS Cmd+Z undoes and Ctrl+Z does not', async () => {
  // A browser of its own that reports a Mac before the app starts.
  const browser = await launchBrowser({ dpr: 1 });
  await browser.context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
    Object.defineProperty(Navigator.prototype, 'userAgentData', { get: () => undefined });
  });
  const app = await openApp(env.site, browser);
  try {
    await app.page.evaluate(() => window.alignboard.apply({ op: 'link', child: 'm11', parent: 'S2' }));
    const rev = await app.page.evaluate(() => window.alignboard.revision());
    await focusBoard(app.page);
    await app.page.keyboard.press('Control+z');
    await waitForIdle(app.page);
    assert.equal(await app.page.evaluate(() => window.alignboard.revision()), rev, 'Ctrl+Z is no undo on a Mac');
    await app.page.keyboard.press('Meta+z');
    await app.page.waitForFunction((r) => window.alignboard.revision() > r, rev);
    assert.equal((await app.page.evaluate(() => window.alignboard.getScores())).overall, 88.5);
  } finally {
    await app.close();
    await browser.close();
  }
});

appTest(env, 'the wheel over the board moves the board and never scrolls the host page', async ({ app }) => {
  await app.page.evaluate(() => {
    document.documentElement.style.overflow = 'auto';
    document.body.style.overflow = 'auto';
    document.body.style.height = 'auto';
    const tall = document.createElement('div');
    tall.style.height = '4000px';
    document.body.appendChild(tall);
  });
  assert.ok(await app.page.evaluate(() => document.scrollingElement.scrollHeight > window.innerHeight + 1000));
  const before = await itemCentre(app.page, 'G1');
  await app.page.mouse.move(before.x, before.y + 200);
  await app.page.mouse.wheel(0, 120);
  await waitForIdle(app.page);
  await app.page.mouse.wheel(0, 120);
  await waitForIdle(app.page);
  assert.equal(await app.page.evaluate(() => window.scrollY), 0);
  const after = await app.page.evaluate(() => window.alignboard.itemRect('G1'));
  assert.ok(after === null || after.y < before.rect.y - 100, 'the board scrolled instead');
});
