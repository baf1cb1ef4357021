// Linking by dragging one card onto another with the real mouse: the what-if score shows before
// the button is released, the drop makes one undoable link, and a drop the model refuses changes
// nothing and says why.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openApp, waitForIdle, itemCentre, call, dragOnto, sharedSite } from './harness.mjs';

const env = sharedSite({ pool: true });
const pool = env.pool;

// Tall enough that every tactic of the Selma plan is on screen at the fitted zoom.
const VIEW = { width: 1280, height: 1300 };

const tacticLinksOf = (plan, id) => plan.tactics.find((t) => t.id === id).strategies;

test('dragging tactic m11 onto strategy S2 previews 88.5 → 91.4 before the drop, then links them', async () => {
  const app = await openApp(env.site, await pool.get(1), VIEW);
  const { page } = app;
  try {
    assert.equal((await call(page, 'getScores')).overall, 88.5);
    const m11Before = await itemCentre(page, 'm11');
    await dragOnto(page, 'm11', 'S2');
    const preview = await call(page, 'dragPreview');
    assert.deepEqual(preview, { source: 'm11', target: 'S2', ok: true, text: '88.5 → 91.4' });
    assert.equal((await call(page, 'getScores')).overall, 88.5, 'nothing is applied before the drop');
    await page.mouse.up();
    await waitForIdle(page);

    assert.equal(await call(page, 'dragPreview'), null);
    assert.ok(tacticLinksOf(await call(page, 'getPlan'), 'm11').includes('S2'));
    assert.equal((await call(page, 'getScores')).overall, 91.4);
    const m11After = await itemCentre(page, 'm11');
    assert.deepEqual(m11After.rect, m11Before.rect, 'the dropped card goes back to its place');

    await page.keyboard.press('Control+z');
    await waitForIdle(page);
    assert.ok(!tacticLinksOf(await call(page, 'getPlan'), 'm11').includes('S2'), 'one undo removes the link');
    assert.equal((await call(page, 'getScores')).overall, 88.5);

    await page.keyboard.press('Control+Shift+z');
    await waitForIdle(page);
    assert.ok(tacticLinksOf(await call(page, 'getPlan'), 'm11').includes('S2'));
    assert.equal((await call(page, 'getScores')).overall, 91.4);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('dragging goal G1 onto strategy S2 links them the right way up (S2 under G1)', async () => {
  const app = await openApp(env.site, await pool.get(2), VIEW);
  const { page } = app;
  try {
    await dragOnto(page, 'G1', 'S2');
    const preview = await call(page, 'dragPreview');
    assert.equal(preview.ok, true);
    assert.match(preview.text, /^\d+\.\d → \d+\.\d$/);
    await page.mouse.up();
    await waitForIdle(page);
    const plan = await call(page, 'getPlan');
    assert.ok(plan.strategies.find((s) => s.id === 'S2').goals.includes('G1'));
    assert.equal((await call(page, 'getScores')).overall, Number(preview.text.split(' → ')[1]));
  } finally {
    await app.close();
  }
});

test('a drop the model refuses (tactic m11 onto goal G1) changes nothing and says why', async () => {
  const app = await openApp(env.site, await pool.get(1), VIEW);
  const { page } = app;
  try {
    const planBefore = await call(page, 'getPlan');
    const revBefore = await call(page, 'revision');
    await dragOnto(page, 'm11', 'G1');
    const preview = await call(page, 'dragPreview');
    assert.equal(preview.ok, false);
    assert.equal(preview.target, 'G1');
    assert.ok(preview.text.length > 10, `a reason: ${preview.text}`);
    await page.mouse.up();
    await waitForIdle(page);
    assert.deepEqual(await call(page, 'getPlan'), planBefore);
    assert.equal(await call(page, 'revision'), revBefore);
    const message = await call(page, 'lastMessage');
    assert.ok(message.includes(preview.text), `the message says why: ${message}`);
  } finally {
    await app.close();
  }
});
