// SPDX-License-Identifier: GPL-3.0-or-later
// Cover art on the web page (PROTOCOL.md §4.11): a playlist folder's cover.png, found by the box's library sync,
// shows on the playlist's card over its letter tile (lazy, with alt text) and, on a phone, in the expanded
// now-playing view with what comes next; a playlist without a picture keeps its letter tile, and a picture that
// fails to load leaves the tile in its place.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiCall, card, launchBrowser, makeWav, openApp, screenshot } from './lib/browser.mjs';
import { playlistWithCover, png } from './lib/pictures.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;
let dataDir;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'omb-covers-'));
  const sunny = join(dataDir, 'music', 'Sunny Songs');
  mkdirSync(sunny, { recursive: true });
  writeFileSync(join(sunny, '01 sun.wav'), makeWav({ seconds: 30 }));
  writeFileSync(join(sunny, '02 moon.wav'), makeWav({ seconds: 30, frequency: 330 }));
  writeFileSync(join(sunny, '03 stars.wav'), makeWav({ seconds: 30, frequency: 370 }));
  writeFileSync(join(sunny, 'Cover.PNG'), png(640, 640, [220, 60, 20]));
  const plain = join(dataDir, 'music', 'Plain Songs');
  mkdirSync(plain, { recursive: true });
  writeFileSync(join(plain, '01 rain.wav'), makeWav({ seconds: 30 }));
  server = await startServer({ args: ['--nfc', 'simulated'], env: { OMB_DEMO_LIBRARY: 'false' }, dataDir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a folder picture shows on the card, the letter tile stays for the rest', async () => {
  const sunny = await playlistWithCover(server, 'Sunny Songs');
  assert.match(sunny.cover_url, /^\/api\/covers\/[0-9a-f]{40}\.jpg$/);
  const page = await browser.newPage();
  await openApp(page, server);

  const image = card(page, 'Sunny Songs').locator('img.cover-image');
  await image.waitFor();
  assert.equal(await image.getAttribute('src'), sunny.cover_url);
  assert.equal(await image.getAttribute('loading'), 'lazy');
  assert.equal(await image.getAttribute('alt'), 'Cover of Sunny Songs');
  await page.waitForFunction(
    (src) =>
      [...document.querySelectorAll('img.cover-image')].some(
        (img) => img.getAttribute('src') === src && img.naturalWidth === 512,
      ),
    sunny.cover_url,
  );

  const plain = card(page, 'Plain Songs');
  assert.equal(await plain.locator('img.cover-image').count(), 0);
  assert.equal(await plain.locator('.cover-initial').textContent(), 'P');
  await page.close();
});

test('on a phone the expanded now-playing view shows the big cover and what comes next', async () => {
  const sunny = await playlistWithCover(server, 'Sunny Songs');
  const found = await apiCall(server, 'GET', `/api/playlists/${sunny.id}`);
  const titles = (found.playlist ?? found).tracks.map((track) => track.title);
  assert.equal(titles.length, 3);
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await openApp(page, server);
  await apiCall(server, 'POST', `/api/playlists/${sunny.id}/start`, {});
  await page.waitForFunction(() => window.omb.store.player?.active_playlist_title === 'Sunny Songs');
  await page.getByRole('button', { name: 'Show what is playing' }).click();
  const sheet = page.getByRole('dialog', { name: 'Now playing' });
  const big = sheet.locator('.now-cover img.cover-image');
  await big.waitFor();
  assert.equal(await big.getAttribute('src'), sunny.cover_url);
  assert.equal(await sheet.locator('.now-track').textContent(), titles[0]);
  await sheet.getByRole('heading', { name: 'Up next' }).waitFor();
  assert.deepEqual(await sheet.locator('.now-next li').allTextContents(), titles.slice(1));
  await screenshot(page, 'web-covers-now-playing-390');

  // The open sheet follows the box: on the last track nothing comes next.
  await apiCall(server, 'POST', '/api/player/next', {});
  await apiCall(server, 'POST', '/api/player/next', {});
  await sheet.locator('.now-track', { hasText: titles[2] }).waitFor();
  await sheet.getByText('This is the last track.').waitFor();
  assert.equal(await sheet.locator('.now-next li').count(), 0);
  await apiCall(server, 'POST', '/api/player/stop', {});
  await page.close();
});

test('a picture that fails to load leaves the letter tile', async () => {
  await playlistWithCover(server, 'Sunny Songs');
  const page = await browser.newPage();
  await page.route('**/api/covers/**', (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page, server);
  const sunny = card(page, 'Sunny Songs');
  await sunny.locator('.cover-initial').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('img.cover-image').length === 0);
  assert.equal(await sunny.locator('.cover-initial').textContent(), 'S');
  await page.close();
});
