// The toolbar and the keys that share its actions: copy, paste and duplicate cards, delete from
// the toolbar, the presentation toggle and the high-contrast look. Real mouse and keyboard.
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, screenshot, call, clickToolbar, sharedSite, appTest } from './harness.mjs';
import { decodePng, pixel } from './png.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const tacticNamed = (plan, id) => plan.tactics.find((t) => t.id === id);

async function clickCard(page, id) {
  const c = await itemCentre(page, id);
  await page.mouse.click(c.x, c.y);
  await waitForIdle(page);
}

appTest(env, 'Ctrl+C then Ctrl+V pastes a copy of the card with a new id and the same links; one undo removes it', async ({ page, app }) => {
  await clickCard(page, 'm1');
  await page.keyboard.press('Control+c');
  await waitForIdle(page);
  await page.keyboard.press('Control+v');
  await waitForIdle(page);
  const plan = await call(page, 'getPlan');
  const copy = tacticNamed(plan, 'm12');
  const orig = tacticNamed(plan, 'm1');
  assert.ok(copy, 'a new tactic m12 exists');
  assert.equal(copy.name, orig.name);
  assert.deepEqual(copy.strategies || [], orig.strategies || []);
  assert.deepEqual(await call(page, 'selection'), ['m12'], 'the copy is selected');
  assert.ok(await call(page, 'itemRect', 'm12'), 'the copy is on screen');
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.equal(tacticNamed(await call(page, 'getPlan'), 'm12'), undefined);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'Ctrl+D duplicates the selection; the toolbar delete removes it and undo brings it back', async ({ page, app }) => {
  await clickCard(page, 'G2');
  await page.keyboard.press('Control+d');
  await waitForIdle(page);
  const goals = (await call(page, 'getPlan')).goals.map((g) => g.id);
  assert.deepEqual(goals, ['G1', 'G2', 'G3']);
  assert.deepEqual(await call(page, 'selection'), ['G3']);
  await clickToolbar(page, 'delete');
  assert.deepEqual((await call(page, 'getPlan')).goals.map((g) => g.id), ['G1', 'G2']);
  assert.match(await call(page, 'lastMessage'), /Deleted 1 card/);
  await clickToolbar(page, 'undo');
  assert.deepEqual((await call(page, 'getPlan')).goals.map((g) => g.id), ['G1', 'G2', 'G3']);
});

appTest(env, 'the delete button is inert with nothing selected and says nothing is deleted', async ({ page, app }) => {
  const before = await call(page, 'revision');
  await clickToolbar(page, 'delete');
  assert.equal(await call(page, 'revision'), before);
});

appTest(env, 'P presents: edit buttons hide, N creates nothing; Esc returns to editing', async ({ page, app }) => {
  // Presenting fits the whole plan to the screen (tests/e2e/present.test.mjs checks every card).
  const tactics = (await call(page, 'getPlan')).tactics.map((t) => t.id);
  const inside = async () => {
    const size = page.viewportSize();
    const rects = await Promise.all(tactics.map((id) => call(page, 'itemRect', id)));
    return rects.every((r) => r && r.y >= 0 && r.y + r.h <= size.height);
  };
  assert.equal(await inside(), false, 'editing, the tall plan scrolls');
  await page.keyboard.press('p');
  await waitForIdle(page);
  assert.equal((await call(page, 'viewMode')).presenting, true);
  assert.equal(await call(page, 'toolbarRect', 'delete'), null, 'no delete button while presenting');
  assert.equal(await inside(), true, 'presenting, every tactic is on screen');
  const rev = await call(page, 'revision');
  await page.keyboard.press('n');
  await waitForIdle(page);
  assert.equal(await call(page, 'revision'), rev, 'presenting does not edit');
  await screenshot(page, 'tools-presenting');
  await page.keyboard.press('Escape');
  await waitForIdle(page);
  assert.equal((await call(page, 'viewMode')).presenting, false);
  assert.ok(await call(page, 'toolbarRect', 'delete'));
});

appTest(env, 'the contrast button switches to the high-contrast look: a white board and black card borders', async ({ page, app }) => {
  // Empty board below the goals column (a 12 x 12 patch, so a grid dot cannot decide).
  const g2 = await call(page, 'itemRect', 'G2');
  const x0 = Math.round(g2.x + g2.w / 2), y0 = Math.round(g2.y + g2.h + 70);
  const whiteShare = (image) => {
    let white = 0;
    for (let y = y0; y < y0 + 12; y++) {
      for (let x = x0; x < x0 + 12; x++) {
        const [r, g, b] = pixel(image, x, y);
        if (r === 255 && g === 255 && b === 255) white++;
      }
    }
    return white / 144;
  };
  const light = decodePng(await screenshot(page, 'tools-light'));
  await clickToolbar(page, 'contrast');
  assert.equal((await call(page, 'viewMode')).highContrast, true);
  const hc = decodePng(await screenshot(page, 'tools-high-contrast'));
  assert.equal(whiteShare(light), 0, 'the light board is tinted');
  assert.ok(whiteShare(hc) > 0.8, 'the high-contrast board is white');
  // Its card borders are black: the darkest pixel on G1's left-top edge area.
  const g1 = await call(page, 'itemRect', 'G1');
  let darkest = 255;
  for (let x = Math.round(g1.x + 20); x < g1.x + 60; x++) {
    for (let y = Math.round(g1.y - 2); y <= g1.y + 2; y++) darkest = Math.min(darkest, ...pixel(hc, x, y));
  }
  assert.ok(darkest < 40, `a dark card border (${darkest})`);
  assert.deepEqual(app.errors, []);
});
