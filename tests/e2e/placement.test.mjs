// Cards have a place ([3/8] item 1): a new card never lands on another card, however it is made
// (palette drag, palette click, N, a finger); a moved card is never left hidden under another;
// a KPI measures what it was dropped on, or nothing, never the selection by surprise; Tidy lays
// the whole board out as one undoable step; and making a card moves the camera only when the card
// would be out of sight. Real mouse, keyboard and touch in headless Chromium.
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, screenshot, call, clickToolbar, dragFromPalette, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const BLANK = { query: '?template=blank' };

const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const cardIds = (plan) => ['goals', 'strategies', 'tactics', 'kpis'].flatMap((k) => plan[k].map((x) => x.id));

// Every pair of cards whose rectangles on screen overlap, as "A/B" (fits the plan first, so each
// card of a small plan is on screen).
async function overlapping(page) {
  await page.keyboard.press('0');
  await waitForIdle(page);
  const ids = cardIds(await call(page, 'getPlan'));
  const rects = {};
  for (const id of ids) {
    rects[id] = await call(page, 'itemRect', id);
    assert.ok(rects[id], `${id} is on screen after fitting the plan`);
  }
  const out = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) if (overlaps(rects[ids[i]], rects[ids[j]])) out.push(`${ids[i]}/${ids[j]}`);
  }
  return out;
}

// Ends the in-place rename a new card opens, keeping its default name.
async function stopNaming(page) {
  await page.keyboard.press('Escape');
  await waitForIdle(page);
}

const newId = (before, after, kind) => after[kind].map((x) => x.id).find((id) => !before[kind].some((x) => x.id === id));

appTest(env, 'in a Blank plan, goals made by palette drag, by N and by palette click never overlap', BLANK, async ({ page, app }) => {
  assert.equal((await call(page, 'getPlan')).goals.length, 0, 'a blank plan');
  // The first goal dropped near the top of the board; N makes the next in the same column.
  const button = await call(page, 'paletteRect', 'goal');
  await dragFromPalette(page, 'goal', { x: button.x + 160, y: 160 });
  await stopNaming(page);
  await page.keyboard.press('n');
  await waitForIdle(page);
  await stopNaming(page);
  let plan = await call(page, 'getPlan');
  assert.equal(plan.goals.length, 2);
  const [a, b] = plan.goals.map((g) => g.id);
  assert.notDeepEqual(plan.layout[a], plan.layout[b], 'two places, not one');
  // A third dropped right onto the second's middle goes to a free slot; a fourth by click too.
  const second = await itemCentre(page, b);
  await dragFromPalette(page, 'goal', second);
  await stopNaming(page);
  const again = await call(page, 'paletteRect', 'goal');
  await page.mouse.click(again.x + again.w / 2, again.y + again.h / 2);
  await waitForIdle(page);
  await stopNaming(page);
  plan = await call(page, 'getPlan');
  assert.equal(plan.goals.length, 4);
  assert.deepEqual(await overlapping(page), []);
  await screenshot(page, 'placement-blank-goals');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a tactic dropped in empty space beside a strategy does not cover it', async ({ page, app }) => {
  const before = await call(page, 'getPlan');
  const s1 = await itemCentre(page, 'S1');
  // The pointer in the gap left of S1: the card, centred on the pointer, would cover S1.
  await dragFromPalette(page, 'tactic', { x: s1.rect.x - 12, y: s1.y });
  await stopNaming(page);
  const after = await call(page, 'getPlan');
  const id = newId(before, after, 'tactics');
  assert.ok(id, 'a tactic was made');
  assert.deepEqual(after.tactics.find((t) => t.id === id).strategies || [], [], 'a drop beside a card links nothing');
  const rect = await call(page, 'itemRect', id);
  assert.ok(rect, 'the new tactic is on screen');
  for (const other of cardIds(after)) {
    if (other === id) continue;
    const r = await call(page, 'itemRect', other);
    if (r) assert.ok(!overlaps(rect, r), `${id} covers ${other}: ${JSON.stringify({ rect, r })}`);
  }
  assert.deepEqual(app.errors, []);
});

appTest(env, 'two tactics made by finger taps on the palette do not overlap', BLANK, async ({ page, app }) => {
  const cdp = await page.context().newCDPSession(page);
  const tap = async (p) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: p.x, y: p.y, id: 0 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForIdle(page);
  };
  for (let i = 0; i < 2; i++) {
    const b = await call(page, 'paletteRect', 'tactic');
    await tap({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
    await stopNaming(page);
  }
  const plan = await call(page, 'getPlan');
  assert.equal(plan.tactics.length, 2, 'two taps, two tactics');
  assert.deepEqual(await overlapping(page), []);
  assert.deepEqual(app.errors, []);
});

// One goal, strategy, tactic and KPI, linked, placed so all fit on screen.
const SMALL = {
  format: 'alignboard.plan', version: 1, name: 'Small',
  goals: [{ id: 'G1', name: 'Sell more' }],
  strategies: [{ id: 'S1', name: 'Wholesale', goals: ['G1'] }],
  tactics: [{ id: 'm1', name: 'Visit cafés', strategies: ['S1'] }],
  kpis: [{ id: 'k1', on: 'G1', metric: 'Revenue' }],
};

appTest(env, 'a KPI dropped into the KPIs column with a tactic selected measures nothing', async ({ page, app }) => {
  assert.equal((await call(page, 'loadPlan', SMALL)).ok, true);
  await waitForIdle(page);
  const m1 = await itemCentre(page, 'm1');
  await page.mouse.click(m1.x, m1.y);
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'selection'), ['m1']);
  const k1 = await itemCentre(page, 'k1');
  await dragFromPalette(page, 'kpi', { x: k1.x, y: k1.rect.y + k1.rect.h + 90 });
  await stopNaming(page);
  const plan = await call(page, 'getPlan');
  assert.equal(plan.kpis.length, 2);
  const made = plan.kpis.find((k) => k.id !== 'k1');
  assert.equal(made.on, undefined, `the new KPI measures nothing: ${JSON.stringify(made)}`);
  // It stands in the KPIs' column, where it was dropped, clear of k1.
  const rect = await call(page, 'itemRect', made.id);
  assert.ok(rect && Math.abs(rect.x + rect.w / 2 - k1.x) < 4, `where it was dropped: ${JSON.stringify(rect)}`);
  assert.deepEqual(await overlapping(page), []);
  await screenshot(page, 'placement-kpi-column');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a KPI dropped on a tactic measures that tactic and does not cover it', async ({ page, app }) => {
  assert.equal((await call(page, 'loadPlan', SMALL)).ok, true);
  await waitForIdle(page);
  const g1 = await itemCentre(page, 'G1');
  await page.mouse.click(g1.x, g1.y);  // a selection that is not the drop's target
  await waitForIdle(page);
  const m1 = await itemCentre(page, 'm1');
  await dragFromPalette(page, 'kpi', m1);
  await stopNaming(page);
  const plan = await call(page, 'getPlan');
  const made = plan.kpis.find((k) => k.id !== 'k1');
  assert.ok(made, 'a KPI was made');
  assert.equal(made.on, 'm1', 'it measures the tactic it was dropped on, not the selected goal');
  assert.deepEqual(await overlapping(page), []);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a card moved so that it would cover another comes to rest beside it, where it was moved across', BLANK, async ({ page, app }) => {
  for (const kind of ['goal', 'strategy']) {
    const b = await call(page, 'paletteRect', kind);
    await page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
    await waitForIdle(page);
    await stopNaming(page);
  }
  const plan = await call(page, 'getPlan');
  const goal = plan.goals[0].id, strategy = plan.strategies[0].id;
  const g = await itemCentre(page, goal);
  const s = await itemCentre(page, strategy);
  // Grab the strategy near its left edge and let go just right of the goal: the pointer is over
  // no card (so nothing links), but the strategy's card would lie over most of the goal.
  const grab = { x: s.rect.x + 8, y: s.y };
  const drop = { x: g.rect.x + g.rect.w + 4, y: g.y };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(drop.x, drop.y, { steps: 10 });
  await page.mouse.up();
  await waitForIdle(page);
  const after = await call(page, 'getPlan');
  assert.deepEqual(after.strategies[0].goals || [], [], 'a move, not a link');
  const moved = await call(page, 'itemRect', strategy);
  assert.ok(Math.abs(moved.x - (drop.x - 8)) < 2, `it kept the x it was moved to: ${JSON.stringify(moved)}`);
  assert.deepEqual(await overlapping(page), []);
  assert.deepEqual(app.errors, []);
});

// A plan laid out badly: links cross and two tactics sit on one place.
const MESSY = {
  format: 'alignboard.plan', version: 1, name: 'Messy',
  goals: [{ id: 'G1', name: 'Sell more' }, { id: 'G2', name: 'Be known' }],
  strategies: [{ id: 'S1', name: 'Wholesale', goals: ['G2'] }, { id: 'S2', name: 'Markets', goals: ['G1'] }],
  tactics: [{ id: 'm1', name: 'Visit cafés', strategies: ['S2'] }, { id: 'm2', name: 'Stall', strategies: ['S1'] },
    { id: 'm3', name: 'Samples', strategies: ['S1'] }],
  kpis: [{ id: 'k1', on: 'm1', metric: 'Cafés signed' }],
  layout: {
    G1: { x: 0, y: 48 }, G2: { x: 0, y: 220 }, S1: { x: 276, y: 48 }, S2: { x: 276, y: 220 },
    m1: { x: 552, y: 300 }, m2: { x: 552, y: 48 }, m3: { x: 560, y: 60 }, k1: { x: 828, y: 48 },
  },
};

// Pairs of links between the same two columns whose ends are in opposite order on screen.
async function crossings(page) {
  const plan = await call(page, 'getPlan');
  const mid = {};
  for (const id of cardIds(plan)) {
    const r = await call(page, 'itemRect', id);
    assert.ok(r, `${id} on screen`);
    mid[id] = r.y + r.h / 2;
  }
  const links = [
    ...plan.strategies.flatMap((s) => (s.goals || []).map((g) => ['gs', g, s.id])),
    ...plan.tactics.flatMap((t) => (t.strategies || []).map((s) => ['st', s, t.id])),
  ];
  let n = 0;
  for (let i = 0; i < links.length; i++) {
    for (let j = i + 1; j < links.length; j++) {
      const [la, a0, a1] = links[i], [lb, b0, b1] = links[j];
      if (la !== lb || a0 === b0 || a1 === b1) continue;
      if ((mid[a0] - mid[b0]) * (mid[a1] - mid[b1]) < 0) n++;
    }
  }
  return n;
}

appTest(env, 'Tidy lays the board out with no overlaps and no more crossings; one Undo puts every card back', async ({ page, app }) => {
  assert.equal((await call(page, 'loadPlan', MESSY)).ok, true);
  await waitForIdle(page);
  const before = (await call(page, 'getPlan')).layout;
  assert.notDeepEqual(await overlapping(page), [], 'the messy plan has cards on cards');
  const crossedBefore = await crossings(page);
  assert.ok(crossedBefore > 0, 'and crossing links');
  const tidy = (await call(page, 'actions')).find((a) => a.id === 'tidy');
  assert.ok(tidy, 'Tidy is an action of the table');
  assert.equal(tidy.chord, 'T');
  await clickToolbar(page, 'tidy');
  assert.equal(await call(page, 'lastAction'), 'tidy');
  assert.deepEqual(await overlapping(page), []);
  const crossedAfter = await crossings(page);
  assert.ok(crossedAfter <= crossedBefore, `crossings ${crossedBefore} -> ${crossedAfter}`);
  assert.match(await call(page, 'lastMessage'), /Tidied the board/);
  await screenshot(page, 'placement-tidy');
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.deepEqual((await call(page, 'getPlan')).layout, before, 'one Undo restores every position');
  // T tidies too; a board that is already tidy says so and makes no step.
  await page.keyboard.press('t');
  await waitForIdle(page);
  const rev = await call(page, 'revision');
  await page.keyboard.press('t');
  await waitForIdle(page);
  assert.equal(await call(page, 'revision'), rev);
  assert.match(await call(page, 'lastMessage'), /already tidy/);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'making a card whose slot is in view does not move the camera', async ({ page, app }) => {
  const g1 = await call(page, 'itemRect', 'G1');
  await page.keyboard.press('n');
  await waitForIdle(page);
  const made = await call(page, 'renaming');
  assert.ok(made, 'N made a card');
  const rect = await call(page, 'itemRect', made);
  const size = page.viewportSize();
  assert.ok(rect && rect.y >= 0 && rect.y + rect.h <= size.height, `the new card is in view: ${JSON.stringify(rect)}`);
  assert.deepEqual(await call(page, 'itemRect', 'G1'), g1, 'the camera did not move');
  await stopNaming(page);
  const b = await call(page, 'paletteRect', 'goal');
  await page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'itemRect', 'G1'), g1, 'nor for a palette click');
  assert.deepEqual(app.errors, []);
});
