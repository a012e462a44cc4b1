// SPDX-License-Identifier: GPL-3.0-or-later
// What every view must satisfy on every screen: no sideways scroll, the tabs inside the viewport, axe-core with
// no critical or serious violation, touch-sized targets, and a focused control never under the masthead or the
// player bar.
import { fileURLToPath } from 'node:url';

export const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 860 },
];
export const LANGUAGES = ['en', 'fr', 'de'];
const AXE = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));

// Sideways overflow of the document, in px (0 when nothing sticks out).
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Tabs whose box is not fully inside the viewport, with their text and box.
export function tabsOutside(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tabs a')]
      .map((a) => ({ text: a.textContent, box: a.getBoundingClientRect().toJSON() }))
      .filter(({ box }) => box.left < 0 || box.right > window.innerWidth + 0.5 || box.width === 0),
  );
}

// axe-core's critical and serious violations inside the page (or one element of it).
export async function seriousViolations(page, selector = null) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (context) => window.axe.run(context ?? document, { resultTypes: ['violations'] }),
    selector,
  );
  return results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const CONTROLS = 'button, select, a[href], input:not([type=file]):not(.sr-only), [role=slider], summary';

// Visible controls (inside `selector`, or the whole page) that stick out of the viewport sideways.
export function controlsOutside(page, selector = null) {
  return page.evaluate(
    ([root, controls]) =>
      [...(root ? document.querySelector(root) : document).querySelectorAll(controls)]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.sr-only, .skip-link'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < -0.5 || box.right > window.innerWidth + 0.5))
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.left)}..${Math.round(box.right)}`,
        ),
    [selector, CONTROLS],
  );
}

// Visible controls (inside `selector`, or the whole page) smaller than 44 x 44 px (WCAG 2.5.5 on touch screens).
export function smallTargets(page, selector = null) {
  return page.evaluate(
    ([root, selectors]) => {
      const controls = (root ? document.querySelector(root) : document).querySelectorAll(selectors);
      return (
        [...controls]
          .filter((el) => el.getClientRects().length > 0 && !el.closest('.sr-only, .skip-link'))
          // A checkbox's target is its whole label.
          .map((el) => ({
            el,
            box: (el.type === 'checkbox' ? (el.closest('label') ?? el) : el).getBoundingClientRect(),
          }))
          .filter(({ box }) => box.width > 0 && (box.width < 43.5 || box.height < 43.5))
          .map(
            ({ el, box }) =>
              `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`,
          )
      );
    },
    [selector, CONTROLS],
  );
}

// Presses Tab up to `presses` times (or, with untilPlayer, until the focus reaches the player bar, the end of
// a view's content); returns the focused controls that sat under the masthead or the player.
export async function hiddenFocus(page, presses, { untilPlayer = false } = {}) {
  const hidden = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const problem = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (document.getElementById('player').contains(el)) return 'in the player';
      const masthead = document.getElementById('masthead');
      const player = document.getElementById('player');
      // The skip link shows on top of the masthead by design.
      if (masthead.contains(el) || player.contains(el) || el.closest('dialog, .skip-link')) return null;
      const box = el.getBoundingClientRect();
      const top = masthead.getBoundingClientRect().bottom;
      const bottom = player.getBoundingClientRect().top;
      // In full sight, or (taller than the space left) its top edge in sight and filling the rest of the space
      // but the 8 px that layout.js keeps under the masthead.
      const seen = Math.min(box.bottom, bottom) - Math.max(box.top, top);
      if (seen >= Math.min(box.height, bottom - top - 8) - 1) return null;
      return `${el.tagName.toLowerCase()}.${el.className} at ${Math.round(box.top)}..${Math.round(box.bottom)} (visible ${Math.round(top)}..${Math.round(bottom)})`;
    });
    if (problem === 'in the player') {
      if (untilPlayer) break;
    } else if (problem) hidden.push(problem);
  }
  return hidden;
}

// Visible text (inside `selector`, or the whole page) cut short by its box (an ellipsis or a clip) that a parent
// cannot read in full anywhere: neither the element nor one around it has a tooltip (title) holding the text.
export function cutTexts(page, selector = null) {
  return page.evaluate((root) => {
    const scope = root ? document.querySelector(root) : document.body;
    return [...scope.querySelectorAll('*')]
      .filter((el) => {
        if (el.getClientRects().length === 0 || el.closest('.sr-only, .skip-link, select, option')) return false;
        if (![...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()))
          return false;
        if (getComputedStyle(el).overflowX === 'visible' || el.scrollWidth <= el.clientWidth + 1) return false;
        const full = el.textContent.trim();
        return !el.closest('[title]')?.getAttribute('title').includes(full);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}"`);
  }, selector);
}

// Visible text (inside `selector`, or the whole page) that leaks code: a "null", "undefined" or "NaN" a missing
// value wrote, or a "{name}" a translation left unfilled.
export function leakedText(page, selector = null) {
  return page.evaluate((root) => {
    const scope = root ? document.querySelector(root) : document.body;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style') || el.getClientRects().length === 0) continue;
      if (/\b(null|undefined|NaN)\b|\{\w+\}/.test(node.textContent)) found.push(node.textContent.trim().slice(0, 60));
    }
    return found;
  }, selector);
}
