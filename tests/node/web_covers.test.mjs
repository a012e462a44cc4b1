// SPDX-License-Identifier: GPL-3.0-or-later
// Cover art on the web page (PROTOCOL.md §4.11): a playlist folder's cover.png, found by the box's library sync,
// shows on the playlist's card over its letter tile (lazy, with alt text) and, on a phone, in the expanded
// now-playing view; a playlist without a picture keeps its letter tile, and a picture that fails to load leaves
// the tile in its place.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { apiCall, card, launchBrowser, makeWav, openApp } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;
let dataDir;

// A w x h PNG of one colour, made here (no image library): signature, IHDR, one IDAT, IEND.
function png(width, height, [r, g, b]) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'omb-covers-'));
  const sunny = join(dataDir, 'music', 'Sunny Songs');
  mkdirSync(sunny, { recursive: true });
  writeFileSync(join(sunny, '01 sun.wav'), makeWav({ seconds: 30 }));
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

async function playlistCalled(title) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const list = await apiCall(server, 'GET', '/api/playlists');
    const found = list.playlists.find((playlist) => playlist.title === title);
    if (found?.cover_url) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${title} got no cover_url`);
}

test('a folder picture shows on the card, the letter tile stays for the rest', async () => {
  const sunny = await playlistCalled('Sunny Songs');
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

test('on a phone the expanded now-playing view shows the big cover', async () => {
  const sunny = await playlistCalled('Sunny Songs');
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await openApp(page, server);
  await apiCall(server, 'POST', `/api/playlists/${sunny.id}/start`, {});
  await page.waitForFunction(() => window.omb.store.player?.active_playlist_title === 'Sunny Songs');
  await page.getByRole('button', { name: 'Show what is playing' }).click();
  const big = page.locator('.now-cover img.cover-image');
  await big.waitFor();
  assert.equal(await big.getAttribute('src'), sunny.cover_url);
  await page.close();
});

test('a picture that fails to load leaves the letter tile', async () => {
  await playlistCalled('Sunny Songs');
  const page = await browser.newPage();
  await page.route('**/api/covers/**', (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page, server);
  const sunny = card(page, 'Sunny Songs');
  await sunny.locator('.cover-initial').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('img.cover-image').length === 0);
  assert.equal(await sunny.locator('.cover-initial').textContent(), 'S');
  await page.close();
});
