// Helpers of the accessibility tests: an axe-core audit of a page (through @axe-core/playwright)
// that keeps only the serious and critical violations, each as one readable line.
import AxeBuilder from '@axe-core/playwright';

export async function seriousViolations(page, { include } = {}) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// The live region's state: how many announcements it made and the last one (board_mirror.js
// appends one node per announcement and marks a change still settling with data-pending).
export async function settledAnnouncements(page) {
  await page.waitForFunction(() => {
    const live = document.querySelector('.ab-a11y-live');
    return live && !live.hasAttribute('data-pending');
  });
  return page.evaluate(() => window.__announced || []);
}

// Records every announcement the live region makes from now on, into window.__announced.
export async function recordAnnouncements(page) {
  await page.evaluate(() => {
    window.__announced = [];
    const live = document.querySelector('.ab-a11y-live');
    new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => { if (n.textContent) window.__announced.push(n.textContent); });
    }).observe(live, { childList: true });
  });
}

// Presses Tab (Shift+Tab with `back`) until the focused element has data-key `key`; fails after
// `max` presses. Keyboard only: no click, no focus() call.
export async function tabTo(page, key, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((k) => document.activeElement && document.activeElement.getAttribute('data-key') === k, key)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${key}`);
}

// Waits until the app drew what it owes and the mirror took in the plan's latest outline (its
// tree is aria-busy from a change until then).
export async function settled(page) {
  await page.waitForFunction(() => window.alignboard && window.alignboard.isIdle());
  await page.waitForFunction(() => {
    const tree = document.querySelector('[role=tree]');
    return tree && !tree.hasAttribute('aria-busy');
  });
}
