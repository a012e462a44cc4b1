// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps --masthead-height and --player-height equal to the real sticky masthead and fixed player bar (their
// height changes with the language, the width and the banner), so that scroll padding and the page's bottom
// padding keep every focused control in sight; and scrolls a focused control out from under either of them.

const MARGIN_PX = 8;

export function keepFocusInSight(masthead, player) {
  const root = document.documentElement.style;
  const measure = () => {
    root.setProperty('--masthead-height', `${Math.ceil(masthead.getBoundingClientRect().height)}px`);
    root.setProperty('--player-height', `${Math.ceil(player.getBoundingClientRect().height)}px`);
  };
  new ResizeObserver(measure).observe(masthead);
  new ResizeObserver(measure).observe(player);
  measure();

  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof Element) || masthead.contains(target) || player.contains(target)) return;
    if (target.closest('dialog')) return;
    const rect = target.getBoundingClientRect();
    const top = masthead.getBoundingClientRect().bottom + MARGIN_PX;
    const bottom = player.getBoundingClientRect().top - MARGIN_PX;
    // Taller than the space between the two: its top edge goes first.
    if (rect.height > bottom - top) window.scrollBy({ top: rect.top - top, behavior: 'instant' });
    else if (rect.bottom > bottom) window.scrollBy({ top: rect.bottom - bottom, behavior: 'instant' });
    else if (rect.top < top) window.scrollBy({ top: rect.top - top, behavior: 'instant' });
  });
}
