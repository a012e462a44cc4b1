// SPDX-License-Identifier: GPL-3.0-or-later
// YouTube from the page, with a stub yt-dlp (YTDLP_PATH) that prints progress and leaves a generated WAV: search,
// download into a new playlist and into an existing one, progress from youtube:progress, the result in its playlist.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiCall, card, launchBrowser, makeWav, openApp, requireFeatures, screenshot } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;
let stubDir;

const STUB = `#!/usr/bin/env node
// A stand-in for yt-dlp: search results for --dump-json, else progress lines and audio in --paths.
const fs = require('node:fs');
const path = require('node:path');
const args = process.argv.slice(2);
if (args.includes('--dump-json')) {
  const lines = [
    { id: 'stub0000001', title: 'Stub Lullaby', channel: 'Stub Channel', duration: 95, view_count: 1200 },
    { id: 'stub0000002', title: 'Stub Rain Song', uploader: 'Stub Uploader', duration: 61 },
  ];
  for (const line of lines) console.log(JSON.stringify(line));
  process.exit(0);
}
const dir = args[args.indexOf('--paths') + 1];
const url = args[args.length - 1];
const title = url.includes('stub0000002') ? 'Stub Rain Song' : 'Stub Lullaby';
const wav = Buffer.from(fs.readFileSync(${JSON.stringify('WAV_PATH')}));
const total = wav.length;
let step = 0;
const timer = setInterval(() => {
  step++;
  const done = Math.min(total, Math.round((total * step) / 6));
  console.log(\`omb-progress download \${done < total ? 'downloading' : 'finished'} \${done} \${total} NA\`);
  if (done >= total) {
    clearInterval(timer);
    console.log('omb-progress postprocess started ExtractAudio');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'audio.wav'), wav);
    fs.writeFileSync(path.join(dir, 'audio.info.json'), JSON.stringify({ id: 'stub', title, channel: 'Stub Channel' }));
    console.log('omb-progress postprocess finished ExtractAudio');
  }
}, 250);
`;

before(async () => {
  stubDir = mkdtempSync(join(tmpdir(), 'omb-ytdlp-'));
  const wavPath = join(stubDir, 'source.wav');
  writeFileSync(wavPath, makeWav({ seconds: 3, rate: 16000, frequency: 392 }));
  const stub = join(stubDir, 'yt-dlp');
  writeFileSync(stub, STUB.replace('"WAV_PATH"', JSON.stringify(wavPath)));
  chmodSync(stub, 0o755);
  server = await startServer({ args: ['--nfc', 'simulated'], env: { OMB_YTDLP_PATH: stub } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.cleanup();
  rmSync(stubDir, { recursive: true, force: true });
});

test('search, download into a new playlist, then a link into an existing one', async () => {
  const needs = [
    ['GET', '/api/playlists'],
    ['POST', '/api/youtube/download', {}],
    ['GET', '/api/youtube/search?query=x'],
    'ws',
  ];
  await requireFeatures(server, needs);
  await apiCall(server, 'POST', '/api/playlists', { title: 'Rainy Days' });
  const page = await browser.newPage();
  await openApp(page, server, '#/add');
  await page.evaluate(() => {
    window.__ytProgress = [];
    window.omb.store.on('youtube', (task) => window.__ytProgress.push(task.progress_percent ?? task.progress ?? 0));
  });

  await page.getByLabel('Search YouTube').fill('lullaby');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const result = page.locator('.result', { hasText: 'Stub Lullaby' });
  await result.waitFor();
  await result.getByText('Stub Channel · 1:35').waitFor();
  await page.getByLabel('Into').selectOption({ label: 'A new playlist named after the video' });
  await result.getByRole('button', { name: 'Download: Stub Lullaby' }).click();
  await page.locator('.task[data-status="downloading"]').waitFor();
  await screenshot(page, 'web-youtube-progress');
  await page
    .locator('.task[data-status="complete"]')
    .getByText('Done: added to “Stub Lullaby”')
    .waitFor({ timeout: 30000 });
  const seen = await page.evaluate(() => window.__ytProgress);
  assert.ok(
    seen.some((v) => v > 0 && v < 100),
    `progress between 0 and 100 was shown (${seen.join(', ')})`,
  );
  await screenshot(page, 'web-youtube-done');

  // A pasted link into an existing playlist.
  await page.getByLabel('Into').selectOption({ label: 'Rainy Days' });
  await page.getByLabel('Video or playlist link').fill('https://www.youtube.com/watch?v=stub0000002');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await page
    .locator('.task[data-status="complete"]')
    .getByText('Done: added to “Rainy Days”')
    .waitFor({ timeout: 30000 });

  await page.getByRole('link', { name: 'Playlists' }).click();
  await card(page, 'Stub Lullaby').getByText('1 track').waitFor();
  await card(page, 'Rainy Days').locator('.playlist-expand').click();
  await card(page, 'Rainy Days').locator('.track-title', { hasText: 'Stub Rain Song' }).waitFor();

  // A link that is not http(s) is refused on the page with a clear message.
  await page.getByRole('link', { name: 'Add music' }).click();
  await page.getByLabel('Video or playlist link').fill('ftp://example.invalid/x');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await page.getByText('Please paste a link that starts with http:// or https://').waitFor();
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});
