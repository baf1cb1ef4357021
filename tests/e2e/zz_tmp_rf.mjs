import { launchBrowser, WEB_DIR } from './harness.mjs';
const { startServer } = await import(process.argv[2]);
const site = await startServer(WEB_DIR, 0);
const browser = await launchBrowser();
const page = await browser.context.newPage();
page.on('requestfailed', (r) => console.log('FAILED', r.url(), r.failure()?.errorText));
await page.goto(site.url + 'favicon.svg');
await page.evaluate(async (u) => {
  const read = async (url, mode) => {
    const r = await fetch(url + '?' + mode, { cache: 'no-cache' });
    const reader = r.body.getReader(); let n = 0;
    for (;;) { const x = await reader.read(); if (x.done) break; n += x.value.byteLength; }
    return n;
  };
  for (let i = 0; i < 5; i++) { await read(u + 'plans/selma.json', 's' + i); await read(u + 'fonts/icons.ttf', 's' + i); await read(u + 'fonts/inter-regular.otf', 's' + i); }
  await new Promise((r) => setTimeout(r, 500));
}, site.url);
console.log('done');
await browser.close(); await site.close();
