// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' page in a real browser against the real box: playlist management end to end.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  SEED_ROUTES,
  apiCall,
  card,
  launchBrowser,
  openApp,
  requireFeatures,
  screenshot,
  seedPlaylist,
  trackTitles,
} from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ args: ['--nfc', 'simulated'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.cleanup();
});

test('create, rename, expand and delete a playlist from the page', async () => {
  await requireFeatures(server, [['GET', '/api/playlists'], ['POST', '/api/playlists', {}], 'ws']);
  const page = await browser.newPage();
  await openApp(page, server);

  await page.getByRole('button', { name: 'New playlist' }).click();
  const dialog = page.getByRole('dialog', { name: 'New playlist' });
  await dialog.getByLabel('Name').fill('Rainy Day Songs');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await card(page, 'Rainy Day Songs').waitFor();
  const listed = await apiCall(server, 'GET', '/api/playlists');
  assert.ok(
    listed.playlists.some((p) => p.title === 'Rainy Day Songs'),
    'the box has the new playlist',
  );
  // A new playlist opens, empty, with its drop zone.
  await card(page, 'Rainy Day Songs').getByText('This playlist is empty').waitFor();
  await card(page, 'Rainy Day Songs').locator('.playlist-title').click();
  await page.waitForFunction(() => !document.querySelector('.playlist-card.open'));

  await card(page, 'Rainy Day Songs').locator('.playlist-title').click();
  await card(page, 'Rainy Day Songs').getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename playlist' });
  await rename.getByLabel('Name').fill('Sunny Day Songs');
  await rename.getByRole('button', { name: 'Save' }).click();
  await card(page, 'Sunny Day Songs').waitFor();
  const renamed = await apiCall(server, 'GET', '/api/playlists');
  assert.ok(renamed.playlists.some((p) => p.title === 'Sunny Day Songs'));

  await card(page, 'Sunny Day Songs').getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this playlist?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await card(page, 'Sunny Day Songs').count(), 1, 'cancel keeps the playlist');
  await card(page, 'Sunny Day Songs').getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Delete this playlist?' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await card(page, 'Sunny Day Songs').waitFor({ state: 'detached' });
  const remaining = await apiCall(server, 'GET', '/api/playlists');
  assert.ok(!remaining.playlists.some((p) => p.title.endsWith('Day Songs')), 'the box deleted it');
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});

test('tracks: counts and durations, reorder by drag and by keyboard, delete, move, start', async () => {
  await requireFeatures(server, [...SEED_ROUTES, ['POST', '/api/playlists/none/reorder', {}], 'ws']);
  await seedPlaylist(server, 'Bedtime Stories', ['The Owl', 'Sleepy Bear', 'Counting Stars']);
  await seedPlaylist(server, 'Animal Songs', ['Five Ducks']);
  const page = await browser.newPage();
  await openApp(page, server);

  const bedtime = card(page, 'Bedtime Stories');
  await bedtime.getByText('3 tracks · 1:30').waitFor();
  await bedtime.locator('.playlist-expand').click();
  await bedtime.locator('.track').nth(2).waitFor();
  assert.deepEqual(await trackTitles(page, 'Bedtime Stories'), ['The Owl', 'Sleepy Bear', 'Counting Stars']);
  await screenshot(page, 'web-playlists-desktop');

  // Drag "Counting Stars" by its handle above "The Owl".
  const handle = bedtime.locator('.track', { hasText: 'Counting Stars' }).locator('.drag-handle');
  const first = await bedtime.locator('.track').first().boundingBox();
  const from = await handle.boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, first.y + 20, { steps: 8 });
  await page.mouse.move(from.x + from.width / 2, first.y + 4, { steps: 4 });
  await page.mouse.up();
  const dragged = ['Counting Stars', 'The Owl', 'Sleepy Bear'];
  await page.waitForFunction(async (want) => {
    const response = await fetch('/api/playlists');
    const data = (await response.json()).data;
    const p = data.playlists.find((x) => x.title === 'Bedtime Stories');
    return JSON.stringify(p.tracks.map((x) => x.title)) === JSON.stringify(want);
  }, dragged);
  assert.deepEqual(await trackTitles(page, 'Bedtime Stories'), dragged);

  // Keyboard: focus the handle of "The Owl", ArrowDown moves it below "Sleepy Bear"; focus follows it.
  await bedtime.locator('.track', { hasText: 'The Owl' }).locator('.drag-handle').focus();
  await page.keyboard.press('ArrowDown');
  const keyed = ['Counting Stars', 'Sleepy Bear', 'The Owl'];
  await page.waitForFunction(async (want) => {
    const data = (await (await fetch('/api/playlists')).json()).data;
    const p = data.playlists.find((x) => x.title === 'Bedtime Stories');
    return JSON.stringify(p.tracks.map((x) => x.title)) === JSON.stringify(want);
  }, keyed);
  assert.deepEqual(await trackTitles(page, 'Bedtime Stories'), keyed);
  const focused = await page.evaluate(
    () => document.activeElement?.closest('.track')?.querySelector('.track-title')?.textContent,
  );
  assert.equal(focused, 'The Owl', 'focus stays on the moved track');

  // Move "Sleepy Bear" to "Animal Songs".
  await bedtime.getByRole('button', { name: 'Move Sleepy Bear to another playlist' }).click();
  const move = page.getByRole('dialog', { name: 'Move a track' });
  await move.getByRole('combobox').selectOption({ label: 'Animal Songs' });
  await move.getByRole('button', { name: 'Move' }).click();
  await bedtime.getByText('2 tracks').waitFor();
  await card(page, 'Animal Songs').getByText('2 tracks').waitFor();
  await card(page, 'Animal Songs').locator('.playlist-expand').click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.playlist-card')].some(
      (c) => c.textContent.includes('Animal Songs') && c.textContent.includes('Sleepy Bear'),
    ),
  );

  // Delete "The Owl" (with confirmation).
  await bedtime.getByRole('button', { name: 'Delete The Owl' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this track?' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await bedtime.getByText('1 track').waitFor();
  assert.deepEqual(await trackTitles(page, 'Bedtime Stories'), ['Counting Stars']);
  const server_ = await apiCall(server, 'GET', '/api/playlists');
  assert.deepEqual(
    server_.playlists.find((p) => p.title === 'Bedtime Stories').tracks.map((x) => x.title),
    ['Counting Stars'],
  );

  // Start a playlist: the player bar shows it.
  await card(page, 'Animal Songs').getByRole('button', { name: 'Play Animal Songs' }).click();
  await page.locator('#player-track', { hasText: 'Five Ducks' }).waitFor();
  await page.locator('#player-playlist', { hasText: 'Animal Songs' }).waitFor();
  await card(page, 'Animal Songs').getByText('Now playing').waitFor();
  await screenshot(page, 'web-playing-desktop');
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});
