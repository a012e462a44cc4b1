// SPDX-License-Identifier: GPL-3.0-or-later
// Two pages open at once always show the same thing: every change made on one appears on the other through /ws.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  SEED_ROUTES,
  card,
  launchBrowser,
  openApp,
  requireFeatures,
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

// What a page shows, reduced to comparable data.
function pageState(page) {
  return page.evaluate(() => ({
    playlists: [...document.querySelectorAll('.playlist-card')].map((c) => ({
      title: c.querySelector('.playlist-title').textContent,
      count: c.querySelector('.playlist-count').textContent,
      tracks: [...c.querySelectorAll('.track-title')].map((t) => t.textContent),
    })),
    track: document.getElementById('player-track').textContent,
  }));
}

async function sameOnBoth(a, b) {
  await b.waitForFunction(
    async (want) => {
      const got = {
        playlists: [...document.querySelectorAll('.playlist-card')].map((c) => ({
          title: c.querySelector('.playlist-title').textContent,
          count: c.querySelector('.playlist-count').textContent,
          tracks: [...c.querySelectorAll('.track-title')].map((t) => t.textContent),
        })),
        track: document.getElementById('player-track').textContent,
      };
      return JSON.stringify(got) === want;
    },
    JSON.stringify(await pageState(a)),
  );
}

test('two pages stay in sync through create, rename, reorder, delete, play and seek', async () => {
  const needs = [...SEED_ROUTES, ['POST', '/api/playlists/none/reorder', {}], ['POST', '/api/player/seek', {}], 'ws'];
  await requireFeatures(server, needs);
  await seedPlaylist(server, 'Lullabies', ['Moon Song', 'Star Song', 'Sun Song']);
  const a = await browser.newPage();
  const b = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await openApp(a, server);
  await openApp(b, server);
  for (const page of [a, b]) await card(page, 'Lullabies').locator('.playlist-expand').click();
  await sameOnBoth(a, b);

  // create on A
  await a.getByRole('button', { name: 'New playlist' }).click();
  await a.getByRole('dialog').getByLabel('Name').fill('Morning Tunes');
  await a.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await card(b, 'Morning Tunes').waitFor();

  // rename on B
  await card(b, 'Morning Tunes').locator('.playlist-expand').click();
  await card(b, 'Morning Tunes').getByRole('button', { name: 'Rename' }).click();
  await b.getByRole('dialog').getByLabel('Name').fill('Breakfast Tunes');
  await b.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await card(a, 'Breakfast Tunes').waitFor();
  await sameOnBoth(b, a);

  // reorder on A with the keyboard
  await card(a, 'Lullabies').locator('.track', { hasText: 'Sun Song' }).locator('.drag-handle').focus();
  await a.keyboard.press('ArrowUp');
  await b.waitForFunction(
    () =>
      [...document.querySelectorAll('.track-title')].map((x) => x.textContent).join() ===
      'Moon Song,Sun Song,Star Song',
  );
  assert.deepEqual(await trackTitles(b, 'Lullabies'), ['Moon Song', 'Sun Song', 'Star Song']);

  // delete on B
  await card(b, 'Breakfast Tunes').getByRole('button', { name: 'Delete', exact: true }).click();
  await b.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await card(a, 'Breakfast Tunes').waitFor({ state: 'detached' });
  await sameOnBoth(a, b);

  // play on A (a track from the list), B shows it
  await card(a, 'Lullabies').getByRole('button', { name: /^Play: Sun Song\b/ }).click();
  await b.locator('#player-track', { hasText: 'Sun Song' }).waitFor();
  await b.waitForFunction(() => document.querySelector('#player-toggle').getAttribute('aria-label') === 'Pause');

  // seek on B by clicking at 75 % of the bar, A follows (the track is 30 s long)
  const bar = await b.locator('#player-seek').boundingBox();
  await b.mouse.click(bar.x + bar.width * 0.75, bar.y + bar.height / 2);
  await a.waitForFunction(() => Number(document.getElementById('player-seek').dataset.positionMs) >= 21000);
  const positionA = await a.evaluate(() => Number(document.getElementById('player-seek').dataset.positionMs));
  await b.waitForFunction(() => Number(document.getElementById('player-seek').dataset.positionMs) >= 21000);
  const positionB = await b.evaluate(() => Number(document.getElementById('player-seek').dataset.positionMs));
  assert.ok(Math.abs(positionA - positionB) < 1500, `positions agree (${positionA} vs ${positionB})`);

  // pause on B, A shows paused
  await b.locator('#player-toggle[aria-label="Pause"]').click();
  await a.waitForFunction(() => document.querySelector('#player-toggle').getAttribute('aria-label') === 'Play');
  await sameOnBoth(a, b);
  assert.deepEqual([...(a.errors ?? []), ...(b.errors ?? [])], []);
  await a.close();
  await b.close();
});
