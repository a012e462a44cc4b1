// SPDX-License-Identifier: GPL-3.0-or-later
// A frozen box (the server process stopped with SIGSTOP: its sockets stay open, it just says nothing) is noticed
// within 10 s: the page shows the lost-connection banner and stops the position clock; after SIGCONT it
// reconnects, resyncs and plays on as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './lib/browser.mjs';

const env = useServerAndBrowser();

test('a stopped box shows the banner within 10 s and stops the clock; it recovers after SIGCONT', async () => {
  const playlist = await seedPlaylist(env.server, 'Long story', ['Chapter one']);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await openApp(page, env.server);
    await apiCall(env.server, 'POST', `/api/playlists/${playlist.id}/start`, {});
    await page.waitForFunction(() => window.omb.store.position.playing && window.omb.store.currentPosition() > 500);

    env.server.child.kill('SIGSTOP');
    const stoppedAt = Date.now();
    await page.locator('#banner').waitFor({ state: 'visible', timeout: 15000 });
    const noticedMs = Date.now() - stoppedAt;
    console.log(`frozen box noticed after ${noticedMs} ms`);
    assert.ok(noticedMs <= 10000, `noticed after ${noticedMs} ms`);
    assert.equal(await page.evaluate(() => window.omb.store.connection), 'reconnecting');
    const frozen = await page.evaluate(() => window.omb.store.currentPosition());
    assert.equal(await page.evaluate(() => window.omb.store.position.playing), false, 'the clock stopped');
    await page.waitForFunction(
      (at) => document.getElementById('player-seek').dataset.positionMs === String(Math.round(at)),
      frozen,
    );
    await screenshot(page, 'web-frozen-box');

    env.server.child.kill('SIGCONT');
    await page.waitForFunction(() => window.omb.store.connection === 'connected', null, { timeout: 30000 });
    await page.locator('#banner').waitFor({ state: 'hidden' });
    await page.waitForFunction(
      (at) => window.omb.store.position.playing && window.omb.store.currentPosition() > at,
      frozen,
      { timeout: 15000 },
    );
  } finally {
    env.server.child.kill('SIGCONT'); // never leave a stopped box behind, whatever failed
    await page.close();
  }
});
