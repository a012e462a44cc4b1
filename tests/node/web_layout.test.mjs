// SPDX-License-Identifier: GPL-3.0-or-later
// Every view at 360, 390, 768 and 1280 px in English, French and German: no sideways scroll, every tab inside
// the viewport, axe-core clean (no critical or serious violation, dialogs included), 44 px targets on touch-sized
// screens and keyboard focus never hidden under the masthead or the player. A screenshot of each view at each
// size and language goes to the test artifacts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, openApp, screenshot, seedPlaylist, card, useServerAndBrowser } from './lib/browser.mjs';
import {
  LANGUAGES,
  VIEWPORTS,
  hiddenFocus,
  horizontalOverflow,
  seriousViolations,
  smallTargets,
  tabsOutside,
} from './lib/pagechecks.mjs';

const LONG_TITLE =
  'The very long adventures of the little owl who could not sleep and the moon that sang to her every night';
const VIEWS = ['playlists', 'add', 'tags', 'status', 'trash'];
const env = useServerAndBrowser({
  seed: async (server) => {
    await seedPlaylist(server, LONG_TITLE, ['Owl song', 'Moon song with a title that goes on and on and on for ever']);
    await seedPlaylist(server, 'Bedtime', []);
    const gone = await seedPlaylist(server, `${LONG_TITLE} (old)`, ['A song with a long title of its own']);
    await apiCall(server, 'DELETE', `/api/playlists/${gone.id}/tracks`, { track_numbers: [1] });
    await apiCall(server, 'DELETE', `/api/playlists/${gone.id}`, {});
  },
});

async function showView(page, view) {
  await page.evaluate((name) => {
    location.hash = `#/${name}`;
  }, view);
  await page.locator(`#view-${view}`).waitFor({ state: 'visible' });
  if (view === 'playlists') {
    const owl = card(page, LONG_TITLE);
    if ((await owl.locator('.playlist-expand').getAttribute('aria-expanded')) !== 'true')
      await owl.locator('.playlist-expand').click();
    await owl.locator('.track').first().waitFor();
  }
  if (view === 'trash') await page.locator('.trash-row').nth(1).waitFor();
  if (view === 'status') await page.locator('[data-status="version"] .status-value').getByText(/\d/).waitFor();
}

for (const lang of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`${lang} at ${viewport.width} px: no sideways scroll, tabs in view, axe clean, touch targets`, async () => {
      const page = await env.browser.newPage({ viewport, locale: lang });
      try {
        await openApp(page, env.server);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        for (const view of VIEWS) {
          await showView(page, view);
          await screenshot(page, `layout-${lang}-${viewport.width}-${view}`);
          assert.equal(await horizontalOverflow(page), 0, `${view}: the page scrolls sideways`);
          assert.deepEqual(await tabsOutside(page), [], `${view}: tabs outside the viewport`);
          assert.deepEqual(await seriousViolations(page), [], `${view}: axe-core`);
          if (viewport.width <= 1024) assert.deepEqual(await smallTargets(page), [], `${view}: targets under 44 px`);
        }
        await page.evaluate(() => {
          location.hash = '#/playlists';
        });
        await page.locator('#new-playlist').click();
        await page.locator('dialog[open]').waitFor();
        await screenshot(page, `layout-${lang}-${viewport.width}-dialog`);
        assert.deepEqual(await seriousViolations(page, 'dialog[open]'), [], 'new playlist dialog: axe-core');
        await page.keyboard.press('Escape');
      } finally {
        await page.close();
      }
    });
  }
}

for (const viewport of [VIEWPORTS[1], VIEWPORTS[2]]) {
  test(`keyboard focus is never hidden under the masthead or the player at ${viewport.width} px`, async () => {
    const page = await env.browser.newPage({ viewport: { width: viewport.width, height: 600 }, locale: 'fr' });
    try {
      await openApp(page, env.server);
      await showView(page, 'playlists');
      await page.locator('#main').focus();
      assert.deepEqual(await hiddenFocus(page, 40), []);
    } finally {
      await page.close();
    }
  });
}

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
