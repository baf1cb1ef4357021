// The Plan tab with the real mouse and keyboard: the brand key, SWOT entries (add, edit, remove),
// competitors and people (add, rename, team, assign as an owner, remove) land in getPlan() and
// undo step by step. Keeps screenshots of the tab at DPR 1 and 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, itemCentre, screenshot, call, panelClick, panelType, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

async function openPlanTab(page) {
  await panelClick(page, 'tab:plan');
  assert.equal(await call(page, 'panelTab'), 'plan');
}

appTest(env, 'the brand key and SWOT entries are typed, edited, removed and undone', async ({ page, app }) => {
  await openPlanTab(page);
  await panelType(page, 'brand_key', 'Jet-set glamour you can carry every day');
  assert.equal((await call(page, 'getPlan')).brand_key, 'Jet-set glamour you can carry every day');

  await panelType(page, 'swot.strengths.add', 'A designer name shoppers know');
  await panelType(page, 'swot.strengths.add', 'Wide department-store reach');
  await panelType(page, 'swot.threats.add', 'Discounting by rivals');
  let swot = (await call(page, 'getPlan')).swot;
  assert.deepEqual(swot.strengths, ['A designer name shoppers know', 'Wide department-store reach']);
  assert.deepEqual(swot.threats, ['Discounting by rivals']);

  await panelType(page, 'swot.strengths.1', 'Reach in 400 department stores');
  assert.deepEqual((await call(page, 'getPlan')).swot.strengths,
    ['A designer name shoppers know', 'Reach in 400 department stores']);
  await panelClick(page, 'swot.strengths.0.remove');
  assert.deepEqual((await call(page, 'getPlan')).swot.strengths, ['Reach in 400 department stores']);

  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  swot = (await call(page, 'getPlan')).swot;
  assert.deepEqual(swot.strengths, ['A designer name shoppers know', 'Reach in 400 department stores']);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a competitor is added, named by typing and given a position', async ({ page, app }) => {
  await openPlanTab(page);
  await panelClick(page, 'competitors.add');
  assert.deepEqual((await call(page, 'getPlan')).competitors.map((c) => c.name), ['New competitor']);
  // The new name field has the keyboard, its text selected.
  await page.keyboard.type('Coach');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  await panelType(page, 'competitors.0.position', 'Classic American leather goods');
  const [coach] = (await call(page, 'getPlan')).competitors;
  assert.equal(coach.name, 'Coach');
  assert.equal(coach.position, 'Classic American leather goods');
  await panelClick(page, 'competitors.0.remove');
  assert.deepEqual((await call(page, 'getPlan')).competitors || [], []);
});

appTest(env, 'a person is added, renamed, put in sales, assigned to a tactic and removed', async ({ page, app }) => {
  await openPlanTab(page);
  const before = (await call(page, 'getPlan')).people.map((p) => p.id);
  await panelClick(page, 'people.add');
  const added = (await call(page, 'getPlan')).people.find((p) => !before.includes(p.id));
  assert.ok(added, 'a person was added');
  await page.keyboard.type('Dana Field');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  await panelClick(page, `people.${added.id}.team`);
  await panelClick(page, `people.${added.id}.team:sales`);
  let dana = (await call(page, 'getPlan')).people.find((p) => p.id === added.id);
  assert.equal(dana.name, 'Dana Field');
  assert.equal(dana.team, 'sales');

  // Assign Dana to tactic m2 from the inspector's owner list.
  const m2 = await itemCentre(page, 'm2');
  await page.mouse.click(m2.x, m2.y);
  await waitForIdle(page);
  await panelClick(page, 'tab:inspect');
  await panelClick(page, 'owners.add');
  await panelClick(page, `owners.add:${added.id}`);
  let plan = await call(page, 'getPlan');
  assert.ok(plan.tactics.find((t) => t.id === 'm2').owners.includes(added.id));

  // Removing the person removes the ownership with them; undo brings both back.
  await openPlanTab(page);
  await panelClick(page, `people.${added.id}.remove`);
  plan = await call(page, 'getPlan');
  assert.equal(plan.people.find((p) => p.id === added.id), undefined);
  assert.ok(!plan.tactics.find((t) => t.id === 'm2').owners.includes(added.id));
  await page.keyboard.press('Control+z');
  await waitForIdle(page);
  plan = await call(page, 'getPlan');
  assert.ok(plan.people.find((p) => p.id === added.id));
  assert.ok(plan.tactics.find((t) => t.id === 'm2').owners.includes(added.id));
});

appTest(env, 'a product row opens the product in the inspector', async ({ page, app }) => {
  await openPlanTab(page);
  await panelClick(page, 'products.selma');
  assert.equal(await call(page, 'panelTab'), 'inspect');
  assert.deepEqual(await call(page, 'selection'), ['selma']);
  await panelType(page, 'forecast', '6500000');
  assert.equal((await call(page, 'getPlan')).products.find((p) => p.id === 'selma').forecast, 6500000);
});

for (const dpr of [1, 2]) {
  test(`screenshots of the Plan tab at DPR ${dpr}`, async () => {
    const app = await openApp(env.site, await pool.get(dpr), { width: 1280, height: 1000 });
    const { page } = app;
    try {
      const ok = (r) => assert.ok(r.ok, r.error);
      ok(await call(page, 'apply', { op: 'set', id: '', field: 'brand_key',
        value: 'Jet-set glamour, accessible luxury: the bag that travels with you' }));
      ok(await call(page, 'apply', { op: 'set', id: '', field: 'swot', value: {
        strengths: ['A designer name shoppers know', 'Reach in 400 department stores'],
        weaknesses: ['Few structured work bags under $400'],
        opportunities: ['Holiday gifting'], threats: ['Discounting by rivals'] } }));
      ok(await call(page, 'apply', { op: 'set', id: '', field: 'competitors', value: [
        { name: 'Coach', position: 'Classic American leather goods', notes: '' }] }));
      await openPlanTab(page);
      await page.mouse.move(600, 980);
      await waitForIdle(page);
      await screenshot(page, `context-plan-dpr${dpr}`);
      assert.deepEqual(app.errors, []);
    } finally {
      await app.close();
    }
  });
}
