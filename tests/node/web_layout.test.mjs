// SPDX-License-Identifier: GPL-3.0-or-later
// Every view and dialog at 360, 390, 768 and 1280 px in English (lib/layoutmatrix.mjs; French and German in
// web_layout_fr and web_layout_de), and the focus ring's contrast.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openApp } from './lib/browser.mjs';
import { layoutMatrix, useLayoutBox } from './lib/layoutmatrix.mjs';

const env = useLayoutBox();
layoutMatrix(env, 'en');

test('the focus ring has at least 3:1 contrast on white, on the page and on a selected row', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
  try {
    await openApp(page, env.server);
    await page.keyboard.press('Tab');
    const ratios = await page.evaluate(() => {
      const channels = (css) =>
        css
          .match(/\d+(\.\d+)?/g)
          .slice(0, 3)
          .map(Number);
      const hex = (name) => {
        const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim().slice(1);
        return value.match(/../g).map((pair) => parseInt(pair, 16));
      };
      const luminance = (rgb) => {
        const [r, g, b] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const contrast = (a, b) => {
        const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (high + 0.05) / (low + 0.05);
      };
      const style = getComputedStyle(document.activeElement);
      const ring = channels(style.outlineColor);
      return {
        ring: style.outlineStyle,
        white: contrast(ring, [255, 255, 255]),
        page: contrast(ring, hex('--bg')),
        selected: contrast(ring, hex('--primary-soft')),
      };
    });
    assert.equal(ratios.ring, 'solid', 'the focused control shows the ring');
    for (const where of ['white', 'page', 'selected'])
      assert.ok(ratios[where] >= 3, `${where}: ${ratios[where].toFixed(2)}:1`);
  } finally {
    await page.close();
  }
});
