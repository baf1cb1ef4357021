// Every script on the board: card titles in Cyrillic, Greek, Vietnamese (Inter), and Japanese,
// Chinese, Arabic, Hebrew, Devanagari, Thai and emoji (the browser's fonts, rasterized on demand)
// are drawn as their own letters, checked by pixels of the card's title: two different titles
// in one script draw differently, and neither draws as the box a character no font has. That
// box is drawn, never a question mark. Huge titles do not hang the page.
import assert from 'node:assert/strict';

import { waitForIdle, sharedSite, appTest } from './harness.mjs';
import { planOf, loadNames, titleCrops } from './titles.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

// U+10FFFD: private use in the last plane, which no font on any machine draws.
const NO_FONT = '\u{10FFFD}';

const SCRIPTS = {
  cyrillic: ['Пекарня в Киеве', 'Выручка за год'],
  greek: ['Αρτοποιείο Αθήνα', 'Έσοδα του έτους'],
  vietnamese: ['Tiệm bánh Hà Nội', 'Doanh thu năm nay'],
  japanese: ['東京のパン屋さん', '春の売上目標'],
  chinese: ['北京面包店', '年度销售收入'],
  arabic: ['مخبز القاهرة', 'إيرادات السنة'],
  hebrew: ['מאפייה בתל אביב', 'הכנסות השנה'],
  devanagari: ['दिल्ली की बेकरी', 'वार्षिक बिक्री'],
  thai: ['ร้านเบเกอรี่', 'ยอดขายประจำปี'],
  emoji: ['🥐🍞🎂', '🚀📈💰'],
};

// Pixels whose colour differs clearly between two crops of the same size.
function differing(a, b) {
  assert.equal(a.data.length, b.data.length);
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > 90) ++n;
  }
  return n;
}

// Pixels of ink (dark text) and of colour (an emoji) in a crop of a white card.
function ink(c) {
  let dark = 0, coloured = 0;
  for (let i = 0; i < c.data.length; i += 4) {
    const [r, g, b] = [c.data[i], c.data[i + 1], c.data[i + 2]];
    if (r + g + b < 450) ++dark;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) ++coloured;
  }
  return { dark, coloured };
}

appTest(env, 'titles in every script draw as their own letters, not as boxes', async ({ app }) => {
  for (const [script, [a, b]] of Object.entries(SCRIPTS)) {
    // The third card: as many characters no font has as the first title has.
    const boxes = NO_FONT.repeat([...a].length);
    await loadNames(app.page, [a, b, boxes]);
    const [ca, cb, cbox] = await titleCrops(app.page, ['G1', 'G2', 'G3'], `script-${script}`);
    assert.ok(ink(ca).dark + ink(ca).coloured > 30, `${script}: the first title draws something`);
    assert.ok(differing(ca, cb) > 40, `${script}: two different titles draw differently`);
    assert.ok(differing(ca, cbox) > 40, `${script}: "${a}" does not draw as boxes`);
    assert.ok(differing(cb, cbox) > 40, `${script}: "${b}" does not draw as boxes`);
    if (script === 'emoji') assert.ok(ink(ca).coloured > 30, 'emoji keep their colours');
  }
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a character no font has draws a visible box, not a question mark', async ({ app }) => {
  await loadNames(app.page, [NO_FONT, '\u{10FFFC}', '?', ' ']);
  const [box, other, question, blank] = await titleCrops(app.page, ['G1', 'G2', 'G3', 'G4'], 'script-no-font');
  assert.ok(ink(box).dark > 10, 'the box is visible');
  assert.ok(differing(box, blank) > 10, 'the box is not blank');
  assert.equal(differing(box, other), 0, 'every missing character draws the same box');
  assert.ok(differing(box, question) > 10, 'the box is not a question mark');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a 10,000-character title and 5,000 different CJK characters do not hang the page', async ({ app }) => {
  const long = 'Пекарня Hà Nội '.repeat(667).slice(0, 10000);
  let cjk = '';
  for (let c = 0x4E00; c < 0x4E00 + 5000; ++c) cjk += String.fromCodePoint(c);
  // A generous guard against a blow-up (the issue names these inputs), not a speed test.
  const started = Date.now();
  const result = await app.page.evaluate((plan) => window.alignboard.loadPlan(plan), planOf(['東京のパン屋さん', cjk, long]));
  assert.ok(result.ok, JSON.stringify(result.errors));
  await app.page.waitForFunction(() => window.alignboard.isIdle(), null, { timeout: 120000 });
  assert.ok(Date.now() - started < 120000, 'the board settles within two minutes');
  // Frames are still drawn after: the wheel pans down the tall cards and back.
  await app.page.mouse.move(640, 500);
  for (const dy of [3000, -3000]) {
    const frame = await app.page.evaluate(() => window.alignboard.frameCount());
    await app.page.mouse.wheel(0, dy);
    await app.page.waitForFunction((f) => window.alignboard.frameCount() > f + 1, frame, { timeout: 120000 });
    await app.page.waitForFunction(() => window.alignboard.isIdle(), null, { timeout: 120000 });
  }
  assert.ok(Date.now() - started < 240000, 'the pans settle too');
  const atlas = await app.page.evaluate(() => window.alignboard.atlas());
  assert.ok(atlas.glyphs >= 5000, `the CJK characters were drawn (${atlas.glyphs} rasterized)`);
  assert.ok(atlas.bytes <= 4096 * 2048 * 4, `the atlas stays under its cap (${atlas.bytes} bytes)`);
  const [ctitle] = await titleCrops(app.page, ['G1'], 'script-huge-titles');
  assert.ok(ink(ctitle).dark > 30, 'a title after them still draws');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'after a context loss and restore, browser-drawn glyphs are drawn again', async ({ app }) => {
  await loadNames(app.page, [SCRIPTS.japanese[0], SCRIPTS.arabic[0]]);
  const before = await titleCrops(app.page, ['G1', 'G2'], 'script-before-loss');
  await app.page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    window.__lose = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', () => r(), { once: true }));
    window.__lose.loseContext();
    return lost;
  });
  await app.page.evaluate(() => window.__lose.restoreContext());
  await app.page.waitForFunction(() => document.querySelector('.ab-notice').hidden);
  await waitForIdle(app.page);
  const after = await titleCrops(app.page, ['G1', 'G2'], 'script-after-restore');
  assert.equal(differing(before[0], after[0]), 0, 'the Japanese title is drawn as before');
  assert.equal(differing(before[1], after[1]), 0, 'the Arabic title is drawn as before');
  assert.deepEqual(app.errors, []);
});
