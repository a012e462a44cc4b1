// SPDX-License-Identifier: GPL-3.0-or-later
// The live connection under trouble: a dropped socket is rejoined and resynced with sync:request (missed events
// replayed once, never twice), and a killed and restarted box (same data folder, same port) is rejoined with a
// visible "reconnecting" banner, ending equal to the box's state.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, card, launchBrowser, openApp, requireFeatures, screenshot } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let browser;
const NEEDS = [['GET', '/api/playlists'], ['POST', '/api/playlists', {}], 'ws'];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// Records every frame the page sends on its WebSocket, and lets the test drop the socket.
async function instrument(page) {
  await page.addInitScript(() => {
    window.__sent = [];
    const send = WebSocket.prototype.send;
    WebSocket.prototype.send = function (data) {
      window.__sent.push(JSON.parse(data));
      return send.call(this, data);
    };
  });
}

async function titlesOnPage(page) {
  return page.evaluate(() => [...document.querySelectorAll('.playlist-title')].map((e) => e.textContent).sort());
}

async function titlesOnBox(server) {
  return (await apiCall(server, 'GET', '/api/playlists')).playlists.map((p) => p.title).sort();
}

test('a dropped connection resyncs with sync:request and applies each missed event once', async () => {
  const server = await startServer({ args: ['--nfc', 'simulated'] });
  try {
    await requireFeatures(server, NEEDS);
    const page = await browser.newPage();
    await instrument(page);
    await openApp(page, server);
    await apiCall(server, 'POST', '/api/playlists', { title: 'Before Drop' });
    await card(page, 'Before Drop').waitFor();
    const seqBefore = await page.evaluate(() => window.omb.live.highestSeq);

    // Hold the next reconnect until the test has changed things on the box.
    await page.evaluate(() => {
      const live = window.omb.live;
      live.__open = live.open;
      live.open = () => {
        window.__reopen = () => live.__open();
      };
      live.socket.close();
    });
    await page.waitForFunction(() => window.omb.live.status === 'reconnecting');
    await page.locator('#banner').getByText('Connection to the box lost. Reconnecting…').waitFor();
    await screenshot(page, 'web-reconnecting');
    await apiCall(server, 'POST', '/api/playlists', { title: 'Missed One' });
    await apiCall(server, 'POST', '/api/playlists', { title: 'Missed Two' });
    await page.waitForFunction(() => typeof window.__reopen === 'function');
    await page.evaluate(() => {
      window.omb.live.open = window.omb.live.__open;
      window.__reopen();
    });
    await page.waitForFunction(() => window.omb.live.status === 'connected');
    await page.locator('#banner').waitFor({ state: 'hidden' });
    await card(page, 'Missed One').waitFor();
    await card(page, 'Missed Two').waitFor();
    const sync = await page.evaluate(() => window.__sent.filter((f) => f.event === 'sync:request'));
    assert.equal(sync.length, 1, 'one sync:request after the reconnect');
    assert.ok(sync[0].data.last_global_seq >= seqBefore, 'it names the highest seq the page applied');
    const joins = await page.evaluate(() => window.__sent.filter((f) => f.event === 'join:playlists').length);
    assert.equal(joins, 2, 'the playlists room was joined again');
    assert.deepEqual(await titlesOnPage(page), await titlesOnBox(server));
    assert.equal(await page.locator('.playlist-card').count(), 3, 'no playlist shown twice');
    await page.close();
  } finally {
    await server.cleanup();
  }
});

test('a killed and restarted box is rejoined and resynced', async () => {
  const first = await startServer({ args: ['--nfc', 'simulated'] });
  let second = null;
  try {
    await requireFeatures(first, NEEDS);
    await apiCall(first, 'POST', '/api/playlists', { title: 'Survivor' });
    const page = await browser.newPage();
    await instrument(page);
    await openApp(page, first);
    await card(page, 'Survivor').waitFor();
    const epoch = await page.evaluate(() => window.omb.live.epoch);

    await first.stop('SIGKILL');
    await page.locator('#banner').getByText('Connection to the box lost. Reconnecting…').waitFor();
    assert.equal(await page.locator('#connection').getAttribute('data-state'), 'reconnecting');

    second = await startServer({ args: ['--nfc', 'simulated', '--port', String(first.port)], dataDir: first.dataDir });
    await apiCall(second, 'POST', '/api/playlists', { title: 'After Restart' });
    await page.waitForFunction(() => window.omb.live.status === 'connected', null, { timeout: 20000 });
    await page.locator('#banner').waitFor({ state: 'hidden' });
    await card(page, 'After Restart').waitFor();
    await card(page, 'Survivor').waitFor();
    assert.notEqual(await page.evaluate(() => window.omb.live.epoch), epoch, 'a new epoch after the restart');
    const sync = await page.evaluate(() => window.__sent.filter((f) => f.event === 'sync:request'));
    assert.equal(sync.length, 1);
    assert.deepEqual(await titlesOnPage(page), await titlesOnBox(second));

    // Still live after the restart: a change on the box shows up.
    await apiCall(second, 'POST', '/api/playlists', { title: 'Live Again' });
    await card(page, 'Live Again').waitFor();
    assert.deepEqual(await titlesOnPage(page), await titlesOnBox(second));
    await page.close();
  } finally {
    await second?.stop();
    await first.cleanup();
  }
});
