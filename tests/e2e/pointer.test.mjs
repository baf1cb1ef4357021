// Real mouse input at the cards' rectangles: a click selects what it aims at at every pixel
// ratio, a drag on empty board pans, the wheel scrolls the board (never the page), Ctrl+wheel
// zooms at the cursor, and dragging a card moves it as one undoable command.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, itemCentre, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const selection = (page) => page.evaluate(() => window.alignboard.selection());
const rectOf = (page, id) => page.evaluate((i) => window.alignboard.itemRect(i), id);
const near = (a, b, what) => assert.ok(Math.abs(a - b) <= 1.01, `${what}: ${a} vs ${b}`);

// A point of the board with no card: below the goals column.
async function emptyPoint(page) {
  const r = await rectOf(page, 'G2');
  return { x: r.x + r.w / 2, y: r.y + r.h + 160 };
}

for (const dpr of [1, 2]) {
  test(`at DPR ${dpr} a click on a card selects it, Shift+click adds, a click on empty board clears`, async () => {
    const app = await openApp(env.site, await pool.get(dpr));
    try {
      const s1 = await itemCentre(app.page, 'S1');
      await app.page.mouse.click(s1.x, s1.y);
      await waitForIdle(app.page);
      assert.deepEqual(await selection(app.page), ['S1']);

      const g2 = await itemCentre(app.page, 'G2');
      await app.page.keyboard.down('Shift');
      await app.page.mouse.click(g2.x, g2.y);
      await app.page.keyboard.up('Shift');
      await waitForIdle(app.page);
      assert.deepEqual(await selection(app.page), ['S1', 'G2']);

      const empty = await emptyPoint(app.page);
      await app.page.mouse.click(empty.x, empty.y);
      await waitForIdle(app.page);
      assert.deepEqual(await selection(app.page), []);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}

appTest(env, 'dragging empty board pans the view without touching the plan', async ({ app }) => {
  const before = await rectOf(app.page, 'G1');
  const rev = await app.page.evaluate(() => window.alignboard.revision());
  const p = await emptyPoint(app.page);
  await app.page.mouse.move(p.x, p.y);
  await app.page.mouse.down();
  await app.page.mouse.move(p.x + 40, p.y - 30, { steps: 4 });
  await app.page.mouse.move(p.x + 80, p.y - 60, { steps: 4 });
  await app.page.mouse.up();
  await waitForIdle(app.page);
  const after = await rectOf(app.page, 'G1');
  near(after.x, before.x + 80, 'x follows the drag');
  near(after.y, before.y - 60, 'y follows the drag');
  assert.equal(await app.page.evaluate(() => window.alignboard.revision()), rev);
});

appTest(env, 'the wheel scrolls the board and its default is prevented; Ctrl+wheel zooms at the cursor', async ({ app }) => {
  await app.page.evaluate(() => {
    window.__wheelPrevented = [];
    window.addEventListener('wheel', (e) => window.__wheelPrevented.push(e.defaultPrevented));
  });
  const before = await rectOf(app.page, 'k1');
  await app.page.mouse.move(before.x + 10, before.y + 10);
  await app.page.mouse.wheel(0, 120);
  await waitForIdle(app.page);
  const scrolled = await rectOf(app.page, 'k1');
  near(scrolled.y, before.y - 120, 'the board moved up by the wheel distance');
  near(scrolled.x, before.x, 'no sideways move');

  const c = await itemCentre(app.page, 'k1');
  await app.page.mouse.move(c.x, c.y);
  await app.page.keyboard.down('Control');
  await app.page.mouse.wheel(0, -100);
  await app.page.keyboard.up('Control');
  await waitForIdle(app.page);
  const zoomed = await itemCentre(app.page, 'k1');
  assert.ok(zoomed.rect.w > c.rect.w * 1.1, 'the card grew');
  near(zoomed.x, c.x, 'the point under the cursor stays put (x)');
  near(zoomed.y, c.y, 'the point under the cursor stays put (y)');
  assert.ok((await app.page.evaluate(() => window.__wheelPrevented)).every(Boolean));
});

appTest(env, 'dragging a card moves it as one command, and undo puts it back', async ({ app }) => {
  const c = await itemCentre(app.page, 'G2');
  const rev = await app.page.evaluate(() => window.alignboard.revision());
  await app.page.mouse.move(c.x, c.y);
  await app.page.mouse.down();
  await app.page.mouse.move(c.x, c.y + 100, { steps: 5 });
  await app.page.mouse.move(c.x + 20, c.y + 200, { steps: 5 });
  await app.page.mouse.up();
  await waitForIdle(app.page);
  const moved = await rectOf(app.page, 'G2');
  near(moved.x, c.rect.x + 20, 'card x');
  near(moved.y, c.rect.y + 200, 'card y');
  assert.equal(await app.page.evaluate(() => window.alignboard.revision()), rev + 1);
  const layout = (await app.page.evaluate(() => window.alignboard.getPlan())).layout;
  assert.ok(layout && layout.G2, 'the position is saved in the plan layout');
  assert.deepEqual(await selection(app.page), ['G2']);

  assert.equal(await app.page.evaluate(() => window.alignboard.undo()), true);
  await waitForIdle(app.page);
  const back = await rectOf(app.page, 'G2');
  near(back.y, c.rect.y, 'undo puts the card back');
  assert.deepEqual(app.errors, []);
});
