// SPDX-License-Identifier: GPL-3.0-or-later
// Search: GET /api/search finds playlists by title and tracks by title (and artist/album), word prefixes,
// case and accents ignored, operators typed by a parent taken as words; the page's search box lists both and
// opens a playlist or plays a track.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './lib/browser.mjs';
import { api } from './lib/server.mjs';

const env = useServerAndBrowser({
  seed: async (server) => {
    await seedPlaylist(server, 'Élève et hibou', ['La chanson du hibou', 'Moonlight walk']);
    await seedPlaylist(server, 'Bedtime', ['Owl lullaby']);
  },
});

async function search(q) {
  return apiCall(env.server, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
}

test('playlists and tracks are found by word prefixes, ignoring case and accents', async () => {
  const hibou = await search('HIB');
  assert.deepEqual(
    hibou.playlists.map((p) => p.title),
    ['Élève et hibou'],
  );
  assert.deepEqual(
    hibou.tracks.map((t) => [t.title, t.playlist_title]),
    [['La chanson du hibou', 'Élève et hibou']],
  );
  assert.equal(hibou.playlists[0].track_count, 2);
  assert.deepEqual(
    (await search('eleve')).playlists.map((p) => p.title),
    ['Élève et hibou'],
  );
  assert.deepEqual(
    (await search('owl lull')).tracks.map((t) => t.title),
    ['Owl lullaby'],
    'every word must match',
  );
  assert.equal((await search('owl moon')).tracks.length, 0);
});

test('what a parent types is words, never an FTS operator', async () => {
  for (const q of ['"', 'owl OR', 'title:owl', 'NEAR(owl', '*', '-owl', ')(']) {
    const answer = await api(env.server, 'GET', `/api/search?q=${encodeURIComponent(q)}`);
    assert.equal(answer.status, 200, q);
  }
  assert.deepEqual(
    (await search('(owl*')).tracks.map((t) => t.title),
    ['Owl lullaby'],
    'punctuation separates words',
  );
});

test('a renamed or deleted item is found under its new name or not at all', async () => {
  const bedtime = (await search('bedtime')).playlists[0];
  await apiCall(env.server, 'PUT', `/api/playlists/${bedtime.id}`, { title: 'Nap time' });
  assert.equal((await search('bedtime')).playlists.length, 0);
  assert.equal((await search('nap')).playlists.length, 1);
  await apiCall(env.server, 'DELETE', `/api/playlists/${bedtime.id}`, {});
  assert.equal((await search('nap')).playlists.length, 0);
  assert.equal((await search('lullaby')).tracks.length, 0, 'its tracks went with it');
});

test('bad queries get a 422 with the error envelope', async () => {
  for (const path of ['/api/search', '/api/search?q=', '/api/search?q=%20%20', `/api/search?q=${'a'.repeat(201)}`]) {
    const answer = await api(env.server, 'GET', path);
    assert.equal(answer.status, 422, path);
    assert.equal(answer.body.status, 'error');
    assert.equal(answer.body.error_type, 'validation_error');
  }
  assert.equal((await api(env.server, 'GET', '/api/search?q=owl&limit=0')).status, 422);
});

test('the search box lists what it finds; a track plays, a playlist opens', async () => {
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await openApp(page, env.server);
    await page.getByRole('searchbox', { name: 'Search playlists and tracks' }).fill('hibou');
    const results = page.locator('#search-results');
    await results.locator('.search-hit[data-kind="track"]').getByText('La chanson du hibou').waitFor();
    await screenshot(page, 'web-search-390');
    await results.getByRole('button', { name: 'Play La chanson du hibou' }).click();
    await page.waitForFunction(() => window.omb.store.player?.active_track?.title === 'La chanson du hibou');
    await results.locator('.search-hit[data-kind="playlist"] .search-open').click();
    await card(page, 'Élève et hibou').locator('.track').first().waitFor();
    await page.getByRole('searchbox').fill('zzzz');
    await results.getByText('Nothing found for “zzzz”.').waitFor();
  } finally {
    await page.close();
  }
});
