// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads from the page: a generated WAV picked or dropped shows its progress and then the track; a file of the
// wrong type and a file that is not audio each show their own clear error.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  SEED_ROUTES,
  apiCall,
  card,
  launchBrowser,
  makeWav,
  openApp,
  requireFeatures,
  screenshot,
} from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;
let files;

before(async () => {
  server = await startServer({ args: ['--nfc', 'simulated'] });
  browser = await launchBrowser();
  files = mkdtempSync(join(tmpdir(), 'omb-upload-'));
});

after(async () => {
  await browser?.close();
  await server?.cleanup();
  rmSync(files, { recursive: true, force: true });
});

const NEEDS = [...SEED_ROUTES, 'ws'];

test('a picked WAV shows its progress, then the track in its playlist', async () => {
  await requireFeatures(server, NEEDS);
  await apiCall(server, 'POST', '/api/playlists', { title: 'Uploads Here' });
  // 30 s of 44.1 kHz audio: about 2.6 MB, so three 1 MiB chunks.
  const wav = join(files, 'Garden Birds.wav');
  writeFileSync(wav, makeWav({ seconds: 30, rate: 44100, frequency: 523 }));
  const page = await browser.newPage();
  await openApp(page, server, '#/add');
  // A slow uplink, so that the progress is there to be seen.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1_500_000,
  });
  await page.getByLabel('Playlist', { exact: true }).selectOption({ label: 'Uploads Here' });
  await page.evaluate(() => {
    window.__progress = [];
    setInterval(() => {
      const bar = document.querySelector('#upload-panel .upload progress');
      if (bar) window.__progress.push(bar.value);
    }, 20);
  });
  await page.locator('#upload-panel input[data-upload-input]').setInputFiles(wav);
  await page.waitForFunction(() => window.__progress.some((v) => v > 0 && v < 100));
  await screenshot(page, 'web-upload-progress');
  await page
    .locator('#upload-panel .upload[data-status="done"]', { hasText: 'Garden Birds.wav' })
    .waitFor({ timeout: 60000 });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const seen = await page.evaluate(() => window.__progress);
  const middle = seen.filter((v) => v > 0 && v < 100);
  assert.ok(middle.length >= 2, `progress shown between 0 and 100 (${middle.length} samples)`);
  assert.ok(
    seen.slice(1).every((v, i) => v >= seen[i]),
    'the progress never goes back',
  );

  await page.getByRole('link', { name: 'Playlists' }).click();
  await card(page, 'Uploads Here').getByText('1 track').waitFor();
  await card(page, 'Uploads Here').locator('.playlist-expand').click();
  await card(page, 'Uploads Here').locator('.track-title', { hasText: 'Garden Birds' }).waitFor();
  await screenshot(page, 'web-upload-done');
  const playlist = (await apiCall(server, 'GET', '/api/playlists')).playlists.find((p) => p.title === 'Uploads Here');
  assert.equal(playlist.tracks.length, 1);
  assert.ok(Math.abs(playlist.tracks[0].duration_ms - 30000) < 500, `duration ${playlist.tracks[0].duration_ms}`);
  await page.close();
});

test('dropping files on a playlist uploads them, with a clear error per bad file', async () => {
  await requireFeatures(server, NEEDS);
  await apiCall(server, 'POST', '/api/playlists', { title: 'Dropped' });
  const page = await browser.newPage();
  await openApp(page, server);
  const target = card(page, 'Dropped');
  await target.locator('.playlist-expand').click();
  const zone = target.locator('.dropzone');
  await zone.waitFor();
  const wavBytes = [...makeWav({ seconds: 2 })];
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'Little Tune.wav', { type: 'audio/wav' }));
    transfer.items.add(new File(['just some notes'], 'notes.txt', { type: 'text/plain' }));
    transfer.items.add(new File([new Uint8Array(4096).fill(7)], 'broken.mp3', { type: 'audio/mpeg' }));
    return transfer;
  }, wavBytes);
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });

  await target
    .locator('.upload[data-status="error"]', { hasText: 'notes.txt' })
    .getByText('Failed: this type of file is not supported')
    .waitFor();
  await target.locator('.upload[data-status="done"]', { hasText: 'Little Tune.wav' }).waitFor();
  await target
    .locator('.upload[data-status="error"]', { hasText: 'broken.mp3' })
    .getByText('Failed: this is not a readable audio file')
    .waitFor();
  await target.locator('.track-title', { hasText: 'Little Tune' }).waitFor();
  await target.getByText('1 track').waitFor();
  await screenshot(page, 'web-upload-errors');
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});
