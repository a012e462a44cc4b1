// SPDX-License-Identifier: GPL-3.0-or-later
// The one loop over every view and dialog of the page at 360, 390, 768 and 1280 px, for one language: no
// sideways scroll, every tab and control (the language setting too) inside the viewport, axe-core clean (no
// critical or serious violation), 44 px targets on touch-sized screens, keyboard focus never hidden under the
// masthead or the player, no text cut short without a tooltip and no "null" or unfilled {placeholder}. A
// screenshot of each view and dialog goes to the test artifacts as layout-<lang>-<width>-<name>.png. One test
// file per language runs it (web_layout*.test.mjs), so each stays well inside its time limit. noEnglishLeft
// compares every view and dialog of a French or German page with the English one (web_layout_words).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { apiCall, card, makeWav, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './browser.mjs';
import { playlistWithCover, png } from './pictures.mjs';
import {
  VIEWPORTS,
  controlsOutside,
  cutTexts,
  hiddenFocus,
  horizontalOverflow,
  leakedText,
  seriousViolations,
  smallTargets,
  tabsOutside,
} from './pagechecks.mjs';

export const LONG_TITLE =
  'The very long adventures of the little owl who could not sleep and the moon that sang to her every night';
export const COVERED_TITLE = 'Sunny Songs';
const PLAYING_TITLE = 'The sun that would not set behind the hill on the longest day of summer';
const VIEWS = ['playlists', 'add', 'tags', 'parents', 'status', 'trash'];

const clock = (date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

// One box for the file: playlists with long titles (one with a radio), one with a cover found in its music
// folder that plays (allowed in quiet hours, its first track on repeat, so the player bar and the phones'
// now-playing sheet have a cover, a long title and what comes next), two trash entries, a linked tag and the
// parents' rules with quiet hours around now (so any other start is refused and the page shows why).
export function useLayoutBox() {
  return useServerAndBrowser({
    prepareData: (dataDir) => {
      const sunny = join(dataDir, 'music', COVERED_TITLE);
      mkdirSync(sunny, { recursive: true });
      writeFileSync(join(sunny, `01 ${PLAYING_TITLE}.wav`), makeWav({ seconds: 30 }));
      writeFileSync(join(sunny, '02 Stars.wav'), makeWav({ seconds: 30, frequency: 330 }));
      writeFileSync(join(sunny, 'cover.png'), png(64, 64, [220, 60, 20]));
    },
    seed: async (server) => {
      const owl = await seedPlaylist(server, LONG_TITLE, [
        'Owl song',
        'Moon song with a title that goes on and on and on for ever',
      ]);
      await apiCall(server, 'POST', `/api/playlists/${owl.id}/streams`, {
        url: 'http://127.0.0.1:9/night-radio',
        title: 'Night radio',
      });
      await seedPlaylist(server, 'Bedtime', []);
      const gone = await seedPlaylist(server, `${LONG_TITLE} (old)`, ['A song with a long title of its own']);
      await apiCall(server, 'DELETE', `/api/playlists/${gone.id}/tracks`, { track_numbers: [1] });
      await apiCall(server, 'DELETE', `/api/playlists/${gone.id}`, {});
      await apiCall(server, 'POST', '/api/nfc/associate', { tag_id: '0a0b0c0d', playlist_id: owl.id });
      await apiCall(server, 'POST', '/api/nfc/associate', { tag_id: '0a0b0c0e', action: 'sleep_30' });
      await apiCall(server, 'PUT', `/api/playlists/${owl.id}`, { max_volume: 60 });
      const sunny = await playlistWithCover(server, COVERED_TITLE);
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
        quiet_allowed_playlists: [sunny.id],
        daily_budget_min: 90,
        quiet_max_volume: 30,
      });
      await apiCall(server, 'POST', `/api/playlists/${sunny.id}/start`, {});
      await apiCall(server, 'POST', '/api/player/repeat', { mode: 'track' });
    },
  });
}

async function showView(page, view) {
  await page.locator('#player-track', { hasText: PLAYING_TITLE }).waitFor();
  await page.evaluate((name) => {
    location.hash = `#/${name}`;
  }, view);
  await page.locator(`#view-${view}`).waitFor({ state: 'visible' });
  if (view === 'playlists') {
    const owl = card(page, LONG_TITLE);
    if ((await owl.locator('.playlist-expand').getAttribute('aria-expanded')) !== 'true')
      await owl.locator('.playlist-expand').click();
    await owl.locator('.track').first().waitFor();
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll('img.cover-image')].some((img) => img.alt.includes(title) && img.naturalWidth),
      COVERED_TITLE,
    );
  }
  if (view === 'trash') await page.locator('.trash-row').nth(1).waitFor();
  if (view === 'tags') await page.locator('#tags-panel li').nth(1).waitFor();
  if (view === 'parents') {
    await page.locator('.quiet-window').nth(1).waitFor();
    await page.locator('#parents-sounds').waitFor();
  }
  if (view === 'status') await page.locator('[data-status="version"] .status-value').getByText(/\d/).waitFor();
}

async function checkScreen(page, where, viewport, root = null) {
  assert.equal(await horizontalOverflow(page), 0, `${where}: the page scrolls sideways`);
  assert.ok(await page.locator('#language').isVisible(), `${where}: the language setting is hidden`);
  assert.deepEqual(await tabsOutside(page), [], `${where}: tabs outside the viewport`);
  assert.deepEqual(await controlsOutside(page, root), [], `${where}: controls outside the viewport`);
  assert.deepEqual(await seriousViolations(page, root), [], `${where}: axe-core`);
  if (viewport.width <= 1024) assert.deepEqual(await smallTargets(page, root), [], `${where}: targets under 44 px`);
  assert.deepEqual(await cutTexts(page, root), [], `${where}: text cut short with no way to read it`);
  assert.deepEqual(await leakedText(page, root), [], `${where}: code in the text`);
}

// Each dialog: how to open it from the playlists view with the long playlist expanded.
const DIALOGS = {
  'new-playlist': (page) => page.locator('#new-playlist').click(),
  volume: (page) => card(page, LONG_TITLE).locator('[data-action="volume"]').click(),
  'edit-track': (page) => card(page, LONG_TITLE).locator('[data-action="edit-track"]').first().click(),
  'move-track': (page) => card(page, LONG_TITLE).locator('[data-action="move"]').first().click(),
  'add-stream': (page) => card(page, LONG_TITLE).locator('[data-action="add-stream"]').click(),
  sleep: (page) => page.locator('#player-sleep').click(),
  // The now-playing sheet is the phones' way to the whole player; wider screens show it all in the bar.
  'now-playing': async (page) => {
    if (!(await page.locator('#player-expand').isVisible())) return false;
    await page.locator('#player-expand').click();
    await page.locator('dialog[open] .now-next li', { hasText: 'Stars' }).waitFor();
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
          // The Sounds card (the chimes) is the last of the rules: a picture of it too.
          if (view === 'parents') {
            await page.locator('#sounds-heading').scrollIntoViewIfNeeded();
            await screenshot(page, `layout-${lang}-${viewport.width}-parents-sounds`);
          }
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

        // The lost-connection banner (shown by hand: web_frozen and web_reconnect lose the box for real) sits
        // whole under the top bar, and the page below it still keeps the focus in sight.
        await page.evaluate(() => {
          document.getElementById('banner').hidden = false;
        });
        const banner = await page.evaluate(() => ({
          box: document.getElementById('banner').getBoundingClientRect().toJSON(),
          topbar: document.querySelector('.topbar').getBoundingClientRect().bottom,
        }));
        assert.ok(
          banner.box.height > 0 && banner.box.top >= banner.topbar - 0.5 && banner.box.right <= viewport.width + 0.5,
          `the banner at ${JSON.stringify(banner)}`,
        );
        await screenshot(page, `layout-${lang}-${viewport.width}-banner`);
        await checkScreen(page, 'banner', viewport);
        await page.locator('#main').focus();
        assert.deepEqual(await hiddenFocus(page, 80, { untilPlayer: true }), [], 'banner: focus hidden');
        await page.evaluate(() => {
          document.getElementById('banner').hidden = true;
        });
      } finally {
        await page.close();
      }
    });
  });
}

// What the library holds: the same words in every language.
const CONTENT = [
  `${LONG_TITLE} (old)`,
  LONG_TITLE,
  'Moon song with a title that goes on and on and on for ever',
  'A song with a long title of its own',
  PLAYING_TITLE,
  'Owl song',
  'Stars',
  'Night radio',
  'Bedtime',
  COVERED_TITLE,
  '0a0b0c0d',
  '0a0b0c0e',
];

// The page's own words in a view or a dialog: visible text and the names and hints of its elements, with the
// library's titles cut out, without numbers, times, addresses and what the page marks translate="no" (the box's own names
// for things: its host, versions, devices).
function pageWords(page, root) {
  return page.evaluate(
    ([scope, content]) => {
      const within = scope ? document.querySelector(scope) : document.body;
      const words = new Set();
      const keep = (text) => {
        const value = content.reduce((rest, title) => rest.replaceAll(title, '…'), (text ?? '').trim());
        if (/\p{L}{2}/u.test(value) && !/^https?:\/\//.test(value)) words.add(value);
      };
      for (const el of [within, ...within.querySelectorAll('*')]) {
        if (el.getClientRects().length === 0 || el.closest('#language, script, style, [translate="no"]')) continue;
        for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) keep(node.textContent);
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) keep(el.getAttribute(name));
      }
      return [...words];
    },
    [root, CONTENT],
  );
}

// Words that are the same in English and in the page's language.
const SHARED = {
  fr: ['Album', 'Parents', 'Pause', 'Sections', 'Volume', '15 minutes', '30 minutes', '60 minutes'],
  de: ['Album', 'Live', 'Name', 'Pause', 'Player', 'Playlist', 'Playlists'],
};

// Every view and dialog of a French or German page next to the English one: a text that reads the same in
// both is an English leftover (a missing translation, a hard-coded word, a message of the box shown as is).
export function noEnglishLeft(env, lang) {
  test(`nothing on the ${lang} page is left in English, in every view and dialog`, async () => {
    const viewport = { width: 390, height: 844 };
    const words = {};
    for (const language of ['en', lang]) {
      const page = await env.browser.newPage({ viewport, locale: language });
      try {
        await openApp(page, env.server);
        for (const view of VIEWS) {
          await showView(page, view);
          words[`${view} view`] = [...(words[`${view} view`] ?? []), await pageWords(page, null)];
        }
        await showView(page, 'playlists');
        for (const [name, open] of Object.entries(DIALOGS)) {
          if (name === 'action-card') continue; // placing a tag opens it on every page: web_actioncards has its words
          if ((await open(page, env)) === false) continue;
          await page.locator('dialog[open]').waitFor();
          words[`${name} dialog`] = [...(words[`${name} dialog`] ?? []), await pageWords(page, 'dialog[open]')];
          await page.keyboard.press('Escape');
          await page.locator('dialog[open]').waitFor({ state: 'detached' });
        }
      } finally {
        await page.close();
      }
    }
    const english = Object.entries(words).flatMap(([where, [en, other]]) =>
      (other ?? [])
        .filter((text) => en.includes(text) && !SHARED[lang].includes(text))
        .map((text) => `${where}: ${text}`),
    );
    assert.deepEqual(english, []);
  });
}
