// web/collab/plan_doc.js: a plan in a Y.Doc. Two Y.Docs stand for two people in one room;
// they exchange updates the way a provider would, after editing concurrently.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { planToDoc, docToPlan, applyPlanDiff } from '../../web/collab/plan_doc.js';

const selma = JSON.parse(readFileSync(new URL('../data/selma.json', import.meta.url), 'utf8'));
const extras = JSON.parse(readFileSync(new URL('../data/extras.json', import.meta.url), 'utf8'));
const clone = (v) => JSON.parse(JSON.stringify(v));

// Two docs holding the same seeded room, as two clients that have synced.
function pair(plan) {
  const a = planToDoc(plan);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}
// Exchanges what each has that the other lacks (both directions, like a reconnect).
function sync(a, b) {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
}
// A local command: the page's plan before and after it, applied to its doc.
function edit(doc, change) {
  const before = docToPlan(doc);
  const after = clone(before);
  change(after);
  applyPlanDiff(doc, before, after, 'local');
  return after;
}
const byId = (plan, coll, id) => plan[coll].find((i) => i.id === id);
const normalise = (plan) => JSON.parse(JSON.stringify(plan, (k, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v)));

test('a plan goes into a doc and comes back the same, unknown fields included', () => {
  for (const plan of [selma, extras]) {
    const back = docToPlan(planToDoc(plan));
    assert.deepEqual(normalise(back), normalise(plan));
    // and through the wire format a second client receives
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(planToDoc(plan)));
    assert.deepEqual(normalise(docToPlan(other)), normalise(plan));
  }
});

test('a diff touches only what changed: a rename is one field set', () => {
  const doc = planToDoc(selma);
  const sv = Y.encodeStateVector(doc);
  const after = edit(doc, (p) => { p.tactics[0].name = 'Renamed'; });
  const update = Y.encodeStateAsUpdate(doc, sv);
  assert.ok(update.length < 200, `a rename is a small update (${update.length} bytes)`);
  assert.deepEqual(normalise(docToPlan(doc)), normalise(after));
});

test('concurrent edits to different cards and to different fields of one card all survive', () => {
  const [a, b] = pair(selma);
  const t = selma.tactics[0].id;
  const g = selma.goals[0].id;
  edit(a, (p) => { byId(p, 'tactics', t).name = 'From A'; byId(p, 'goals', g).name = 'Goal by A'; });
  edit(b, (p) => { byId(p, 'tactics', t).budget = 4242; p.goals.push({ id: 'G_new_b', name: 'New by B', owners: [] }); });
  sync(a, b);
  const pa = docToPlan(a);
  assert.deepEqual(pa, docToPlan(b), 'both read the same plan');
  assert.equal(byId(pa, 'tactics', t).name, 'From A');
  assert.equal(byId(pa, 'tactics', t).budget, 4242);
  assert.equal(byId(pa, 'goals', g).name, 'Goal by A');
  assert.ok(byId(pa, 'goals', 'G_new_b'), 'the card B added is there');
});

test('two renames of one card converge to one name everywhere', () => {
  const [a, b] = pair(selma);
  const t = selma.tactics[1].id;
  edit(a, (p) => { byId(p, 'tactics', t).name = 'Name A'; });
  edit(b, (p) => { byId(p, 'tactics', t).name = 'Name B'; });
  sync(a, b);
  const name = byId(docToPlan(a), 'tactics', t).name;
  assert.ok(name === 'Name A' || name === 'Name B');
  assert.equal(byId(docToPlan(b), 'tactics', t).name, name);
});

test('two people linking one card to different strategies keep both links', () => {
  const plan = clone(selma);
  plan.strategies.push({ id: 'S_x', name: 'X', goals: [], owners: [] }, { id: 'S_y', name: 'Y', goals: [], owners: [] });
  const [a, b] = pair(plan);
  const t = plan.tactics[0].id;
  edit(a, (p) => { byId(p, 'tactics', t).strategies.push('S_x'); });
  edit(b, (p) => { byId(p, 'tactics', t).strategies.push('S_y'); });
  sync(a, b);
  const links = byId(docToPlan(a), 'tactics', t).strategies;
  assert.ok(links.includes('S_x') && links.includes('S_y'), `both links: ${links}`);
  assert.deepEqual(docToPlan(a), docToPlan(b));
});

test('a card deleted while another person links it leaves no broken link', () => {
  const [a, b] = pair(selma);
  const s = selma.strategies[0].id;
  const t = selma.tactics.find((x) => !(x.strategies || []).includes(s)).id;
  const k = selma.kpis[0].id;
  edit(a, (p) => {
    p.strategies = p.strategies.filter((x) => x.id !== s);
    for (const x of p.tactics) x.strategies = x.strategies.filter((id) => id !== s);
  });
  edit(b, (p) => {
    byId(p, 'tactics', t).strategies.push(s);       // a new link to the card A deletes
    byId(p, 'strategies', s).name = 'edited by B';  // and an edit of it
    byId(p, 'kpis', k).on = s;                      // and a single link to it
    p.layout = { ...(p.layout || {}), [s]: { x: 1, y: 2 } };
  });
  sync(a, b);
  for (const doc of [a, b]) {
    const plan = docToPlan(doc);
    assert.equal(byId(plan, 'strategies', s), undefined, 'the delete wins');
    const ids = new Set(['people', 'goals', 'strategies', 'products', 'tactics', 'kpis', 'insights']
      .flatMap((c) => plan[c].map((i) => i.id)));
    for (const tac of plan.tactics) for (const id of tac.strategies) assert.ok(ids.has(id), `dangling ${id}`);
    assert.notEqual(byId(plan, 'kpis', k).on, s);
    assert.ok(!plan.layout || !(s in plan.layout));
  }
  assert.deepEqual(docToPlan(a), docToPlan(b));
});

test('concurrent additions to one collection keep both cards and one order everywhere', () => {
  const [a, b] = pair(selma);
  edit(a, (p) => { p.tactics.splice(1, 0, { id: 't_a', name: 'A', strategies: [], products: [], owners: [] }); });
  edit(b, (p) => { p.tactics.splice(1, 0, { id: 't_b', name: 'B', strategies: [], products: [], owners: [] }); });
  sync(a, b);
  const ids = docToPlan(a).tactics.map((x) => x.id);
  assert.ok(ids.includes('t_a') && ids.includes('t_b'));
  assert.equal(new Set(ids).size, ids.length, 'no id twice');
  assert.deepEqual(docToPlan(b).tactics.map((x) => x.id), ids);
});

test('an edit of a card and its concurrent deletion: the card is gone everywhere, nothing else lost', () => {
  const [a, b] = pair(selma);
  const t = selma.tactics[2].id;
  edit(a, (p) => { p.tactics = p.tactics.filter((x) => x.id !== t); });
  edit(b, (p) => { byId(p, 'tactics', t).name = 'late edit'; p.name = 'Plan renamed by B'; });
  sync(a, b);
  const plan = docToPlan(a);
  assert.equal(byId(plan, 'tactics', t), undefined);
  assert.equal(plan.name, 'Plan renamed by B');
  assert.deepEqual(plan, docToPlan(b));
});

test('a page whose plan still has a card deleted in the room does not bring it back with its next edit', () => {
  const [a, b] = pair(selma);
  const s = selma.strategies[1].id;
  const stale = docToPlan(b);             // b's page has not read the room since
  edit(a, (p) => { p.strategies = p.strategies.filter((x) => x.id !== s); });
  sync(a, b);
  const after = clone(stale);             // b's next command, on its stale plan: a link to it
  after.tactics[0].strategies = [...(after.tactics[0].strategies || []), s];
  applyPlanDiff(b, stale, after, 'local');
  sync(a, b);
  for (const doc of [a, b]) {
    const plan = docToPlan(doc);
    assert.equal(byId(plan, 'strategies', s), undefined, 'the delete wins');
    assert.ok(!(byId(plan, 'tactics', after.tactics[0].id).strategies || []).includes(s), 'no broken link');
  }
});

test('garbage written into the doc is skipped or left for the core reader, never thrown', () => {
  const doc = planToDoc(selma);
  doc.getMap('items').set('junk', 42);
  const bad = new Y.Map();
  bad.set('kind', 'nonsense');
  doc.getMap('items').set('junk2', bad);
  doc.getMap('order').set('goals', 'not a list');
  const plan = docToPlan(doc);
  assert.equal(plan.goals.length, selma.goals.length, 'goals still read (order rebuilt by id)');
  assert.ok(!JSON.stringify(plan).includes('junk'));
});

test('undo by origin takes back only the local edits', () => {
  const [a, b] = pair(selma);
  const undo = new Y.UndoManager([a.getMap('meta'), a.getMap('items'), a.getMap('order'), a.getMap('layout')],
    { trackedOrigins: new Set(['local']) });
  edit(a, (p) => { p.name = 'A named it'; });
  edit(b, (p) => { p.tactics[0].name = 'B renamed'; });
  sync(a, b);
  undo.undo();
  const plan = docToPlan(a);
  assert.equal(plan.name, selma.name);
  assert.equal(plan.tactics[0].name, 'B renamed');
});

test('a 10,000-card plan seeds in one go and reads back', () => {
  const big = clone(selma);
  for (let i = 0; i < 10000; i++) big.tactics.push({ id: `bt${i}`, name: `Tactic ${i}`, strategies: [selma.strategies[0].id], products: [], owners: [] });
  const doc = planToDoc(big);
  const plan = docToPlan(doc);
  assert.equal(plan.tactics.length, big.tactics.length);
});

// The plan's workshop (web/collab/workshop_doc.js, docs/workshop.md): votes, ideas and names that
// several people make at once all survive the merge; the workshop comes back as it went in.
// The workshop object as the core writes it (core/workshop/workshop.cpp).
const workshop = {
  facilitator: 'fac', steps: [{ name: 'Vote', seconds: 300 }], current: 0, timer: { ends_at: 1764770300000 },
  inbox: true, inbox_ids: [], anonymous: false, authors: {},
  vote: { ids: ['S1', 'S2'], dots: 3, revealed: false, dots_by: {} },
  score_hidden: true, follow: { on: false, view: {}, seq: 0 }, locked: ['G1'], log: [{ event: 'start', at: 1 }],
};

test('the workshop goes into a doc and comes back the same', () => {
  const plan = Object.assign(clone(selma), { workshop: clone(workshop) });
  plan.workshop.vote.dots_by = { p2: ['S1', 'S1'] };
  plan.workshop.authors = { m1: 'p2' };
  plan.workshop.names = { p2: 'Ana' };
  plan.workshop.inbox_ids = ['m2', 'm1'];
  const back = docToPlan(planToDoc(plan));
  assert.deepEqual(back.workshop, plan.workshop);
  // A plan without a workshop gets none.
  assert.equal(docToPlan(planToDoc(selma)).workshop, undefined);
});

test('two people voting at the same moment: both votes are kept, on both sides', () => {
  const [a, b] = pair(Object.assign(clone(selma), { workshop: clone(workshop) }));
  edit(a, (p) => { p.workshop.vote.dots_by.p2 = ['S1']; });
  edit(b, (p) => { p.workshop.vote.dots_by.p3 = ['S2', 'S2']; });
  sync(a, b);
  for (const doc of [a, b]) {
    assert.deepEqual(docToPlan(doc).workshop.vote.dots_by, { p2: ['S1'], p3: ['S2', 'S2'] });
  }
  // ... and a reveal by the facilitator meanwhile does not drop a late vote either.
  edit(a, (p) => { p.workshop.vote.revealed = true; });
  edit(b, (p) => { p.workshop.vote.dots_by.p4 = ['S1']; });
  sync(a, b);
  assert.deepEqual(docToPlan(a), docToPlan(b));
  assert.equal(docToPlan(a).workshop.vote.revealed, true);
  assert.deepEqual(docToPlan(a).workshop.vote.dots_by.p4, ['S1']);
});

test('ideas added at once keep their authors and all land in the inbox', () => {
  const [a, b] = pair(Object.assign(clone(selma), { workshop: clone(workshop) }));
  edit(a, (p) => {
    p.goals.push({ id: 'i1', name: 'Idea one' });
    p.workshop.authors.i1 = 'p2';
    p.workshop.inbox_ids.push('i1');
    p.workshop.names = { p2: 'Ana' };
  });
  edit(b, (p) => {
    p.goals.push({ id: 'i2', name: 'Idea two' });
    p.workshop.authors.i2 = 'p3';
    p.workshop.inbox_ids.push('i2');
    p.workshop.names = { p3: 'Bo' };
  });
  sync(a, b);
  const w = docToPlan(a).workshop;
  assert.deepEqual(docToPlan(b).workshop, w);
  assert.deepEqual(w.authors, { i1: 'p2', i2: 'p3' });
  assert.deepEqual(w.inbox_ids.slice().sort(), ['i1', 'i2']);
  assert.deepEqual(w.names, { p2: 'Ana', p3: 'Bo' });
});

test('the facilitator changing different fields at once on two screens: both stay; stop removes it all', () => {
  const [a, b] = pair(Object.assign(clone(selma), { workshop: clone(workshop) }));
  edit(a, (p) => { p.workshop.score_hidden = false; });
  edit(b, (p) => { p.workshop.locked = ['G1', 'S1']; });
  sync(a, b);
  assert.equal(docToPlan(b).workshop.score_hidden, false);
  assert.deepEqual(docToPlan(a).workshop.locked, ['G1', 'S1']);
  edit(a, (p) => { delete p.workshop; });
  sync(a, b);
  assert.equal(docToPlan(b).workshop, undefined);
});
