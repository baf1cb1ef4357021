// A plan inside a Yjs document, as a workshop room shares it (docs/rooms.md, "The shared
// document"). Plain ES module: the room server seeds rooms with it in Node, the page reads and
// writes its room with it. It moves plan JSON in and out of the CRDT and knows which fields are
// link lists; what a plan means (kinds, scoring, the reader's checks) stays in the core.
//
//   planToDoc(plan, doc?)                   seeds an empty Y.Doc with a plan (one transaction)
//   docToPlan(doc)                          the plan the doc holds now, the same on every client
//   applyPlanDiff(doc, before, after, origin)
//                                           the change before -> after as the fewest Y edits
//
// No destructuring declarations: web/ JavaScript must pass emcc 3.1.6 (tests/node/web_js_syntax).
import * as Y from 'yjs';
import { applyWorkshopDiff, readWorkshop } from './workshop_doc.js';

// The plan's collections, in the file's kind order.
export const COLLECTIONS = ['people', 'goals', 'strategies', 'products', 'tactics', 'kpis', 'insights'];

// Fields that are link lists: kept as Y.Array so concurrent links to one card all survive.
export const LINK_LISTS = {
  people: [],
  goals: ['owners'],
  strategies: ['goals', 'owners'],
  products: ['owners'],
  tactics: ['strategies', 'products', 'owners'],
  kpis: ['owners'],
  insights: [],
};
// Fields that hold one id: dropped by docToPlan when the card they name is gone.
export const SINGLE_LINKS = {
  people: [], goals: ['primary_kpi'], strategies: [], products: [], tactics: [],
  kpis: ['on'], insights: ['goal', 'product'],
};

// The root types of a room's Y.Doc.
export function roots(doc) {
  return {
    meta: doc.getMap('meta'),        // top-level fields other than collections and layout
    items: doc.getMap('items'),      // id -> Y.Map of the card's fields, `kind` = its collection
    order: doc.getMap('order'),      // collection -> Y.Array of ids, the file order
    layout: doc.getMap('layout'),    // id -> {x, y}
  };
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// Structural equality of JSON values (key order ignored).
export function sameJson(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !sameJson(a[k], b[k])) return false;
  return true;
}

const isLinkList = (coll, field) => (LINK_LISTS[coll] || []).includes(field);

// A card's fields as a Y.Map (its id is the key in `items`, never a field).
function cardMap(coll, item) {
  const card = new Y.Map();
  card.set('kind', coll);
  for (const k of Object.keys(item)) {
    if (k === 'id' || k === 'kind') continue;
    const v = item[k];
    if (isLinkList(coll, k) && Array.isArray(v)) {
      const list = new Y.Array();
      list.insert(0, v.slice());
      card.set(k, list);
    } else if (v !== undefined) {
      card.set(k, v);
    }
  }
  // An unknown field named `kind` would clash with ours: kept under a reserved name.
  if (Object.prototype.hasOwnProperty.call(item, 'kind')) card.set('~kind', item.kind);
  return card;
}

function orderOf(r, coll) {
  let list = r.order.get(coll);
  if (!(list instanceof Y.Array)) {
    list = new Y.Array();
    r.order.set(coll, list);
  }
  return list;
}

function collectionOf(plan, coll) {
  const list = plan && Array.isArray(plan[coll]) ? plan[coll] : [];
  return list.filter((item) => isObject(item) && typeof item.id === 'string' && item.id !== '');
}

// The top-level fields kept in `meta`.
function metaKeys(plan) {
  return Object.keys(isObject(plan) ? plan : {}).filter((k) => !COLLECTIONS.includes(k) && k !== 'layout' && k !== 'workshop');
}

export function planToDoc(plan, doc = new Y.Doc()) {
  doc.transact(() => {
    applyPlanDiff(doc, {}, plan, null);
  });
  return doc;
}

// Applies the change of an id list before -> after to a Y.Array (links or an order):
// removals and insertions only, so what others added or removed meanwhile survives. An id that
// stays but moved relative to the others that stay is taken out and put back.
function patchIdList(list, before, after) {
  const b = Array.isArray(before) ? before : [];
  const a = Array.isArray(after) ? after : [];
  if (list.length === 0 && b.length === 0) { list.insert(0, a.slice()); return; }
  const inAfter = new Set(a);
  const inBefore = new Set(b);
  const keptB = b.filter((id) => inAfter.has(id));
  const keptA = a.filter((id) => inBefore.has(id));
  const prevB = new Map();
  keptB.forEach((id, i) => prevB.set(id, i > 0 ? keptB[i - 1] : null));
  const moved = new Set();
  keptA.forEach((id, i) => { if (prevB.get(id) !== (i > 0 ? keptA[i - 1] : null)) moved.add(id); });
  const out = new Set([...b.filter((id) => !inAfter.has(id)), ...moved]);
  const arr = list.toArray();   // kept equal to the Y.Array as we edit it
  for (let i = arr.length - 1; i >= 0; i--) {
    if (out.has(arr[i])) { list.delete(i, 1); arr.splice(i, 1); }
  }
  a.forEach((id, index) => {
    if ((inBefore.has(id) && !moved.has(id)) || arr.includes(id)) return;
    // Right after the nearest id before it in `a` that the array holds (at the start when none).
    let at = 0;
    for (let j = index - 1; j >= 0; j--) {
      const found = arr.lastIndexOf(a[j]);
      if (found >= 0) { at = found + 1; break; }
    }
    list.insert(at, [id]);
    arr.splice(at, 0, id);
  });
}

function patchCard(card, coll, before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (k === 'id') continue;
    const yk = k === 'kind' ? '~kind' : k;
    const has = Object.prototype.hasOwnProperty.call(after, k);
    if (sameJson(before[k], after[k]) && has === Object.prototype.hasOwnProperty.call(before, k)) continue;
    if (!has || after[k] === undefined) { card.delete(yk); continue; }
    const current = card.get(yk);
    if (isLinkList(coll, k) && Array.isArray(after[k]) && current instanceof Y.Array) {
      patchIdList(current, before[k], after[k]);
    } else if (isLinkList(coll, k) && Array.isArray(after[k])) {
      const list = new Y.Array();
      list.insert(0, after[k].slice());
      card.set(yk, list);
    } else {
      card.set(yk, after[k]);
    }
  }
}

// The change from plan `before` to plan `after`, applied to `doc` as the fewest edits, in one
// transaction with `origin` (the page passes its own, so Y.UndoManager undoes only its edits).
// Only what differs between the two plans is touched: changes others made meanwhile stay.
export function applyPlanDiff(doc, before, after, origin = null) {
  const r = roots(doc);
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  doc.transact(() => {
    for (const k of new Set([...metaKeys(b), ...metaKeys(a)])) {
      if (!Object.prototype.hasOwnProperty.call(a, k) || a[k] === undefined) {
        if (Object.prototype.hasOwnProperty.call(b, k)) r.meta.delete(k);
      } else if (!sameJson(a[k], b[k])) {
        r.meta.set(k, a[k]);
      }
    }
    applyWorkshopDiff(doc, b.workshop, a.workshop);  // merged per field and per voter (workshop_doc.js)
    const beforeIds = new Map();
    const afterIds = new Map();
    for (const coll of COLLECTIONS) {
      for (const item of collectionOf(b, coll)) if (!beforeIds.has(item.id)) beforeIds.set(item.id, { coll, item });
      for (const item of collectionOf(a, coll)) if (!afterIds.has(item.id)) afterIds.set(item.id, { coll, item });
    }
    // Cards gone, or moved to another collection (recreated there).
    const gone = new Set();
    beforeIds.forEach((was, id) => {
      const now = afterIds.get(id);
      if (!now || now.coll !== was.coll) gone.add(id);
    });
    for (const id of gone) {
      r.items.delete(id);
      if (!afterIds.has(id)) r.layout.delete(id);
    }
    for (const coll of COLLECTIONS) {
      const bl = collectionOf(b, coll).map((i) => i.id);
      const al = collectionOf(a, coll).map((i) => i.id);
      if (!sameJson(bl, al)) patchIdList(orderOf(r, coll), bl, al);
    }
    afterIds.forEach((now, id) => {
      const was = beforeIds.get(id);
      const card = r.items.get(id);
      if (!was || gone.has(id)) {
        r.items.set(id, cardMap(now.coll, now.item));
      } else if (!(card instanceof Y.Map)) {
        // Deleted by someone else since `before`: the delete wins, so a change elsewhere in this
        // plan does not bring the card back. A value that is no card (garbage) is replaced when
        // this page changed the card.
        if (card !== undefined && !sameJson(was.item, now.item)) r.items.set(id, cardMap(now.coll, now.item));
      } else if (!sameJson(was.item, now.item)) {
        patchCard(card, now.coll, was.item, now.item);
      }
    });
    const bLayout = isObject(b.layout) ? b.layout : {};
    const aLayout = isObject(a.layout) ? a.layout : {};
    for (const id of new Set([...Object.keys(bLayout), ...Object.keys(aLayout)])) {
      if (!Object.prototype.hasOwnProperty.call(aLayout, id)) r.layout.delete(id);
      else if (!sameJson(aLayout[id], bLayout[id])) r.layout.set(id, aLayout[id]);
    }
  }, origin);
}

// The plan in `doc`, the same JSON on every client that holds the same updates: collections in
// their `order` (ids missing from it follow, by id; an id listed twice counts once), fields of
// a card in name order, and no link or layout entry that names a card the doc no longer holds
// (a card deleted while someone linked it). Values that are not what the schema stores are left
// for the core's reader to refuse, so a client that wrote garbage cannot take the room down.
export function docToPlan(doc) {
  const r = roots(doc);
  const plan = {};
  for (const k of [...r.meta.keys()].sort()) {
    const v = r.meta.get(k);
    plan[k] = v instanceof Y.AbstractType ? v.toJSON() : v;
  }
  const workshop = readWorkshop(doc);
  if (workshop !== undefined) plan.workshop = workshop;
  const byColl = new Map(COLLECTIONS.map((c) => [c, []]));
  const present = new Set();
  r.items.forEach((card, id) => {
    if (!(card instanceof Y.Map)) return;
    const coll = card.get('kind');
    if (!byColl.has(coll)) return;
    byColl.get(coll).push(id);
    present.add(id);
  });
  for (const coll of COLLECTIONS) {
    const ids = byColl.get(coll);
    const mine = new Set(ids);
    const list = r.order.get(coll);
    const seen = new Set();
    const ordered = [];
    if (list instanceof Y.Array) {
      for (const id of list.toArray()) {
        if (mine.has(id) && !seen.has(id)) { seen.add(id); ordered.push(id); }
      }
    }
    for (const id of ids.filter((i) => !seen.has(i)).sort()) ordered.push(id);
    if (!ordered.length && !Object.prototype.hasOwnProperty.call(plan, coll)) { plan[coll] = []; continue; }
    plan[coll] = ordered.map((id) => cardToItem(r.items.get(id), coll, id, present));
  }
  const layout = {};
  for (const id of [...r.layout.keys()].sort()) if (present.has(id)) layout[id] = r.layout.get(id);
  if (Object.keys(layout).length) plan.layout = layout;
  return plan;
}

function cardToItem(card, coll, id, present) {
  const item = { id };
  for (const k of [...card.keys()].sort()) {
    if (k === 'kind' || k === 'id') continue;
    let v = card.get(k);
    if (v instanceof Y.Array && isLinkList(coll, k)) {
      v = v.toArray().filter((x) => typeof x !== 'string' || present.has(x));
    } else if (v instanceof Y.AbstractType) {
      v = v.toJSON();
    } else if ((SINGLE_LINKS[coll] || []).includes(k) && typeof v === 'string' && v !== '' && !present.has(v)) {
      continue;
    }
    item[k === '~kind' ? 'kind' : k] = v;
  }
  return item;
}
