// SPDX-License-Identifier: GPL-3.0-or-later
// Radios and streams on the page: POST /api/playlists/{id}/streams adds a track that plays an address (bad
// input: 422 naming the field); a parent adds one from a playlist's "Add a radio or stream" dialog (axe-clean,
// the bad address named beside its field; any other refusal said in the page's language), and every open page
// lists it as "Live".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, trackTitles, useServerAndBrowser } from './lib/browser.mjs';
import { seriousViolations } from './lib/pagechecks.mjs';
import { api } from './lib/server.mjs';

const env = useServerAndBrowser();

test('POST /api/playlists/{id}/streams: adds a stream track, refuses bad input naming the field', async () => {
  const playlist = await seedPlaylist(env.server, 'Radios', ['Lullaby']);
  const path = `/api/playlists/${playlist.id}/streams`;
  const added = await apiCall(env.server, 'POST', path, { url: 'https://radio.example/kids.mp3', title: 'Kids FM' });
  assert.equal(added.track.title, 'Kids FM');
  assert.equal(added.track.stream_url, 'https://radio.example/kids.mp3');
  assert.equal(added.track.duration_ms, 0);
  assert.equal(added.track.track_number, 2);
  assert.equal(added.playlist.track_count, 2);
  const untitled = await apiCall(env.server, 'POST', path, { url: 'http://music.example:8000/live' });
  assert.equal(untitled.track.title, 'music.example', 'no title: the host');

  for (const [body, field] of [
    [{}, 'url'],
    [{ url: 'ftp://radio.example/x' }, 'url'],
    [{ url: 'javascript:alert(1)' }, 'url'],
    [{ url: `https://radio.example/${'x'.repeat(2100)}` }, 'url'],
    [{ url: 'https://radio.example/', title: 'x'.repeat(256) }, 'title'],
  ]) {
    const refused = await api(env.server, 'POST', path, body);
    assert.equal(refused.status, 422, JSON.stringify(body).slice(0, 80));
    assert.equal(refused.body.error_type, 'validation_error');
    assert.equal(refused.body.details.errors[0].field, field);
  }
  const missing = await api(env.server, 'POST', '/api/playlists/missing/streams', { url: 'https://radio.example/' });
  assert.equal(missing.status, 404);
});

test('a parent adds a radio from the page and every page lists it as live', async () => {
  await seedPlaylist(env.server, 'Bedtime', ['Moon song']);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  const other = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await openApp(other, env.server);
    for (const p of [page, other]) {
      await card(p, 'Bedtime').locator('.playlist-expand').click();
      await card(p, 'Bedtime').locator('.track').first().waitFor();
    }
    await card(page, 'Bedtime').getByRole('button', { name: 'Add a radio or stream' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a radio or stream' });
    await dialog.waitFor();
    assert.deepEqual(await seriousViolations(page, 'dialog[open]'), [], 'the dialog: axe-core');

    // A bad address comes back from the box, named beside its field.
    await dialog.getByRole('textbox', { name: 'Address (http:// or https://)' }).fill('ftp://radio.example/x');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.locator('[data-error-for="url"]', { hasText: 'http://' }).waitFor();
    assert.equal(
      await dialog.getByRole('textbox', { name: 'Address (http:// or https://)' }).getAttribute('aria-invalid'),
      'true',
    );

    await dialog.getByRole('textbox', { name: 'Address (http:// or https://)' }).fill('https://radio.example/night');
    await dialog.getByRole('textbox', { name: 'Name (optional)' }).fill('Night radio');
    await screenshot(page, 'web-stream-add-390');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    for (const p of [page, other]) {
      await card(p, 'Bedtime').locator('.track-title', { hasText: 'Night radio' }).waitFor();
      assert.deepEqual(await trackTitles(p, 'Bedtime'), ['Moon song', 'Night radio']);
      const row = card(p, 'Bedtime').locator('.track').nth(1);
      assert.equal((await row.locator('.track-duration').textContent()).trim(), 'Live');
    }
  } finally {
    await page.close();
    await other.close();
  }
});

test("in French a radio for a playlist deleted meanwhile says so in French, not with the box's own words", async () => {
  const playlist = await seedPlaylist(env.server, 'Vanishing', ['Echo']);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'fr' });
  try {
    await openApp(page, env.server);
    await card(page, 'Vanishing').locator('.playlist-expand').click();
    await card(page, 'Vanishing').locator('[data-action="add-stream"]').click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter une radio ou un flux' });
    await dialog.waitFor();
    await apiCall(env.server, 'DELETE', `/api/playlists/${playlist.id}`, {});
    await dialog.getByRole('textbox', { name: 'Adresse (http:// ou https://)' }).fill('https://radio.example/gone');
    await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
    const line = dialog.locator('[data-error-for=""]');
    await line.getByText('Ceci n’est plus sur la boîte.').waitFor();
    assert.equal(await dialog.evaluate((el) => el.querySelectorAll('[aria-invalid="true"]').length), 0);
    assert.deepEqual(await seriousViolations(page, 'dialog[open]'), [], 'the dialog with its error: axe-core');
  } finally {
    await page.close();
  }
});
