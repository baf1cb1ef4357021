// Workshop rooms when things fail (issue 18 item 4): a person who loses the network keeps
// editing and merges on reconnecting, a server killed (-9) and restarted mid-session loses
// nothing and the pages reconnect by themselves, and a tab closed 100 ms after an edit has it in
// the room. Each test runs its own server (a child process it can kill) and pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { screenshot } from './harness.mjs';
import { startApp, startRoomServer, launch, workshop, bridge, collab, plan, tactic, until, converged, connected } from './rooms_setup.mjs';
import { WEB_DIR } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const set = (page, id, field, value) => bridge(page, 'apply', { op: 'set', id, field, value });

test('an edit made offline is kept, shown as waiting, and merges on reconnecting', async () => {
  const server = await startApp();
  const w = await workshop(browser, server, 2);
  try {
    const a = w.people[0].page, b = w.people[1];
    await b.context.setOffline(true);
    await until(async () => (await collab(b.page)).status === 'offline', 'the page says it is offline');
    assert.match(await b.page.locator('.ab-room-bar [role=status]').innerText(), /Offline: your changes will sync/);
    await screenshot(b.page, 'rooms_offline');
    assert.equal((await set(b.page, 'm8', 'name', 'Written offline')).ok, true);
    assert.equal((await set(a, 'm8', 'budget', 31337)).ok, true);
    await new Promise((r) => setTimeout(r, 300));
    assert.notEqual(tactic(await plan(a), 'm8').name, 'Written offline', 'nothing crossed while offline');
    await b.context.setOffline(false);
    await connected(b.page);
    const p = await converged(w.people);
    assert.equal(tactic(p, 'm8').name, 'Written offline');
    assert.equal(tactic(p, 'm8').budget, 31337);
  } finally {
    for (const p of w.people) await p.close();
    await server.stop();
  }
});

test('a server killed and restarted mid-session loses no change, and the pages go on editing', async () => {
  const server = await startApp();
  const w = await workshop(browser, server, 2);
  let again = null;
  try {
    const a = w.people[0].page, b = w.people[1].page;
    await set(a, 'm9', 'name', 'Before the crash');
    await until(async () => tactic(await plan(b), 'm9').name === 'Before the crash', 'the edit arrives');
    await server.kill('SIGKILL');
    await until(async () => (await collab(a)).status === 'offline', 'the page notices');
    await set(b, 'm10', 'name', 'During the outage');
    again = await startRoomServer({ port: server.port, dataDir: server.dataDir, web: WEB_DIR });
    await connected(a);
    await connected(b);
    await set(a, 'm2', 'name', 'After the restart');
    const p = await converged(w.people);
    assert.equal(tactic(p, 'm9').name, 'Before the crash');
    assert.equal(tactic(p, 'm10').name, 'During the outage');
    assert.equal(tactic(p, 'm2').name, 'After the restart');
  } finally {
    for (const p of w.people) await p.close();
    await again?.stop();
    await server.stop();
  }
});

test('a tab closed 100 ms after an edit has the edit in the room', async () => {
  const server = await startApp();
  const w = await workshop(browser, server, 2);
  try {
    const a = w.people[0].page, b = w.people[1];
    await set(b.page, 'm11', 'name', 'Typed just before closing');
    await new Promise((r) => setTimeout(r, 100));
    await b.page.close();
    await until(async () => tactic(await plan(a), 'm11').name === 'Typed just before closing', 'the edit is in the room');
  } finally {
    for (const p of w.people) await p.close();
    await server.stop();
  }
});
