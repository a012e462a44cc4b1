// SPDX-License-Identifier: GPL-3.0-or-later
// Tags with names: the unknown-tag dialog selects nothing (a careless tap links nothing) and can create a new
// playlist on the spot; the Tags view lists each linked tag with the playlist it plays and when it was last
// used, and a name given there is kept by the box (also when the tag moves to another playlist).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, useServerAndBrowser } from './lib/browser.mjs';
import { api } from './lib/server.mjs';

const env = useServerAndBrowser();

function simulate(tag, action) {
  return apiCall(env.server, 'POST', '/api/nfc/simulate', { tag_id: tag, action });
}

test('the unknown-tag dialog selects nothing, refuses to link nothing, and can create a playlist', async () => {
  await apiCall(env.server, 'POST', '/api/playlists', { title: 'Existing songs' });
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await simulate('aa11bb22', 'place');
    const dialog = page.getByRole('dialog', { name: 'New tag on the box' });
    await dialog.waitFor();
    assert.equal(await dialog.locator('#unknown-tag-target').inputValue(), '', 'no playlist pre-selected');
    await dialog.getByRole('button', { name: 'Link' }).click();
    await dialog.getByText('Choose which playlist this tag should start.').waitFor();
    assert.equal((await apiCall(env.server, 'GET', '/api/nfc/tags')).tags.length, 0, 'nothing was linked');

    await dialog.locator('#unknown-tag-target').selectOption({ label: 'A new playlist…' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Owl stories');
    await screenshot(page, 'web-tag-unknown-new-playlist');
    await dialog.getByRole('button', { name: 'Link' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card(page, 'Owl stories').getByText('Tag linked').waitFor();
    const tags = (await apiCall(env.server, 'GET', '/api/nfc/tags')).tags;
    assert.deepEqual(
      tags.map((tag) => [tag.tag_id, tag.playlist_title]),
      [['aa11bb22', 'Owl stories']],
    );
  } finally {
    await simulate('aa11bb22', 'remove');
    await page.close();
  }
});

test('the Tags view names a tag, shows what it plays and when it was last used', async () => {
  const playlist = await apiCall(env.server, 'POST', '/api/playlists', { title: 'Lullabies' });
  const id = (playlist.playlist ?? playlist).id;
  await apiCall(env.server, 'POST', '/api/nfc/associate', { tag_id: 'cc33dd44', playlist_id: id });
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server, '#/tags');
    const row = page.locator('.tag-row[data-tag-id="cc33dd44"]');
    await row.locator('.tag-playlist').getByText('Lullabies').waitFor();
    assert.equal(await row.locator('.tag-last-used').textContent(), 'Not yet');
    await row.getByRole('textbox', { name: 'Name of tag cc33dd44' }).fill('Blue owl card');
    await row.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(async () => {
      const answer = await fetch('/api/nfc/tags').then((r) => r.json());
      return answer.data.tags.some((tag) => tag.name === 'Blue owl card');
    });
    await screenshot(page, 'web-tags-view');

    await simulate('cc33dd44', 'place');
    await simulate('cc33dd44', 'remove');
    const used = (await apiCall(env.server, 'GET', '/api/nfc/tags')).tags.find((tag) => tag.tag_id === 'cc33dd44');
    assert.match(used.last_used_at, /^\d{4}-\d\d-\d\dT/, 'the placement was recorded');
    await page.reload();
    await page.locator('.tag-row[data-tag-id="cc33dd44"] .tag-last-used').getByText(/\d/).waitFor();
    assert.equal(await page.locator('#tag-name-cc33dd44').inputValue(), 'Blue owl card');
  } finally {
    await page.close();
  }
});

test('PUT /api/nfc/tags/{tag_id}: names survive relinking; bad input is refused with the error envelope', async () => {
  const other = await apiCall(env.server, 'POST', '/api/playlists', { title: 'Other songs' });
  const otherId = (other.playlist ?? other).id;
  await apiCall(env.server, 'PUT', '/api/nfc/tags/cc33dd44', { name: 'Green card' });
  await apiCall(env.server, 'POST', '/api/nfc/associate', { tag_id: 'cc33dd44', playlist_id: otherId, override: true });
  const moved = (await apiCall(env.server, 'GET', '/api/nfc/tags')).tags.find((tag) => tag.tag_id === 'cc33dd44');
  assert.equal(moved.name, 'Green card');
  assert.equal(moved.playlist_title, 'Other songs');

  const unknown = await api(env.server, 'PUT', '/api/nfc/tags/deadbeef', { name: 'Nobody' });
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error_type, 'not_found');
  const badId = await api(env.server, 'PUT', '/api/nfc/tags/xyz', { name: 'Bad' });
  assert.equal(badId.status, 422);
  const tooLong = await api(env.server, 'PUT', '/api/nfc/tags/cc33dd44', { name: 'x'.repeat(61) });
  assert.equal(tooLong.status, 422);
  const missing = await api(env.server, 'PUT', '/api/nfc/tags/cc33dd44', {});
  assert.equal(missing.status, 422);
  const cleared = await apiCall(env.server, 'PUT', '/api/nfc/tags/cc33dd44', { name: '' });
  assert.equal(cleared.tag.name, '');
});
