// SPDX-License-Identifier: GPL-3.0-or-later
// The one loop over every view and dialog of the page at 360, 390, 768 and 1280 px, for one language: no
// sideways scroll, every tab and control inside the viewport, axe-core clean (no critical or serious
// violation), 44 px targets on touch-sized screens and keyboard focus never hidden under the masthead or the
// player. A screenshot of each view and dialog goes to the test artifacts as layout-<lang>-<width>-<name>.png.
// One test file per language runs it (web_layout*.test.mjs), so each stays well inside its time limit.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './browser.mjs';
import {
  VIEWPORTS,
  controlsOutside,
  hiddenFocus,
  horizontalOverflow,
  seriousViolations,
  smallTargets,
  tabsOutside,
} from './pagechecks.mjs';

export const LONG_TITLE =
  'The very long adventures of the little owl who could not sleep and the moon that sang to her every night';
const VIEWS = ['playlists', 'add', 'tags', 'parents', 'status', 'trash'];

const clock = (date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

// One box for the file: playlists with long titles, two trash entries, a linked tag and the parents' rules
// with quiet hours around now (so a start is refused and the page shows why).
export function useLayoutBox() {
  return useServerAndBrowser({
    seed: async (server) => {
      const owl = await seedPlaylist(server, LONG_TITLE, [
        'Owl song',
        'Moon song with a title that goes on and on and on for ever',
      ]);
      await seedPlaylist(server, 'Bedtime', []);
      const gone = await seedPlaylist(server, `${LONG_TITLE} (old)`, ['A song with a long title of its own']);
      await apiCall(server, 'DELETE', `/api/playlists/${gone.id}/tracks`, { track_numbers: [1] });
      await apiCall(server, 'DELETE', `/api/playlists/${gone.id}`, {});
      await apiCall(server, 'POST', '/api/nfc/associate', { tag_id: '0a0b0c0d', playlist_id: owl.id });
      await apiCall(server, 'POST', '/api/nfc/associate', { tag_id: '0a0b0c0e', action: 'sleep_30' });
      await apiCall(server, 'PUT', `/api/playlists/${owl.id}`, { max_volume: 60 });
      const now = Date.now();
      await apiCall(server, 'PUT', '/api/settings/parental', {
        quiet_hours: [
          {
            days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
            from: clock(new Date(now - 3600000)),
            to: clock(new Date(now + 3600000)),
          },
          { days: ['sat', 'sun'], from: '13:00', to: '15:00' },
        ],
        daily_budget_min: 90,
        quiet_max_volume: 30,
      });
    },
  });
}

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
  if (view === 'tags') await page.locator('#tags-panel li').nth(1).waitFor();
  if (view === 'parents') await page.locator('.quiet-window').nth(1).waitFor();
  if (view === 'status') await page.locator('[data-status="version"] .status-value').getByText(/\d/).waitFor();
}

async function checkScreen(page, where, viewport, root = null) {
  assert.equal(await horizontalOverflow(page), 0, `${where}: the page scrolls sideways`);
  assert.deepEqual(await tabsOutside(page), [], `${where}: tabs outside the viewport`);
  assert.deepEqual(await controlsOutside(page, root), [], `${where}: controls outside the viewport`);
  assert.deepEqual(await seriousViolations(page, root), [], `${where}: axe-core`);
  if (viewport.width <= 1024) assert.deepEqual(await smallTargets(page, root), [], `${where}: targets under 44 px`);
}

// Each dialog: how to open it from the playlists view with the long playlist expanded.
const DIALOGS = {
  'new-playlist': (page) => page.locator('#new-playlist').click(),
  volume: (page) => card(page, LONG_TITLE).locator('[data-action="volume"]').click(),
  'edit-track': (page) => card(page, LONG_TITLE).locator('[data-action="edit-track"]').first().click(),
  'move-track': (page) => card(page, LONG_TITLE).locator('[data-action="move"]').first().click(),
  sleep: (page) => page.locator('#player-sleep').click(),
  // The now-playing sheet is the phones' way to the whole player; wider screens show it all in the bar.
  'now-playing': async (page) => {
    if (!(await page.locator('#player-expand').isVisible())) return false;
    return page.locator('#player-expand').click();
  },
  'delete-confirm': (page) => card(page, LONG_TITLE).locator('[data-action="delete"]').click(),
  // Placed once no tag is being linked (the link dialog's cancel may still be on its way), so the box asks.
  'action-card': async (page, env, tag) => {
    const deadline = Date.now() + 10000;
    while ((await apiCall(env.server, 'GET', '/api/nfc/status')).association_mode) {
      assert.ok(Date.now() < deadline, 'a tag is still being linked');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await apiCall(env.server, 'POST', '/api/nfc/simulate', { tag_id: tag, action: 'place' });
  },
  'unlink-tag': (page) => card(page, LONG_TITLE).locator('[data-action="unlink-tag"]').click(),
  'link-tag': async (page) => {
    const bedtime = card(page, 'Bedtime');
    if ((await bedtime.locator('.playlist-expand').getAttribute('aria-expanded')) !== 'true')
      await bedtime.locator('.playlist-expand').click();
    await bedtime.locator('[data-action="link-tag"]').click();
  },
};

export function layoutMatrix(env, lang) {
  VIEWPORTS.forEach((viewport, index) => {
    test(`${lang} at ${viewport.width} px: every view and dialog fits, is axe clean, has touch targets and focus in sight`, async () => {
      const page = await env.browser.newPage({ viewport, locale: lang });
      try {
        await openApp(page, env.server);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        for (const view of VIEWS) {
          await showView(page, view);
          await screenshot(page, `layout-${lang}-${viewport.width}-${view}`);
          await checkScreen(page, view, viewport);
          await page.locator('#main').focus();
          assert.deepEqual(await hiddenFocus(page, 80, { untilPlayer: true }), [], `${view}: focus hidden`);
        }

        await showView(page, 'playlists');
        const tag = `ac${['en', 'fr', 'de'].indexOf(lang)}${index}ac0${index}`;
        for (const [name, open] of Object.entries(DIALOGS)) {
          if ((await open(page, env, tag)) === false) continue;
          await page.locator('dialog[open]').waitFor();
          await screenshot(page, `layout-${lang}-${viewport.width}-dialog-${name}`);
          await checkScreen(page, `dialog ${name}`, viewport, 'dialog[open]');
          await page.keyboard.press('Escape');
          await page.locator('dialog[open]').waitFor({ state: 'detached' });
        }
        await apiCall(env.server, 'POST', '/api/nfc/simulate', { tag_id: tag, action: 'remove' });

        // Quiet hours now: a start is refused and the notice under the top bar says until when.
        await card(page, LONG_TITLE).locator('.play-playlist').click();
        await page.locator('#blocked').waitFor();
        await screenshot(page, `layout-${lang}-${viewport.width}-blocked`);
        await checkScreen(page, 'blocked notice', viewport);
        await page.locator('#main').focus();
        assert.deepEqual(await hiddenFocus(page, 80, { untilPlayer: true }), [], 'blocked notice: focus hidden');
        await page.locator('#blocked button').click();
        await page.locator('#blocked').waitFor({ state: 'hidden' });
      } finally {
        await page.close();
      }
    });
  });
}
