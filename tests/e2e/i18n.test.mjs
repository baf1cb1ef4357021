// The UI speaks the user's language: a German browser (playwright's locale, which sets
// navigator.languages and Intl) gets German words on the canvas's buttons, German finding
// messages with German numbers and money ("1.234 €"); the picker (the bridge's setLanguage, as
// the Plan tab's does) switches everything to Spanish at once and is remembered; ?lang= wins
// for a link. A German reader's refused drop says why in German, the inspector shows and reads
// numbers as Germans write them ("1.234", "2.500" is 2500, "lots" refused in German) and the
// cards' money is German ("150 Tsd. €", read from the board's picture, which draws the cards'
// words with the same core code as the canvas). Keeps screenshots to look at (German is long:
// its labels must fit their buttons).
import assert from 'node:assert/strict';
import { test, before, after } from 'node:test';

import { openApp, startSite, launchBrowser, waitForIdle, screenshot, call, itemCentre, dragOnto, panelClick, panelType } from './harness.mjs';

// A bakery whose tactic spends 1,234 EUR with no expected return: its finding names the money.
const bakery = {
  format: 'alignboard.plan', version: 1, name: 'Bäckerei am Markt', currency: 'EUR',
  start: '2026-01-01', end: '2026-12-31',
  people: [],
  goals: [{ id: 'G1', name: 'Zwei Cafés mehr' }],
  strategies: [{ id: 'S1', name: 'Büros in der Nähe', goals: ['G1'] }],
  products: [],
  tactics: [{ id: 'm1', name: 'Mittagsflyer', strategies: ['S1'], channel: 'social', stage: 'awareness', budget: 1234 }],
  kpis: [],
  insights: [],
};
// Spaces as the user sees them: Intl puts a no-break space between amount and currency.
const plain = (s) => String(s).replace(/[\u00a0\u202f]|&#160;|&#xa0;|&nbsp;/gi, ' ');
const budget = async (page) => (await call(page, 'getPlan')).tactics.find((t) => t.id === 'm1').budget;
const boardPicture = async (page) => plain((await call(page, 'export', 'svg')).text);

const label = async (page, id) => (await call(page, 'actions')).find((a) => a.id === id).label;
// The chord tooltips name for an action, and the keys code presses for it (always English).
const chord = async (page, id) => {
  const a = (await call(page, 'actions')).find((x) => x.id === id);
  return { chord: a.chord, keys: a.keys };
};
const moneyMessage = async (page) =>
  plain((await call(page, 'getScores')).findings.map((f) => f.message).find((m) => m.includes('Mittagsflyer')) || '');

let site;
before(async () => { site = await startSite(); });
after(async () => { await site.close(); });

async function withLocale(locale, fn) {
  const browser = await launchBrowser({ locale });
  try { await fn(browser); } finally { await browser.close(); }
}

test('a German browser gets German words, numbers and money; the picker switches to Spanish live', async () => {
  await withLocale('de-DE', async (browser) => {
    const { page, errors, close } = await openApp(site, browser, { storage: true });
    try {
      assert.equal(await call(page, 'language'), 'de');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
      const r = await call(page, 'loadPlan', bakery);
      assert.equal(r.ok, true, JSON.stringify(r.errors));
      await waitForIdle(page);
      assert.equal(await label(page, 'undo'), 'Rückgängig');
      assert.equal(await label(page, 'plans'), 'Deine Pläne');
      // Keys as a German keyboard prints them; the bridge's keys stay the code's names.
      assert.deepEqual(await chord(page, 'redo'), { chord: 'Strg+Umschalt+Z', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] });
      assert.deepEqual(await chord(page, 'delete'), { chord: 'Entf', keys: ['Delete', 'Backspace'] });
      assert.equal(await moneyMessage(page),
        '\u201eMittagsflyer\u201c gibt 1.234 € ohne erwarteten Ertrag aus: Schätze, was die Maßnahme einbringt');
      await panelClick(page, 'tab:score');
      await waitForIdle(page);
      await screenshot(page, 'i18n-german');

      // The picker: everything redraws in Spanish at once, numbers in Spanish style.
      assert.equal(await call(page, 'setLanguage', 'es'), true);
      await waitForIdle(page);
      assert.equal(await call(page, 'language'), 'es');
      assert.equal(await label(page, 'undo'), 'Deshacer');
      assert.equal((await chord(page, 'redo')).chord, 'Ctrl+Mayús+Z');
      assert.equal((await chord(page, 'delete')).chord, 'Supr');
      assert.equal(await moneyMessage(page),
        '\u201cMittagsflyer\u201d gasta 1234 € sin retorno esperado: estima lo que aporta');
      await screenshot(page, 'i18n-spanish');
      assert.equal(await call(page, 'setLanguage', 'xx'), false);
      assert.equal(await call(page, 'language'), 'es');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
    // The choice is remembered in this browser: a reload keeps Spanish over the browser's German.
    const again = await openApp(site, browser, { storage: true });
    try {
      assert.equal(await call(again.page, 'language'), 'es');
    } finally {
      await again.close();
    }
  });
});

test('?lang= in a link wins over the browser; an unknown language falls back to English', async () => {
  await withLocale('de-DE', async (browser) => {
    const linked = await openApp(site, browser, { query: '?lang=es' });
    try {
      assert.equal(await call(linked.page, 'language'), 'es');
    } finally {
      await linked.close();
    }
  });
  await withLocale('fr-FR', async (browser) => {
    const { page, close } = await openApp(site, browser, {});
    try {
      assert.equal(await call(page, 'language'), 'en');
      assert.equal(await label(page, 'undo'), 'Undo');
    } finally {
      await close();
    }
  });
});

// The text a number field shows, as the user would copy it: select all, Ctrl+C, Escape.
async function fieldText(page, name) {
  await panelClick(page, name);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await waitForIdle(page);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.keyboard.press('Escape');
  await waitForIdle(page);
  return text;
}

test('a German reader: refusals, the inspector\'s numbers and the cards\' money in German', async () => {
  await withLocale('de-DE', async (browser) => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const { page, errors, close } = await openApp(site, browser, {});
    try {
      assert.equal(await call(page, 'language'), 'de');
      const r = await call(page, 'loadPlan', bakery);
      assert.equal(r.ok, true, JSON.stringify(r.errors));
      await waitForIdle(page);

      // A tactic dropped on a goal: refused, and the reason is German.
      const before = await call(page, 'revision');
      await dragOnto(page, 'm1', 'G1');
      assert.equal((await call(page, 'dragPreview')).ok, false);
      await page.mouse.up();
      await waitForIdle(page);
      assert.equal(await call(page, 'revision'), before);
      assert.match(await call(page, 'lastMessage'),
        /^Nicht verknüpft: Eine Maßnahme erreicht ein Ziel über eine Strategie: Verknüpfe „Mittagsflyer“/);

      // The inspector shows the budget in German style and reads what a German types.
      const m1 = await itemCentre(page, 'm1');
      await page.mouse.click(m1.x, m1.y);
      await waitForIdle(page);
      await panelClick(page, 'tab:inspect');
      assert.equal(await fieldText(page, 'budget'), '1.234');
      await panelType(page, 'budget', '2.500');
      assert.equal(await budget(page), 2500);
      assert.match(await boardPicture(page), /Social Media · 2\.500 €</);
      await panelType(page, 'budget', '12.500');
      assert.equal(await budget(page), 12500);
      assert.match(await boardPicture(page), /Social Media · 12,5 Tsd\. €</);
      await panelType(page, 'budget', '150.000');
      assert.equal(await budget(page), 150000);
      assert.match(await boardPicture(page), /150 Tsd\. €/);
      await panelType(page, 'budget', '1234,75');
      assert.equal(await budget(page), 1234.75);
      await panelType(page, 'budget', '1234.5');  // plain, as a file writes it: the same in every locale
      assert.equal(await budget(page), 1234.5);
      assert.equal(await fieldText(page, 'budget'), '1.234,5');

      // "lots" is refused in German, under the field; the plan keeps its budget.
      await panelType(page, 'budget', 'lots');
      assert.equal(await budget(page), 1234.5);
      assert.match((await call(page, 'panelErrors')).budget || '',
        /^Nicht gespeichert — Erwartet wurde eine Zahl, gefunden: "lots"$/);
      await screenshot(page, 'i18n-numbers-german');

      // The printed handout speaks German too: its headings, the score and the money.
      await page.emulateMedia({ media: 'print' });
      await page.waitForFunction(() => {
        const region = document.querySelector('.ab-print');
        return !!region && region.childElementCount > 0;
      }, null, { timeout: 10000 });
      const handout = plain(await page.evaluate(() => document.querySelector('.ab-print').textContent));
      await page.emulateMedia({ media: 'screen' });
      assert.match(handout, /Maßnahmen/);
      assert.match(handout, /Gesamtbudget/);
      assert.match(handout, /1\.235 €/);  // the tactic table rounds to whole euros, the German way
      assert.doesNotMatch(handout, /Total budget|Tactics|completeness/);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
});
