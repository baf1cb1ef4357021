// Every plan the full app opens is kept, or says why not: a template or plan opened by its URL
// becomes a plan of the library (a reload does not add it twice); a plan URL that cannot be
// read, or an unknown template, says so and leaves no empty editable plan; and opening a plan
// again and again makes one "Opened" checkpoint, not one per opening. Each test has a browser
// of its own: its library is the thing under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, call, screenshot, sharedSite } from './harness.mjs';
import { withBrowser, ready } from './library_store.mjs';

const LIMIT = 120_000;
const BAKERY = 'Corner bakery: winter 2026-27';  // the small-business template's plan name

const env = sharedSite();

async function waitSaved(page) {
  await page.waitForFunction(() => {
    const s = window.alignboard.storage();
    return !s.pending && s.savedRevision >= window.alignboard.revision() && s.state === 'saved';
  });
}
const named = async (page, name) => (await call(page, 'plans')).filter((p) => p.name === name && !p.trashed);

test('a template opened by its URL is kept in the library; a reload shows it, not a second copy', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true, query: '?template=small-business' });
    const { page } = app;
    await waitSaved(page);
    assert.equal((await call(page, 'getPlan')).name, BAKERY);
    assert.equal((await named(page, BAKERY)).length, 1, 'the template is a plan of the library');
    assert.equal(await page.evaluate(() => new URL(location.href).searchParams.has('template')), false,
      'the address no longer asks for the template');

    // The baker's first card, typed the way a user makes one.
    await page.mouse.click(640, 400);
    await waitForIdle(page);
    await page.keyboard.press('n');
    await waitForIdle(page);
    await page.keyboard.type('Weekend market stall');
    await page.keyboard.press('Enter');
    await waitForIdle(page);
    await waitSaved(page);

    // The sample plan (fetched at every start, for a first visit) arrives after the library has
    // answered, as it does on a busy machine: it must not stand in for the stored plan.
    await page.route('**/plans/selma.json', async (route) => {
      await new Promise((resolve) => { setTimeout(resolve, 1500); });
      await route.continue();
    });
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => window.alignboard.storage().state === 'saved');
    await page.unroute('**/plans/selma.json');
    const plan = await call(page, 'getPlan');
    assert.equal(plan.name, BAKERY);
    assert.ok(JSON.stringify(plan).includes('Weekend market stall'), 'the work is there after the reload');
    assert.equal((await named(page, BAKERY)).length, 1, 'the reload added no second copy');

    // The template's address again in this tab (as a reload before the address was cleaned
    // would be): the tab remembers it made that plan, and opens it.
    await page.goto(env.site.url + '?template=small-business');
    await ready(page);
    await page.waitForFunction(() => window.alignboard.storage().state === 'saved');
    assert.ok(JSON.stringify(await call(page, 'getPlan')).includes('Weekend market stall'));
    assert.equal((await named(page, BAKERY)).length, 1, 'still one copy');
    await app.close();

    // Reopened later, from the app's own address: the baker's plan, as left.
    const again = await openApp(env.site, browser, { storage: true });
    const reopened = await call(again.page, 'getPlan');
    assert.equal(reopened.name, BAKERY);
    assert.ok(JSON.stringify(reopened).includes('Weekend market stall'));
    await again.close();
  });
});

test('a plan opened by its URL is kept in the library too', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const url = env.site.url + 'plans/templates/truth-is-hard.json';
    const app = await openApp(env.site, browser, { storage: true, query: `?plan=${encodeURIComponent(url)}` });
    const { page } = app;
    await waitSaved(page);
    const name = (await call(page, 'getPlan')).name;
    assert.equal((await named(page, name)).length, 1, `"${name}" is a plan of the library`);
    assert.equal(await page.evaluate(() => location.search), '', 'the address no longer asks for the URL');
    await app.close();
  });
});

test('a plan URL that cannot be read names it, says why and leaves no editable plan', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const missing = env.site.url + 'plans/nowhere.json';
    const app = await openApp(env.site, browser, { storage: true, query: `?plan=${encodeURIComponent(missing)}` });
    const { page } = app;
    const message = await call(page, 'lastMessage');
    assert.ok(message.includes(missing), `the message names the URL: ${message}`);
    assert.match(message, /HTTP 404/);
    assert.equal((await call(page, 'storage')).readOnly, true);
    await page.mouse.click(640, 400);
    await page.keyboard.press('n');
    await waitForIdle(page);
    assert.equal((await call(page, 'getPlan')).goals.length, 0, 'N made no card in the stand-in plan');
    assert.deepEqual(await call(page, 'plans'), [], 'nothing was added to the library');
    await screenshot(page, 'first-hour-plan-404');
    await app.close();

    // Another origin that does not let the app read it (CORS, or the page's own policy).
    const elsewhere = 'http://127.0.0.1:9/plan.json';
    const other = await openApp(env.site, browser, { storage: true, query: `?plan=${encodeURIComponent(elsewhere)}` });
    const why = await call(other.page, 'lastMessage');
    assert.ok(why.includes(elsewhere), why);
    assert.match(why, /CORS/);
    assert.deepEqual(await call(other.page, 'plans'), []);
    await other.close();
  });
});

test('an unknown template names the templates there are', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true, query: '?template=bakery' });
    const { page } = app;
    const message = await call(page, 'lastMessage');
    assert.match(message, /no template named .bakery./);
    for (const id of ['selma', 'share-a-coke', 'truth-is-hard', 'small-business', 'blank']) {
      assert.ok(message.includes(id), `names ${id}: ${message}`);
    }
    assert.equal((await call(page, 'apply', { op: 'add', kind: 'goal', item: { id: 'G9', name: 'x' } })).ok, false);
    assert.deepEqual(await call(page, 'plans'), []);
    await screenshot(page, 'first-hour-unknown-template');
    await app.close();
  });
});

test('a plan opened three times has one "Opened" checkpoint', { timeout: LIMIT }, async () => {
  await withBrowser(async (browser) => {
    const app = await openApp(env.site, browser, { storage: true });
    const { page } = app;
    const opened = () => call(page, 'checkpoints').then((l) => l.filter((c) => c.name === 'Opened'));
    await page.waitForFunction(() => window.alignboard.checkpoints().then((l) => l.some((c) => c.name === 'Opened')));
    for (let i = 0; i < 2; ++i) {
      await page.reload();
      await ready(page);
      await page.waitForFunction(() => window.alignboard.storage().busy === 0);
    }
    // The last opening's checkpoint, had it been made, is one IndexedDB write: a short settle
    // (there is no event for a checkpoint not made).
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    assert.equal((await opened()).length, 1, JSON.stringify(await call(page, 'checkpoints')));
    await app.close();
  });
});
