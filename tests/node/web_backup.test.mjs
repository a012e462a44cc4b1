// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore from the Box status view: the download is the box's archive; restoring it replaces a
// changed library after the box restarts (the page finds it again on its own), with the progress shown; a file
// that is no backup is refused with a clear message and changes nothing.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './lib/browser.mjs';
import { seriousViolations } from './lib/pagechecks.mjs';

// The box restarts itself on the port it was given: a fixed free one, so the page can find it again.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const env = useServerAndBrowser({ args: ['--nfc', 'simulated', '--port', String(port)] });

async function titles(page) {
  return page.evaluate(async () => {
    const answer = await fetch('/api/playlists?limit=100').then((r) => r.json());
    return answer.data.playlists.map((p) => p.title).sort();
  });
}

test('a downloaded backup restores the library it was taken from', async () => {
  await seedPlaylist(env.server, 'Owls', ['Hoot', 'Night song']);
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server, '#/status');
    const panel = page.locator('#backup-panel');
    await panel.getByRole('heading', { name: 'Backup and restore' }).waitFor();
    assert.deepEqual(await seriousViolations(page, '#view-status'), []);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: 'Download a backup' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^openmusicbox-backup-\d{4}-\d\d-\d\d-\d{4}\.tar$/);
    const file = join(tmpdir(), `omb-backup-${process.pid}.tar`);
    await download.saveAs(file);
    const archive = readFileSync(file);
    assert.equal(archive.subarray(0, 13).toString(), 'manifest.json', 'a tar whose first entry is the manifest');

    // The library changes after the backup.
    await apiCall(env.server, 'POST', '/api/playlists', { title: 'Later' });
    const owls = (await apiCall(env.server, 'GET', '/api/playlists')).playlists.find((p) => p.title === 'Owls');
    await apiCall(env.server, 'DELETE', `/api/playlists/${owls.id}`, {});
    assert.deepEqual(await titles(page), ['Later']);

    await page.locator('#restore-file').setInputFiles(file);
    await panel.getByRole('button', { name: 'Restore this backup' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore a backup?' });
    await dialog.getByRole('button', { name: 'Replace and restart' }).click();
    await panel.getByText('Backup checked: 1 playlists, 2 songs.', { exact: false }).waitFor();
    await screenshot(page, 'web-backup-restarting');
    // The box comes back on the restored library and the page reconnects by itself.
    await page.waitForFunction(
      async () => {
        try {
          const answer = await fetch('/api/playlists?limit=100').then((r) => r.json());
          return answer.data.playlists.map((p) => p.title).join() === 'Owls';
        } catch {
          return false;
        }
      },
      null,
      { timeout: 30000, polling: 250 },
    );
    await page.waitForFunction(() => window.omb?.store?.connection === 'connected', null, { timeout: 30000 });
    await page.goto(`${env.server.baseUrl}/#/playlists`);
    await card(page, 'Owls').waitFor();
  } finally {
    await page.close();
  }
});

test('a file that is no backup is refused and changes nothing', async () => {
  const before = (await apiCall(env.server, 'GET', '/api/playlists')).playlists.map((p) => p.title).sort();
  const bad = join(tmpdir(), `omb-not-a-backup-${process.pid}.tar`);
  writeFileSync(bad, Buffer.alloc(8192, 'x'));
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server, '#/status');
    const panel = page.locator('#backup-panel');
    await page.locator('#restore-file').setInputFiles(bad);
    await panel.getByRole('button', { name: 'Restore this backup' }).click();
    await page
      .getByRole('dialog', { name: 'Restore a backup?' })
      .getByRole('button', { name: 'Replace and restart' })
      .click();
    await panel.getByText('This file is not a backup of the box, or it is damaged. Nothing was changed.').waitFor();
    await screenshot(page, 'web-backup-refused');
    assert.deepEqual(await titles(page), before);
  } finally {
    await page.close();
  }
});
