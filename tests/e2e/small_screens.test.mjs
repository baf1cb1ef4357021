// Phones and tablets edit everything: below 900 CSS pixels the side panel is a bottom sheet that a
// finger opens (inspector, findings, Plan tab all work in it), the top bar and the palette fit a
// 390 px phone without a control cut off or overlapping, a finger swipe pans while a long press
// picks a card up, a tap in a text field puts the caret where it touched, and on a wide screen
// the panel folds away to give the board the width. Fingers are real touch events (CDP
// Input.dispatchTouchEvent), as touch.test.mjs sends them.
import assert from 'node:assert/strict';

import { waitForIdle, itemCentre, sharedSite, appTest, call, screenshot } from './harness.mjs';

const env = sharedSite({ pool: true });
const PHONE = { width: 390, height: 844 };

// Sends one touch event with the given finger positions (CSS pixels of the page).
async function touch(cdp, type, points) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i })),
  });
}

async function fingers(page) {
  return page.context().newCDPSession(page);
}

async function tap(page, cdp, p) {
  await touch(cdp, 'touchStart', [p]);
  await touch(cdp, 'touchEnd', []);
  await waitForIdle(page);
}

const centre = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const inside = (r, w, h) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

// Taps side panel control `name`, first swiping the sheet's content up (a finger drag) until
// the control is wholly in the sheet's body.
async function sheetTap(page, cdp, name) {
  for (let i = 0; i < 20; i++) {
    const r = await call(page, 'panelRect', name);
    const place = await call(page, 'panelPlace');
    const bodyTop = place.rect.y + 22 + 52;  // below the handle and the tab strip
    const bottom = page.viewportSize().height;
    if (r && r.y >= bodyTop && r.y + r.h <= bottom - 2) {
      await tap(page, cdp, centre(r));
      return r;
    }
    const up = !r || r.y > bodyTop;  // below: swipe the content up
    const x = 40, y0 = up ? bottom - 40 : bodyTop + 20;
    await touch(cdp, 'touchStart', [{ x, y: y0 }]);
    for (let k = 1; k <= 6; k++) await touch(cdp, 'touchMove', [{ x, y: y0 + (up ? -25 : 25) * k }]);
    await touch(cdp, 'touchEnd', []);
    await waitForIdle(page);
  }
  throw new Error(`side panel control ${name} did not come into the sheet`);
}

appTest(env, 'on a phone the sheet opens by touch: rename a card in the inspector, fix a finding, reach the Plan tab', PHONE, async ({ page, app }) => {
  const cdp = await fingers(page);
  assert.deepEqual((await call(page, 'panelPlace')).form, 'sheet');
  assert.equal((await call(page, 'panelPlace')).sheet, 'closed');
  await screenshot(page, 'small-phone-closed');

  // A tap on a card selects it; the Inspect tab opens the sheet with its fields.
  await tap(page, cdp, await itemCentre(page, 'G1'));
  assert.deepEqual(await call(page, 'selection'), ['G1']);
  await tap(page, cdp, centre(await call(page, 'panelRect', 'tab:inspect')));
  const place = await call(page, 'panelPlace');
  assert.equal(place.sheet, 'half');
  assert.equal(await call(page, 'panelTab'), 'inspect');
  // The selected card stays in sight above the sheet.
  const card = await call(page, 'itemRect', 'G1');
  assert.ok(card && card.y + card.h <= place.rect.y, `G1 ${JSON.stringify(card)} above the sheet at ${place.rect.y}`);
  await screenshot(page, 'small-phone-inspector');

  await sheetTap(page, cdp, 'name');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Spring revenue');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal((await call(page, 'getPlan')).goals.find((g) => g.id === 'G1').name, 'Spring revenue');

  // A finding: "spends ... with no expected return" on m1. Its row selects m1; the inspector's
  // expected return field fixes it.
  await tap(page, cdp, centre(await call(page, 'panelRect', 'tab:score')));
  const findings = (await call(page, 'getScores')).findings;
  const index = findings.findIndex((f) => f.code === 'tactic.no_return' && f.ids[0] === 'm1');
  assert.ok(index >= 0, 'the sample plan has the finding');
  let rows = await call(page, 'findingRects');
  for (let i = 0; i < 20 && !(rows[index] && rows[index].y + rows[index].h < 844); i++) {
    await touch(cdp, 'touchStart', [{ x: 60, y: 800 }]);
    for (let k = 1; k <= 6; k++) await touch(cdp, 'touchMove', [{ x: 60, y: 800 - 25 * k }]);
    await touch(cdp, 'touchEnd', []);
    await waitForIdle(page);
    rows = await call(page, 'findingRects');
  }
  assert.ok(rows[index], 'the finding row scrolls into the sheet by finger');
  await screenshot(page, 'small-phone-findings');
  await tap(page, cdp, centre(rows[index]));
  assert.deepEqual(await call(page, 'selection'), ['m1']);
  // The finding's tap opens the inspector at the field that fixes it, which has the keyboard.
  assert.equal(await call(page, 'panelTab'), 'inspect');
  await waitForIdle(page);
  await screenshot(page, 'small-phone-fix-field');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('200000');
  await page.keyboard.press('Enter');
  await waitForIdle(page);
  assert.equal((await call(page, 'getPlan')).tactics.find((t) => t.id === 'm1').expected_return, 200000);
  const after = (await call(page, 'getScores')).findings;
  assert.ok(!after.some((f) => f.code === 'tactic.no_return' && f.ids[0] === 'm1'), 'the finding is gone');

  // The Plan tab's fields are in the sheet too.
  await tap(page, cdp, centre(await call(page, 'panelRect', 'tab:plan')));
  assert.equal(await call(page, 'panelTab'), 'plan');
  await sheetTap(page, cdp, 'brand_key');
  // The toggle opens the sheet fully, then closes it; the board gets its height back.
  await tap(page, cdp, centre(await call(page, 'panelRect', 'sheet.toggle')));
  assert.equal((await call(page, 'panelPlace')).sheet, 'full');
  await screenshot(page, 'small-phone-full');
  await tap(page, cdp, centre(await call(page, 'panelRect', 'sheet.toggle')));
  assert.equal((await call(page, 'panelPlace')).sheet, 'closed');
  assert.deepEqual(app.errors, []);
});

// The sizes the issue names beside the phone: a tablet in portrait and the narrowest phone. The
// inspector's name field and every finding are reached by touch in the sheet.
for (const size of [{ width: 820, height: 1180 }, { width: 360, height: 740 }]) {
  appTest(env, `at ${size.width}x${size.height} the inspector's name field and the findings are reached by touch`, size, async ({ page, app }) => {
    const cdp = await fingers(page);
    assert.equal((await call(page, 'panelPlace')).form, 'sheet');
    await tap(page, cdp, await itemCentre(page, 'G1'));
    await tap(page, cdp, centre(await call(page, 'panelRect', 'tab:inspect')));
    await sheetTap(page, cdp, 'name');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Grow in ' + size.width);
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    assert.equal((await call(page, 'getPlan')).goals.find((g) => g.id === 'G1').name, 'Grow in ' + size.width);
    // The last finding of the list comes into the sheet by finger and its tap selects its card.
    await tap(page, cdp, centre(await call(page, 'panelRect', 'tab:score')));
    const findings = (await call(page, 'getScores')).findings;
    const last = findings.length - 1;
    assert.ok(last >= 0, 'the sample plan has findings');
    let rows = await call(page, 'findingRects');
    const bottom = size.height;
    for (let i = 0; i < 40 && !(rows[last] && rows[last].y + rows[last].h < bottom); i++) {
      await touch(cdp, 'touchStart', [{ x: 60, y: bottom - 40 }]);
      for (let k = 1; k <= 6; k++) await touch(cdp, 'touchMove', [{ x: 60, y: bottom - 40 - 25 * k }]);
      await touch(cdp, 'touchEnd', []);
      await waitForIdle(page);
      rows = await call(page, 'findingRects');
    }
    assert.ok(rows[last] && rows[last].y + rows[last].h < bottom, 'the last finding scrolls into the sheet');
    await screenshot(page, `small-${size.width}-findings`);
    await tap(page, cdp, centre(rows[last]));
    // The card the finding is about, or the one whose field fixes it (core/score/advice/fixes.hpp).
    if (findings[last].ids.length) assert.equal((await call(page, 'selection')).length, 1, "the finding's tap selects its card");
    assert.deepEqual(app.errors, []);
  });
}

appTest(env, 'on a phone every top bar control, the palette and the zoom control fit and none overlap', PHONE, async ({ page, app }) => {
  const cdp = await fingers(page);
  await tap(page, cdp, await itemCentre(page, 'G1'));  // a finger: the bar shows its words
  const names = (await call(page, 'actions')).filter((a) => a.bar).map((a) => a.id).concat(['more', 'save', 'title']);
  const shown = [];
  for (const name of names) {
    const r = await call(page, 'toolbarRect', name);
    if (r) shown.push({ name, r });
  }
  for (const c of ['plans', 'undo', 'redo', 'more', 'title', 'save']) {
    assert.ok(shown.some((s) => s.name === c), `${c} is on the bar`);
  }
  for (const s of shown) assert.ok(inside(s.r, 390, 56), `${s.name} ${JSON.stringify(s.r)} inside the bar`);
  for (let i = 0; i < shown.length; i++) {
    for (let j = i + 1; j < shown.length; j++) {
      assert.ok(!overlap(shown[i].r, shown[j].r), `${shown[i].name} and ${shown[j].name} overlap`);
    }
  }
  // Labelled buttons on a touch screen: taller than an icon alone, with room for the word.
  assert.ok((await call(page, 'toolbarRect', 'undo')).h >= 40);
  // The palette, the zoom control and the sheet's strip share the bottom without overlapping.
  const sheet = (await call(page, 'panelPlace')).rect;
  const bottom = [{ name: 'zoom', r: await call(page, 'overlayRect', 'zoom') }];
  for (const k of ['goal', 'strategy', 'tactic', 'kpi']) bottom.push({ name: k, r: await call(page, 'paletteRect', k) });
  for (const b of bottom) {
    assert.ok(b.r && inside(b.r, 390, 844), `${b.name} on screen`);
    assert.ok(b.r.y + b.r.h <= sheet.y, `${b.name} above the sheet`);
  }
  for (let i = 0; i < bottom.length; i++) {
    for (let j = i + 1; j < bottom.length; j++) {
      assert.ok(!overlap(bottom[i].r, bottom[j].r), `${bottom[i].name} and ${bottom[j].name} overlap`);
    }
  }
  // What folded into More is one tap away, with its words.
  await tap(page, cdp, centre(await call(page, 'toolbarRect', 'more')));
  const present = await call(page, 'toolbarRect', 'more:present');
  assert.ok(present && inside(present, 390, 844), 'Present is in the More menu');
  await screenshot(page, 'small-phone-more');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a finger resting on a card then moving drags it; a swipe from a card pans the board', PHONE, async ({ page, app }) => {
  const cdp = await fingers(page);
  // A swipe: the board moves under the finger, the plan does not change.
  const rev = await call(page, 'revision');
  const g1 = await itemCentre(page, 'G1');
  const g2 = await itemCentre(page, 'G2');
  await touch(cdp, 'touchStart', [g1]);
  for (let i = 1; i <= 6; i++) await touch(cdp, 'touchMove', [{ x: g1.x + 8 * i, y: g1.y + 10 * i }]);
  await touch(cdp, 'touchEnd', []);
  await waitForIdle(page);
  assert.equal(await call(page, 'revision'), rev, 'a swipe moves no card');
  const panned = await itemCentre(page, 'G1');
  assert.ok(panned.y - g1.y > 30 && panned.x - g1.x > 20, `the board panned: ${g1.x},${g1.y} -> ${panned.x},${panned.y}`);
  const g2now = await itemCentre(page, 'G2');
  assert.ok(Math.abs((g2now.y - panned.y) - (g2.y - g1.y)) < 0.5, 'the cards keep their places on the board');

  // A long press: the card is picked up (selected), then follows the finger.
  const start = await itemCentre(page, 'G1');
  await touch(cdp, 'touchStart', [start]);
  await page.waitForTimeout(600);  // the hold under test
  // Picked up: selected while the finger still rests (frames run while it is down).
  await page.waitForFunction(() => window.alignboard.selection().join() === 'G1');
  // Down into empty board below G2 (a drop on a card would link them instead).
  for (let i = 1; i <= 10; i++) await touch(cdp, 'touchMove', [{ x: start.x, y: start.y + 20 * i }]);
  await touch(cdp, 'touchEnd', []);
  await waitForIdle(page);
  assert.ok((await call(page, 'revision')) > rev, 'the drop is a change of the plan');
  const moved = await itemCentre(page, 'G1');
  const other = await itemCentre(page, 'G2');
  assert.ok((moved.y - other.y) - (panned.y - g2now.y) > 60, 'G1 moved down on the board relative to G2');
  assert.deepEqual(app.errors, []);
});

appTest(env, 'a tap in a text field puts the caret where the finger touched', PHONE, async ({ page, app }) => {
  const cdp = await fingers(page);
  await tap(page, cdp, await itemCentre(page, 'G1'));
  await tap(page, cdp, centre(await call(page, 'panelRect', 'tab:inspect')));
  const name = (await call(page, 'getPlan')).goals.find((g) => g.id === 'G1').name;
  const field = await call(page, 'panelRect', 'name');
  assert.ok(field, 'the name field is in the sheet');
  // Where a letter went: the first place the new text differs from the old.
  const inserted = (before, now) => [...now].findIndex((c, i) => c !== before[i]);
  const where = [];
  let text = name;
  for (const dx of [45, 100]) {
    await tap(page, cdp, { x: field.x + dx, y: field.y + field.h / 2 });
    await page.keyboard.type('Q');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    const now = (await call(page, 'getPlan')).goals.find((g) => g.id === 'G1').name;
    assert.equal(now.length, text.length + 1, `one letter added, nothing replaced: "${now}"`);
    where.push(inserted(text, now));
    text = now;
  }
  assert.ok(where[0] > 2 && where[0] < name.length - 2, `the first Q went mid-text (${where[0]})`);
  assert.ok(where[1] > where[0] + 3, `the second tap, further right, put it further on (${where})`);
  assert.deepEqual(app.errors, []);
});

appTest(env, 'on a wide screen the panel folds away for the board and comes back', { width: 1366, height: 768 }, async ({ page, app }) => {
  const zoomBefore = await call(page, 'overlayRect', 'zoom');
  assert.equal((await call(page, 'panelPlace')).form, 'column');
  const fold = await call(page, 'panelRect', 'panel.collapse');
  await page.mouse.click(fold.x + fold.w / 2, fold.y + fold.h / 2);
  await waitForIdle(page);
  const folded = await call(page, 'panelPlace');
  assert.equal(folded.form, 'none');
  assert.equal(folded.collapsed, true);
  const zoom = await call(page, 'overlayRect', 'zoom');
  assert.ok(zoom.x + zoom.w > 1366 - 40, 'the board reaches the right edge');
  assert.ok(zoom.x - zoomBefore.x > 300, 'by the panel\'s width');
  assert.ok(await call(page, 'toolbarRect', 'title'), 'the bar still shows the plan');
  await screenshot(page, 'small-wide-folded');
  const back = await call(page, 'panelRect', 'panel.expand');
  await page.mouse.click(back.x + back.w / 2, back.y + back.h / 2);
  await waitForIdle(page);
  assert.equal((await call(page, 'panelPlace')).form, 'column');
  assert.deepEqual(await call(page, 'overlayRect', 'zoom'), zoomBefore);
  assert.ok(await call(page, 'panelRect', 'tab:score'));
  assert.deepEqual(app.errors, []);
});

appTest(env, 'the sheet\'s handle follows a finger and settles on the nearest stop; while open nothing floats over the board strip', PHONE, async ({ page, app }) => {
  const cdp = await fingers(page);
  const handle = centre(await call(page, 'panelRect', 'sheet.handle'));
  const drag = async (from, dy) => {
    await touch(cdp, 'touchStart', [from]);
    for (let k = 1; k <= 10; k++) await touch(cdp, 'touchMove', [{ x: from.x, y: from.y + (dy * k) / 10 }]);
    await touch(cdp, 'touchEnd', []);
    await waitForIdle(page);
  };
  await drag(handle, -560);
  const full = await call(page, 'panelPlace');
  assert.equal(full.sheet, 'full');
  assert.ok(full.rect.y >= 56 + 100, 'a strip of board stays above a full sheet');
  // The palette and the zoom control step aside while the sheet is open.
  assert.equal((await call(page, 'paletteRect', 'goal')).w, 0);
  assert.equal(await call(page, 'overlayRect', 'zoom'), null);
  await drag(centre(await call(page, 'panelRect', 'sheet.handle')), 280);
  assert.equal((await call(page, 'panelPlace')).sheet, 'half');
  await tap(page, cdp, centre(await call(page, 'panelRect', 'sheet.handle')));
  assert.equal((await call(page, 'panelPlace')).sheet, 'closed');
  assert.ok((await call(page, 'paletteRect', 'goal')).w > 0, 'the palette is back');
  assert.deepEqual(app.errors, []);
});
