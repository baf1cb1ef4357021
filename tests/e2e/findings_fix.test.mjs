// "What to fix" as a baker uses it, with the real mouse and keyboard: a plan with no people gets
// its first owner typed right in the inspector; a click on a finding selects its card and puts
// the keyboard in the field that fixes it; findings name cards (not ids), count a café goal in
// cafés and money in the plan's currency; a fix that needs a product the palette cannot make
// offers a button that makes one. Keeps screenshots of the opened fix.
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, screenshot, call, panelClick, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });

// A bakery's first plan: nobody in it yet, one goal counted in cafés, a funded tactic with no
// expected return, money in EUR.
function bakery() {
  return {
    format: 'alignboard.plan', version: 1, name: 'Corner bakery', currency: 'EUR',
    start: '2026-01-01', end: '2026-12-31',
    required_channels: ['social'], required_stages: ['awareness'],
    people: [],
    goals: [{ id: 'G1', name: 'Open two more cafés', primary_kpi: 'k1' }],
    strategies: [{ id: 'S1', name: 'Sell to offices nearby', goals: ['G1'] }],
    products: [],
    tactics: [
      { id: 'm1', name: 'Lunch flyers', strategies: ['S1'], channel: 'social', stage: 'awareness', budget: 500 },
      { id: 'm2', name: 'Café opening party', strategies: ['S1'], channel: 'social', stage: 'awareness',
        budget: 200, expected_return: 1 },
    ],
    kpis: [{ id: 'k1', on: 'G1', metric: 'Cafés open', unit: 'cafés', dir: 'up', baseline: 0, target: 2,
      due: '2026-12-31' }],
    insights: [],
  };
}

async function load(page, plan) {
  const r = await call(page, 'loadPlan', plan);
  assert.equal(r.ok, true, JSON.stringify(r.errors));
  await waitForIdle(page);
}

const tactic = (plan, id) => plan.tactics.find((t) => t.id === id);

// Finding `index`'s row in the score panel, scrolled into sight with the wheel as a user would.
async function findingRow(page, index) {
  await panelClick(page, 'tab:score');
  const height = page.viewportSize().height;
  for (let i = 0; i < 40; i++) {
    const rect = (await call(page, 'findingRects'))[index];
    if (rect && rect.y + rect.h <= height - 2) return rect;
    const tab = await call(page, 'panelRect', 'tab:score');
    await page.mouse.move(tab.x + 100, height - 40);
    await page.mouse.wheel(0, 100);
    await waitForIdle(page);
  }
  throw new Error(`finding ${index} is not on screen`);
}

// Clicks finding `index`'s message.
async function clickFinding(page, index) {
  const rect = await findingRow(page, index);
  await page.mouse.click(rect.x + rect.w / 2, rect.y + 14);
  await waitForIdle(page);
}

async function findingIndex(page, code, id) {
  const { findings } = await call(page, 'getScores');
  const i = findings.findIndex((f) => f.code === code && (!id || f.ids.includes(id)));
  assert.ok(i >= 0, `a ${code} finding about ${id}`);
  return { index: i, finding: findings[i] };
}

appTest(env, 'in a plan with no people, "+ Add owner" takes a typed name: the person is made and owns the card, one undo step', async ({ page, app }) => {
  await load(page, bakery());
  const c = await itemCentre(page, 'm1');
  await page.mouse.click(c.x, c.y);
  await waitForIdle(page);
  await panelClick(page, 'tab:inspect');
  await panelClick(page, 'owners.add');
  // The picker has no one to offer: its name field has the keyboard.
  assert.ok(await call(page, 'panelRect', 'owners.new'), 'a field for a new person');
  await screenshot(page, 'findings-fix-new-owner');
  await page.keyboard.type('Sam (head baker)');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  let plan = await call(page, 'getPlan');
  assert.equal(plan.people.length, 1);
  assert.equal(plan.people[0].name, 'Sam (head baker)');
  assert.deepEqual(tactic(plan, 'm1').owners, [plan.people[0].id]);
  assert.match(await call(page, 'lastMessage'), /Added Sam \(head baker\)/);
  await page.mouse.click(400, 600);  // empty board: the board takes the keyboard back
  await waitForIdle(page);
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  plan = await call(page, 'getPlan');
  assert.deepEqual(plan.people, []);
  assert.deepEqual(tactic(plan, 'm1').owners || [], []);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a click on a finding selects its card and the field that fixes it takes the typing', async ({ page, app }) => {
  await load(page, bakery());
  const { index } = await findingIndex(page, 'tactic.no_return', 'm1');
  await clickFinding(page, index);
  assert.deepEqual(await call(page, 'selection'), ['m1']);
  assert.equal(await call(page, 'panelTab'), 'inspect');
  assert.ok(await call(page, 'panelRect', 'expected_return'), 'the field is in view');
  await screenshot(page, 'findings-fix-opened');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal(tactic(await call(page, 'getPlan'), 'm1').expected_return, 3);
  assert.equal((await call(page, 'getScores')).findings.some((f) => f.code === 'tactic.no_return' && f.ids.includes('m1')), false);

  // An owner finding opens the owners list with the new person's name field taking the typing.
  const owner = await findingIndex(page, 'item.owner_count', 'm2');
  await clickFinding(page, owner.index);
  assert.deepEqual(await call(page, 'selection'), ['m2']);
  await page.keyboard.type('Ana');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  const plan = await call(page, 'getPlan');
  assert.deepEqual(plan.people.map((p) => p.name), ['Ana']);
  assert.deepEqual(tactic(plan, 'm2').owners, [plan.people[0].id]);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'findings name cards by their titles, count cafés in cafés and money in the plan\'s currency', async ({ page }) => {
  await load(page, bakery());
  const { findings } = await call(page, 'getScores');
  for (const f of findings) {
    for (const id of ['G1', 'S1', 'm1', 'm2', 'k1']) assert.ok(!f.message.includes(id), `"${f.message}" shows ${id}`);
  }
  const spend = findings.find((f) => f.code === 'tactic.no_return');
  // Money as the browser's locale writes it (Intl; this browser is en-US): the euro sign before it.
  assert.equal(spend.message, '\u201cLunch flyers\u201d spends \u20ac500 with no expected return: estimate what it brings in');
  assert.deepEqual(spend.ids, ['m1'], 'the ids stay in the machine field');
  const short = findings.find((f) => f.code === 'goal.short_return');
  assert.match(short.message, /bring 1 café of the 2 cafés it needs/);
  assert.ok(!/EUR|\u20ac/.test(short.message), 'a café count is not money');
});

appTest(env, 'no product to push: the finding offers "Add a product", which makes a big push and opens its name', async ({ page, app }) => {
  await load(page, bakery());
  const { index, finding } = await findingIndex(page, 'plan.no_big_push');
  assert.match(finding.message, /a product sales wants sold most this season/);
  const row = await findingRow(page, index);
  // The button sits under the message, at the row's foot.
  await screenshot(page, 'findings-fix-add-product');
  await page.mouse.click(row.x + 80, row.y + row.h - 19);
  await waitForIdle(page);
  let plan = await call(page, 'getPlan');
  assert.equal(plan.products.length, 1);
  assert.equal(plan.products[0].big_push, true);
  assert.deepEqual(await call(page, 'selection'), [plan.products[0].id]);
  await page.keyboard.type('Sourdough subscription');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  plan = await call(page, 'getPlan');
  assert.equal(plan.products[0].name, 'Sourdough subscription');
  assert.deepEqual(app.errors, []);
});
