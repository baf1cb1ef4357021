// A German reader with the real mouse and keyboard: a drop the model refuses says why in German;
// the inspector shows a budget as Germans write it ("1.234,5"), takes a typed "2.500" as 2500 and
// refuses "lots" in German under the field; the card's money is German too ("150 Tsd. €", read
// from the board's picture, which draws the cards' words from the same core code as the canvas).
import assert from 'node:assert/strict';
import { test, before, after } from 'node:test';

import { openApp, startSite, launchBrowser, waitForIdle, screenshot, call, itemCentre, panelClick, panelType } from './harness.mjs';

const bakery = {
  format: 'alignboard.plan', version: 1, name: 'Bäckerei am Markt', currency: 'EUR',
  start: '2026-01-01', end: '2026-12-31',
  people: [],
  goals: [{ id: 'G1', name: 'Zwei Cafés mehr' }],
  strategies: [{ id: 'S1', name: 'Büros in der Nähe', goals: ['G1'] }],
  products: [],
  tactics: [{ id: 'm1', name: 'Mittagsflyer', strategies: ['S1'], channel: 'social', stage: 'awareness', budget: 1234.5 }],
  kpis: [],
  insights: [],
};
// Spaces as the user sees them: Intl puts a no-break space between amount and currency.
const plain = (s) => String(s).replace(/[\u00a0\u202f]|&#160;|&#xa0;|&nbsp;/gi, ' ');
const budget = async (page) => (await call(page, 'getPlan')).tactics.find((t) => t.id === 'm1').budget;
const boardPicture = async (page) => plain((await call(page, 'export', 'svg')).text);

let site;
before(async () => { site = await startSite(); });
after(async () => { await site.close(); });

// Presses on `from`'s card and drags it onto `to`'s card, holding until the preview shows.
async function dragOnto(page, from, to) {
  const a = await itemCentre(page, from);
  const b = await itemCentre(page, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(a.x + 12, a.y + 4, { steps: 3 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.waitForFunction((target) => {
    const p = window.alignboard.dragPreview();
    return p !== null && p.target === target;
  }, to);
}

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
  const browser = await launchBrowser({ locale: 'de-DE' });
  try {
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
      assert.equal(await fieldText(page, 'budget'), '1.234,5');
      await panelType(page, 'budget', '2.500');
      assert.equal(await budget(page), 2500);
      assert.match(await boardPicture(page), /2\.500 €/);
      await panelType(page, 'budget', '150.000');
      assert.equal(await budget(page), 150000);
      assert.match(await boardPicture(page), /150 Tsd\. €/);
      await panelType(page, 'budget', '1234,75');
      assert.equal(await budget(page), 1234.75);
      await panelType(page, 'budget', '1234.5');  // plain, as a file writes it: the same in every locale
      assert.equal(await budget(page), 1234.5);

      // "lots" is refused in German, under the field; the plan keeps its budget.
      await panelType(page, 'budget', 'lots');
      assert.equal(await budget(page), 1234.5);
      assert.match((await call(page, 'panelErrors')).budget || '',
        /^Nicht gespeichert — Erwartet wurde eine Zahl, gefunden: "lots"$/);
      await screenshot(page, 'i18n-numbers-german');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  } finally {
    await browser.close();
  }
});
