// Workshop rooms, who is there (issue 18 item 2): each person's name and colour (remembered in
// their browser), their pointer and their selection on the others' boards, and leaving, which
// keeps the room's plan in the person's own library.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { screenshot, itemCentre } from './harness.mjs';
import { decodePng, pixel } from './png.mjs';
import { roomsForFile, workshop, bridge, collab, plan, tactic, until, connected } from './rooms_setup.mjs';

const env = roomsForFile();

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

test('others see your pointer and an outline of your colour on the card you selected', async () => {
  const w = await workshop(env.browser, env.server, 2);
  try {
    const a = w.people[0].page, b = w.people[1].page;
    const centre = await itemCentre(a, 'm1');
    await a.mouse.click(centre.x, centre.y);
    await a.mouse.move(centre.x + 5, centre.y + 5);
    const seen = await until(async () => {
      const peer = (await collab(b)).peers[0];
      return peer && peer.selection.includes('m1') && peer.cursor ? peer : null;
    }, 'B sees A\u2019s selection and pointer');
    assert.match(seen.colour, /^#[0-9a-f]{6}$/i);
    const box = await bridge(b, 'itemRect', 'm1');
    assert.ok(box, 'm1 is on B\u2019s screen');
    // The outline is drawn just outside the card: pixels of A's colour along its top edge.
    const image = decodePng(await screenshot(b, 'rooms_presence'));
    const want = rgb(seen.colour);
    let found = 0;
    for (let y = Math.round(box.y - 6); y <= Math.round(box.y); y++) {
      for (let x = Math.round(box.x); x < Math.round(box.x + box.w); x++) {
        const got = pixel(image, x, y);
        if (got.every((v, i) => Math.abs(v - want[i]) < 40)) found++;
      }
    }
    assert.ok(found > box.w / 2, `an outline of ${seen.colour} above m1 on B's board (${found} pixels)`);
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('a name chosen in the workshop bar is shown to the others and remembered; leaving keeps the plan in your library', async () => {
  const w = await workshop(env.browser, env.server, 2, { storage: true });
  try {
    const a = w.people[0].page, b = w.people[1].page;
    const name = b.getByLabel('Your name');
    await name.fill('Bea from Sales');
    await name.press('Enter');
    await until(async () => (await collab(a)).peers.some((p) => p.name === 'Bea from Sales'), 'A sees the new name');
    assert.equal(await b.evaluate(() => JSON.parse(localStorage.getItem('alignboard.person')).name), 'Bea from Sales');
    // The room's plan is a plan of B's library, kept up to date.
    await bridge(a, 'apply', { op: 'set', id: 'm3', field: 'name', value: 'Edited in the room' });
    await until(async () => tactic(await plan(b), 'm3').name === 'Edited in the room', 'the edit arrives');
    const roomName = (await plan(b)).name;
    // B's browser opened its own plan first (the sample); the room's plan is a second one.
    const list = await until(async () => { const l = await bridge(b, 'plans'); return l.length === 2 ? l : null; }, 'a library copy');
    const copy = list.find((p) => p.current);
    assert.equal(copy.name, roomName);
    await b.getByRole('button', { name: 'Leave workshop' }).click();
    assert.equal((await collab(b)).status, 'off');
    assert.equal(tactic(await plan(b), 'm3').name, 'Edited in the room', 'the plan stays on screen');
    await bridge(a, 'apply', { op: 'set', id: 'm3', field: 'name', value: 'After B left' });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(tactic(await plan(b), 'm3').name, 'Edited in the room', 'nothing arrives after leaving');
    await until(async () => (await bridge(b, 'storage')).pending === false, 'saved');
    const kept = (await bridge(b, 'plans')).find((p) => p.id === copy.id);
    assert.ok(kept && !kept.trashed, 'the copy stays in the library');
    // Joining again from this browser: the name is still Bea's.
    await b.goto(w.link);
    await b.evaluate(() => window.alignboardReady.then(() => true));
    await connected(b);
    await until(async () => (await collab(a)).peers.some((p) => p.name === 'Bea from Sales'), 'the name is remembered');
  } finally {
    for (const p of w.people) await p.close();
  }
});
