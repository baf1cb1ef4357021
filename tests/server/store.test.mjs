// server/store.mjs: the update log and its compaction. Compaction may drop only the log rows the
// stored state already contains: a row another server logged that this one has not seen stays.
import test from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { openStore } from '../../server/store.mjs';
import { hashKey, roleFor, newToken } from '../../server/rooms.mjs';
import { tempDir } from './helpers.mjs';

const change = (doc, f) => {
  const sv = Y.encodeStateVector(doc);
  f(doc);
  return Y.encodeStateAsUpdate(doc, sv);
};

test('a room is its state plus its log, and compaction keeps what the state lacks', () => {
  const store = openStore(tempDir('store'));
  const seed = new Y.Doc();
  seed.getMap('meta').set('name', 'seed');
  const room = newToken();
  store.createRoom(room, hashKey('k'), Y.encodeStateAsUpdate(seed));

  // This server's doc, and another server's change it has not received.
  const here = new Y.Doc();
  Y.applyUpdate(here, store.fetch(room));
  store.append(room, change(here, (d) => d.getMap('meta').set('name', 'here')));
  const elsewhere = new Y.Doc();
  Y.applyUpdate(elsewhere, store.fetch(room));
  store.append(room, change(elsewhere, (d) => d.getMap('meta').set('other', 'from elsewhere')));

  assert.equal(store.logLength(room), 2);
  store.compact(room, here);
  assert.equal(store.logLength(room), 1, 'the row the state holds is gone, the other stays');
  const after = new Y.Doc();
  Y.applyUpdate(after, store.fetch(room));
  assert.equal(after.getMap('meta').get('other'), 'from elsewhere', 'the row this server lacked was kept');
  assert.equal(after.getMap('meta').get('name'), 'here');

  Y.applyUpdate(here, Y.encodeStateAsUpdate(elsewhere));
  store.compact(room, here);
  assert.equal(store.logLength(room), 0);
  const again = new Y.Doc();
  Y.applyUpdate(again, store.fetch(room));
  assert.equal(again.getMap('meta').get('other'), 'from elsewhere');
  store.close();
});

test('compaction drops the rows the server knows its doc holds, and still checks the others', () => {
  const store = openStore(tempDir('store'));
  const seed = new Y.Doc();
  const room = newToken();
  store.createRoom(room, hashKey('k'), Y.encodeStateAsUpdate(seed));
  const here = new Y.Doc();
  const loaded = store.load(room);
  Y.applyUpdate(here, loaded.state);
  assert.equal(loaded.upTo, 0, 'no log rows yet');
  const own = new Set();
  for (let i = 0; i < 3; i++) own.add(store.append(room, change(here, (d) => d.getMap('meta').set('name', `here ${i}`))));
  const elsewhere = new Y.Doc();
  Y.applyUpdate(elsewhere, store.fetch(room));
  const theirs = store.append(room, change(elsewhere, (d) => d.getMap('meta').set('other', 'from elsewhere')));
  assert.ok(!own.has(theirs));
  const dropped = store.compact(room, here, (seq) => own.has(seq));
  assert.deepEqual(new Set(dropped), own, 'this server\u2019s rows go; the row it lacks stays');
  assert.equal(store.logLength(room), 1);
  const reloaded = store.load(room);
  assert.equal(reloaded.upTo, theirs, 'a reload holds every row up to the last');
  const again = new Y.Doc();
  Y.applyUpdate(again, reloaded.state);
  assert.equal(again.getMap('meta').get('name'), 'here 2');
  assert.equal(again.getMap('meta').get('other'), 'from elsewhere');
  store.close();
});

test('a room nobody made has no key and no state; keys are checked by hash', () => {
  const store = openStore(tempDir('store'));
  assert.equal(store.keyHash(newToken()), null);
  assert.equal(store.fetch(newToken()), null);
  const key = newToken();
  const room = newToken();
  store.createRoom(room, hashKey(key), Y.encodeStateAsUpdate(new Y.Doc()));
  assert.equal(roleFor(store.keyHash(room), key), 'edit');
  assert.equal(roleFor(store.keyHash(room), ''), 'view');
  assert.equal(roleFor(store.keyHash(room), newToken()), null);
  assert.equal(roleFor(store.keyHash(room), `${key}x`), null);
  store.close();
});
