// The accessible mirror of the board (web/a11y): the page's accessibility tree names every card
// of the Selma plan with its kind and score, the board's selection is the mirror's active item,
// a change of the overall score is announced once when it settles, and axe-core finds no
// serious or critical violation on the app page.
import assert from 'node:assert/strict';

import { sharedSite, appTest, call, itemCentre } from './harness.mjs';
import { seriousViolations, recordAnnouncements, settledAnnouncements, settled } from './a11y_audit.mjs';

const LIMIT = { timeout: 120_000 };
const env = sharedSite({ pool: true });
const KINDS = { goals: 'Goal', strategies: 'Strategy', tactics: 'Tactic', kpis: 'KPI', products: 'Product', insights: 'Insight' };

function axNodes(tree) {
  return tree.nodes.filter((n) => !n.ignored && n.role && n.role.value === 'treeitem')
    .map((n) => (n.name && n.name.value) || '');
}

appTest(env, 'the accessibility tree names every card of Selma with its kind, title and score', LIMIT, async ({ page }) => {
  await settled(page);
  const plan = await call(page, 'getPlan');
  const scores = await call(page, 'getScores');
  const cdp = await page.context().newCDPSession(page);
  const names = axNodes(await cdp.send('Accessibility.getFullAXTree'));
  let checked = 0;
  for (const [list, kind] of Object.entries(KINDS)) {
    for (const item of plan[list] || []) {
      // An insight's card quotes its words.
      const title = list === 'insights' ? `“${item.text}”` : item.name ?? item.metric;
      const named = names.filter((n) => n.startsWith(`${kind}: ${title}.`));
      assert.ok(named.length >= 1, `no tree item names ${kind} ${item.id} "${title}"`);
      let score = null;
      if (list === 'goals') score = scores.goals[item.id].overall;
      if (list === 'strategies' || list === 'tactics') score = scores[list][item.id];
      for (const name of named) {
        if (score === null) assert.match(name, /No score of its own\.|Not scored\./, name);
        else assert.ok(name.includes(`Score ${score.toFixed(1)}, `), `${name} lacks its score ${score}`);
      }
      checked++;
    }
  }
  assert.ok(checked >= 20, `only ${checked} cards checked`);
  // Links are named: a strategy says which goal it serves, a KPI what it measures.
  assert.ok(names.some((n) => n.startsWith('Strategy: Sustain Jet Set through CRM.') && n.includes('serves goal “Jet Set tote revenue to $3.0M”')));
  assert.ok(names.some((n) => n.startsWith('KPI: #jetsetselma posts.') && n.includes('measures tactic')));
});

appTest(env, 'an item under several parents appears under each, marked as such', LIMIT, async ({ page }) => {
  assert.equal((await call(page, 'apply', { op: 'link', child: 'm1', parent: 'S2' })).ok, true);
  await settled(page);
  const rows = await page.$$eval('[role=treeitem][data-id="m1"]', (els) => els.map((e) => e.textContent));
  assert.equal(rows.length, 2);
  assert.ok(rows[1].includes('Under 2 parents, here under “Sustain Jet Set through CRM”.'), rows[1]);
});

appTest(env, "the board's selection is the mirror's active item", LIMIT, async ({ page }) => {
  await settled(page);
  const c = await itemCentre(page, 'S1');
  await page.mouse.click(c.x, c.y);
  await settled(page);
  const active = () => page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const el = document.getElementById(canvas.getAttribute('aria-activedescendant') || '');
    return el ? { id: el.dataset.id, selected: el.getAttribute('aria-selected'), focused: document.activeElement === canvas } : null;
  });
  assert.deepEqual(await active(), { id: 'S1', selected: 'true', focused: true });
  await page.keyboard.press('ArrowRight');  // the arrows walk from card to card
  await settled(page);
  const selection = await call(page, 'selection');
  assert.notEqual(selection.at(-1), 'S1');
  assert.equal((await active()).id, selection.at(-1));
  // A screen reader hears the active item as the focus.
  const cdp = await page.context().newCDPSession(page);
  const tree = await cdp.send('Accessibility.getFullAXTree');
  const canvas = tree.nodes.find((n) => n.role && n.role.value === 'application');
  assert.ok(canvas, 'the board is an application in the accessibility tree');
  const owned = canvas.properties.find((p) => p.name === 'activedescendant');
  assert.ok(owned, 'the board names its active item');
});

appTest(env, 'a change of the overall score is announced once, when it settles', LIMIT, async ({ page }) => {
  await settledAnnouncements(page);
  await recordAnnouncements(page);
  const before = (await call(page, 'getScores')).overall;
  // Three edits in a row (as fast as keys): one announcement of where the score ended.
  await page.evaluate(() => {
    const a = window.alignboard;
    a.apply({ op: 'link', child: 'm11', parent: 'S2' });
    a.apply({ op: 'set', id: 'm11', field: 'budget', value: 1000 });
    a.apply({ op: 'set', id: 'm11', field: 'budget', value: 2000 });
  });
  await settled(page);
  const after = (await call(page, 'getScores')).overall;
  assert.notEqual(after, before);
  const said = await settledAnnouncements(page);
  const delta = Math.abs(Math.round((after - before) * 10) / 10).toFixed(1);
  assert.deepEqual(said, [`Alignment ${after.toFixed(1)}, ${after > before ? 'up' : 'down'} ${delta}`]);
  // A change that leaves the score where it was says nothing.
  await call(page, 'apply', { op: 'move', moves: [{ id: 'G1', x: 0, y: 0 }] });
  await settled(page);
  assert.equal((await settledAnnouncements(page)).length, 1);
  // Undo says where it went back to.
  await page.evaluate(() => { const a = window.alignboard; a.undo(); a.undo(); a.undo(); a.undo(); });
  await settled(page);
  const back = await settledAnnouncements(page);
  assert.equal(back.length, 2);
  assert.match(back[1], new RegExp(`^Alignment ${before.toFixed(1)}, (up|down) \\d+\\.\\d$`));
});

appTest(env, 'axe-core finds no serious or critical violation on the app page', LIMIT, async ({ page }) => {
  await settled(page);
  assert.deepEqual(await seriousViolations(page), []);
});

appTest(env, 'prefers-contrast: more starts in the high-contrast look', LIMIT, async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.reload();
  await page.waitForFunction(() => window.alignboardReady !== undefined);
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await settled(page);
  assert.equal((await call(page, 'viewMode')).highContrast, true);
});
