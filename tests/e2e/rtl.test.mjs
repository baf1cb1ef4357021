// Right-to-left titles on the board read as their readers expect: a Hebrew title is drawn in
// visual order (its first letter on the right) and aligned to the card's right; Arabic letters
// join into one connected word instead of standing apart. Checked on the pixels of the titles
// against mirror-image controls, so a board that drew the letters left to right fails. A name
// being typed in place reads the same way while it is typed, and a click in it puts the caret
// where it lands in the text as drawn; in a multi-line field each line keeps its own direction.
import assert from 'node:assert/strict';

import { sharedSite, appTest, call, itemCentre, waitForIdle, screenshot, panelClick } from './harness.mjs';
import { decodePng } from './png.mjs';
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

appTest(env, 'a Hebrew name typed in place reads right to left while typed, and a click puts the caret where it lands', async ({ app }) => {
  const { page } = app;
  await loadNames(page, ['Goal']);
  const c = await itemCentre(page, 'G1');
  await page.mouse.dblclick(c.x, c.y);  // renames in place, the old name selected
  await waitForIdle(page);
  assert.equal(await call(page, 'renaming'), 'G1');
  await page.keyboard.insertText(MEM);
  await waitForIdle(page);
  const [one] = await titleCrops(page, ['G1'], 'rtl-field-one-letter');
  await page.keyboard.insertText(VAV.repeat(3));
  await waitForIdle(page);
  const [four] = await titleCrops(page, ['G1'], 'rtl-field-four-letters');
  const s1 = inkSpan(one), s4 = inkSpan(four);
  assert.ok(s1.width - 1 - s1.last < s1.first, `the name hugs the field's right edge (ink ${s1.first}..${s1.last} of ${s1.width})`);
  // Read right to left: the first letter keeps its place at the right, the later ones go to its left.
  assert.ok(Math.abs(s4.last - s1.last) <= 2, `the first letter stays at the right (${s1.last} -> ${s4.last})`);
  assert.ok(s4.first < s1.first - 4, `the letters typed after it are to its left (${s1.first} -> ${s4.first})`);

  // A click at the right end of the name (where it starts as read) puts the caret before its
  // first letter: the next letter typed starts the name. (Typing order would put it at the end.)
  const r = await call(page, 'itemRect', 'G1');
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  await page.mouse.click(r.x + 10 + (s4.last + 1) / dpr, c.y);
  await waitForIdle(page);
  await page.keyboard.insertText('\u05d0');  // alef
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal(await call(page, 'renaming'), '');
  const goal = (await call(page, 'getPlan')).goals.find((g) => g.id === 'G1');
  assert.equal(goal.name, '\u05d0' + MEM + VAV.repeat(3));
  assert.deepEqual(app.errors, []);
});

// The findings list wraps a message where ImGui would wrap its typing-order text, then draws each
// line in visual order; joined Arabic can make a line as drawn wider than the one measured.
appTest(env, 'a finding naming an Arabic goal wraps before its score gain', async ({ app }) => {
  const { page } = app;
  await loadNames(page, ['مخبز السوق', 'Goal']);
  const findings = (await call(page, 'getScores')).findings;
  assert.match(findings[0].message, /مخبز السوق/);
  const [row] = await call(page, 'findingRects');
  assert.ok(row && row.w > 0, 'the first finding is on screen');
  const png = decodePng(await screenshot(page, 'rtl-finding'));
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  // The message's near-black ink and the gain's green, inside the row.
  let inkRight = -1, greenLeft = Infinity;
  for (let y = Math.round(row.y * dpr); y < Math.round((row.y + row.h) * dpr); ++y)
    for (let x = Math.round(row.x * dpr); x < Math.round((row.x + row.w) * dpr); ++x) {
      const i = (y * png.width + x) * 4, r = png.data[i], g = png.data[i + 1], b = png.data[i + 2];
      if (Math.max(r, g, b) < 90) inkRight = Math.max(inkRight, x);
      if (g > 110 && g - r > 60 && g - b > 20) greenLeft = Math.min(greenLeft, x);
    }
  assert.ok(greenLeft < Infinity && inkRight > 0, 'the message and its gain are drawn');
  assert.ok(inkRight < greenLeft - 2, `the message (ink to x=${inkRight}) stops before the gain (from x=${greenLeft})`);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'in a right-to-left name the arrow keys move the caret the way they point', async ({ app }) => {
  const { page } = app;
  await loadNames(page, ['Goal']);
  const c = await itemCentre(page, 'G1');
  await page.mouse.dblclick(c.x, c.y);
  await waitForIdle(page);
  await page.keyboard.insertText(MEM + VAV + VAV);  // the caret after the last letter: the left end
  await page.keyboard.press('ArrowRight');            // to the right: back over the last letter
  await page.keyboard.insertText('\u05d0');
  await page.keyboard.press('ArrowLeft');             // to the left: past the last letter again
  await page.keyboard.insertText('\u05d1');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  const goal = (await call(page, 'getPlan')).goals.find((g) => g.id === 'G1');
  assert.equal(goal.name, MEM + VAV + '\u05d0' + VAV + '\u05d1');
  assert.deepEqual(app.errors, []);
});

// The brand key is a multi-line field: each line is its own paragraph, ordered and aligned on its
// own while it is edited, and the keys move the caret over the text as drawn.
appTest(env, 'in a multi-line field each line reads in its own direction while it is edited', async ({ app }) => {
  const { page } = app;
  await panelClick(page, 'tab:plan');
  await panelClick(page, 'brand_key');
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Plan A');
  await page.keyboard.press('Control+Enter');        // a new line (Enter alone is done)
  await page.keyboard.insertText(MEM + VAV.repeat(3));
  await waitForIdle(page);
  const field = await call(page, 'panelRect', 'brand_key');
  assert.ok(field, 'the field is on screen');
  const png = decodePng(await screenshot(page, 'rtl-multiline'));
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  // The ink of each line: the Latin first line starts at the field's left, the Hebrew second
  // line ends at its right.
  const lineHeight = (field.h - 8) / 2;
  const span = (top) => {
    let first = Infinity, last = -1;
    for (let y = Math.round(top * dpr); y < Math.round((top + lineHeight) * dpr); ++y)
      for (let x = Math.round((field.x + 3) * dpr); x < Math.round((field.x + field.w - 3) * dpr); ++x) {
        const i = (y * png.width + x) * 4;
        if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) < 110) { first = Math.min(first, x); last = Math.max(last, x); }
      }
    return { first: first / dpr - field.x, last: last / dpr - field.x };
  };
  const latin = span(field.y + 3), hebrew = span(field.y + 3 + lineHeight);
  assert.ok(latin.last > 0 && hebrew.last > 0, `both lines are drawn (${JSON.stringify({ latin, hebrew })})`);
  assert.ok(latin.first < field.w / 4, `the Latin line starts at the left (${latin.first} of ${field.w})`);
  assert.ok(hebrew.first > field.w / 2 && field.w - hebrew.last < 20,
            `the Hebrew line hugs the right (${hebrew.first}..${hebrew.last} of ${field.w})`);

  // The caret is at the Hebrew line's end, drawn at its left end, right of the whole Latin line:
  // Up puts it at the end of the Latin line (the typing order's column would put it inside).
  await page.keyboard.press('ArrowUp');
  await page.keyboard.insertText('X');
  // Down from there: the point below is left of the Hebrew text, where its end is drawn. In the
  // Hebrew line Right goes back over its last letter (the arrows point over the drawn text).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.insertText('\u05d0');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal((await call(page, 'getPlan')).brand_key, 'Plan AX\n' + MEM + VAV + VAV + '\u05d0' + VAV);
  assert.deepEqual(app.errors, []);
});
