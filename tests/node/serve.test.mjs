// scripts/serve.mjs under node alone (no browser, no build): what it serves, what it refuses,
// that a bad request gets a status instead of killing the server, and the headers of the app
// page (Content-Security-Policy with frame-ancestors from config.json, Referrer-Policy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, symlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { startServer, APP_CSP, REFERRER_POLICY } from '../../scripts/serve.mjs';

let dir;      // holds site/ (served) and outside.txt (not)
let root;
let site;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'alignboard-serve-'));
  root = path.join(dir, 'site');
  await mkdir(path.join(root, 'plans'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(root, 'plans', 'a.json'), '{"name": "A"}');
  await writeFile(path.join(dir, 'outside.txt'), 'a secret outside the served folder');
  // A folder whose "index.html" is itself a folder: reading it fails after the open.
  await mkdir(path.join(root, 'odd', 'index.html'), { recursive: true });
  await symlink(path.join(dir, 'outside.txt'), path.join(root, 'leak.txt'));
  await symlink(path.join(root, 'plans', 'a.json'), path.join(root, 'alias.json'));
  site = await startServer(root, 0);
});
after(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (p, init) => fetch(site.url + p, init);

test('a file inside the folder is served; a folder path without a page is a 404 and the server lives on', async () => {
  const a = await get('plans/a.json');
  assert.equal(a.status, 200);
  assert.equal(await a.text(), '{"name": "A"}');
  assert.equal(a.headers.get('content-type'), 'application/json; charset=utf-8');
  for (const p of ['odd/', 'odd', 'odd/index.html', 'plans/', 'missing.json', 'plans/a.json/']) {
    const r = await get(p);
    assert.equal(r.status, 404, `${p}: status`);
    await r.arrayBuffer();
  }
  const again = await get('plans/a.json');
  assert.equal(again.status, 200, 'still serving after the bad requests');
});

test('symlinks are followed only to files inside the folder; paths out of it are refused', async () => {
  const leak = await get('leak.txt');
  assert.equal(leak.status, 404);
  assert.doesNotMatch(await leak.text(), /secret/);
  const alias = await get('alias.json');
  assert.equal(alias.status, 200);
  assert.equal(await alias.text(), '{"name": "A"}');
  for (const p of ['%2e%2e/outside.txt', '..%2foutside.txt', 'plans/..%2f..%2foutside.txt']) {
    const r = await get(p);
    assert.ok(r.status === 403 || r.status === 404, `${p}: ${r.status}`);
    assert.doesNotMatch(await r.text(), /secret/);
  }
  const bad = await get('%E0%A4%A');
  assert.equal(bad.status, 400);
  const post = await get('plans/a.json', { method: 'POST', body: 'x' });
  assert.equal(post.status, 405);
});

test('the app page has a strict CSP whose frame-ancestors come from config.json; every answer has a Referrer-Policy', async () => {
  const plain = await get('');
  const csp = plain.headers.get('content-security-policy');
  assert.equal(csp, `${APP_CSP}; frame-ancestors 'self'`, 'no config.json: framed by its own origin only');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, / 'unsafe-eval'|script-src[^;]*unsafe-inline/);
  assert.equal(plain.headers.get('referrer-policy'), REFERRER_POLICY);
  const json = await get('plans/a.json');
  assert.equal(json.headers.get('content-security-policy'), null, 'only the app page carries the page policy');
  assert.equal(json.headers.get('referrer-policy'), REFERRER_POLICY);

  await writeFile(path.join(root, 'config.json'), JSON.stringify({
    frame_origins: ['https://consultant.example', 'https://evil.example; script-src *', 42],
    library_origins: ['http://127.0.0.1:8081/some/page'],
  }));
  try {
    const listed = (await get('index.html')).headers.get('content-security-policy');
    assert.equal(listed, `${APP_CSP}; frame-ancestors 'self' https://consultant.example http://127.0.0.1:8081`);
    await writeFile(path.join(root, 'config.json'), '{ not json');
    const broken = (await get('')).headers.get('content-security-policy');
    assert.match(broken, /; frame-ancestors 'self'$/, 'a broken config.json lets no other page frame the app');
  } finally {
    await rm(path.join(root, 'config.json'));
  }
});

test('HEAD answers the headers of GET without a body', async () => {
  const head = await get('plans/a.json', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('content-length'), String('{"name": "A"}'.length));
  assert.equal((await head.arrayBuffer()).byteLength, 0);
});
