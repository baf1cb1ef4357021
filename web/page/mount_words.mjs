// Build step (web/page/CMakeLists.txt, at configure time): copies mount.js with the few words it
// shows before the app's catalogue is loaded (the loading line, the canvas' name, why the app
// could not start) filled in from every catalogue, i18n/*.json, so those words have one source
// too. Non-ASCII is written as \u escapes: a host page may load the script without a charset.
// With a shell page and its output, also fills the page's <noscript> line: a page without
// scripts cannot tell which language its reader has, so it says it in every catalogue's, each
// marked with its lang (English first).
// usage: node mount_words.mjs <mount.js> <i18n folder> <out> [<shell.html> <index.html>]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [source, catalogues, out, shell, page] = process.argv.slice(2);
const KEYS = { loading: 'page.loading', canvas: 'page.canvas_label', failed: 'page.could_not_start' };
const words = {};
for (const file of readdirSync(catalogues).filter((f) => f.endsWith('.json')).sort()) {
  const catalogue = JSON.parse(readFileSync(path.join(catalogues, file), 'utf8'));
  const entry = {};
  for (const [name, key] of Object.entries(KEYS)) {
    if (typeof catalogue[key] !== 'string') throw new Error(`${file} has no "${key}"`);
    entry[name] = catalogue[key];
  }
  words[path.basename(file, '.json')] = entry;
}
const marker = /const LOADER_WORDS = [^\n]*; {2}\/\/ filled in by mount_words\.mjs\n/;
const text = readFileSync(source, 'utf8');
if (!marker.test(text)) throw new Error(`${source} has no LOADER_WORDS line to fill in`);
const literal = JSON.stringify(words).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
writeFileSync(out, text.replace(marker, `const LOADER_WORDS = ${literal};\n`));

if (shell) {
  const html = readFileSync(shell, 'utf8');
  const slot = '<!-- page.needs_javascript: filled in by mount_words.mjs -->';
  if (!html.includes(slot)) throw new Error(`${shell} has no "${slot}"`);
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const langs = readdirSync(catalogues).filter((f) => f.endsWith('.json')).map((f) => path.basename(f, '.json'))
    .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const lines = langs.map((lang) => {
    const said = JSON.parse(readFileSync(path.join(catalogues, `${lang}.json`), 'utf8'))['page.needs_javascript'];
    if (typeof said !== 'string') throw new Error(`${lang}.json has no "page.needs_javascript"`);
    return `<p lang="${lang}">${escape(said)}</p>`;
  });
  writeFileSync(page, html.replace(slot, lines.join('')));
}
