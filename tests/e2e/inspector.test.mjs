// The inspector with the real mouse and keyboard: a card clicked and opened with I (or the
// Inspect tab) shows its fields; typed values land in the plan as one undo step each; a value
// the model refuses shows why under the field and leaves the plan as it was; owners come from
// the plan's people and links show as chips. Keeps screenshots of the inspector at DPR 1 and 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, itemCentre, screenshot, call, panelClick, panelType, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

const find = (plan, kind, id) => plan[kind].find((x) => x.id === id);

async function inspect(page, id, how = 'key') {
  const c = await itemCentre(page, id);
  await page.mouse.click(c.x, c.y);
  await waitForIdle(page);
  if (how === 'key') await page.keyboard.press('i');
  else await panelClick(page, 'tab:inspect');
  await waitForIdle(page);
  assert.equal(await call(page, 'panelTab'), 'inspect');
}

appTest(env, 'a tactic opened with I takes a typed budget; undo restores it in one step', async ({ page, app }) => {
  await inspect(page, 'm1');
  await page.keyboard.press('Escape');  // leave the name field the I key focused
  await waitForIdle(page);
  assert.equal(find(await call(page, 'getPlan'), 'tactics', 'm1').budget, 150000);
  const rev = await call(page, 'revision');
  await panelType(page, 'budget', '175000');
  assert.equal(find(await call(page, 'getPlan'), 'tactics', 'm1').budget, 175000);
  assert.equal(await call(page, 'revision'), rev + 1, 'one edit for the whole typed number');
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.equal(find(await call(page, 'getPlan'), 'tactics', 'm1').budget, 150000);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a budget of "lots" is refused with a message under the field; the plan is unchanged', async ({ page, app }) => {
  await inspect(page, 'm1', 'tab');
  const before = await call(page, 'getPlan');
  await panelType(page, 'budget', 'lots');
  const errors = await call(page, 'panelErrors');
  assert.match(errors.budget || '', /expected a number.*lots/i);
  assert.deepEqual(await call(page, 'getPlan'), before);
  // A real calendar day is required too.
  await panelType(page, 'end', '2013-02-30');
  assert.match((await call(page, 'panelErrors')).end || '', /not a real calendar day/);
  assert.equal(find(await call(page, 'getPlan'), 'tactics', 'm1').end, '2013-02-15');
  // Fixing the value clears the message.
  await panelType(page, 'budget', '$160,000');
  assert.equal(find(await call(page, 'getPlan'), 'tactics', 'm1').budget, 160000);
  assert.equal((await call(page, 'panelErrors')).budget, undefined);
  await screenshot(page, 'inspector-error-dpr1');
});

appTest(env, 'the name typed after I commits on Tab as one undo step', async ({ page, app }) => {
  await inspect(page, 'S2');
  const original = find(await call(page, 'getPlan'), 'strategies', 'S2').name;
  await page.keyboard.type('Grow Jet Set repeat buyers');
  assert.equal(find(await call(page, 'getPlan'), 'strategies', 'S2').name, original, 'nothing per keystroke');
  await page.keyboard.press('Tab');
  await waitForIdle(page);
  assert.equal(find(await call(page, 'getPlan'), 'strategies', 'S2').name, 'Grow Jet Set repeat buyers');
  await page.mouse.click(400, 600);  // the board takes the keyboard back
  await waitForIdle(page);
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.equal(find(await call(page, 'getPlan'), 'strategies', 'S2').name, original);
});

appTest(env, 'an owner is picked from the people by name and removed with the chip cross', async ({ page, app }) => {
  await inspect(page, 'm1', 'tab');
  assert.deepEqual(find(await call(page, 'getPlan'), 'tactics', 'm1').owners, ['creative_dir']);
  await panelClick(page, 'owners.add');
  await panelClick(page, 'owners.add:merch');
  assert.deepEqual(find(await call(page, 'getPlan'), 'tactics', 'm1').owners, ['creative_dir', 'merch']);
  await panelClick(page, 'owners:creative_dir:remove');
  assert.deepEqual(find(await call(page, 'getPlan'), 'tactics', 'm1').owners, ['merch']);
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.deepEqual(find(await call(page, 'getPlan'), 'tactics', 'm1').owners, ['creative_dir', 'merch']);
});

appTest(env, 'channel and phase pickers; link chips unlink, link and open', async ({ page, app }) => {
  await inspect(page, 'm1', 'tab');
  await panelClick(page, 'channel');
  await panelClick(page, 'channel:email');
  await panelClick(page, 'phase');
  await panelClick(page, 'phase:launch');
  let m1 = find(await call(page, 'getPlan'), 'tactics', 'm1');
  assert.equal(m1.channel, 'email');
  assert.equal(m1.phase, 'launch');
  // Unlink a strategy with its chip, link it back from the list.
  await panelClick(page, 'strategies:S1:remove');
  assert.deepEqual(find(await call(page, 'getPlan'), 'tactics', 'm1').strategies, []);
  await panelClick(page, 'strategies.add');
  await panelClick(page, 'strategies.add:S1');
  assert.deepEqual(find(await call(page, 'getPlan'), 'tactics', 'm1').strategies, ['S1']);
  // A product chip opens the product in the inspector.
  await panelClick(page, 'products:selma');
  assert.deepEqual(await call(page, 'selection'), ['selma']);
  assert.ok(await call(page, 'panelRect', 'forecast'), 'the product form is shown');
});

appTest(env, 'a KPI: target typed, direction switched, primary flag follows its goal', async ({ page, app }) => {
  await inspect(page, 'k3', 'tab');
  await panelType(page, 'target', '3500000');
  await panelClick(page, 'dir:1');
  const plan = await call(page, 'getPlan');
  assert.equal(find(plan, 'kpis', 'k3').target, 3500000);
  assert.equal(find(plan, 'kpis', 'k3').dir, 'down');
  assert.equal(find(plan, 'goals', 'G2').primary_kpi, 'k3');
  await panelClick(page, 'primary');
  assert.equal(find(await call(page, 'getPlan'), 'goals', 'G2').primary_kpi, undefined);
});

appTest(env, 'several selected cards show a summary; a row opens one of them', async ({ page, app }) => {
  await inspect(page, 'm1', 'tab');
  const m2 = await itemCentre(page, 'm2');
  await page.keyboard.down('Shift');
  await page.mouse.click(m2.x, m2.y);
  await page.keyboard.up('Shift');
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'selection'), ['m1', 'm2']);
  assert.equal(await call(page, 'panelRect', 'budget'), null, 'no single-item form');
  assert.ok(await call(page, 'panelRect', 'Total budget'));
  await screenshot(page, 'inspector-summary-dpr1');
  await panelClick(page, 'selected:m2');
  assert.deepEqual(await call(page, 'selection'), ['m2']);
  assert.ok(await call(page, 'panelRect', 'budget'));
});

for (const dpr of [1, 2]) {
  test(`screenshots of the inspector at DPR ${dpr} (tactic, KPI)`, async () => {
    const app = await openApp(env.site, await pool.get(dpr), { width: 1280, height: 1000 });
    const { page } = app;
    try {
      await inspect(page, 'm1', 'tab');
      await page.mouse.move(600, 980);  // no tooltip over the panel
      await waitForIdle(page);
      await screenshot(page, `inspector-tactic-dpr${dpr}`);
      await inspect(page, 'k1', 'tab');
      await page.mouse.move(600, 980);
      await waitForIdle(page);
      await screenshot(page, `inspector-kpi-dpr${dpr}`);
      // The score stays in sight on the Score tab's label.
      assert.ok(await call(page, 'panelRect', 'tab:score'));
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
