// A finding fixed with the keyboard alone (web/a11y/outline_view.js): from the board, the
// outline view's key opens the plan as a list with the findings beside it; Tab reaches a
// finding's Fix button, Enter puts the focus in the field that fixes it (the core's
// score/advice/fixes.hpp says which), the fix is typed, and the finding is gone from the plan's
// scores (getScores()), with the value in the plan (getPlan()).
import assert from 'node:assert/strict';

import { sharedSite, appTest, call } from './harness.mjs';
import { tabTo, settled } from './a11y_audit.mjs';

const LIMIT = { timeout: 150_000 };
const env = sharedSite({ pool: true });

const targetFinding = async (page) => (await call(page, 'getScores')).findings
  .findIndex((f) => f.code === 'kpi.incomplete' && f.ids.includes('k2'));

appTest(env, 'a KPI with no target: Tab to its finding, Enter focuses the target, the typed target fixes it', LIMIT,
  async ({ page }) => {
    await settled(page);
    // The plan's KPI k2 loses its target (set up through the bridge; the rest is keys only).
    assert.equal((await call(page, 'apply', { op: 'set', id: 'k2', field: 'target', value: null })).ok, true);
    await settled(page);
    const index = await targetFinding(page);
    assert.ok(index >= 0, 'the plan has the finding');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'CANVAS');
    await page.keyboard.press('Alt+Shift+O');
    await tabTo(page, `fix:${index}`, { max: 400 });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-key')), 'k2@1:target',
                 'the field that fixes the finding has the focus');
    await page.keyboard.type('70');
    await page.keyboard.press('Enter');
    await settled(page);
    assert.equal(await targetFinding(page), -1, 'the finding is gone');
    assert.equal((await call(page, 'getPlan')).kpis.find((k) => k.id === 'k2').target, 70);
  });

appTest(env, "a finding fixed in a field the outline does not hold selects its card and says where", LIMIT,
  async ({ page }) => {
    await settled(page);
    const findings = (await call(page, 'getScores')).findings;
    const index = findings.findIndex((f) => f.code === 'tactic.no_return' || f.code === 'item.owner_count');
    assert.ok(index >= 0, JSON.stringify(findings.map((f) => f.code)));
    await page.keyboard.press('Alt+Shift+O');
    await tabTo(page, `fix:${index}`, { max: 400 });
    await page.keyboard.press('Enter');
    const said = await page.evaluate(() => document.querySelector('.ab-outline-msg').textContent);
    assert.match(said, /^This is fixed in the inspector of /);
    const id = said.replace(/^This is fixed in the inspector of (\S+) .*$/, '$1');
    assert.deepEqual(await call(page, 'selection'), [id]);
  });
