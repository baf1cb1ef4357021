// Right-to-left titles on the board read as their readers expect: a Hebrew title is drawn in
// visual order (its first letter on the right) and aligned to the card's right; Arabic letters
// join into one connected word instead of standing apart. Checked on the pixels of the titles
// against mirror-image controls, so a board that drew the letters left to right fails.
import assert from 'node:assert/strict';

import { sharedSite, appTest } from './harness.mjs';
import { loadNames, titleCrops } from './titles.mjs';

const env = sharedSite({ pool: true });

// For each pixel column of a crop of a white card: how many pixels of the title's near-black ink
// it holds (not the red score badge, not the grey meta line).
function columnInk(c) {
  const cols = new Array(c.width).fill(0);
  for (let y = 0; y < c.height; ++y)
    for (let x = 0; x < c.width; ++x) {
      const i = (y * c.width + x) * 4;
      if (Math.max(c.data[i], c.data[i + 1], c.data[i + 2]) < 110) ++cols[x];
    }
  return cols;
}

// Where the ink lies: its first and last column, and its centre of mass as a fraction of that
// span (0 = all at the left end, 1 = all at the right end).
function inkSpan(c) {
  const cols = columnInk(c);
  const first = cols.findIndex((n) => n > 0);
  const last = cols.length - 1 - [...cols].reverse().findIndex((n) => n > 0);
  assert.ok(first >= 0, 'the title draws something');
  let mass = 0, moment = 0;
  for (let x = first; x <= last; ++x) { mass += cols[x]; moment += cols[x] * x; }
  return { first, last, width: c.width, centre: (moment / mass - first) / Math.max(1, last - first) };
}

// Runs of blank columns between the first and the last inked column: the gaps between letters
// that do not join.
function gaps(c) {
  const cols = columnInk(c);
  const { first, last } = inkSpan(c);
  let runs = 0;
  for (let x = first + 1; x <= last; ++x) if (cols[x] === 0 && cols[x - 1] > 0) ++runs;
  return runs;
}

const MEM = 'מ', VAV = 'ו';  // a wide letter and a thin one
const BEH = 'ب';

appTest(env, 'a Hebrew title is drawn right to left and aligned to the right of its card', async ({ app }) => {
  // Heavy letters first, thin letters last, and its mirror image.
  const heavyFirst = MEM.repeat(6) + VAV.repeat(6);
  const thinFirst = VAV.repeat(6) + MEM.repeat(6);
  await loadNames(app.page, [heavyFirst, thinFirst]);
  const [a, b] = await titleCrops(app.page, ['G1', 'G2'], 'rtl-hebrew');
  const sa = inkSpan(a), sb = inkSpan(b);
  assert.ok(sa.centre > 0.5, `the first (wide) letters are on the right (centre ${sa.centre.toFixed(2)})`);
  assert.ok(sb.centre < 0.5, `in the mirror title they are on the left (centre ${sb.centre.toFixed(2)})`);
  assert.ok(sa.width - 1 - sa.last < sa.first, `the title hugs the card's right edge (ink ${sa.first}..${sa.last} of ${sa.width})`);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'Arabic letters join into one word', async ({ app }) => {
  const word = BEH.repeat(5);
  const apart = Array(5).fill(BEH).join(' ');
  await loadNames(app.page, [word, apart, 'Café ' + word]);
  const [joined, separate, mixed] = await titleCrops(app.page, ['G1', 'G2', 'G3'], 'rtl-arabic');
  assert.ok(gaps(separate) >= 4, `five separate letters stand apart (${gaps(separate)} gaps)`);
  assert.ok(gaps(joined) <= 1, `five letters of one word are joined (${gaps(joined)} gaps)`);
  // A left-to-right title with an Arabic word keeps its Latin start on the left.
  const m = inkSpan(mixed);
  assert.ok(m.first < m.width - 1 - m.last, 'a title that starts in Latin stays left-aligned');
  assert.deepEqual(app.errors, []);
});
