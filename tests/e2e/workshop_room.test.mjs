// Facilitator mode in a room ([6/8] on the rooms of [5/8]; docs/workshop.md): a facilitator's
// page and two participants', one of them a phone (390x844, touch), each in a browser context of
// its own, on the real room server. Every screen agrees on the timer (server time, within a
// second), ideas land in the inbox, votes stay hidden until the reveal and are then the same on
// every page, the hidden score, follow me and "Back to the facilitator", and locks refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { waitForIdle } from './harness.mjs';
import { startApp, launch, person, rememberPerson, bridge, connected, until } from './rooms_setup.mjs';
import { seriousViolations } from './a11y_audit.mjs';

const LIMIT = 240_000;
let server, browser;
before(async () => { server = await startApp(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.stop?.(); await server?.close?.(); });

const ws = (page) => bridge(page, 'workshop');
const act = (page, name, args = {}) => bridge(page, 'workshopAction', name, args);
// What the accessible mirror (web/a11y/board_mirror.js) gives a screen reader: its summary and
// the names of its tree's items.
const mirror = (page) => page.evaluate(() => {
  const tree = document.querySelector('[role=tree]');
  return { summary: document.getElementById(tree.getAttribute('aria-describedby')).textContent,
           names: [...tree.querySelectorAll('[role=treeitem]')].map((n) => n.textContent) };
});

// A participant on a phone: 390x844 CSS pixels, touch, its own storage.
async function phone(link) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await rememberPerson(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  const url = new URL(link);
  await page.goto(`${server.url}/${url.search}&storage=none${url.hash}`);
  await page.waitForFunction(() => window.alignboardReady !== undefined);
  await page.evaluate(() => window.alignboardReady.then(() => true));
  await waitForIdle(page);
  return { context, page, errors, close: () => context.close().catch(() => {}) };
}

test('a workshop in a room: timer, inbox, votes, hidden score, follow me and locks on three screens', { timeout: LIMIT }, async () => {
  const host = await person(browser, server, '?storage=none');
  const room = await bridge(host.page, 'startRoom');
  await connected(host.page);
  const url = new URL(room.link);
  const desk = await person(browser, server, url.search + '&storage=none', url.hash);
  const mobile = await phone(room.link);
  const people = [host, desk, mobile];
  try {
    await connected(desk.page);
    await connected(mobile.page);
    const F = host.page, P = desk.page, M = mobile.page;

    // The timer: one facilitator, two participants, the same time left on every screen.
    assert.equal((await act(F, 'start', { steps: [{ name: 'Ideas', seconds: 600 }, { name: 'Vote', seconds: 300 }] })).ok, true);
    await until(async () => (await ws(P)).role === 'participant' && (await ws(M)).role === 'participant', 'everyone is in the workshop');
    assert.equal((await ws(F)).role, 'facilitator');
    const times = await Promise.all(people.map((p) => ws(p.page)));
    const left = times.map((t) => t.remaining_ms);
    assert.ok(Math.max(...left) - Math.min(...left) < 1000, `every screen shows the same time within a second (${left})`);
    assert.deepEqual(times.map((t) => t.step), ['Ideas', 'Ideas', 'Ideas']);
    // A second facilitator is refused: handing over is explicit.
    assert.equal((await act(P, 'next')).ok, false);

    // Ideas: the phone adds a tactic from its list view; it lands in the facilitator's inbox.
    assert.equal((await act(F, 'inbox', { on: true })).ok, true);
    await until(async () => (await ws(M)).inbox, 'the inbox is on for the phone');
    await M.waitForSelector('.ab-ws-phone:not([hidden]) [data-key="add:tactic"]');
    await M.tap('.ab-ws-phone [data-key="add:tactic"]');
    await M.fill('.ab-ws-phone [data-key="name:tactic"]', 'Pop-up store');
    await M.tap('.ab-ws-phone [data-key="add.ok:tactic"]');
    const inbox = await until(async () => {
      const s = await ws(F);
      return s.inboxIds.length === 1 ? s.inboxIds : null;
    }, 'the idea is in the facilitator\'s inbox');
    const planF = await bridge(F, 'getPlan');
    assert.equal(planF.tactics.find((t) => t.id === inbox[0]).name, 'Pop-up store');

    // Votes: hidden until the reveal, then equal everywhere.
    assert.equal((await act(F, 'vote-start', { dots: 2, ids: ['S1', 'S2'] })).ok, true);
    await until(async () => (await ws(P)).voting && (await ws(M)).voting, 'the vote reaches everyone');
    await P.waitForSelector('.ab-ws-dots[data-id="S2"] [data-key="vote:S2"]');
    await P.click('.ab-ws-dots[data-id="S2"] [data-key="vote:S2"]');
    await M.waitForSelector('.ab-ws-phone li[data-id="S1"] [data-key="vote:S1"]');
    await M.tap('.ab-ws-phone li[data-id="S1"] [data-key="vote:S1"]');
    await until(async () => (await ws(M)).myDots.length === 1, 'the phone\'s dot is placed');
    await until(async () => (await bridge(F, 'getPlan')).workshop.vote.dots_by && Object.keys((await bridge(F, 'getPlan')).workshop.vote.dots_by).length === 2,
      'both votes reach the facilitator');
    for (const p of people) assert.deepEqual((await ws(p.page)).votes, {}, 'nobody sees the totals before the reveal');
    // axe, mid-vote: the phone's list with its dot controls, the dots on the desk's cards.
    await M.waitForSelector('.ab-ws-phone li[data-id="S1"] [data-key="unvote:S1"]');
    assert.deepEqual(await seriousViolations(M, { include: '.ab-ws' }), [], 'the phone\'s view while voting');
    // The dots one placed have a name a screen reader says (a bare span's aria-label is not read).
    assert.equal(await M.getByRole('img', { name: '1 dot from you' }).count(), 1);
    assert.deepEqual(await seriousViolations(P, { include: '.ab-ws' }), [], 'the dots on the cards');
    assert.equal((await act(F, 'reveal')).ok, true);
    const revealed = await until(async () => {
      const all = await Promise.all(people.map((p) => ws(p.page)));
      return all.every((s) => s.revealed) ? all : null;
    }, 'the reveal reaches everyone');
    for (const s of revealed) assert.deepEqual(s.votes, { S1: 1, S2: 1 });

    // The hidden score.
    assert.equal((await act(F, 'hide-score')).ok, true);
    await until(async () => (await ws(P)).scoreHidden, 'the score is hidden for the participant');
    await waitForIdle(P);
    await until(async () => (await bridge(P, 'findingRects')).length === 0, 'no findings for a participant');
    assert.ok((await bridge(F, 'findingRects')).length > 0, 'the facilitator sees them');
    // Nor is it in the participant's accessible mirror; the facilitator's still has it.
    await until(async () => (await mirror(P)).summary === 'Score hidden by the facilitator.', 'the participant\'s mirror hides the score');
    for (const n of (await mirror(P)).names) assert.doesNotMatch(n, /score/i, 'no score in the participant\'s mirror: ' + n);
    assert.match((await mirror(F)).summary, /^Alignment \d+\.\d/);

    // Follow me: the participant's board shows what the facilitator's shows; moving away breaks
    // it, one tap brings it back.
    await F.mouse.move(500, 400);
    await F.mouse.wheel(0, -300);
    await waitForIdle(F);
    assert.equal((await act(F, 'follow')).ok, true);
    const near = async () => {
      const [a, b] = await Promise.all([bridge(F, 'itemRect', 'G1'), bridge(P, 'itemRect', 'G1')]);
      return a && b && Math.abs(a.x - b.x) < 3 && Math.abs(a.y - b.y) < 3 && Math.abs(a.w - b.w) < 2;
    };
    await until(near, 'the participant sees what the facilitator sees');
    assert.equal((await ws(P)).following, true);
    await P.mouse.move(600, 400);
    await P.mouse.wheel(0, 400);
    await waitForIdle(P);
    await until(async () => (await ws(P)).brokeAway, 'moving the board breaks away');
    await P.click('.ab-ws-back');
    await until(near, 'back to the facilitator');

    // Locks: refused with the card's name; adding under a locked card is allowed.
    assert.equal((await act(F, 'lock', { ids: ['G1', 'S1'] })).ok, true);
    await until(async () => (await ws(P)).locked.length === 2, 'the locks reach the participant');
    const refused = await bridge(P, 'apply', { op: 'set', id: 'S1', field: 'name', value: 'Mine now' });
    assert.equal(refused.ok, false);
    assert.match(refused.error, /^'Integrated Selma launch: one message, every touchpoint' is locked by the facilitator$/);
    const added = await bridge(P, 'apply', { op: 'add', kind: 'tactic', item: { id: 'under1', name: 'Window display', strategies: ['S1'] } });
    assert.equal(added.ok, true, added.error);
    await until(async () => (await bridge(F, 'getPlan')).tactics.some((t) => t.id === 'under1'), 'the new tactic reaches the facilitator');

    // The reveal brings the score back into the participant's mirror.
    assert.equal((await act(F, 'show-score')).ok, true);
    await until(async () => /^Alignment \d+\.\d/.test((await mirror(P)).summary), 'the participant\'s mirror shows the score again');
    assert.ok((await mirror(P)).names.some((n) => / Score \d+\.\d, (good|fair|weak)\./.test(n)));

    // axe: the facilitator's panel and the phone's list have no serious or critical violation.
    await F.click('.ab-ws-chip [data-key="chip.panel"]');
    await F.waitForSelector('.ab-ws-panel[role=dialog]', { state: 'visible' });
    assert.deepEqual(await seriousViolations(F, { include: '.ab-ws' }), [], 'the facilitator\'s panel');
    await M.waitForSelector('.ab-ws-phone:not([hidden])');
    assert.deepEqual(await seriousViolations(M, { include: '.ab-ws' }), [], 'the phone\'s view');
    assert.deepEqual(await seriousViolations(M), [], 'the phone\'s page');

    for (const p of people) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of people) await p.close();
  }
});
