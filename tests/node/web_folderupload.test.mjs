// SPDX-License-Identifier: GPL-3.0-or-later
// A whole folder at once: 30 audio files and one that is not audio, chosen as a folder in "Add music", become a
// new playlist named after the folder; one total line counts files and bytes up as they go ("7 of 31, …"), the
// failed file is listed with its reason and the rest are kept. A dropped folder does the same; files of one album
// picked for "a new playlist named after the album" get a playlist with the album's name (read by the box), from
// the first file on: a page closed in the middle of the batch leaves no "New album" behind.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiCall, card, makeWav, openApp, screenshot, useServerAndBrowser } from './lib/browser.mjs';

const FILES = 30;
const env = useServerAndBrowser();
let dir;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omb-folder-'));
  const folder = join(dir, 'Forest songs');
  mkdirSync(folder);
  for (let i = 1; i <= FILES; i++) {
    const name = `${String(i).padStart(2, '0')} Song.wav`;
    writeFileSync(join(folder, name), makeWav({ seconds: 1, frequency: 200 + i * 20 }));
  }
  writeFileSync(join(folder, 'notes.txt'), 'not audio');
});

after(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a folder of 30 songs becomes a playlist, with one total progress and the failed file named', async () => {
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await openApp(page, env.server, '#/add');
    // Every line the total showed while the files went up, in order.
    await page.evaluate(() => {
      window.summaryLines = [];
      new MutationObserver(() => {
        const line = document.querySelector('#view-add .upload-summary-text')?.textContent;
        if (line && line !== window.summaryLines.at(-1)) window.summaryLines.push(line);
      }).observe(document.getElementById('view-add'), { subtree: true, childList: true, characterData: true });
    });
    await page.locator('#view-add input[data-upload-folder]').setInputFiles(join(dir, 'Forest songs'));
    const summary = page.locator('#view-add .upload-summary');
    await summary.waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => document.querySelector('#view-add .upload-summary')?.dataset.finished === '31',
      null,
      { timeout: 120000 },
    );
    const text = await summary.locator('.upload-summary-text').textContent();
    assert.match(text, /^31 of 31, ([\d.]+ [kKM]B) of \1, 1 failed$/);
    // On the way the one line counted up: files and bytes so far, never going back.
    const lines = await page.evaluate(() => window.summaryLines);
    const counts = lines.map((line) => Number(line.match(/^(\d+) of 31, [\d.]+ [kKMG]?B of [\d.]+ [kKMG]?B/)?.[1]));
    assert.ok(!counts.includes(NaN), lines.join(' | '));
    assert.ok(
      counts.some((n) => n > 0 && n < 31),
      `a total part-way: ${lines.join(' | ')}`,
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => a - b),
      'the count never goes back',
    );
    await screenshot(page, 'web-folder-upload');
    const failed = page.locator('#view-add .upload[data-status="error"]');
    assert.equal(await failed.count(), 1);
    assert.equal(await failed.getAttribute('data-upload-name'), 'notes.txt');
    await failed.getByText('this type of file is not supported').waitFor();

    const list = (await apiCall(env.server, 'GET', '/api/playlists')).playlists;
    const forest = list.find((p) => p.title === 'Forest songs');
    assert.ok(forest, 'a playlist named after the folder');
    assert.equal(forest.track_count, FILES);
    const detail = await apiCall(env.server, 'GET', `/api/playlists/${forest.id}`);
    const tracks = (detail.playlist ?? detail).tracks;
    assert.deepEqual(
      tracks.map((t) => t.filename),
      Array.from({ length: FILES }, (_, i) => `${String(i + 1).padStart(2, '0')} Song.wav`),
      'in folder order',
    );
    await page.evaluate(() => {
      location.hash = '#/playlists';
    });
    await card(page, 'Forest songs').waitFor();
  } finally {
    await page.close();
  }
});

test('a folder dropped on "Add music" becomes a playlist too, sub-folders included, a broken file named', async () => {
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server, '#/add');
    const wav = Buffer.from(makeWav({ seconds: 1 })).toString('base64');
    // Chromium gives a dropped folder as a directory entry; the test builds the same shape from real files.
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const file = (name, body = bytes) => ({
        isFile: true,
        isDirectory: false,
        name,
        file: (ok) => ok(new File([body], name)),
      });
      const dir = (name, children) => ({
        isFile: false,
        isDirectory: true,
        name,
        createReader() {
          let given = false;
          return {
            readEntries(ok) {
              const batch = given ? [] : children;
              given = true;
              setTimeout(() => ok(batch), 0);
            },
          };
        },
      });
      const folder = dir('Meadow album', [
        file('2 Bee.wav'),
        dir('CD 2', [file('1 Cricket.wav')]),
        file('1 Ant.wav'),
        file('cover.wav', new Uint8Array([1, 2, 3])),
      ]);
      const drop = new Event('drop', { bubbles: true, cancelable: true });
      drop.dataTransfer = { items: [{ webkitGetAsEntry: () => folder }], files: [new File([], 'Meadow album')] };
      document.querySelector('#view-add [data-dropzone]').dispatchEvent(drop);
    }, wav);
    await page.waitForFunction(() => document.querySelector('#view-add .upload-summary')?.dataset.finished === '4');
    const failed = page.locator('#view-add .upload[data-status="error"]');
    assert.equal(await failed.getAttribute('data-upload-name'), 'cover.wav');
    const list = (await apiCall(env.server, 'GET', '/api/playlists')).playlists;
    const meadow = list.find((p) => p.title === 'Meadow album');
    assert.ok(meadow, 'a playlist named after the dropped folder');
    const detail = await apiCall(env.server, 'GET', `/api/playlists/${meadow.id}`);
    assert.deepEqual(
      (detail.playlist ?? detail).tracks.map((t) => t.filename),
      ['1 Ant.wav', '2 Bee.wav', '1 Cricket.wav'],
      'in path order, the sub-folder after the files before it',
    );
  } finally {
    await page.close();
  }
});

// A WAV whose RIFF INFO list names its album (IPRD), as ripping tools write it.
function wavOfAlbum(album, frequency) {
  const wav = makeWav({ seconds: 1, frequency });
  let text = Buffer.from(`${album}\0`);
  if (text.length % 2) text = Buffer.concat([text, Buffer.alloc(1)]);
  const info = Buffer.alloc(12 + 8);
  info.write('LIST', 0);
  info.writeUInt32LE(4 + 8 + text.length, 4);
  info.write('INFO', 8);
  info.write('IPRD', 12);
  info.writeUInt32LE(text.length, 16);
  const all = Buffer.concat([wav, info, text]);
  all.writeUInt32LE(all.length - 8, 4);
  return all;
}

test('files of one album picked in "Add music" become a playlist named after the album', async () => {
  const albumDir = mkdtempSync(join(tmpdir(), 'omb-album-'));
  const page = await env.browser.newPage();
  try {
    const names = ['1 Waves.wav', '2 Shells.wav', '3 Tide.wav'];
    names.forEach((name, i) => writeFileSync(join(albumDir, name), wavOfAlbum('Ocean lullabies', 300 + i * 40)));
    await openApp(page, env.server, '#/add');
    await page.locator('#upload-target').selectOption({ label: 'A new playlist named after the album' });
    await page.locator('#view-add input[data-upload-input]').setInputFiles(names.map((name) => join(albumDir, name)));
    await page.waitForFunction(() => document.querySelector('#view-add .upload-summary')?.dataset.finished === '3');
    await page.evaluate(() => {
      location.hash = '#/playlists';
    });
    await card(page, 'Ocean lullabies').waitFor();
    const list = (await apiCall(env.server, 'GET', '/api/playlists')).playlists;
    const ocean = list.find((p) => p.title === 'Ocean lullabies');
    assert.equal(ocean.track_count, 3);
  } finally {
    await page.close();
    rmSync(albumDir, { recursive: true, force: true });
  }
});

test('a playlist named after the album has its name once the first file is on the box, even if the page closes then', async () => {
  const albumDir = mkdtempSync(join(tmpdir(), 'omb-album-'));
  const page = await env.browser.newPage();
  try {
    const names = ['1 Dunes.wav', '2 Oasis.wav', '3 Camels.wav'];
    names.forEach((name, i) => writeFileSync(join(albumDir, name), wavOfAlbum('Desert dreams', 300 + i * 40)));
    await openApp(page, env.server, '#/add');
    // The second file's upload never gets an answer: the batch is caught in the middle.
    let sessions = 0;
    await page.route('**/uploads/session', (route) => (++sessions === 1 ? route.continue() : undefined));
    await page.locator('#upload-target').selectOption({ label: 'A new playlist named after the album' });
    await page.locator('#view-add input[data-upload-input]').setInputFiles(names.map((name) => join(albumDir, name)));
    const deadline = Date.now() + 15000;
    let desert;
    while (!desert) {
      assert.ok(Date.now() < deadline, 'the playlist never took the album name while the batch was running');
      const list = (await apiCall(env.server, 'GET', '/api/playlists')).playlists;
      desert = list.find((p) => p.title === 'Desert dreams');
      if (!desert) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Closed while the second file waits: the held request dies with the page, never reaching the box.
    await page.reload();
    await page.waitForFunction(() => window.omb?.store?.loaded);
    await page.unroute('**/uploads/session');
    const after = (await apiCall(env.server, 'GET', `/api/playlists/${desert.id}`)).playlist;
    assert.equal(after.title, 'Desert dreams');
    assert.equal(after.track_count, 1);
    const list = (await apiCall(env.server, 'GET', '/api/playlists')).playlists;
    assert.ok(!list.some((p) => p.title === 'New album'), 'no playlist is left with the placeholder name');
  } finally {
    await page.close();
    rmSync(albumDir, { recursive: true, force: true });
  }
});
