// The board without a mouse, and linking from a card's handle: arrows walk the selection, L and
// Shift+L link and unlink the two selected cards, Alt+arrows move cards, and a drag from a
// card's connector links it to the card it is dropped on (with the score previewed first).
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, call, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const strategiesOf = (plan, id) => plan.tactics.find((t) => t.id === id).strategies || [];

async function press(page, key) {
  await page.keyboard.press(key);
  await waitForIdle(page);
}

appTest(env, 'arrow keys walk the selection along a column and across columns', async ({ page, app }) => {
  await press(page, 'ArrowDown');  // nothing selected: the first card
  assert.deepEqual(await call(page, 'selection'), ['G1']);
  await press(page, 'ArrowDown');
  assert.deepEqual(await call(page, 'selection'), ['G2']);
  await press(page, 'ArrowRight');
  assert.deepEqual(await call(page, 'selection'), ['S2']);
  await press(page, 'ArrowUp');
  assert.deepEqual(await call(page, 'selection'), ['S1']);
  await press(page, 'ArrowLeft');
  assert.deepEqual(await call(page, 'selection'), ['G1']);
});

appTest(env, 'Shift+L unlinks the two selected cards and L links them again, each undoable', async ({ page, app }) => {
  const s1 = await itemCentre(page, 'S1');
  const m1 = await itemCentre(page, 'm1');
  await page.mouse.click(s1.x, s1.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(m1.x, m1.y);
  await page.keyboard.up('Shift');
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'selection'), ['S1', 'm1']);
  const before = (await call(page, 'getScores')).overall;
  await press(page, 'Shift+L');
  assert.deepEqual(strategiesOf(await call(page, 'getPlan'), 'm1'), []);
  assert.notEqual((await call(page, 'getScores')).overall, before);
  // The message names the cards, not their ids.
  const plan = await call(page, 'getPlan');
  const name = (kind, id) => plan[kind].find((x) => x.id === id).name;
  assert.ok((await call(page, 'lastMessage')).startsWith(
    `Unlinked \u201c${name('tactics', 'm1')}\u201d from \u201c${name('strategies', 'S1')}\u201d`));
  await press(page, 'l');
  assert.deepEqual(strategiesOf(await call(page, 'getPlan'), 'm1'), ['S1']);
  assert.equal((await call(page, 'getScores')).overall, before);
  await press(page, 'Control+z');
  assert.deepEqual(strategiesOf(await call(page, 'getPlan'), 'm1'), []);
});

appTest(env, 'L on a goal and a tactic is refused with the reason and changes nothing', async ({ page, app }) => {
  const g1 = await itemCentre(page, 'G1');
  const m2 = await itemCentre(page, 'm2');
  await page.mouse.click(g1.x, g1.y);
  await page.keyboard.down('Shift');
  await page.mouse.click(m2.x, m2.y);
  await page.keyboard.up('Shift');
  const rev = await call(page, 'revision');
  await press(page, 'l');
  assert.equal(await call(page, 'revision'), rev);
  assert.match(await call(page, 'lastMessage'), /^Not linked: /);
});

appTest(env, 'Alt+Down moves the selected card one grid step, as one undoable move', async ({ page, app }) => {
  // G2 is the last goal: the column below it is free.
  const g2 = await itemCentre(page, 'G2');
  await page.mouse.click(g2.x, g2.y);
  await waitForIdle(page);
  await press(page, 'Alt+ArrowDown');
  const once = (await call(page, 'getPlan')).layout.G2;
  await press(page, 'Alt+ArrowDown');
  const twice = (await call(page, 'getPlan')).layout.G2;
  assert.equal(twice.y - once.y, 24, 'one grid step');
  await press(page, 'Control+z');
  assert.deepEqual((await call(page, 'getPlan')).layout.G2, once, 'one undo takes one step back');
  await press(page, 'Alt+ArrowUp');
  assert.equal(once.y - (await call(page, 'getPlan')).layout.G2.y, 24, 'and up one step');
  assert.equal(twice.x, once.x);
});

appTest(env, 'Alt+Up into the card above hops over it instead of covering it', async ({ page, app }) => {
  const g1 = await itemCentre(page, 'G1');
  const g2 = await itemCentre(page, 'G2');
  await page.mouse.click(g2.x, g2.y);
  await waitForIdle(page);
  await press(page, 'Alt+ArrowUp');  // G2 sits 14 below G1: a 24 step up would cover G1's edge
  assert.deepEqual(await call(page, 'itemRect', 'G1'), g1.rect, 'G1 stays');
  // World units: the card's height on screen over the zoom (a card is 232 wide).
  const zoom = g2.rect.w / 232, h = g2.rect.h / zoom;
  const layout = (await call(page, 'getPlan')).layout;
  assert.ok(layout.G2.y + h < layout.G1.y, `G2 is above G1 now: ${JSON.stringify(layout)}`);
});

appTest(env, 'dragging from a card\'s connector onto another card previews the score, then links', async ({ page, app }) => {
  const s2 = await call(page, 'itemRect', 'S2');
  const m1 = await itemCentre(page, 'm1');
  const from = { x: s2.x + s2.w - 1, y: s2.y + s2.h / 2 };
  await page.mouse.move(from.x - 30, from.y);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(from.x + (m1.x - from.x) * i / 8, from.y + (m1.y - from.y) * i / 8);
  }
  await waitForIdle(page).catch(() => {});
  const preview = await call(page, 'dragPreview');
  assert.ok(preview, 'a preview while over m1');
  assert.equal(preview.target, 'm1');
  assert.equal(preview.ok, true);
  assert.match(preview.text, /→/);
  assert.deepEqual(strategiesOf(await call(page, 'getPlan'), 'm1'), ['S1'], 'nothing changes before the drop');
  await page.mouse.up();
  await waitForIdle(page);
  assert.deepEqual(strategiesOf(await call(page, 'getPlan'), 'm1'), ['S1', 'S2']);
  // The card itself did not move.
  assert.deepEqual(await call(page, 'itemRect', 'S2'), s2);
});
