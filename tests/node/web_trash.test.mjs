// SPDX-License-Identifier: GPL-3.0-or-later
// The trash: a deleted playlist or deleted tracks can be put back. The API (GET /api/trash, restore, delete
// for good, the unchanged DELETE answers with where things went, a clear rename when the title is taken, the
// error envelope for an unknown entry); on the page, "Undo" right after a delete brings the playlist (or the
// tracks, in their places) back on every open page, and the Trash view (axe-clean, in en, fr and de) restores
// and deletes for good.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, trackTitles, useServerAndBrowser } from './lib/browser.mjs';
import { LANGUAGES, horizontalOverflow, seriousViolations, smallTargets } from './lib/pagechecks.mjs';
import { api } from './lib/server.mjs';

const env = useServerAndBrowser();

test('the API: delete into the trash, list it, restore with a clear rename, delete for good, refuse the unknown', async () => {
  const playlist = await seedPlaylist(env.server, 'Bird songs', ['Robin', 'Wren']);
  const removed = await api(env.server, 'DELETE', `/api/playlists/${playlist.id}`, {});
  assert.equal(removed.status, 204, 'the answer existing clients know');
  const entryId = removed.headers.get('x-trash-entry-id');
  assert.match(entryId, /^[0-9a-f-]{36}$/);

  const trash = await apiCall(env.server, 'GET', '/api/trash');
  assert.equal(trash.retention_days, 30);
  const entry = trash.entries.find((e) => e.id === entryId);
  assert.equal(entry.kind, 'playlist');
  assert.equal(entry.playlist_id, playlist.id);
  assert.deepEqual(
    entry.tracks.map((t) => t.title),
    ['Robin', 'Wren'],
  );
  assert.ok(Date.parse(entry.expires_at) - Date.parse(entry.deleted_at) === 30 * 86400000);

  await apiCall(env.server, 'POST', '/api/playlists', { title: 'Bird songs' }); // the title is taken meanwhile
  const restored = await apiCall(env.server, 'POST', `/api/trash/${entryId}/restore`, {});
  assert.equal(restored.playlist.id, playlist.id);
  assert.equal(restored.playlist.title, 'Bird songs (2)');
  assert.deepEqual(restored.renamed_title, { from: 'Bird songs', to: 'Bird songs (2)' });
  assert.deepEqual(
    restored.playlist.tracks.map((t) => [t.id, t.title]),
    playlist.tracks.map((t) => [t.id, t.title]),
  );

  const again = await api(env.server, 'POST', `/api/trash/${entryId}/restore`, {});
  assert.equal(again.status, 404);
  assert.equal(again.body.status, 'error');
  assert.equal(again.body.error_type, 'not_found');
  assert.deepEqual(again.body.details, { resource: 'trash_entry', id: entryId });
  assert.equal((await api(env.server, 'DELETE', '/api/trash/nothing-here', {})).status, 404);

  const deleted = await apiCall(env.server, 'DELETE', `/api/playlists/${playlist.id}/tracks`, { track_numbers: [1] });
  assert.deepEqual(deleted.deleted_track_numbers, [1]);
  assert.match(deleted.trash_entry_id, /^[0-9a-f-]{36}$/);
  const none = await apiCall(env.server, 'DELETE', `/api/playlists/${playlist.id}/tracks`, { track_numbers: [9] });
  assert.equal(none.trash_entry_id, null);
  const forgotten = await apiCall(env.server, 'DELETE', `/api/trash/${deleted.trash_entry_id}`, {});
  assert.equal(forgotten.entry_id, deleted.trash_entry_id);
  const left = await apiCall(env.server, 'GET', '/api/trash');
  assert.ok(!left.entries.some((e) => e.id === deleted.trash_entry_id));
});

test('"Undo" right after a delete brings the playlist back on every page', async () => {
  await seedPlaylist(env.server, 'Owl stories', ['Hoot', 'Night flight']);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  const other = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await openApp(other, env.server);
    await card(other, 'Owl stories').waitFor();
    const owl = card(page, 'Owl stories');
    await owl.locator('.playlist-expand').click();
    await owl.locator('[data-action="delete"]').click();
    await page.getByRole('dialog', { name: 'Delete this playlist?' }).getByRole('button', { name: 'Delete' }).click();
    await owl.waitFor({ state: 'detached' });
    await card(other, 'Owl stories').waitFor({ state: 'detached' });
    const undo = page.locator('.toast').getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    await screenshot(page, 'web-trash-undo');
    await undo.click();
    await card(page, 'Owl stories').waitFor();
    await card(other, 'Owl stories').waitFor();
    await card(page, 'Owl stories').locator('.playlist-expand').click();
    await card(page, 'Owl stories').locator('.track').nth(1).waitFor();
    assert.deepEqual(await trackTitles(page, 'Owl stories'), ['Hoot', 'Night flight']);
  } finally {
    await page.close();
    await other.close();
  }
});

test('"Undo" right after deleting tracks puts them back in their places on every page', async () => {
  await seedPlaylist(env.server, 'Sea songs', ['Waves', 'Gulls', 'Tide']);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  const other = await env.browser.newPage();
  try {
    for (const p of [page, other]) {
      await openApp(p, env.server);
      await card(p, 'Sea songs').locator('.playlist-expand').click();
      await card(p, 'Sea songs').locator('.track').nth(2).waitFor();
    }
    await card(page, 'Sea songs').locator('[data-action="delete-track"]').nth(1).click();
    await page.getByRole('dialog', { name: 'Delete this track?' }).getByRole('button', { name: 'Delete' }).click();
    for (const p of [page, other]) await card(p, 'Sea songs').locator('.track').nth(2).waitFor({ state: 'detached' });
    assert.deepEqual(await trackTitles(other, 'Sea songs'), ['Waves', 'Tide']);
    await page.locator('.toast', { hasText: '“Gulls” deleted' }).getByRole('button', { name: 'Undo' }).click();
    for (const p of [page, other]) await card(p, 'Sea songs').locator('.track').nth(2).waitFor();
    assert.deepEqual(await trackTitles(page, 'Sea songs'), ['Waves', 'Gulls', 'Tide']);
    assert.deepEqual(await trackTitles(other, 'Sea songs'), ['Waves', 'Gulls', 'Tide']);
  } finally {
    await page.close();
    await other.close();
  }
});

test('the Trash view restores and deletes for good, and is clean in every language', async () => {
  const playlist = await seedPlaylist(env.server, 'Rain sounds', ['Drizzle', 'Storm', 'Puddles']);
  await apiCall(env.server, 'DELETE', `/api/playlists/${playlist.id}/tracks`, { track_numbers: [2] });
  const spare = await seedPlaylist(env.server, 'Old jingles', []);
  await api(env.server, 'DELETE', `/api/playlists/${spare.id}`, {});
  for (const lang of LANGUAGES) {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 }, locale: lang });
    try {
      await openApp(page, env.server, '#/trash');
      await page.locator('.trash-row').nth(1).waitFor();
      await screenshot(page, `web-trash-${lang}-360`);
      assert.equal(await horizontalOverflow(page), 0, `${lang}: the trash scrolls sideways`);
      assert.deepEqual(await seriousViolations(page), [], `${lang}: axe-core`);
      assert.deepEqual(await smallTargets(page), [], `${lang}: targets under 44 px`);
      await page.locator('.trash-row [data-action="delete-forever"]').first().click();
      await page.locator('dialog[open]').waitFor();
      assert.deepEqual(await seriousViolations(page, 'dialog[open]'), [], `${lang}: the confirmation, axe-core`);
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
  }

  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await page.locator('#open-trash').click();
    const storm = page.locator('.trash-row', { hasText: 'Storm' });
    await storm.getByRole('button', { name: 'Restore Tracks from “Rain sounds”' }).click();
    await storm.waitFor({ state: 'detached' });
    // The notice goes after a few seconds; what it said stays with the screen reader's announcer.
    await page.locator('#announcer', { hasText: '“Rain sounds” is back.' }).waitFor({ state: 'attached' });
    const rain = await apiCall(env.server, 'GET', `/api/playlists/${playlist.id}`);
    assert.deepEqual(
      (rain.playlist ?? rain).tracks.map((t) => [t.track_number, t.title]),
      [
        [1, 'Drizzle'],
        [2, 'Storm'],
        [3, 'Puddles'],
      ],
    );

    const jingles = page.locator('.trash-row', { hasText: 'Old jingles' });
    await jingles.getByRole('button', { name: 'Delete forever Playlist “Old jingles”' }).click();
    await page.getByRole('dialog', { name: 'Delete forever?' }).getByRole('button', { name: 'Delete forever' }).click();
    await jingles.waitFor({ state: 'detached' });
    const trash = await apiCall(env.server, 'GET', '/api/trash');
    assert.ok(!trash.entries.some((e) => e.playlist_title === 'Old jingles'));
  } finally {
    await page.close();
  }
});

test('every open Trash view follows what goes in and out', async () => {
  const playlist = await seedPlaylist(env.server, 'Train songs', ['Choo choo']);
  const pages = [await env.browser.newPage(), await env.browser.newPage()];
  try {
    for (const page of pages) await openApp(page, env.server, '#/trash');
    const removed = await api(env.server, 'DELETE', `/api/playlists/${playlist.id}`, {});
    const entryId = removed.headers.get('x-trash-entry-id');
    for (const page of pages) await page.locator(`.trash-row[data-entry-id="${entryId}"]`).waitFor();
    await pages[0]
      .locator(`.trash-row[data-entry-id="${entryId}"]`)
      .getByRole('button', { name: 'Restore Playlist “Train songs”' })
      .click();
    for (const page of pages)
      await page.locator(`.trash-row[data-entry-id="${entryId}"]`).waitFor({ state: 'detached' });
    const back = await apiCall(env.server, 'GET', `/api/playlists/${playlist.id}`);
    assert.equal((back.playlist ?? back).tracks.length, 1);
  } finally {
    for (const page of pages) await page.close();
  }
});

test('the "Undo" notice stays while it has the focus, and goes after', async () => {
  await seedPlaylist(env.server, 'Snow songs', []);
  const page = await env.browser.newPage();
  try {
    await page.clock.install();
    await openApp(page, env.server);
    const snow = card(page, 'Snow songs');
    await snow.locator('.playlist-expand').click();
    await snow.locator('[data-action="delete"]').click();
    await page.getByRole('dialog', { name: 'Delete this playlist?' }).getByRole('button', { name: 'Delete' }).click();
    const notice = page.locator('.toast', { hasText: 'Playlist “Snow songs” deleted' });
    await notice.getByRole('button', { name: 'Undo' }).focus();
    await page.clock.runFor(30000);
    assert.equal(await notice.count(), 1, 'kept while the focus is on it');
    await page.locator('#new-playlist').focus();
    await page.clock.runFor(2000);
    assert.equal(await notice.count(), 0, 'gone once the focus left');
  } finally {
    await page.close();
  }
});

test('after a delete the focus is on "Undo"; it comes back to the page when the notice goes', async () => {
  await seedPlaylist(env.server, 'Kite songs', ['Breeze']);
  await seedPlaylist(env.server, 'Cloud songs', []);
  const page = await env.browser.newPage();
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el.closest('.toast') ? `toast:${el.textContent}` : el.id || el.className;
    });
  const deleteCard = async (title) => {
    const it = card(page, title);
    await it.locator('.playlist-expand').click();
    await it.locator('[data-action="delete"]').click();
    await page.getByRole('dialog', { name: 'Delete this playlist?' }).getByRole('button', { name: 'Delete' }).click();
    await it.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.classList.contains('toast-action'));
  };
  try {
    await openApp(page, env.server);
    // Undo with the keyboard: the playlist is back and has the focus.
    await deleteCard('Kite songs');
    assert.equal(await focused(), 'toast:Undo');
    await page.keyboard.press('Enter');
    await card(page, 'Kite songs').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('playlist-expand'));
    assert.equal(
      await page.evaluate(
        () => document.activeElement.closest('.playlist-card').querySelector('.playlist-title').textContent,
      ),
      'Kite songs',
    );

    // Escape closes the notice; the focus goes to "New playlist".
    await deleteCard('Cloud songs');
    await page.keyboard.press('Escape');
    await page.locator('.toast', { hasText: 'Cloud songs' }).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'new-playlist');

    // Tracks: Undo has the focus, and once the notice goes the playlist's own button has it.
    const kite = card(page, 'Kite songs');
    await kite.locator('.playlist-expand').click();
    await kite.locator('[data-action="delete-track"]').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('toast-action'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.classList.contains('playlist-expand'));
  } finally {
    await page.close();
  }
});
