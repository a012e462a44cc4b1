// SPDX-License-Identifier: GPL-3.0-or-later
// Track editing: PUT /api/playlists/{id}/tracks/{track_id} renames a track and edits its artist and album
// (bad input: 422 naming the field, in the error envelope); on the page a parent edits them in a dialog
// (axe-clean) and every open page shows the change at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, trackTitles, useServerAndBrowser } from './lib/browser.mjs';
import { seriousViolations } from './lib/pagechecks.mjs';
import { api } from './lib/server.mjs';

const env = useServerAndBrowser();

test('PUT /api/playlists/{id}/tracks/{track_id}: edits what is given, refuses bad input naming the field', async () => {
  const playlist = await seedPlaylist(env.server, 'Farm songs', ['Cow']);
  const track = playlist.tracks[0];
  const path = `/api/playlists/${playlist.id}/tracks/${track.id}`;
  const edited = await apiCall(env.server, 'PUT', path, { title: '  The cow  ', artist: 'Old farmer', album: 'Farm' });
  assert.equal(edited.track.title, 'The cow');
  assert.equal(edited.track.artist, 'Old farmer');
  assert.equal(edited.track.filename, track.filename, 'the file keeps its name');
  assert.equal(edited.playlist.playlist_seq, playlist.playlist_seq + 1);
  const cleared = await apiCall(env.server, 'PUT', path, { album: '' });
  assert.equal(cleared.track.album, null);
  assert.equal(cleared.track.artist, 'Old farmer');

  for (const [body, field] of [
    [{}, 'title'],
    [{ title: '' }, 'title'],
    [{ title: 'x'.repeat(256) }, 'title'],
    [{ artist: 'x'.repeat(256) }, 'artist'],
    [{ album: 'bell\u0007' }, 'album'],
    [{ title: 7 }, 'title'],
  ]) {
    const refused = await api(env.server, 'PUT', path, body);
    assert.equal(refused.status, 422, JSON.stringify(body));
    assert.equal(refused.body.error_type, 'validation_error');
    assert.equal(refused.body.details.errors[0].field, field, JSON.stringify(body));
  }
  const other = await seedPlaylist(env.server, 'Other songs', []);
  const elsewhere = await api(env.server, 'PUT', `/api/playlists/${other.id}/tracks/${track.id}`, { title: 'x' });
  assert.equal(elsewhere.status, 404);
  assert.equal(elsewhere.body.details.resource, 'track');
  const noList = await api(env.server, 'PUT', `/api/playlists/missing/tracks/${track.id}`, { title: 'x' });
  assert.equal(noList.body.details.resource, 'playlist');
});

test('a parent edits a track in a dialog and every page shows it', async () => {
  await seedPlaylist(env.server, 'Sea songs', ['Wave', 'Gull']);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  const other = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await openApp(other, env.server);
    for (const p of [page, other]) {
      await card(p, 'Sea songs').locator('.playlist-expand').click();
      await card(p, 'Sea songs').locator('.track').nth(1).waitFor();
    }
    await card(page, 'Sea songs').getByRole('button', { name: 'Edit Gull' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the track' });
    await dialog.waitFor();
    assert.deepEqual(await seriousViolations(page, 'dialog[open]'), [], 'the dialog: axe-core');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    assert.equal(await dialog.isVisible(), true, 'an empty title is not sent');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Seagull');
    await dialog.getByRole('textbox', { name: 'Artist' }).fill('Harbour choir');
    await dialog.getByRole('textbox', { name: 'Album' }).fill('Coast');
    await screenshot(page, 'web-track-edit-390');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card(page, 'Sea songs').locator('.track-artist', { hasText: 'Harbour choir' }).waitFor();
    await card(other, 'Sea songs').locator('.track-title', { hasText: 'Seagull' }).waitFor();
    assert.deepEqual(await trackTitles(other, 'Sea songs'), ['Wave', 'Seagull']);
  } finally {
    await page.close();
    await other.close();
  }
});
