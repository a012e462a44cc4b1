// SPDX-License-Identifier: GPL-3.0-or-later
// The sleep timer from the player bar against the real box: chosen on one page, shown on another, turned off.
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

const sleepTimer = async () => (await apiCall(server, 'GET', '/api/player/status')).sleep_timer;

test('a sleep timer chosen on one page shows on every page and can be turned off', async () => {
  await requireFeatures(server, [...SEED_ROUTES, ['POST', '/api/player/sleep', {}], 'ws']);
  const playlist = await seedPlaylist(server, 'Bedtime', ['Lullaby', 'Moon Song']);
  await apiCall(server, 'POST', `/api/playlists/${playlist.id}/start`, {});
  const page = await browser.newPage();
  const other = await browser.newPage();
  await openApp(page, server);
  await openApp(other, server);
  await page.locator('#player-track', { hasText: 'Lullaby' }).waitFor();

  const button = page.locator('#player-sleep');
  assert.equal(await button.getAttribute('aria-label'), 'Sleep timer');
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Stop the music in…' });
  await dialog.getByRole('button', { name: '30 minutes' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('#player-sleep[aria-label="Sleep timer: 30 min left"][aria-pressed="true"]').waitFor();
  const timer = await sleepTimer();
  assert.ok(timer && timer.remaining_ms > 29 * 60000 && timer.remaining_ms <= 30 * 60000, JSON.stringify(timer));
  // Another page follows through state:player.
  await other.locator('#player-sleep[aria-label="Sleep timer: 30 min left"]').waitFor();
  await screenshot(page, 'web-sleep-set');

  await button.click();
  const again = page.getByRole('dialog', { name: 'Stop the music in…' });
  await again.getByText('Sleep timer: 30 min left').waitFor();
  await again.getByRole('button', { name: 'Turn the sleep timer off' }).click();
  await page.locator('#player-sleep[aria-label="Sleep timer"][aria-pressed="false"]').waitFor();
  await other.locator('#player-sleep[aria-label="Sleep timer"]').waitFor();
  assert.equal(await sleepTimer(), null);
  assert.equal((await apiCall(server, 'GET', '/api/player/status')).state, 'playing');
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
  await other.close();
});
