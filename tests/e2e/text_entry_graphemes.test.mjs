// Text entry by what a reader sees as one character (a grapheme): in a text field (the search
// box, Ctrl+F, whose text the bridge reads while it is edited) Backspace and Delete remove a
// whole ZWJ emoji sequence, a flag or a letter with its combining mark; Left and Right step over
// one whole; Shift+Left selects one whole. IME composition (CDP imeSetComposition, then the
// commit) lands the composed text once. web/ui/text/graphemes.cpp.
import assert from 'node:assert/strict';

import { waitForIdle, sharedSite, appTest } from './harness.mjs';

const env = sharedSite({ pool: true });

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';  // man ZWJ woman ZWJ girl: one grapheme
const FLAG = '\u{1F1FA}\u{1F1E6}';                            // two regional indicators
const E_ACUTE = 'e\u0301';                                    // e + combining acute accent

const searchText = (page) => page.evaluate(() => window.alignboard.searchText());
const textareaFocused = () => document.activeElement && document.activeElement.classList.contains('ab-text-sink');

async function openSearch(page) {
  const g1 = await page.evaluate(() => window.alignboard.itemRect('G1'));
  await page.mouse.click(g1.x + g1.w / 2, g1.y + g1.h + 150);
  await waitForIdle(page);
  await page.keyboard.press('Control+f');
  await page.waitForFunction(textareaFocused);
  await waitForIdle(page);
}

async function press(page, ...keys) {
  for (const k of keys) {
    await page.keyboard.press(k);
    await waitForIdle(page);
  }
}

async function insert(page, text) {
  await page.keyboard.insertText(text);
  await waitForIdle(page);
}

appTest(env, 'Backspace removes a whole ZWJ emoji, flag or letter with its mark', async ({ page, app }) => {
  await openSearch(page);
  for (const g of [FAMILY, FLAG, E_ACUTE]) {
    await insert(page, `a${g}`);
    await press(page, 'Backspace');
    assert.equal(await searchText(page), 'a', `Backspace after ${JSON.stringify(g)}`);
    await press(page, 'Backspace');
    assert.equal(await searchText(page), '');
  }
  assert.deepEqual(app.errors, []);
});

appTest(env, 'Delete removes the whole grapheme after the caret', async ({ page }) => {
  await openSearch(page);
  await insert(page, `${FLAG}${E_ACUTE}${FAMILY}z`);
  await press(page, 'Home', 'Delete');
  assert.equal(await searchText(page), `${E_ACUTE}${FAMILY}z`);
  await press(page, 'Delete');
  assert.equal(await searchText(page), `${FAMILY}z`);
  await press(page, 'Delete');
  assert.equal(await searchText(page), 'z');
});

appTest(env, 'Left and Right step over one whole grapheme', async ({ page }) => {
  await openSearch(page);
  await insert(page, `a${FAMILY}b`);
  await press(page, 'ArrowLeft', 'ArrowLeft');
  await insert(page, 'x');
  assert.equal(await searchText(page), `ax${FAMILY}b`);
  await press(page, 'ArrowRight');
  await insert(page, 'y');
  assert.equal(await searchText(page), `ax${FAMILY}yb`);
  await press(page, 'End', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft');  // over b, y, the family
  await insert(page, '|');
  assert.equal(await searchText(page), `ax|${FAMILY}yb`);
  await press(page, 'End');
  await insert(page, `${E_ACUTE}`);
  await press(page, 'ArrowLeft');
  await insert(page, '<');
  assert.equal(await searchText(page), `ax|${FAMILY}yb<${E_ACUTE}`);
});

appTest(env, 'Shift+Left selects one whole grapheme, which typing replaces', async ({ page }) => {
  await openSearch(page);
  await insert(page, `ab${FLAG}`);
  await press(page, 'Shift+ArrowLeft');
  await insert(page, 'c');
  assert.equal(await searchText(page), 'abc');
  await insert(page, FAMILY);
  await press(page, 'Home', 'ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight');
  await insert(page, '-');
  assert.equal(await searchText(page), 'a-', 'b, c and the family were selected, three graphemes');
});

appTest(env, 'an IME composition lands its committed text once', async ({ page }) => {
  await openSearch(page);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await waitForIdle(page);
    assert.equal(await searchText(page), '', 'nothing lands while composing');
    await cdp.send('Input.imeSetComposition', { text: '日本', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '日本' });
    await waitForIdle(page);
    assert.equal(await searchText(page), '日本');
  } finally {
    await cdp.detach().catch(() => {});
  }
});
