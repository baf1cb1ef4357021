// Workshop rooms, live (issue 18 items 2 and 3): two and three people in one room on a real
// server. Every assertion reads the plan each page's core holds (getPlan), so it covers the whole
// path: a core command -> the shared Yjs doc -> the server -> the other pages' docs -> their core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

import { screenshot } from './harness.mjs';
import { roomsForFile, workshop, person, bridge, collab, plan, tactic, until, converged } from './rooms_setup.mjs';

const env = roomsForFile();

const set = (page, id, field, value) => bridge(page, 'apply', { op: 'set', id, field, value });

test('an edit on one screen arrives on the other two, and everyone sees who is there', async () => {
  const w = await workshop(env.browser, env.server, 3);
  try {
    assert.match(w.link, /\?room=[A-Za-z0-9_-]{22}#key=[A-Za-z0-9_-]{22}$/);
    assert.match(w.viewLink, /\?room=[A-Za-z0-9_-]{22}&view$/);
    const a = w.people[0].page, b = w.people[1].page, c = w.people[2].page;
    assert.equal((await set(b, 'm1', 'name', 'Shoot moved to May')).ok, true);
    for (const p of [a, c]) {
      await until(async () => tactic(await plan(p), 'm1').name === 'Shoot moved to May', 'the rename arrives');
    }
    // And the other way: the host's link arrives at the guests, score and all.
    assert.equal((await bridge(a, 'apply', { op: 'link', child: 'm11', parent: 'S2' })).ok, true);
    const same = await converged(w.people);
    assert.ok(tactic(same, 'm11').strategies.includes('S2'));
    const scores = await Promise.all(w.people.map((p) => bridge(p.page, 'getScores')));
    assert.deepEqual(scores[1].overall, scores[0].overall, 'the score updates on every screen');
    const seen = await until(async () => ((await collab(a)).peers.length === 2 ? collab(a) : null), 'both guests listed');
    assert.equal(seen.status, 'connected');
    assert.equal(seen.room, w.room);
    // The workshop bar names the others.
    assert.equal(await a.locator('.ab-room-bar [data-peer]').count(), 2);
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('concurrent edits to different fields of one card both survive; one field renamed twice converges', async () => {
  const w = await workshop(env.browser, env.server, 2);
  try {
    const a = w.people[0].page, b = w.people[1].page;
    await Promise.all([set(a, 'm2', 'budget', 12345), set(b, 'm2', 'name', 'Waitlist, reworded')]);
    const both = await converged(w.people);
    assert.equal(tactic(both, 'm2').budget, 12345);
    assert.equal(tactic(both, 'm2').name, 'Waitlist, reworded');
    await Promise.all([set(a, 'm3', 'name', 'Name from A'), set(b, 'm3', 'name', 'Name from B')]);
    const one = await converged(w.people, 'the same name on both screens');
    assert.ok(['Name from A', 'Name from B'].includes(tactic(one, 'm3').name));
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('a card deleted while another person links it leaves no broken link anywhere', async () => {
  const w = await workshop(env.browser, env.server, 2);
  try {
    const a = w.people[0].page, b = w.people[1].page;
    const s2 = (await plan(a)).strategies.find((s) => s.id === 'S2');
    assert.ok(s2);
    await Promise.all([
      bridge(a, 'apply', { op: 'remove', ids: ['S2'] }),
      bridge(b, 'apply', { op: 'link', child: 'm11', parent: 'S2' }),
    ]);
    const p = await converged(w.people);
    assert.equal(p.strategies.find((s) => s.id === 'S2'), undefined, 'the delete wins');
    for (const t of p.tactics) assert.ok(!(t.strategies || []).includes('S2'), `${t.id} links no deleted card`);
    // Both pages still edit.
    assert.equal((await set(b, 'm4', 'budget', 777)).ok, true);
    await until(async () => tactic(await plan(a), 'm4').budget === 777, 'a later edit arrives');
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('undo in a room undoes only your own change, on every screen', async () => {
  const w = await workshop(env.browser, env.server, 2);
  try {
    const a = w.people[0].page, b = w.people[1].page;
    const was = tactic(await plan(a), 'm5');
    await set(a, 'm5', 'name', 'A renamed this');
    await until(async () => tactic(await plan(b), 'm5').name === 'A renamed this', 'A\u2019s rename arrives');
    await set(b, 'm5', 'budget', 4242);
    await until(async () => tactic(await plan(a), 'm5').budget === 4242, 'B\u2019s budget arrives');
    assert.equal(await bridge(a, 'undo'), true);
    const p = await converged(w.people);
    assert.equal(tactic(p, 'm5').name, was.name, 'A\u2019s rename is undone');
    assert.equal(tactic(p, 'm5').budget, 4242, 'B\u2019s change stays');
    assert.equal(await bridge(a, 'redo'), true);
    await until(async () => tactic(await plan(b), 'm5').name === 'A renamed this', 'redo arrives too');
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('a view link follows the room and cannot change the plan', async () => {
  const w = await workshop(env.browser, env.server, 2, { view: [1] });
  try {
    const a = w.people[0].page, v = w.people[1].page;
    assert.equal((await collab(v)).role, 'view');
    const refused = await set(v, 'm6', 'name', 'Viewer edit');
    assert.equal(refused.ok, false);
    await set(a, 'm6', 'name', 'Host edit');
    await until(async () => tactic(await plan(v), 'm6').name === 'Host edit', 'the viewer follows');
  } finally {
    for (const p of w.people) await p.close();
  }
});

test('garbage written into the room by a raw client is refused on screen, and the page keeps drawing', async () => {
  const w = await workshop(env.browser, env.server, 2);
  const a = w.people[0].page;
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: env.server.ws, WebSocketPolyfill: WebSocket });
  const raw = new HocuspocusProvider({ websocketProvider: socket, name: w.room, token: new URL(w.link).hash.slice(5), document: doc });
  raw.attach();
  try {
    await until(() => raw.isSynced, 'the raw client synced');
    const good = await plan(a);
    doc.transact(() => {
      doc.getMap('meta').set('format', 'not.alignboard');
      doc.getMap('meta').set('version', 'garbage');
    });
    await until(async () => /could not be read/.test(await bridge(a, 'lastMessage')), 'the refusal is shown');
    assert.equal(JSON.stringify(await plan(a)), JSON.stringify(good), 'the last good plan stays');
    const frames = await bridge(a, 'frameCount');
    await a.mouse.move(400, 400);
    await a.mouse.move(420, 430);
    await until(async () => (await bridge(a, 'frameCount')) > frames, 'frames are drawn');
    await screenshot(a, 'rooms_garbage_refused');
    // The room recovers when the garbage is replaced.
    doc.transact(() => { doc.getMap('meta').set('format', 'alignboard.plan'); doc.getMap('meta').set('version', good.version); });
    await set(w.people[1].page, 'm7', 'budget', 999);
    await until(async () => tactic(await plan(a), 'm7').budget === 999, 'edits arrive again');
    assert.deepEqual(w.people.flatMap((p) => p.errors), []);
  } finally {
    raw.destroy();
    socket.destroy();
    for (const p of w.people) await p.close();
  }
});

test('Start a workshop in the top bar shows both links and a QR code in a dialog; Esc closes it', async () => {
  const host = await person(env.browser, env.server, '?storage=none');
  try {
    const p = host.page;
    const r = await bridge(p, 'toolbarRect', 'workshop') || await (async () => {
      const more = await bridge(p, 'toolbarRect', 'more');
      await p.mouse.click(more.x + more.w / 2, more.y + more.h / 2);
      await new Promise((done) => setTimeout(done, 200));
      return bridge(p, 'toolbarRect', 'more:workshop');
    })();
    assert.ok(r, 'the workshop control is on the bar or under More');
    await p.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
    const dialog = p.getByRole('dialog', { name: 'Workshop started' });
    await dialog.waitFor();
    const link = await p.getByLabel('Edit link', { exact: true }).inputValue();
    assert.match(link, /\?room=[A-Za-z0-9_-]{22}#key=/);
    assert.match(await p.getByLabel('View link', { exact: true }).inputValue(), /&view$/);
    const qr = p.getByRole('img', { name: 'QR code of the edit link' });
    assert.equal(await qr.getAttribute('data-qr'), link);
    const dark = await qr.evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 128) n++;
      return n / (d.length / 4);
    });
    assert.ok(dark > 0.2 && dark < 0.6, `the QR code is drawn (${dark} dark)`);
    await screenshot(p, 'rooms_dialog');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => !!document.activeElement.closest('[role=dialog]')), true, 'focus stays in the dialog');
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await collab(p)).status, 'connected');
  } finally {
    await host.close();
  }
});

