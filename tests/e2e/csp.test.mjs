// The page under the strict Content-Security-Policy scripts/serve.mjs gives the app page (and
// the README recommends): no inline script, no eval (only 'wasm-unsafe-eval' to compile the
// wasm), scripts, fonts and plans from the page's own origin, no plugins, no <base>, framed only
// by the pages config.json lists. The app must open, draw, and cause no CSP violation nor
// console error. Also checks that the server hands out the build's precompressed copies
// (.br/.gz) with the original Content-Type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import path from 'node:path';

import { startServer, appPolicy, APP_CSP, REFERRER_POLICY } from '../../scripts/serve.mjs';
import { WEB_DIR, launchBrowser, openApp, waitForFrames } from './harness.mjs';

let CSP;
let site;
let browser;
before(async () => {
  await access(path.join(WEB_DIR, 'index.html')).catch(() => {
    throw new Error(`no app in ${WEB_DIR}: build it first (scripts/serve.sh or the test script)`);
  });
  CSP = await appPolicy(WEB_DIR);
  site = await startServer(WEB_DIR, 0);
  browser = await launchBrowser({ dpr: 1 });
  // Collects every CSP violation of every page of this browser, from before the page's scripts.
  await browser.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push({
        directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile,
        line: e.lineNumber, sample: e.sample,
      });
    });
  });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

// How long the app may take to become ready before the test gives up and shows why.
const READY_MS = 60_000;

test('the app opens and draws under a strict Content-Security-Policy, with no violation and a clean console', { timeout: 3 * READY_MS }, async () => {
  // openApp collects console errors once it is ready; the page's messages are kept here too, so
  // that a page the policy keeps from starting fails with them instead of waiting forever.
  const messages = [];
  let page = null;
  const onPage = (p) => {
    page = p;
    p.on('console', (msg) => messages.push({ type: msg.type(), text: msg.text() }));
    p.on('pageerror', (err) => messages.push({ type: 'pageerror', text: String(err) }));
  };
  browser.context.on('page', onPage);
  let documentCsp = null;
  const onResponse = (res) => {
    if (res.request().resourceType() === 'document') documentCsp = res.headers()['content-security-policy'];
  };
  browser.context.on('response', onResponse);
  let app;
  let timer;
  try {
    const opening = openApp(site, browser);  // ?storage=none; resolves after alignboardReady + idle
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve(null), READY_MS); });
    app = await Promise.race([opening, timedOut]);
    if (!app) {
      const violations = page ? await page.evaluate(() => window.__cspViolations).catch(() => null) : null;
      opening.catch(() => {});
      await page?.close().catch(() => {});
      assert.fail(`the app did not become ready in ${READY_MS / 1000} s under the policy\n` +
        `CSP violations: ${JSON.stringify(violations, null, 1)}\nconsole: ${JSON.stringify(messages, null, 1)}`);
    }
  } finally {
    clearTimeout(timer);
    browser.context.off('page', onPage);
  }
  const warnings = messages.filter((m) => m.type === 'warning').map((m) => m.text);
  try {
    browser.context.off('response', onResponse);
    assert.equal(documentCsp, CSP, 'the page was served with the policy');
    assert.ok(CSP.startsWith(APP_CSP) && /; frame-ancestors 'self'/.test(CSP), `the strict policy with frame-ancestors: ${CSP}`);

    // A frame drawn: the frame counter moved and the board shows the sample's cards.
    const frames = await app.page.evaluate(() => window.alignboard.frameCount());
    assert.ok(frames > 0, `frames drawn (${frames})`);
    await app.page.evaluate(() => window.alignboard.apply(
      { op: 'set', id: 'G1', field: 'name', value: 'Goal one, under CSP' }));
    await waitForFrames(app.page, 1);
    assert.ok(await app.page.evaluate(() => window.alignboard.itemRect('G1')), 'the G1 card is on screen');

    const violations = await app.page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], `CSP violations: ${JSON.stringify(violations, null, 1)}`);
    assert.deepEqual(app.errors, [], 'no console errors');
    const cspWarnings = warnings.filter((w) => /Content.Security.Policy|Refused to/i.test(w));
    assert.deepEqual(cspWarnings, [], 'no CSP warnings in the console');
  } finally {
    await app.close();
  }
});

test('the app files arrive precompressed (br first, then gzip) with their own Content-Type', async () => {
  const files = [
    ['alignboard.wasm', 'application/wasm'],
    ['alignboard.js', 'text/javascript; charset=utf-8'],
    ['fonts/inter-regular.otf', 'font/otf'],
    ['fonts/inter-semibold.otf', 'font/otf'],
    ['fonts/icons.ttf', 'font/ttf'],
  ];
  for (const [file, type] of files) {
    for (const [accept, coding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', undefined],
                                    ['br;q=0, gzip;q=0.5', 'gzip']]) {
      const res = await fetch(site.url + file, { headers: { 'Accept-Encoding': accept } });
      const body = Buffer.from(await res.arrayBuffer());
      assert.equal(res.status, 200, `${file}: status`);
      assert.equal(res.headers.get('content-type'), type, `${file} (${accept}): Content-Type`);
      assert.equal(res.headers.get('content-encoding') ?? undefined, coding, `${file} (${accept}): Content-Encoding`);
      assert.equal(res.headers.get('vary'), 'Accept-Encoding', `${file}: Vary`);
      assert.equal(res.headers.get('referrer-policy'), REFERRER_POLICY, `${file}: Referrer-Policy`);
      assert.ok(body.length > 0, `${file}: a body`);
    }
  }
});
