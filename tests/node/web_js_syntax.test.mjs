// The page's JavaScript passes through emcc 3.1.6's optimizer, whose dead-code pass (JSDCE)
// silently drops a destructuring declaration (`const { a } = K;`) and mangles one in a for...of
// head (`for (const [a, b] of list)` became `for(;of list)`): the app then fails at run time or
// at link. No file of web/ may use either; plain `const a = K.a` works.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');

async function jsFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await jsFiles(full));
    else if (entry.name.endsWith('.js')) out.push(full);
  }
  return out;
}

test('no web JavaScript declares by destructuring, which emcc 3.1.6 drops', async () => {
  const files = await jsFiles(WEB);
  assert.ok(files.length >= 10, `the page's JavaScript is found (${files.length} files)`);
  const found = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/^\s*\/\//.test(line)) return;
      if (/\b(const|let|var)\s*[[{]/.test(line)) found.push(`${path.relative(WEB, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, [], 'destructuring declarations:\n' + found.join('\n'));
});
