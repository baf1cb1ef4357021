// Where rooms are kept: one SQLite file (better-sqlite3, synchronous), `rooms.sqlite` in the data
// folder. A room row holds the hash of its edit key and the room's last compacted Yjs state;
// every update a server applies is appended to `updates` before the client is told it arrived
// (better-sqlite3 writes synchronously inside Yjs' update event, which fires before Hocuspocus
// sends its acknowledgement), so a server killed with -9 loses nothing it acknowledged. The
// debounced store (Hocuspocus' database extension) writes the whole state and drops the log rows
// that state contains. Several servers on one machine may share the file (WAL, busy timeout).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';

export function openStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'rooms.sqlite'), { timeout: 10000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');   // WAL + NORMAL: a killed process loses no commit
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (
      id TEXT PRIMARY KEY,
      key_hash BLOB NOT NULL,
      state BLOB,
      created INTEGER NOT NULL,
      updated INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      room TEXT NOT NULL,
      data BLOB NOT NULL
    );
    CREATE INDEX IF NOT EXISTS updates_room ON updates (room, seq);
  `);
  const q = {
    create: db.prepare('INSERT INTO rooms (id, key_hash, state, created, updated) VALUES (?, ?, ?, ?, ?)'),
    keyHash: db.prepare('SELECT key_hash FROM rooms WHERE id = ?'),
    state: db.prepare('SELECT state FROM rooms WHERE id = ?'),
    log: db.prepare('SELECT seq, data FROM updates WHERE room = ? ORDER BY seq'),
    append: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    setState: db.prepare('UPDATE rooms SET state = ?, updated = ? WHERE id = ?'),
    dropLog: db.prepare('DELETE FROM updates WHERE seq = ?'),
    count: db.prepare('SELECT COUNT(*) AS n FROM rooms'),
    logLength: db.prepare('SELECT COUNT(*) AS n FROM updates WHERE room = ?'),
  };
  const compact = db.transaction((room, state, seqs) => {
    q.setState.run(Buffer.from(state), Date.now(), room);
    for (const seq of seqs) q.dropLog.run(seq);
  });
  return {
    // A new room with the hash of its edit key and its first state (a Yjs update).
    createRoom(room, keyHash, state) {
      const now = Date.now();
      q.create.run(room, keyHash, Buffer.from(state), now, now);
    },
    // The hash of the room's edit key, or null when there is no such room.
    keyHash(room) {
      const row = q.keyHash.get(room);
      return row ? row.key_hash : null;
    },
    // The room's state: the compacted state and every logged update, as one Yjs update.
    fetch(room) {
      const loaded = this.load(room);
      return loaded ? loaded.state : null;
    },
    // The same, with `upTo`: the last log row it holds (0 when none). Every row of the room up
    // to it is in the state: SQLite writes one at a time, so a row is numbered as it is
    // committed, and the log's rows are read in one statement.
    load(room) {
      const row = q.state.get(room);
      if (!row) return null;
      const log = q.log.all(room);
      const parts = log.map((r) => r.data);
      if (row.state) parts.unshift(row.state);
      return { state: parts.length ? Y.mergeUpdates(parts) : null, upTo: log.length ? log[log.length - 1].seq : 0 };
    },
    // Appends one update to the room's log (synchronously: durable when this returns); its row
    // number.
    append(room, update) {
      return Number(q.append.run(room, Buffer.from(update)).lastInsertRowid);
    },
    // Writes the whole state of `doc` and drops the log rows it already contains; rows another
    // server logged that this doc has not seen yet stay for the next fetch. `known(seq)`: true
    // for a row the caller knows `doc` holds (it was loaded with it, or logged it from `doc`'s
    // own update event), so only the others are checked against a snapshot of the doc (a check
    // decodes the row: some 100 ms for the 1,200 rows of 30 s of a 40-person room, which held up
    // every room of the server). Returns the row numbers dropped.
    compact(room, doc, known = () => false) {
      const state = Y.encodeStateAsUpdate(doc);
      let snapshot = null;
      const seqs = [];
      for (const r of q.log.all(room)) {
        let contained = known(r.seq);
        if (!contained) {
          if (!snapshot) snapshot = Y.snapshot(doc);
          try { contained = Y.snapshotContainsUpdate(snapshot, r.data); } catch { contained = false; }
        }
        if (contained) seqs.push(r.seq);
      }
      compact(room, state, seqs);
      return seqs;
    },
    roomCount() {
      return q.count.get().n;
    },
    // Updates logged since the room's last compaction.
    logLength(room) {
      return q.logLength.get(room).n;
    },
    close() {
      db.close();
    },
  };
}
