// Editing on the canvas with the real mouse and keyboard: a finding in the score panel selects its
// cards, a goal dragged from the palette lands on the board and opens for naming, inline rename
// commits on Enter and undoes in one step, Shift+drag box-selects and Delete removes as one
// undoable step. Also keeps screenshots of the Selma plan (DPR 1 and 2, and mid-drag) to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, itemCentre, screenshot, call, dragFromPalette, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const nameOf = (plan, kind, id) => {
  const item = plan[kind].find((x) => x.id === id);
  return item && item.name;
};

appTest(env, 'clicking a finding in the score panel selects its cards', async ({ page, app }) => {
  const findings = (await call(page, 'getScores')).findings;
  const rects = await call(page, 'findingRects');
  assert.equal(rects.length, findings.length);
  const i = findings.findIndex((f, n) => f.ids.length > 0 && rects[n]);
  assert.ok(i >= 0, 'a finding with items is on screen');
  const r = rects[i];
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'selection'), findings[i].ids);
  // Its card is brought into view.
  assert.ok(await call(page, 'itemRect', findings[i].ids[0]), 'the card is on screen');
});

appTest(env, 'a goal dragged from the palette lands on the board, is named by typing, and undoes step by step', async ({ page, app }) => {
  const g2 = await itemCentre(page, 'G2');
  const drop = { x: g2.x, y: g2.rect.y + g2.rect.h + 120 };
  await dragFromPalette(page, 'goal', drop);

  let plan = await call(page, 'getPlan');
  assert.equal(nameOf(plan, 'goals', 'G3'), 'New goal');
  assert.deepEqual(await call(page, 'selection'), ['G3']);
  const rect = await call(page, 'itemRect', 'G3');
  assert.ok(rect && Math.abs(rect.x + rect.w / 2 - drop.x) < 4 && Math.abs(rect.y - drop.y) < 40,
    `placed where dropped: ${JSON.stringify(rect)} vs ${JSON.stringify(drop)}`);
  assert.equal(await call(page, 'renaming'), 'G3');

  await page.keyboard.type('Open two wholesale accounts');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  plan = await call(page, 'getPlan');
  assert.equal(nameOf(plan, 'goals', 'G3'), 'Open two wholesale accounts');
  assert.equal(await call(page, 'renaming'), '');

  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.equal(nameOf(await call(page, 'getPlan'), 'goals', 'G3'), 'New goal');
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.equal(nameOf(await call(page, 'getPlan'), 'goals', 'G3'), undefined);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await waitForIdle(page);
  assert.equal(nameOf(await call(page, 'getPlan'), 'goals', 'G3'), 'Open two wholesale accounts');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'N creates a goal and starts naming it', async ({ page, app }) => {
  await page.keyboard.press('n');
  await waitForIdle(page);
  assert.equal(await call(page, 'renaming'), 'G3');
  await page.keyboard.type('Win back lapsed customers');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal(nameOf(await call(page, 'getPlan'), 'goals', 'G3'), 'Win back lapsed customers');
});

test('double-click renames a card in place; Esc cancels, Enter commits, undo and redo restore', async () => {
  const app = await openApp(env.site, await pool.get(2));
  const { page } = app;
  try {
    const original = nameOf(await call(page, 'getPlan'), 'strategies', 'S2');
    let s2 = await itemCentre(page, 'S2');
    await page.mouse.dblclick(s2.x, s2.y);
    await waitForIdle(page);
    assert.equal(await call(page, 'renaming'), 'S2');
    await page.keyboard.type('Something else');
    await page.keyboard.press('Escape');
    await waitForIdle(page);
    assert.equal(nameOf(await call(page, 'getPlan'), 'strategies', 'S2'), original);

    s2 = await itemCentre(page, 'S2');
    await page.mouse.click(s2.x, s2.y);
    await page.keyboard.press('F2');
    await waitForIdle(page);
    assert.equal(await call(page, 'renaming'), 'S2');
    await page.keyboard.type('Keep Jet Set buyers coming back');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    assert.equal(nameOf(await call(page, 'getPlan'), 'strategies', 'S2'), 'Keep Jet Set buyers coming back');

    await page.keyboard.press('Control+z');
    await waitForIdle(page);
    assert.equal(nameOf(await call(page, 'getPlan'), 'strategies', 'S2'), original);
    await page.keyboard.press('Control+Shift+z');
    await waitForIdle(page);
    assert.equal(nameOf(await call(page, 'getPlan'), 'strategies', 'S2'), 'Keep Jet Set buyers coming back');
  } finally {
    await app.close();
  }
});

appTest(env, 'Shift+drag on empty board box-selects cards; Delete removes them as one undoable step', async ({ page, app }) => {
  const g1 = await call(page, 'itemRect', 'G1');
  const g2 = await call(page, 'itemRect', 'G2');
  const planBefore = await call(page, 'getPlan');
  await page.keyboard.down('Shift');
  await page.mouse.move(g1.x - 6, g1.y - 8);
  await page.mouse.down();
  await page.mouse.move(g1.x + 40, g1.y + 40, { steps: 3 });
  await page.mouse.move(g2.x + g2.w / 2, g2.y + g2.h / 2, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await waitForIdle(page);
  assert.deepEqual((await call(page, 'selection')).sort(), ['G1', 'G2']);

  await page.keyboard.press('Delete');
  await waitForIdle(page);
  const plan = await call(page, 'getPlan');
  assert.deepEqual(plan.goals, []);
  assert.deepEqual(await call(page, 'selection'), []);

  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'getPlan'), planBefore);
});

for (const dpr of [1, 2]) {
  test(`screenshots of the Selma plan at DPR ${dpr}, at rest and while dragging m11 onto S2`, async () => {
    const app = await openApp(env.site, await pool.get(dpr), { width: 1280, height: 1000 });
    const { page } = app;
    try {
      await screenshot(page, `canvas-selma-dpr${dpr}`);
      const a = await itemCentre(page, 'm3');  // near the top: the shelf pushes later tactics below the fold
      const b = await itemCentre(page, 'S2');
      await page.mouse.move(a.x, a.y);
      await page.mouse.down();
      await page.mouse.move(b.x, b.y + 10, { steps: 8 });
      await page.waitForFunction(() => {
        const p = window.alignboard.dragPreview();
        return p !== null && p.target === 'S2';
      });
      await screenshot(page, `canvas-drag-dpr${dpr}`);
      await page.keyboard.press('Escape');
      await page.mouse.up();
      await waitForIdle(page);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
