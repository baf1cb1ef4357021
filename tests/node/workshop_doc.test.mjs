// web/collab/workshop_doc.js through plan_doc.js: the plan's workshop in a room's Y.Doc. Votes,
// ideas and names that several people make at once all survive the merge; the workshop comes
// back the same as it went in.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { planToDoc, docToPlan, applyPlanDiff } from '../../web/collab/plan_doc.js';

const selma = JSON.parse(readFileSync(new URL('../data/selma.json', import.meta.url), 'utf8'));
const clone = (v) => JSON.parse(JSON.stringify(v));

// The workshop object as the core writes it (core/workshop/workshop.cpp).
const workshop = {
  facilitator: 'fac', steps: [{ name: 'Vote', seconds: 300 }], current: 0, timer: { ends_at: 1764770300000 },
  inbox: true, inbox_ids: [], anonymous: false, authors: {},
  vote: { ids: ['S1', 'S2'], dots: 3, revealed: false, dots_by: {} },
  score_hidden: true, follow: { on: false, view: {}, seq: 0 }, locked: ['G1'], log: [{ event: 'start', at: 1 }],
};

function pair(plan) {
  const a = planToDoc(plan);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}
function sync(a, b) {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua);
  Y.applyUpdate(a, ub);
}
function edit(doc, change) {
  const before = docToPlan(doc);
  const after = clone(before);
  change(after);
  applyPlanDiff(doc, before, after, 'local');
  return after;
}

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
