// Ids in a workshop room (issue 18 item 3; docs/rooms.md, "Ids"): two people who each add a card
// at the same moment, before either sees the other's, both count to the same number, yet both
// cards survive, because each page's new ids carry its own tag (G3-k7q2). Outside a room, ids
// are as they always were.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { screenshot } from './harness.mjs';
import { roomsForFile, workshop, bridge, collab, plan, until, converged, connected } from './rooms_setup.mjs';

const env = roomsForFile();

// A new goal as the JS API makes one: an add without an id gets a fresh id from the core.
const addGoal = (page, name) => bridge(page, 'apply', { op: 'add', kind: 'goal', item: { name } });
const goal = (p, id) => p.goals.find((g) => g.id === id);
// The highest number of the plan's goal ids (G2 -> 2; a tagged G3-k7q2 -> 3).
const topGoal = (p) => Math.max(0, ...p.goals.map((g) => Number((/^G(\d+)/.exec(g.id) || [0, 0])[1])));

test('two people offline each add a goal: both goals reach both pages, each with its own title', async () => {
  const w = await workshop(env.browser, env.server, 2);
  try {
    const [ana, ben] = w.people;
    const tags = [(await collab(ana.page)).idTag, (await collab(ben.page)).idTag];
    for (const t of tags) assert.match(t, /^[a-z0-9]{4}$/, 'each page has a tag in the room');
    assert.notEqual(tags[0], tags[1]);
    const start = await plan(ana.page);
    const before = start.goals.length, top = topGoal(start);

    for (const p of w.people) await p.context.setOffline(true);
    for (const p of w.people) await until(async () => (await collab(p.page)).status === 'offline', 'the page is offline');
    const a = await addGoal(ana.page, 'Ana\u2019s goal, written offline');
    const b = await addGoal(ben.page, 'Ben\u2019s goal, written offline');
    assert.equal(a.ok, true, a.error);
    assert.equal(b.ok, true, b.error);
    // Both counted from the same plan, so both took the same number; the tags keep them apart.
    assert.equal(a.id, `G${top + 1}-${tags[0]}`);
    assert.equal(b.id, `G${top + 1}-${tags[1]}`);

    for (const p of w.people) await p.context.setOffline(false);
    for (const p of w.people) await connected(p.page);
    const merged = await converged(w.people);
    assert.equal(merged.goals.length, before + 2, 'neither goal replaced the other');
    for (const p of w.people) {
      const seen = await plan(p.page);
      assert.equal(goal(seen, a.id)?.name, 'Ana\u2019s goal, written offline');
      assert.equal(goal(seen, b.id)?.name, 'Ben\u2019s goal, written offline');
    }
    await screenshot(ben.page, 'rooms_ids_both_goals');

    // Once both are in, the numbering goes on past them.
    const next = await addGoal(ana.page, 'After the merge');
    assert.equal(next.id, `G${top + 2}-${tags[0]}`);
    await until(async () => goal(await plan(ben.page), next.id), 'the next goal arrives');
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('after leaving the room, new ids carry no tag', async () => {
  const w = await workshop(env.browser, env.server, 2);
  try {
    const page = w.people[1].page;
    const inRoom = await addGoal(page, 'Made in the room');
    assert.match(inRoom.id, /^G\d+-[a-z0-9]{4}$/);
    assert.equal(await bridge(page, 'leaveRoom'), true);
    assert.equal((await collab(page)).idTag, '');
    const after = await addGoal(page, 'Made after leaving');
    assert.equal(after.ok, true, after.error);
    assert.match(after.id, /^G\d+$/);
    assert.equal(Number(after.id.slice(1)), Number(/^G(\d+)/.exec(inRoom.id)[1]) + 1, 'counting on past the tagged one');
  } finally {
    for (const p of w.people) await p.close();
  }
});
