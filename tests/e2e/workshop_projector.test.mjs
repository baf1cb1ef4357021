// Facilitator mode on a plain projector, without a room ([6/8]; docs/workshop.md): one page runs
// the workshop through its panel (the DOM dialog) and the bridge's workshopAction, which runs the
// same code: the step timer, a dot vote hidden until the reveal, the hidden score, locks refused
// with the card's name, and the Markdown report. The other people of the room are stood in for
// by core commands with their own participant id (`{op: 'workshop', actor}`).
import assert from 'node:assert/strict';

import { call, waitForIdle, sharedSite, appTest, itemCentre } from './harness.mjs';
import { recordAnnouncements, settledAnnouncements, settled } from './a11y_audit.mjs';

const LIMIT = 120_000;
const env = sharedSite({ pool: true });
const ws = (page) => call(page, 'workshop');
const act = (page, name, args) => call(page, 'workshopAction', name, args);
// A workshop action by another participant of the room (what their page's command carries).
const actAs = (page, actor, name, args = {}) => call(page, 'apply', { op: 'workshop', name, args, actor, now: Date.now() });
// What a screen reader reads of the score: the accessible mirror's summary and item names, and
// the outline view's score line, findings and row scores (web/a11y).
async function scoreWords(page) {
  await settled(page);
  return page.evaluate(() => {
    const tree = document.querySelector('[role=tree]');
    const summary = document.getElementById(tree.getAttribute('aria-describedby')).textContent;
    const names = [...tree.querySelectorAll('[role=treeitem]')].map((n) => n.getAttribute('aria-label') || n.textContent);
    const side = document.querySelector('.ab-outline-findings');
    return {
      summary, names,
      total: document.querySelector('.ab-outline-total').textContent,
      findingsShown: !!side && !side.hidden && side.offsetParent !== null,
      rowScores: [...document.querySelectorAll('.ab-outline-row .ab-outline-score')].map((n) => n.textContent).filter((t) => t.trim()),
    };
  });
}

async function startFromPanel(page, steps) {
  await page.click('.ab-ws-open');
  const panel = page.locator('.ab-ws-panel');
  assert.equal(await panel.getAttribute('role'), 'dialog');
  await page.fill('#ab-ws-steps', steps);
  await page.click('.ab-ws-panel [data-key="start"]');
  await waitForIdle(page);
}

appTest(env, 'the timer: steps from the panel, +1 min, pause, next, and a gentle signal at the end', { timeout: LIMIT }, async ({ page, app }) => {
  assert.equal((await ws(page)).role, 'none');
  await startFromPanel(page, 'Ideas, 10\nVote, 5');
  let s = await ws(page);
  assert.equal(s.role, 'facilitator');
  assert.equal(s.step, 'Ideas');
  assert.ok(s.remaining_s <= 600 && s.remaining_s >= 598, `10 minutes to go (${s.remaining_s})`);
  await page.waitForFunction(() => /Ideas \(1\/2\) · (10:00|9:5\d)/.test(document.querySelector('.ab-ws-chip').textContent));
  await page.click('.ab-ws-panel [data-key="add-minute"]');
  s = await ws(page);
  assert.ok(s.remaining_s >= 658 && s.remaining_s <= 660, `a minute more (${s.remaining_s})`);
  await page.click('.ab-ws-panel [data-key="pause"]');
  const paused = (await ws(page)).remaining_ms;
  await page.waitForTimeout(1200);
  assert.equal((await ws(page)).remaining_ms, paused, 'a paused timer stands still');
  assert.equal((await ws(page)).paused, true);
  await page.click('.ab-ws-panel [data-key="next"]');
  s = await ws(page);
  assert.equal(s.step, 'Vote');
  assert.ok(s.remaining_s >= 299 && s.remaining_s <= 300);
  assert.deepEqual(await act(page, 'timer', { seconds: 1 }), { ok: true, error: '' });
  await page.waitForFunction(() => document.querySelector('.ab-ws-chip').classList.contains('ab-ws-end'), null, { timeout: 5000 });
  assert.equal((await ws(page)).remaining_s, 0);
  // Tab goes round inside the panel: from its last control to its first, and back with Shift.
  const inPanel = () => page.evaluate(() => document.querySelector('.ab-ws-panel').contains(document.activeElement));
  const controls = page.locator('.ab-ws-panel button:visible, .ab-ws-panel input:visible, .ab-ws-panel select:visible, .ab-ws-panel textarea:visible');
  await controls.last().focus();
  await page.keyboard.press('Tab');
  assert.equal(await inPanel(), true, 'Tab past the last control stays in the panel');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await controls.first().textContent(), 'it goes to the first');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await inPanel(), true, 'Shift+Tab from the first control stays in the panel');
  // The panel closes with Esc and gives the focus back.
  await page.focus('.ab-ws-panel [data-key="next"]');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.ab-ws-panel').isHidden(), true);
  // Undo takes back a workshop step like any edit.
  assert.equal(await call(page, 'undo'), true);
  assert.ok((await ws(page)).remaining_s > 100);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'dot votes: hidden until the reveal, then totals on the cards and a ranked list', { timeout: LIMIT }, async ({ page, app }) => {
  assert.equal((await act(page, 'start', { steps: [{ name: 'Vote', seconds: 300 }] })).ok, true);
  assert.equal((await act(page, 'vote-start', { dots: 2, ids: ['S1', 'S2'] })).ok, true);
  // The facilitator votes too, with the + on the card.
  await page.waitForSelector('.ab-ws-dots[data-id="S1"] [data-key="vote:S1"]');
  await page.click('.ab-ws-dots[data-id="S1"] [data-key="vote:S1"]');
  assert.deepEqual((await ws(page)).myDots, ['S1']);
  assert.equal((await actAs(page, 'p2', 'vote', { id: 'S2' })).ok, true);
  assert.equal((await actAs(page, 'p2', 'vote', { id: 'S2' })).ok, true);
  const third = await actAs(page, 'p2', 'vote', { id: 'S1' });
  assert.equal(third.ok, false);
  assert.match(third.error, /placed all your dots/);
  let s = await ws(page);
  assert.deepEqual(s.votes, {}, 'nobody sees the totals before the reveal');
  assert.equal(s.revealed, false);
  assert.equal(await page.locator('[data-key="total:S2"]').count(), 0);
  // Only the facilitator reveals.
  assert.equal((await actAs(page, 'p2', 'reveal')).ok, false);
  await page.click('.ab-ws-chip [data-key="chip.panel"]');
  await page.click('.ab-ws-panel [data-key="reveal"]');
  s = await ws(page);
  assert.equal(s.revealed, true);
  assert.deepEqual(s.votes, { S1: 1, S2: 2 });
  await page.waitForFunction(() => document.querySelector('.ab-ws-dots [data-key="total:S2"]') &&
    document.querySelector('.ab-ws-dots [data-key="total:S2"]').textContent === '2 dots');
  const ranked = await page.locator('.ab-ws-panel ol li').allTextContents();
  assert.equal(ranked.length, 2);
  assert.match(ranked[0], /^Sustain Jet Set through CRM: 2 dots/);
  // A card deleted after the vote started drops out of it everywhere.
  assert.equal((await act(page, 'vote-start', { dots: 1, ids: ['m1', 'm2'] })).ok, true);
  assert.equal((await actAs(page, 'p2', 'vote', { id: 'm1' })).ok, true);
  assert.equal((await call(page, 'apply', { op: 'remove', ids: ['m1'] })).ok, true);
  assert.deepEqual((await ws(page)).myDots, []);
  await page.waitForFunction(() => document.querySelector('.ab-ws-dots[data-id="m1"]') === null);
  assert.equal((await call(page, 'getPlan')).workshop.vote.ids.join(), 'm2');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'hidden score and locks: a participant sees no score and is refused with the card\'s name', { timeout: LIMIT }, async ({ page, app }) => {
  assert.equal((await act(page, 'start', {})).ok, true);
  // Select the goal on the board, then hide the score and lock the goal from the panel.
  const g1 = await itemCentre(page, 'G1');
  await page.mouse.click(g1.x, g1.y);
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'selection'), ['G1']);
  await page.click('.ab-ws-chip [data-key="chip.panel"]');
  await page.click('.ab-ws-panel [data-key="score"]');
  assert.equal((await ws(page)).scoreHidden, true);
  // The facilitator still sees the score and its findings.
  await waitForIdle(page);
  assert.ok((await call(page, 'findingRects')).length > 0, 'the facilitator sees the findings');
  await page.click('.ab-ws-panel [data-key="lock"]');
  assert.deepEqual((await ws(page)).locked, ['G1']);
  // Hand the workshop over: this page is a participant now.
  await page.click('.ab-ws-panel [data-key="handover-to"]');
  await page.fill('.ab-ws-panel [data-key="handover-to"]', 'p9');
  await page.click('.ab-ws-panel [data-key="handover"]');
  const s = await ws(page);
  assert.equal(s.role, 'participant');
  assert.equal(s.scoreHidden, true);
  await waitForIdle(page);
  assert.deepEqual(await call(page, 'findingRects'), [], 'no findings for a participant while hidden');
  // The locked goal refuses a rename and a delete, and says why.
  const rename = await call(page, 'apply', { op: 'set', id: 'G1', field: 'name', value: 'Other' });
  assert.deepEqual(rename, { ok: false, error: "'Selma Spring revenue $6.0M' is locked by the facilitator" });
  await page.keyboard.press('Escape');  // the panel closes; the goal is still selected
  await page.mouse.click(g1.x, g1.y);
  await waitForIdle(page);
  await page.keyboard.press('Delete');
  await waitForIdle(page);
  assert.match(await call(page, 'lastMessage'), /'Selma Spring revenue \$6\.0M' is locked by the facilitator/);
  assert.ok((await call(page, 'getPlan')).goals.some((g) => g.id === 'G1'));
  // Nor does the accessible mirror or the outline view show the score or findings, and the
  // live region says nothing of a score that moved.
  await recordAnnouncements(page);
  await page.click('.ab-outline-open');
  await page.waitForSelector('.ab-outline[role=dialog]', { state: 'visible' });
  // A strategy under the locked goal may still be added.
  const add = await call(page, 'apply', { op: 'add', kind: 'strategy', item: { id: 'S9', name: 'Referral push', goals: ['G1'] } });
  assert.equal(add.ok, true, add.error);
  let words = await scoreWords(page);
  assert.equal(words.summary, 'Score hidden by the facilitator.');
  assert.ok(words.names.length > 5);
  for (const n of words.names) assert.doesNotMatch(n, /score|\d\d\.\d, (good|fair|weak)/i, 'no score in the mirror: ' + n);
  assert.equal(words.total, 'Score hidden by the facilitator');
  assert.equal(words.findingsShown, false, 'no findings beside the outline');
  assert.deepEqual(words.rowScores, [], 'no score beside a row of the outline');
  assert.deepEqual(await settledAnnouncements(page), [], 'no score announced while hidden');
  // The new facilitator reveals the score to everyone at once.
  assert.equal((await actAs(page, 'p9', 'show-score')).ok, true);
  await waitForIdle(page);
  assert.ok((await call(page, 'findingRects')).length > 0, 'the findings are back for everyone');
  words = await scoreWords(page);
  assert.match(words.summary, /^Alignment \d+\.\d, (good|fair|weak); \d+ findings?\.$/);
  assert.ok(words.names.some((n) => /^Goal: Selma Spring revenue \$6\.0M\. Score \d+\.\d, (good|fair|weak)\./.test(n)), 'the mirror names the score again');
  assert.match(words.total, /^Alignment \d+\.\d /);
  assert.equal(words.findingsShown, true);
  assert.ok(words.rowScores.length > 5);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'the report: steps, ideas with authors, votes, score before and after, the final plan', { timeout: LIMIT }, async ({ page, app }) => {
  assert.equal((await act(page, 'start', { steps: [{ name: 'Ideas', seconds: 60 }, { name: 'Vote', seconds: 60 }] })).ok, true);
  assert.equal((await actAs(page, 'p2', 'join', { name: 'Ana' })).ok, true);
  const idea = { op: 'add', kind: 'tactic', item: { id: 'idea1', name: 'Loyalty card', strategies: ['S2'] } };
  // An idea from Ana: her page's command (the actor is the page's, so it is applied as hers here).
  assert.equal((await call(page, 'apply', idea)).ok, true);
  assert.equal((await act(page, 'next', {})).ok, true);
  assert.equal((await act(page, 'vote-start', { dots: 1, ids: ['S1', 'S2'] })).ok, true);
  assert.equal((await actAs(page, 'p2', 'vote', { id: 'S2' })).ok, true);
  assert.equal((await act(page, 'reveal', {})).ok, true);
  const r = await act(page, 'report', {});
  assert.equal(r.ok, true);
  assert.match(r.text, /^# Workshop report: Selma spring launch/);
  assert.match(r.text, /\| Ideas \| 1:00 \| \d\d:\d\d UTC \| \d\d:\d\d UTC \| 0:0\d \|/);
  assert.match(r.text, /- tactic: Loyalty card \(local\)/);
  assert.match(r.text, /1\. Sustain Jet Set through CRM: 1 dots/);
  assert.match(r.text, /Before: \d+\.\d\. After: \d+\.\d\./);
  assert.match(r.text, /## The final plan[\s\S]*Loyalty card/);
  // The panel's button downloads the same report.
  await page.click('.ab-ws-chip [data-key="chip.panel"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.ab-ws-panel [data-key="report"]')]);
  assert.equal(download.suggestedFilename(), 'workshop-report.md');
  assert.deepEqual(app.errors, []);
});
