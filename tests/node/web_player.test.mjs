// SPDX-License-Identifier: GPL-3.0-or-later
// The player bar against the real box (real playback on the null audio device, simulated reader): a tag placed
// through the simulator shows its title within 500 ms, the progress glides, and every control reaches the box.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  SEED_ROUTES,
  apiCall,
  launchBrowser,
  openApp,
  requireFeatures,
  screenshot,
  seedPlaylist,
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

const TAG = '04a1b2c3d4e5f6';

test('a tag placed through the simulator shows the right title within 500 ms', async () => {
  const needs = [...SEED_ROUTES, ['POST', '/api/nfc/associate', {}], ['POST', '/api/nfc/simulate', {}], 'ws'];
  await requireFeatures(server, needs);
  const playlist = await seedPlaylist(server, 'Tag Tales', ['Dragon Story', 'Fox Story']);
  await apiCall(server, 'POST', '/api/nfc/associate', { tag_id: TAG, playlist_id: playlist.id });
  const page = await browser.newPage();
  await openApp(page, server);
  await page.locator('#player-track', { hasText: 'Nothing playing' }).waitFor();

  // The page records when the title first shows, on its own clock; the simulator call is timed on the same clock.
  await page.evaluate(() => {
    window.__titleShownAt = null;
    const el = document.getElementById('player-track');
    new MutationObserver(() => {
      if (window.__titleShownAt === null && el.textContent === 'Dragon Story')
        window.__titleShownAt = performance.now();
    }).observe(el, { childList: true, characterData: true, subtree: true });
  });
  const sentAt = await page.evaluate(async (tag) => {
    const start = performance.now();
    fetch('/api/nfc/simulate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tag_id: tag, action: 'place' }),
    });
    return start;
  }, TAG);
  await page.waitForFunction(() => window.__titleShownAt !== null, null, { timeout: 5000 });
  const shownAt = await page.evaluate(() => window.__titleShownAt);
  const latency = shownAt - sentAt;
  assert.ok(latency < 500, `the title showed ${latency.toFixed(0)} ms after the tag was placed`);
  await page.locator('#player-playlist', { hasText: 'Tag Tales' }).waitFor();
  await screenshot(page, 'web-player-tag');
  await apiCall(server, 'POST', '/api/nfc/simulate', { tag_id: TAG, action: 'remove' });
  await page.waitForFunction(() => document.querySelector('#player-toggle').getAttribute('aria-label') === 'Play');
  await page.close();
});

test('player bar: smooth progress, seek, pause, next, previous, volume, mute, shuffle, repeat', async () => {
  const needs = [...SEED_ROUTES, ['POST', '/api/player/toggle', {}], ['POST', '/api/player/seek', {}], 'ws'];
  await requireFeatures(server, needs);
  const playlist = await seedPlaylist(server, 'Controls', ['One', 'Two', 'Three']);
  const page = await browser.newPage();
  await openApp(page, server);
  await apiCall(server, 'POST', `/api/playlists/${playlist.id}/start`, {});
  await page.locator('#player-track', { hasText: 'One' }).waitFor();
  await page.waitForFunction(() => document.querySelector('#player-toggle').getAttribute('aria-label') === 'Pause');

  // Smooth: sampled every animation frame for ~1 s, the bar only moves forward, often, in small steps.
  const samples = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const values = [];
        const start = performance.now();
        const sample = () => {
          values.push(Number(document.getElementById('player-seek').dataset.positionMs));
          if (performance.now() - start < 1000) requestAnimationFrame(sample);
          else resolve(values);
        };
        requestAnimationFrame(sample);
      }),
  );
  const distinct = new Set(samples).size;
  assert.ok(distinct > 10, `the progress changed ${distinct} times in a second`);
  const backwards = samples.slice(1).filter((v, i) => v < samples[i] - 250).length;
  assert.equal(backwards, 0, 'the progress never jumps back');
  const maxStep = Math.max(...samples.slice(1).map((v, i) => v - samples[i]));
  assert.ok(maxStep < 400, `largest step ${maxStep} ms`);

  // Seek by dragging the thumb to half of the bar; the box confirms the position.
  const bar = await page.locator('#player-seek').boundingBox();
  await page.mouse.move(bar.x + 5, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width * 0.3, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.move(bar.x + bar.width * 0.5, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(async () => {
    const status = (await (await fetch('/api/player/status')).json()).data;
    return status.position_ms >= 13000;
  });

  // Keyboard seek on the slider: End jumps near the end, Home back to the start.
  await page.locator('#player-seek').focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(async () => (await (await fetch('/api/player/status')).json()).data.position_ms < 5000);

  // Pause and resume.
  await page.locator('#player-toggle[aria-label="Pause"]').click();
  await page.waitForFunction(async () => (await (await fetch('/api/player/status')).json()).data.state === 'paused');
  await page.locator('#player-toggle[aria-label="Play"]').click();
  await page.waitForFunction(async () => (await (await fetch('/api/player/status')).json()).data.state === 'playing');

  // Next and previous.
  await page.getByRole('button', { name: 'Next track' }).click();
  await page.locator('#player-track', { hasText: 'Two' }).waitFor();
  await page.locator('#player-playlist', { hasText: 'Track 2 of 3' }).waitFor();
  await page.getByRole('button', { name: 'Previous track' }).click();
  await page.locator('#player-track', { hasText: 'One' }).waitFor();

  // Volume by keyboard on the slider, then mute.
  await page.locator('#player-volume').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(async () => (await (await fetch('/api/player/status')).json()).data.volume === 40);
  await page.getByRole('button', { name: 'Mute', exact: true }).click();
  await page.waitForFunction(async () => (await (await fetch('/api/player/status')).json()).data.muted === true);
  await page.getByRole('button', { name: 'Unmute' }).waitFor();
  await page.getByRole('button', { name: 'Unmute' }).click();

  // Shuffle and repeat (none -> playlist -> track).
  await page.getByRole('button', { name: 'Shuffle' }).click();
  await page.waitForFunction(() => document.getElementById('player-shuffle').getAttribute('aria-pressed') === 'true');
  await page.getByRole('button', { name: 'Repeat: off' }).click();
  await page.getByRole('button', { name: 'Repeat: playlist' }).waitFor();
  await page.getByRole('button', { name: 'Repeat: playlist' }).click();
  await page.getByRole('button', { name: 'Repeat: this track' }).waitFor();
  const status = await apiCall(server, 'GET', '/api/player/status');
  assert.equal(status.shuffle, true);
  assert.equal(status.repeat, 'track');
  assert.equal(status.muted, false);
  await screenshot(page, 'web-player-controls');
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});
