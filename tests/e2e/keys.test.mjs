// Keys belong to the app only while it has focus: Ctrl+Z in the app undoes (and the browser's
// own action is suppressed), while Backspace and Ctrl+Z typed into an input of the host page
// stay with that input.
import assert from 'node:assert/strict';

import { waitForIdle, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

async function addHostInput(page) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'host-input';
    input.style.cssText = 'position:fixed;left:420px;top:640px;width:200px;height:28px;z-index:10';
    document.body.appendChild(input);
    window.__keyPrevented = {};
    window.addEventListener('keydown', (e) => { window.__keyPrevented[e.key] = e.defaultPrevented; });
  });
}

appTest(env, 'Ctrl+Z on the focused board undoes the last command and prevents the browser default', async ({ app }) => {
  await addHostInput(app.page);
  await app.page.evaluate(() => window.alignboard.apply({ op: 'link', child: 'm11', parent: 'S2' }));
  const rev = await app.page.evaluate(() => window.alignboard.revision());
  const g1 = await app.page.evaluate(() => window.alignboard.itemRect('G1'));
  await app.page.mouse.click(g1.x + g1.w / 2, g1.y + g1.h + 150);  // focus the board
  await waitForIdle(app.page);
  await app.page.keyboard.press('Control+z');
  await app.page.waitForFunction((r) => window.alignboard.revision() > r, rev);
  assert.equal((await app.page.evaluate(() => window.alignboard.getScores())).overall, 88.5);
  assert.equal(await app.page.evaluate(() => window.__keyPrevented.z), true);
});

appTest(env, 'Backspace and Ctrl+Z in a host page input stay with the input', async ({ app }) => {
  await addHostInput(app.page);
  await app.page.evaluate(() => window.alignboard.apply({ op: 'link', child: 'm11', parent: 'S2' }));
  const rev = await app.page.evaluate(() => window.alignboard.revision());
  await app.page.click('#host-input');
  await app.page.keyboard.type('abc');
  await app.page.keyboard.press('Backspace');
  assert.equal(await app.page.inputValue('#host-input'), 'ab');
  await app.page.keyboard.press('Control+z');
  assert.equal(await app.page.evaluate(() => window.__keyPrevented.z), false);
  await waitForIdle(app.page);
  assert.equal(await app.page.evaluate(() => window.alignboard.revision()), rev, 'the plan was not undone');
  assert.deepEqual(app.errors, []);
});

appTest(env, '+ and - zoom the board from the keyboard, 0 frames the plan again, Esc clears the selection', async ({ app }) => {
  const start = await app.page.evaluate(() => window.alignboard.itemRect('S1'));
  await app.page.keyboard.press('Equal');
  await waitForIdle(app.page);
  const bigger = await app.page.evaluate(() => window.alignboard.itemRect('S1'));
  assert.ok(Math.abs(bigger.w / start.w - 1.2) < 0.01, `zoomed in by one step (${bigger.w / start.w})`);
  await app.page.keyboard.press('Minus');
  await app.page.keyboard.press('Minus');
  await waitForIdle(app.page);
  const smaller = await app.page.evaluate(() => window.alignboard.itemRect('S1'));
  assert.ok(smaller.w < start.w, 'zoomed out below the start');
  await app.page.keyboard.press('Digit0');
  await waitForIdle(app.page);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.itemRect('S1')), start);

  const s1 = await app.page.evaluate(() => window.alignboard.itemRect('S1'));
  await app.page.mouse.click(s1.x + s1.w / 2, s1.y + s1.h / 2);
  await waitForIdle(app.page);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), ['S1']);
  await app.page.keyboard.press('Escape');
  await waitForIdle(app.page);
  assert.deepEqual(await app.page.evaluate(() => window.alignboard.selection()), []);
});
