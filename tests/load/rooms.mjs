#!/usr/bin/env node
// Load on the room server (server/main.mjs in a child process, on loopback only), with Node
// clients using @hocuspocus/provider, no browser. Prints `bench <name> <value> <unit>` lines:
//   - 40 clients in one room, each renaming its own card once a second for LOAD_SECONDS (60)
//     after WARMUP_SECONDS (10) of the same: the p50/p95/max time from an edit to its arrival at
//     every other client, and how many of the 40 end with the plan the first one has. All 40
//     clients share this one Node process, whose first seconds run unoptimised code on a busy
//     machine (arrivals then take up to 2 s); the warm-up edits are reported apart (_warmup);
//   - 200 rooms of 3 clients held by one server: its resident memory;
//   - a room of a 10,000-card plan joined by a new client: the time until it holds the plan.
// Run by scripts/bench.sh; LOAD_SECONDS shortens the first part.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startRoomServer, makeRoom, connect, until, selma, edit } from '../server/helpers.mjs';
import { docToPlan } from '../../web/collab/plan_doc.js';

const seconds = Number(process.env.LOAD_SECONDS || 60);
const warmup = Number(process.env.WARMUP_SECONDS ?? 10);
const bench = (name, value, unit) => console.log(`bench ${name} ${value} ${unit}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
};
// CPU seconds a process has used (user + system), from /proc.
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const planWith = (cards, prefix) => {
  const plan = structuredClone(selma);
  for (let i = 0; i < cards; i++) {
    plan.tactics.push({ id: `${prefix}${i}`, name: `Card ${i}`, strategies: [selma.strategies[0].id], products: [],
                        owners: [], channel: 'social', budget: 1000 + i });
  }
  return plan;
};
const rename = (doc, id, name) => edit(doc, (p) => { p.tactics.find((t) => t.id === id).name = name; });

async function fortyInOneRoom() {
  const server = await startRoomServer();
  const n = 40;
  const made = (await makeRoom(server, planWith(n, 'c'))).body;
  const sent = new Map();        // `${client}:${seq}` -> time sent
  const latencies = [];          // [sent at, latency]
  const clients = [];
  for (let i = 0; i < n; i++) {
    const client = connect(server.ws, made.room, made.editKey, { timeout: 60000 });
    // Arrival: the card's name changes on this client to `c<from>:<seq>`, by someone else.
    client.doc.getMap('items').observeDeep((events, tr) => {
      if (tr.local) return;
      const now = performance.now();
      for (const e of events) {
        if (!e.keysChanged || !e.keysChanged.has('name')) continue;
        const name = e.target.get('name');
        const t = typeof name === 'string' ? sent.get(name) : undefined;
        if (t !== undefined) latencies.push([t, now - t]);
      }
    });
    clients.push(client);
  }
  await Promise.all(clients.map((c) => c.synced()));
  const start = performance.now();
  const serverCpu0 = cpuSeconds(server.child.pid);
  await fetch(`${server.url}/collab/health?reset`);
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  clientLoop.enable();
  const clientCpu0 = process.cpuUsage();
  let seq = 0;
  // Each client edits once a second, the 40 spread over the second: client i's k-th edit is
  // due at start + i * 25 ms + k s.
  await new Promise((resolve) => {
    let running = n;
    clients.forEach((client, i) => {
      let k = 0;
      const tick = () => {
        const at = performance.now();
        if (k >= warmup + seconds) { if (--running === 0) resolve(); return; }
        const name = `${i}:${seq++}`;
        sent.set(name, at);
        rename(client.doc, `c${i}`, name);
        k++;
        setTimeout(tick, Math.max(0, start + (i * 1000) / n + k * 1000 - performance.now()));
      };
      setTimeout(tick, (i * 1000) / n);
    });
  });
  const wall = (performance.now() - start) / 1000;
  const serverCpu = cpuSeconds(server.child.pid) - serverCpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  clientLoop.disable();
  const serverLoop = (await (await fetch(`${server.url}/collab/health`)).json()).loopDelayMs;
  await sleep(2000);
  await until(() => clients.every((c) => c.provider.unsyncedChanges === 0), 'every edit acknowledged', 30000);
  await sleep(1000);
  const first = JSON.stringify(docToPlan(clients[0].doc));
  const same = clients.filter((c) => JSON.stringify(docToPlan(c.doc)) === first).length;
  const measured = latencies.filter((l) => l[0] - start >= warmup * 1000).map((l) => l[1]).sort((a, b) => a - b);
  const early = latencies.filter((l) => l[0] - start < warmup * 1000).map((l) => l[1]).sort((a, b) => a - b);
  bench('rooms_40_clients_edits', sent.size, 'edits');
  bench('rooms_40_clients_arrivals', `${latencies.length}/${sent.size * (n - 1)}`, 'arrivals');
  bench('rooms_40_clients_edit_arrival_p50', percentile(measured, 0.5).toFixed(1), 'ms');
  bench('rooms_40_clients_edit_arrival_p95', percentile(measured, 0.95).toFixed(1), 'ms');
  bench('rooms_40_clients_edit_arrival_max', measured[measured.length - 1].toFixed(1), 'ms');
  if (early.length) {
    bench('rooms_40_clients_edit_arrival_p95_warmup', percentile(early, 0.95).toFixed(1), 'ms');
    bench('rooms_40_clients_edit_arrival_max_warmup', early[early.length - 1].toFixed(1), 'ms');
  }
  bench('rooms_40_clients_identical_plans', `${same}/${n}`, 'clients');
  // This machine's 2 cores are shared: what the server and the 40 clients used of them.
  bench('rooms_40_clients_server_cpu', ((100 * serverCpu) / wall).toFixed(1), '%');
  bench('rooms_40_clients_clients_cpu', ((clientCpu.user + clientCpu.system) / 1e4 / wall).toFixed(1), '%');
  // Event-loop delay: time a ready message waited for its thread (CPU starvation shows here).
  bench('rooms_40_clients_server_loop_delay_p99', serverLoop.p99, 'ms');
  bench('rooms_40_clients_server_loop_delay_max', serverLoop.max, 'ms');
  bench('rooms_40_clients_clients_loop_delay_p99', (clientLoop.percentile(99) / 1e6).toFixed(1), 'ms');
  bench('rooms_40_clients_clients_loop_delay_max', (clientLoop.max / 1e6).toFixed(1), 'ms');
  for (const c of clients) c.destroy();
  await server.stop();
}

async function manyRooms() {
  const server = await startRoomServer({ env: { ALIGNBOARD_ROOMS_PER_MINUTE: '1000' } });
  const idle = rssMb(server.child.pid);
  const rooms = 200;
  const clients = [];
  for (let r = 0; r < rooms; r++) {
    const made = (await makeRoom(server, selma)).body;
    for (let c = 0; c < 3; c++) clients.push(connect(server.ws, made.room, made.editKey, { timeout: 60000 }));
  }
  await Promise.all(clients.map((c) => c.synced()));
  clients.forEach((c, i) => rename(c.doc, selma.tactics[i % 3].id, `edit ${i}`));
  await until(() => clients.every((c) => c.provider.unsyncedChanges === 0), 'edits acknowledged', 60000);
  await sleep(3000);   // the debounced stores run
  const held = rssMb(server.child.pid);
  const health = await (await fetch(`${server.url}/collab/health`)).json();
  bench('rooms_200x3_rooms_loaded', health.rooms, 'rooms');
  bench('rooms_200x3_connections', health.connections, 'connections');
  bench('rooms_200x3_server_rss_idle', idle.toFixed(1), 'MB');
  bench('rooms_200x3_server_rss', held.toFixed(1), 'MB');
  bench('rooms_200x3_server_rss_per_room', ((held - idle) / rooms).toFixed(3), 'MB');
  for (const c of clients) c.destroy();
  await server.stop();
}

async function bigRoomJoin() {
  const server = await startRoomServer();
  const plan = planWith(10000, 'bt');
  const made = (await makeRoom(server, plan)).body;
  // The server loads the room from its database on the first join: measure both a cold and a
  // warm join (the room already open for someone else).
  for (const when of ['cold', 'warm']) {
    const t0 = performance.now();
    const client = connect(server.ws, made.room, made.editKey, { timeout: 60000 });
    await client.synced();
    const got = docToPlan(client.doc);
    const ms = performance.now() - t0;
    if (got.tactics.length !== plan.tactics.length) throw new Error(`joined with ${got.tactics.length} tactics`);
    bench(`rooms_10000_cards_join_${when}`, ms.toFixed(0), 'ms');
    if (when === 'warm') client.destroy();
  }
  await server.stop();
}

try {
  // Other work on this machine's 2 cores skews every time below: say how busy it was.
  bench('rooms_load_machine_load_average', readFileSync('/proc/loadavg', 'utf8').split(' ')[0], 'processes');
  await fortyInOneRoom();
  await manyRooms();
  await bigRoomJoin();
  process.exit(0);
} catch (err) {
  console.error(`load: ${err.stack || err}`);
  process.exit(1);
}
