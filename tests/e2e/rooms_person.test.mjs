// Workshop rooms, who you are (issue 18 item 2: "name and colour, chosen on joining and
// remembered"): a browser that remembers no person is asked on its first join, in a dialog
// that keeps the focus; the room connects meanwhile; the others see the answer; a reload joins
// as the same person unasked; Esc keeps the suggestion; a page that keeps nothing writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { clickToolbar, screenshot } from './harness.mjs';
import { roomsForFile, workshop, person, collab, until, connected } from './rooms_setup.mjs';

const env = roomsForFile();
const QUESTION = 'Joining the workshop';

test('the first join asks for a name and a colour; the others see them and this browser remembers them', async () => {
  const w = await workshop(env.browser, env.server, 1);
  const url = new URL(w.link);
  const b = await person(env.browser, env.server, url.search, url.hash, { ask: true });
  try {
    const a = w.people[0].page, page = b.page;
    const dialog = page.getByRole('dialog', { name: QUESTION });
    await dialog.waitFor();
    await screenshot(page, 'rooms_person_question');
    const name = dialog.getByRole('textbox', { name: 'Your name' });
    const suggested = await name.inputValue();
    assert.match(suggested, /^Guest \d+$/, 'the suggestion is prefilled');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ab-person-name', 'the focus is in the dialog');
    // Joining does not wait for the answer: the room connects and A sees the suggestion.
    await connected(page);
    await until(async () => (await collab(a)).peers.some((p) => p.name === suggested), 'A sees the suggestion meanwhile');
    // Eight colours, each a radio button named in words.
    assert.equal(await dialog.getByRole('radio').count(), 8);
    await name.fill('Chidi');
    await dialog.getByRole('radio', { name: 'Violet' }).check();
    // The focus goes round inside the dialog: Tab past Join comes back to the name.
    const join = dialog.getByRole('button', { name: 'Join' });
    await join.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ab-person-name', 'Tab stays in the dialog');
    await join.click();
    await dialog.waitFor({ state: 'hidden' });
    const seen = await until(async () => (await collab(a)).peers.find((p) => p.name === 'Chidi'), 'A sees the chosen name');
    assert.equal(seen.colour, '#6938ef', 'and the chosen colour');
    await until(() => a.locator('[data-peer="Chidi"]').count(), 'the name in A\u2019s list of people');
    const dot = await a.locator('[data-peer="Chidi"] .ab-room-dot').evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(dot, 'rgb(105, 56, 239)', 'in the chosen colour');
    assert.equal(await page.getByRole('region', { name: 'Workshop' }).getByLabel('Your name').inputValue(), 'Chidi',
      'the workshop bar shows the name');
    // Joining again from this browser: remembered, not asked.
    await page.reload();
    await page.waitForFunction(() => window.alignboardReady !== undefined);
    await page.evaluate(() => window.alignboardReady.then(() => true));
    await connected(page);
    await until(async () => (await collab(a)).peers.some((p) => p.name === 'Chidi' && p.colour === '#6938ef'), 'A sees Chidi again');
    assert.equal(await page.getByRole('dialog', { name: QUESTION }).count(), 0, 'not asked again');
  } finally {
    await b.close();
    for (const p of w.people) await p.close();
  }
});

test('Esc on the first-join question keeps the suggestion; a page that keeps nothing remembers nothing', async () => {
  const w = await workshop(env.browser, env.server, 1);
  const url = new URL(w.link);
  const b = await person(env.browser, env.server, url.search + '&storage=none', url.hash, { ask: true });
  try {
    const dialog = b.page.getByRole('dialog', { name: QUESTION });
    await dialog.waitFor();
    const suggested = await dialog.getByRole('textbox', { name: 'Your name' }).inputValue();
    const colour = await dialog.locator('input[type=radio]:checked').inputValue();
    await b.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const seen = await until(async () => (await collab(w.people[0].page)).peers.find((p) => p.name === suggested), 'A sees the suggestion');
    assert.equal(seen.colour, colour, 'in the suggested colour');
    assert.equal(await b.page.evaluate(() => localStorage.getItem('alignboard.person')), null, 'nothing written');
  } finally {
    await b.close();
    for (const p of w.people) await p.close();
  }
});

test('one who starts their first workshop is asked first, then the focus goes to the workshop\u2019s links', async () => {
  const host = await person(env.browser, env.server, '?storage=none', '', { ask: true });
  try {
    const page = host.page;
    await clickToolbar(page, 'workshop');
    const question = page.getByRole('dialog', { name: QUESTION });
    await question.waitFor();
    const links = page.getByRole('dialog', { name: 'Workshop started' });
    await links.waitFor();
    await connected(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ab-person-name', 'the question keeps the focus');
    await question.getByRole('textbox', { name: 'Your name' }).fill('Ada');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ab-room-link', 'on to the edit link');
    assert.ok(await links.isVisible(), 'the links stay open');
    assert.equal(await page.getByRole('region', { name: 'Workshop' }).getByLabel('Your name').inputValue(), 'Ada');
  } finally {
    await host.close();
  }
});
