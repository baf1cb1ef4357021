// Words the page shows before the app's catalogue is loaded are in the reader's language too:
// the loading line and the canvas' name (filled in from every catalogue when the app is built,
// web/page/mount_words.mjs), why the plan in the address did not open (kept as catalogue keys by
// web/page/pre.js until main() words them), the plan recovered from a page closed mid-save, and
// the "Opened" checkpoint, and the line a page shows when the app cannot start at all. A German browser reads them in German,
// and a change of language renames the canvas.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

import { openApp, launchBrowser, call, sharedSite, screenshot } from './harness.mjs';
import { ready, openPlanId, storedPlan } from './library_store.mjs';

const LIMIT = 120_000;
const env = sharedSite();

async function inGerman(fn) {
  const browser = await launchBrowser({ locale: 'de-DE' });
  try { await fn(browser); } finally { await browser.close(); }
}
const notice = (page) => page.evaluate(() => document.querySelector('.ab-notice').textContent);
const canvasName = (page) => page.evaluate(() => document.querySelector('canvas').getAttribute('aria-label'));

test('a German reader gets the loading line, the canvas name and why an address\'s plan did not open in German', { timeout: LIMIT }, async () => {
  await inGerman(async (browser) => {
    // While the app loads (its code held back a moment): the loading line.
    const loading = await browser.context.newPage();
    await loading.route('**/alignboard.wasm*', async (route) => {
      await new Promise((resolve) => { setTimeout(resolve, 1000); });
      await route.continue();
    });
    await loading.goto(env.site.url + '?storage=none');
    assert.equal(await notice(loading), 'Alignboard wird geladen\u2026');
    assert.equal(await canvasName(loading), 'Alignboard-Planungsfläche');
    await loading.close();

    const app = await openApp(env.site, browser, { storage: true, query: '?template=backstube' });
    const { page } = app;
    assert.equal(await canvasName(page), 'Alignboard-Planungsfläche');
    const message = await call(page, 'lastMessage');
    assert.match(message, /^Der Plan aus der Vorlage \u201ebackstube\u201c ließ sich nicht öffnen: es gibt keine Vorlage namens \u201ebackstube\u201c\. Die Vorlagen sind: /);
    assert.ok(message.includes('small-business'), message);
    await screenshot(page, 'i18n-start-template-de');

    // The picker renames the canvas at once.
    assert.equal(await call(page, 'setLanguage', 'es'), true);
    assert.equal(await canvasName(page), 'Lienzo de planificación de Alignboard');
    await app.close();

    // A plan URL the server does not have: the server's answer, in German.
    const missing = await openApp(env.site, browser, { query: '?plan=' + encodeURIComponent(env.site.url + 'nowhere.json') + '&lang=de' });
    assert.match(await call(missing.page, 'lastMessage'), /der Server antwortete mit HTTP 404/);
    assert.deepEqual(missing.errors.filter((e) => !/404|request failed/.test(e)), []);
    await missing.close();
  });
});

test('a plan recovered from a page closed mid-save is named in the reader\'s language', { timeout: LIMIT }, async () => {
  await inGerman(async (browser) => {
    const first = await openApp(env.site, browser, { storage: true });
    const id = await openPlanId(first.page);
    const rec = await storedPlan(first.page, id);
    // What a page closed mid-save leaves when another tab has saved the plan since (its version
    // is older than the record's): the next start keeps it as a plan of its own.
    const plan = JSON.parse(rec.text);
    plan.name = 'Sommerplan';
    await first.page.evaluate(([key, entry]) => { localStorage.setItem(key, JSON.stringify(entry)); },
      [`alignboard.journal.${id}`, { id, version: (rec.version || 1) - 1, tab: 'a-closed-tab', time: Date.now(), revision: 3,
                                     name: 'Sommerplan', text: JSON.stringify(plan), view: null }]);
    await first.close();

    const again = await openApp(env.site, browser, { storage: true });
    await ready(again.page);
    await again.page.waitForFunction(() => window.alignboard.plans().then((l) => l.some((p) => p.name === 'Wiederhergestellt: Sommerplan')));
    const plans = await call(again.page, 'plans');
    const recovered = plans.find((p) => p.name === 'Wiederhergestellt: Sommerplan');
    assert.equal(JSON.parse((await storedPlan(again.page, recovered.id)).text).name, 'Wiederhergestellt: Sommerplan',
      'the plan itself carries the name, so it shows when opened');
    assert.equal(plans.filter((p) => /Sommerplan/.test(p.name)).length, 1);
    // The checkpoint that marks the opening is German too.
    await again.page.waitForFunction(() => window.alignboard.checkpoints().then((l) => l.some((c) => c.auto && c.name === 'Geöffnet')));
    await again.close();
  });
});

test('a page where the app cannot start says so in the reader\'s language', { timeout: LIMIT }, async () => {
  await inGerman(async (browser) => {
    const page = await browser.context.newPage();
    await page.route('**/alignboard.wasm*', (route) => route.abort());
    await page.goto(env.site.url + '?storage=none');
    await page.waitForFunction(() => /konnte hier nicht starten/.test(document.querySelector('.ab-notice').textContent));
    const text = await notice(page);
    assert.match(text, /^Alignboard konnte hier nicht starten: .+\. Seine Dateien kommen von http:\/\/127\.0\.0\.1:\d+\//);
    await screenshot(page, 'i18n-start-failed-de');
    await page.close();
  });
});

test('a browser with scripts turned off says what the app needs in every language, each marked as such', async () => {
  const browser = await launchBrowser({ javaScript: false, locale: 'de-DE' });
  try {
    const page = await browser.context.newPage();
    await page.goto(env.site.url);
    const lines = await page.evaluate(() => [...document.querySelectorAll('.ab-notice p')]
      .filter((p) => p.checkVisibility()).map((p) => [p.lang, p.textContent]));
    const catalogue = (lang) => JSON.parse(readFileSync(new URL(`../../i18n/${lang}.json`, import.meta.url), 'utf8'));
    const langs = readdirSync(new URL('../../i18n/', import.meta.url)).filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    assert.equal(lines[0][0], 'en', 'English first');
    assert.deepEqual(lines.map(([lang]) => lang).sort(), langs.sort());
    for (const [lang, text] of lines) assert.equal(text, catalogue(lang)['page.needs_javascript']);
    assert.match(lines.find(([lang]) => lang === 'de')[1], /^Alignboard braucht JavaScript und WebAssembly/);
    await screenshot(page, 'i18n-no-script');
  } finally {
    await browser.close();
  }
});
