// The plan's settings in the Plan tab, with the real mouse and keyboard: name, period, currency,
// and the channels and stages the score looks for. A bakery unticks what it does not use and
// the score stops asking for it; each change is one undo step.
import assert from 'node:assert/strict';

import { waitForIdle, screenshot, call, panelCentre, panelClick, panelType, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

async function openPlanTab(page) {
  await panelClick(page, 'tab:plan');
  assert.equal(await call(page, 'panelTab'), 'plan');
}

appTest(env, 'name, period and currency are set in the Plan tab and show in the top bar and the plan', { timeout: 120_000 }, async ({ page, app }) => {
  const currency = (await call(page, 'getPlan')).currency;
  assert.notEqual(currency, 'UAH');
  await openPlanTab(page);
  await panelType(page, 'plan.name', 'Bakery autumn plan');
  await panelType(page, 'plan.start', '2027-09-01');
  await panelType(page, 'plan.end', '2027-11-30');
  let plan = await call(page, 'getPlan');
  assert.equal(plan.name, 'Bakery autumn plan');
  assert.equal(plan.start, '2027-09-01');
  assert.equal(plan.end, '2027-11-30');

  // A date that is not one is refused where it was typed, and the plan keeps its period.
  await panelType(page, 'plan.end', '30/11/2027');
  assert.equal((await call(page, 'getPlan')).end, '2027-11-30');
  const errors = await call(page, 'panelErrors');
  assert.ok(Object.keys(errors).some((k) => k === 'plan.end'), `the field says why: ${JSON.stringify(errors)}`);

  await panelClick(page, 'plan.currency');
  await panelClick(page, 'plan.currency:UAH');
  plan = await call(page, 'getPlan');
  assert.equal(plan.currency, 'UAH');
  await screenshot(page, 'plan-settings');

  // Each change is its own undo step: the currency goes back first.
  await page.mouse.click(400, 600);
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  assert.equal((await call(page, 'getPlan')).currency, currency);
  assert.equal((await call(page, 'getPlan')).end, '2027-11-30');
  assert.deepEqual(app.errors, []);
});

// The findings whose message names `word`, of finding `code`.
async function findings(page, code, word) {
  const { findings } = await call(page, 'getScores');
  return findings.filter((f) => f.code === code && f.message.includes(word));
}

appTest(env, 'unticking a channel or stage the business does not use takes it out of the score; ticking brings it back', { timeout: 120_000 }, { query: '?template=truth-is-hard' }, async ({ page, app }) => {
  assert.ok((await findings(page, 'push.missing_channel', 'no events tactic')).length > 0, 'the plan is asked for an events tactic');
  const scoreBefore = (await call(page, 'getScores')).overall;

  await openPlanTab(page);
  await panelClick(page, 'plan.required_channels:events');
  assert.ok(!(await call(page, 'getPlan')).required_channels.includes('events'), 'events is no longer required');
  assert.deepEqual(await findings(page, 'push.missing_channel', 'no events tactic'), [], 'nor asked for');
  assert.ok((await call(page, 'getScores')).overall > scoreBefore, 'and the score no longer counts it');

  await panelClick(page, 'plan.required_channels:events');
  assert.ok((await call(page, 'getPlan')).required_channels.includes('events'), 'ticked again');
  assert.equal((await call(page, 'getScores')).overall, scoreBefore);

  // A channel of the business's own, added by typing, gets a box of its own.
  await panelType(page, 'plan.required_channels.add', 'market stall');
  assert.ok((await call(page, 'getPlan')).required_channels.includes('market stall'));
  assert.ok(await panelCentre(page, 'plan.required_channels:market stall'));

  assert.ok((await findings(page, 'goal.missing_stage', 'builds awareness')).length > 0);
  await panelClick(page, 'plan.required_stages:awareness');
  assert.ok(!(await call(page, 'getPlan')).required_stages.includes('awareness'));
  assert.deepEqual(await findings(page, 'goal.missing_stage', 'builds awareness'), []);
  await screenshot(page, 'plan-settings-channels');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'the plan name in the top bar is edited in place: Enter keeps it, Esc leaves it as it was', { timeout: 120_000 }, async ({ page, app }) => {
  const rename = async (text, key) => {
    const r = await call(page, 'toolbarRect', 'title');
    await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
    await waitForIdle(page);
    assert.ok(await call(page, 'toolbarRect', 'title.field'), 'a field opens where the name was');
    await page.keyboard.press('Control+a');
    await page.keyboard.type(text);
    await page.keyboard.press(key);
    await waitForIdle(page);
    assert.equal(await call(page, 'toolbarRect', 'title.field'), null, 'and closes');
  };
  await rename('Café plan — spring', 'Enter');
  assert.equal((await call(page, 'getPlan')).name, 'Café plan — spring');
  await screenshot(page, 'plan-title-renamed');
  await rename('Not this one', 'Escape');
  assert.equal((await call(page, 'getPlan')).name, 'Café plan — spring');
  assert.deepEqual(app.errors, []);
});
