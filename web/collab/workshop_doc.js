// The plan's `workshop` object (docs/workshop.md) inside a room's Y.Doc, so that what many people
// do at once merges: plan_doc.js calls in here instead of keeping the workshop as one value of
// `meta` (where two votes at once would replace each other). Each top-level field is its own
// entry of the `workshop` map (the facilitator's changes to different fields all survive), and
// what every participant writes is keyed by who or what it is about, each key its own entry:
//   workshop_dots     voter -> [card ids]      (vote.dots_by: concurrent votes by many merge)
//   workshop_authors  card id -> participant   (authors: ideas added at once keep their author)
//   workshop_names    participant -> name      (names)
//   workshop_inbox    card id -> order number  (inbox_ids: ideas added at once all land)
// What the maps hold is read back through the core's reader, which drops what names no card.
// No destructuring declarations: web/ JavaScript must pass emcc 3.1.6 (tests/node/web_js_syntax).
import * as Y from 'yjs';

const KEYED = {
  authors: 'workshop_authors',
  names: 'workshop_names',
};

export function workshopRoots(doc) {
  return {
    fields: doc.getMap('workshop'),
    dots: doc.getMap('workshop_dots'),
    authors: doc.getMap(KEYED.authors),
    names: doc.getMap(KEYED.names),
    inbox: doc.getMap('workshop_inbox'),
  };
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

// Sets map[key] for every key of `after` that differs from `before`, deletes keys `after` lost.
function patchMap(map, before, after) {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  for (const k of Object.keys(b)) if (!Object.prototype.hasOwnProperty.call(a, k)) map.delete(k);
  for (const k of Object.keys(a)) if (!same(a[k], b[k]) || !map.has(k)) map.set(k, a[k]);
}

// The change of plan.workshop from `before` to `after`, inside the caller's transaction.
export function applyWorkshopDiff(doc, before, after) {
  const r = workshopRoots(doc);
  const b = isObject(before) ? before : null;
  const a = isObject(after) ? after : null;
  if (!a) {
    if (!b && after === undefined) return;
    [r.fields, r.dots, r.authors, r.names, r.inbox].forEach((m) => { for (const k of [...m.keys()]) m.delete(k); });
    if (after !== undefined) r.fields.set('~value', after);  // not an object: kept as it is, for the reader to refuse
    return;
  }
  if (r.fields.has('~value')) r.fields.delete('~value');
  const bFields = {};
  const aFields = {};
  const skip = (k) => k === 'authors' || k === 'names' || k === 'inbox_ids';
  for (const k of Object.keys(b || {})) if (!skip(k)) bFields[k] = k === 'vote' ? withoutDots(b.vote) : b[k];
  for (const k of Object.keys(a)) if (!skip(k)) aFields[k] = k === 'vote' ? withoutDots(a.vote) : a[k];
  patchMap(r.fields, bFields, aFields);
  patchMap(r.dots, dotsOf(b), dotsOf(a));
  patchMap(r.authors, b && b.authors, a.authors);
  patchMap(r.names, b && b.names, a.names);
  const bInbox = b && Array.isArray(b.inbox_ids) ? b.inbox_ids : [];
  const aInbox = Array.isArray(a.inbox_ids) ? a.inbox_ids : [];
  for (const id of bInbox) if (aInbox.indexOf(id) < 0) r.inbox.delete(id);
  aInbox.forEach((id, i) => { if (!r.inbox.has(id)) r.inbox.set(id, Date.now() * 1000 + i); });
}

function withoutDots(vote) {
  if (!isObject(vote)) return vote;
  const v = Object.assign({}, vote);
  delete v.dots_by;
  return v;
}

function dotsOf(w) {
  return w && isObject(w.vote) && isObject(w.vote.dots_by) ? w.vote.dots_by : {};
}

// The workshop the doc holds, or undefined when there is none.
export function readWorkshop(doc) {
  const r = workshopRoots(doc);
  if (r.fields.has('~value')) return r.fields.get('~value');
  if (r.fields.size === 0) return undefined;
  const w = {};
  for (const k of [...r.fields.keys()].sort()) w[k] = r.fields.get(k);
  if (isObject(w.vote)) {
    const dots = {};
    for (const voter of [...r.dots.keys()].sort()) dots[voter] = r.dots.get(voter);
    w.vote = Object.assign({}, w.vote, { dots_by: dots });
  }
  const authors = {};
  for (const k of [...r.authors.keys()].sort()) authors[k] = r.authors.get(k);
  w.authors = authors;
  const names = {};
  for (const k of [...r.names.keys()].sort()) names[k] = r.names.get(k);
  if (Object.keys(names).length) w.names = names;
  const inbox = [...r.inbox.entries()].sort((x, y) => (x[1] - y[1]) || (x[0] < y[0] ? -1 : 1)).map((e) => e[0]);
  w.inbox_ids = inbox;
  return w;
}
