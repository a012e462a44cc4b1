// SPDX-License-Identifier: GPL-3.0-or-later
// Action cards from the page: the unknown-tag dialog offers actions beside playlists, a card linked there
// performs its action when placed, the Tags view says what each card does and unlinks it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './lib/browser.mjs';

const env = useServerAndBrowser();

const simulate = (tag, action) => apiCall(env.server, 'POST', '/api/nfc/simulate', { tag_id: tag, action });
const player = () => apiCall(env.server, 'GET', '/api/player/status');

async function waitFor(what, condition, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('an unknown tag becomes a "next track" card, which skips when placed and is unlinked in the Tags view', async () => {
  const playlist = await seedPlaylist(env.server, 'Bedtime', ['Lullaby', 'Moon Song']);
  await apiCall(env.server, 'POST', `/api/playlists/${playlist.id}/start`, {});
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await simulate('ac01ac01', 'place');
    const dialog = page.getByRole('dialog', { name: 'New tag on the box' });
    await dialog.waitFor();
    const choices = await dialog.locator('#unknown-tag-target optgroup option').allTextContents();
    assert.equal(choices.length, 11, choices.join(', '));
    assert.ok(choices.includes('Sleep timer, 30 minutes'));
    await dialog.locator('#unknown-tag-target').selectOption({ label: 'Next track' });
    await screenshot(page, 'web-tag-action-card');
    await dialog.getByRole('button', { name: 'Link' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Done! This card now does: Next track.').waitFor();
    const tags = (await apiCall(env.server, 'GET', '/api/nfc/tags')).tags;
    assert.deepEqual(
      tags.map((tag) => [tag.tag_id, tag.action, tag.playlist_id]),
      [['ac01ac01', 'next', null]],
    );

    // Lifted and placed again: it skips to the next track; lifting it leaves the music playing.
    await simulate('ac01ac01', 'remove');
    await waitFor(
      'the card to be lifted',
      async () => (await apiCall(env.server, 'GET', '/api/nfc/status')).current_tag_id === null,
    );
    assert.equal((await player()).track_index, 0);
    await simulate('ac01ac01', 'place'); // placed again within the debounce window: it counts once it ends
    await waitFor('the next track', async () => (await player()).track_index === 1);
    await simulate('ac01ac01', 'remove');
    await waitFor(
      'the card to be lifted',
      async () => (await apiCall(env.server, 'GET', '/api/nfc/status')).current_tag_id === null,
    );
    assert.equal((await player()).state, 'playing');

    await openApp(page, env.server, '#/tags');
    const row = page.locator('.tag-row[data-tag-id="ac01ac01"]');
    await row.locator('.tag-action').getByText('Next track').waitFor();
    await row.getByText('Does').waitFor();
    await screenshot(page, 'web-tags-action-card');
    await row.getByRole('button', { name: 'Unlink' }).click();
    await page.getByRole('dialog', { name: 'Unlink tag “ac01ac01”?' }).getByRole('button', { name: 'Unlink' }).click();
    await row.waitFor({ state: 'detached' });
    assert.deepEqual((await apiCall(env.server, 'GET', '/api/nfc/tags')).tags, []);
    assert.deepEqual(page.errors ?? [], []);
  } finally {
    await page.close();
  }
});

test('the action names are in every language', async () => {
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    const labels = await page.evaluate(async () => {
      const { TAG_ACTIONS } = await import('/js/tagactions.js');
      const { setLanguage, t } = await import('/js/i18n.js');
      const result = {};
      for (const language of ['en', 'fr', 'de']) {
        setLanguage(language);
        result[language] = TAG_ACTIONS.map((action) => t(`action.${action}`));
      }
      setLanguage('en');
      return result;
    });
    assert.equal(labels.en.length, 11);
    assert.ok(!labels.en.some((label) => label.startsWith('action.')), labels.en.join(', '));
    // A missing translation falls back to English: only "Pause" may read the same.
    for (const language of ['fr', 'de']) {
      const same = labels[language].filter((label, i) => label === labels.en[i]);
      assert.deepEqual(same, ['Pause'], `${language}: ${labels[language].join(', ')}`);
    }
  } finally {
    await page.close();
  }
});
