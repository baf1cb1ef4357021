#!/usr/bin/env node
// A tiny static file server for the built app (build/web) and the browser tests: correct MIME
// types (application/wasm above all), no caching, open to script-tag embeds on other origins
// (CORS), 127.0.0.1 only. A file with a precompressed
// copy beside it (file.br, file.gz, written by the build) is sent as that copy when the
// request's Accept-Encoding allows it, brotli first, with Content-Encoding and the original
// Content-Type. Only regular files inside the folder are served (a symlink is followed only
// when its target is inside too); every failure is answered with a status, never a crash.
// The app page (the folder's index.html) carries a strict Content-Security-Policy whose
// frame-ancestors are the pages config.json lets embed the app (README, "For consultants").
//   node scripts/serve.mjs [folder] [port]      (or PORT=8080; port 0 picks a free one)
// Run so, it also serves the repository's examples/ at /examples/ (examples/embed.html, a host
// page, finds the app beside it on any port).
// Imported by tests/e2e/harness.mjs as startServer(folder, port, options) -> {url, port, close()};
// options.headers: extra headers for every response (they win over the defaults); options.host:
// the address to listen on (127.0.0.1); options.route(req, res) -> true when it answered the
// request (server/main.mjs mounts the rooms under /collab so); options.upgrade(req, socket, head):
// WebSocket upgrades (refused without it); options.mounts: {'/examples/': folder}, more folders
// served under a path prefix.
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Precompressed copies, in order of preference: [Content-Encoding, file suffix].
const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];

// The codings an Accept-Encoding header allows (q=0 refuses one; `*` stands for the others).
export function acceptedEncodings(header) {
  const q = new Map();
  for (const part of String(header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const allowed = new Set();
  for (const [coding] of ENCODINGS) {
    const value = q.has(coding) ? q.get(coding)
      : coding === 'gzip' && q.has('x-gzip') ? q.get('x-gzip')
      : q.has('*') ? q.get('*') : 0;
    if (value > 0) allowed.add(coding);
  }
  return allowed;
}

// The precompressed copy of `file` to send for this request, or null: one the request accepts,
// that exists and is not older than the file itself (a stale copy is never sent). brotli and
// gzip give the copy the original's time, brotli to the second only: compare whole seconds.
async function precompressed(file, stat, acceptEncoding) {
  const allowed = acceptedEncodings(acceptEncoding);
  for (const [coding, suffix] of ENCODINGS) {
    if (!allowed.has(coding)) continue;
    try {
      const copy = await fs.stat(file + suffix);
      const fresh = copy.mtimeMs >= Math.floor(stat.mtimeMs / 1000) * 1000;
      if (copy.isFile() && fresh) return { coding, file: file + suffix, stat: copy };
    } catch {
      // no such copy: try the next coding
    }
  }
  return null;
}

// The policy of the app page: its own scripts and the wasm only, no plugins, no <base>, no
// forms; plans by `?plan=` from its own origin or any https: one. frame-ancestors comes from
// config.json (appPolicy).
export const APP_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
  "style-src 'self' 'unsafe-inline'; connect-src 'self' https:; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";
export const REFERRER_POLICY = 'strict-origin';
const MAX_CONFIG_BYTES = 64 * 1024;

// The origins config.json lists (frame_origins and library_origins): only well-formed
// scheme://host[:port] values, so nothing else can reach the header.
export function embedOrigins(config) {
  const out = [];
  for (const key of ['frame_origins', 'library_origins']) {
    const list = config && Array.isArray(config[key]) ? config[key] : [];
    for (const value of list) {
      if (typeof value !== 'string') continue;
      let origin;
      try { origin = new URL(value).origin; } catch { continue; }
      if (origin !== 'null' && /^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(origin) && !out.includes(origin)) out.push(origin);
    }
  }
  return out;
}
// The app page's full policy for the config.json in `root` (none, or a broken one: 'self' only).
export async function appPolicy(root) {
  let config = null;
  try {
    const file = path.join(root, 'config.json');
    const stat = await fs.stat(file);
    if (stat.isFile() && stat.size <= MAX_CONFIG_BYTES) config = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    // no config, or not JSON: no other page may frame the app
  }
  return `${APP_CSP}; frame-ancestors ${["'self'", ...embedOrigins(config)].join(' ')}`;
}

// The real path of `file` when it is a regular file inside `root` (itself a real path), else null.
async function inside(root, file) {
  try {
    const real = await fs.realpath(file);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    const stat = await fs.stat(real);
    return stat.isFile() ? { file: real, stat } : null;
  } catch {
    return null;
  }
}

// Serves `folder` on 127.0.0.1:`port`; resolves once listening. `options.headers` are added to
// every response.
export async function startServer(folder, port = 0, options = {}) {
  const root = await fs.realpath(path.resolve(folder));
  const appPage = path.join(root, 'index.html');
  const mounts = [];
  for (const [prefix, dir] of Object.entries(options.mounts || {})) {
    mounts.push({ prefix, dir: await fs.realpath(path.resolve(dir)) });
  }
  const extra = { ...(options.headers || {}) };
  const server = createServer(async (req, res) => {
    // Any origin may read these public files: a script-tag embed on a host's page fetches the
    // .wasm, fonts and plans from here (README "For consultants", hosting).
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
                      'Access-Control-Allow-Origin': '*', 'Referrer-Policy': REFERRER_POLICY, ...extra };
    const fail = (status, text) => {
      if (res.headersSent) { res.destroy(); return; }
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
    };
    try {
      if (options.route && await options.route(req, res)) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
        return;
      }
      let rel;
      try {
        rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      } catch {
        fail(400, 'bad request');
        return;
      }
      const mount = mounts.find((m) => rel.startsWith(m.prefix));
      const base = mount ? mount.dir : root;
      let file = path.join(base, mount ? rel.slice(mount.prefix.length) : rel);
      if ((file !== base && !file.startsWith(base + path.sep)) || rel.includes('\0')) {
        fail(403, 'forbidden');
        return;
      }
      const dir = await fs.stat(file).catch(() => null);
      if (dir && dir.isDirectory()) file = path.join(file, 'index.html');
      const found = await inside(base, file);
      if (!found) {
        fail(404, 'not found');
        return;
      }
      const { stat } = found;
      file = found.file;
      const ext = path.extname(file).toLowerCase();
      const type = MIME[ext] || 'application/octet-stream';
      const sent = { ...headers, 'Content-Type': type };
      if (file === appPage) {
        sent['Content-Security-Policy'] = await appPolicy(root);
        Object.assign(sent, extra);  // a test's own policy wins
      }
      let body = file;
      let size = stat.size;
      // Only files that may have copies vary by encoding (never the copies themselves).
      if (ext !== '.br' && ext !== '.gz') {
        sent.Vary = 'Accept-Encoding';
        const copy = await precompressed(file, stat, req.headers['accept-encoding']);
        if (copy && (await inside(base, copy.file))) {
          sent['Content-Encoding'] = copy.coding;
          body = copy.file;
          size = copy.stat.size;
        }
      }
      sent['Content-Length'] = size;
      if (req.method === 'HEAD') {
        res.writeHead(200, sent).end();
        return;
      }
      // Headers go out once the file is open: a file that cannot be read gets a 500, not a crash.
      const stream = createReadStream(body);
      stream.once('open', () => {
        res.writeHead(200, sent);
        stream.pipe(res);
      });
      stream.on('error', () => fail(500, 'could not read the file'));
      res.on('close', () => stream.destroy());
    } catch {
      fail(500, 'server error');
    }
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    if (options.upgrade) options.upgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  const host = options.host || '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve({
        url: `http://${shown}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

// Run directly: serve a folder until interrupted.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const folder = process.argv[2] || path.join(here, '..', 'build', 'web');
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  try {
    await fs.access(path.join(folder, 'index.html'));
  } catch {
    console.error(`serve: no index.html in ${folder} (build the app first: scripts/serve.sh)`);
    process.exit(1);
  }
  const mounts = { '/examples/': path.join(here, '..', 'examples') };
  const { url } = await startServer(folder, port, { mounts }).catch((err) => {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${err.message}`);
    process.exit(1);
  });
  console.log(`Alignboard is being served at ${url} (Ctrl+C to stop); a host page embedding it: ${url}examples/embed.html`);
}
