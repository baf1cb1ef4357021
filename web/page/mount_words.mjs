// Build step (web/page/CMakeLists.txt, at configure time): copies mount.js with the few words it
// shows before the app's catalogue is loaded (the loading line, the canvas' name, why the app
// could not start) filled in from every catalogue, i18n/*.json, so those words have one source
// too. Non-ASCII is written as \u escapes: a host page may load the script without a charset.
// usage: node mount_words.mjs <mount.js> <i18n folder> <out>
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [source, catalogues, out] = process.argv.slice(2);
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
