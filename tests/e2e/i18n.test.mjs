// The UI speaks the user's language: a German browser (playwright's locale, which sets
// navigator.languages and Intl) gets German words on the canvas's buttons, German finding
// messages with German numbers and money ("1.234 €"); the picker (the bridge's setLanguage, as
// the Plan tab's does) switches everything to Spanish at once and is remembered; ?lang= wins
// for a link. Keeps screenshots to look at (German is long: its labels must fit their buttons).
import assert from 'node:assert/strict';
import { test, before, after } from 'node:test';

import { openApp, startSite, launchBrowser, waitForIdle, screenshot, call, panelClick } from './harness.mjs';

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
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');
const label = async (page, id) => (await call(page, 'actions')).find((a) => a.id === id).label;
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
