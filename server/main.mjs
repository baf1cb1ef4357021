#!/usr/bin/env node
// The Alignboard server: the app's files (scripts/serve.mjs) and the workshop rooms
// (collab.mjs, under /collab) on one origin and port, so a page's CSP needs only
// connect-src 'self'. scripts/serve.sh builds the app and runs this.
//   node server/main.mjs [folder]          folder: the built app (build/web)
// Environment:
//   PORT             the port (8080; 0 picks a free one, printed on the first line)
//   HOST             the address to listen on (127.0.0.1; 0.0.0.0 for other devices on the network)
//   ALIGNBOARD_DATA  the folder of rooms.sqlite (data/ in the checkout), made on first start
//   REDIS_URL        redis://host:port: share rooms with the other servers behind one name
//   ALIGNBOARD_ROOMS_PER_MINUTE  rooms one address may make a minute (30)
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { createCollab } from './collab.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = process.argv[2] || path.join(here, '..', 'build', 'web');
const port = Number(process.env.PORT ?? 8080);
const dataDir = path.resolve(process.env.ALIGNBOARD_DATA || path.join(here, '..', 'data'));
const say = (text) => console.log(`serve: ${text}`);

try {
  await fs.access(path.join(folder, 'index.html'));
} catch {
  console.error(`serve: no index.html in ${folder} (build the app first: scripts/serve.sh)`);
  process.exit(1);
}

let collab;
try {
  collab = createCollab({ dataDir, redisUrl: process.env.REDIS_URL || '', log: say, name: `pid-${process.pid}`,
                         roomsPerMinute: Number(process.env.ALIGNBOARD_ROOMS_PER_MINUTE) || 30 });
} catch (err) {
  console.error(`serve: cannot open the rooms database in ${dataDir}: ${err.message}`);
  process.exit(1);
}
const server = await startServer(folder, port, {
  host: process.env.HOST || '127.0.0.1',
  route: collab.route,
  upgrade: collab.upgrade,
  mounts: { '/examples/': path.join(here, '..', 'examples') },  // examples/embed.html, a host page
}).catch((err) => {
  console.error(`serve: cannot listen on port ${port}: ${err.message}`);
  process.exit(1);
});
console.log(`Alignboard is being served at ${server.url} (Ctrl+C to stop); a host page embedding it: ${server.url}examples/embed.html`);
say(`rooms at ${server.url.replace(/^http/, 'ws')}collab, kept in ${path.join(dataDir, 'rooms.sqlite')}` +
    (process.env.REDIS_URL ? ', shared through Redis' : ''));

// A clean stop stores every open room at once (a killed server loses nothing either: store.mjs).
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await collab.close().catch(() => {});
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
