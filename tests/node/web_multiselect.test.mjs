// SPDX-License-Identifier: GPL-3.0-or-later
// Several tracks at once: ticking tracks shows how many are selected; "Delete" removes exactly those after one
// confirmation, "Move" sends them to another playlist; nothing is ticked afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { card, openApp, screenshot, seedPlaylist, trackTitles, useServerAndBrowser } from './lib/browser.mjs';

const env = useServerAndBrowser({
  seed: async (server) => {
    await seedPlaylist(server, 'Mixed bag', ['One', 'Two', 'Three', 'Four', 'Five']);
    await seedPlaylist(server, 'Keepers', []);
  },
});

test('ticked tracks are deleted or moved together', async () => {
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  try {
    await openApp(page, env.server);
    const mixed = card(page, 'Mixed bag');
    await mixed.locator('.playlist-expand').click();
    await mixed.locator('.track').nth(4).waitFor();
    await mixed.getByRole('checkbox', { name: 'Select Two' }).check();
    await mixed.getByRole('checkbox', { name: 'Select Four' }).check();
    await mixed.locator('.selection-count').getByText('2 selected').waitFor();
    await screenshot(page, 'web-multiselect-390');
    await mixed.locator('.selection-bar').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete 2 tracks?' }).getByRole('button', { name: 'Delete' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.playlist-card.open .track').length === 3);
    assert.deepEqual(await trackTitles(page, 'Mixed bag'), ['One', 'Three', 'Five']);
    assert.equal(await mixed.locator('.selection-bar').count(), 0, 'nothing stays ticked');

    await mixed.getByRole('checkbox', { name: 'Select One' }).check();
    await mixed.getByRole('checkbox', { name: 'Select Five' }).check();
    await mixed.locator('.selection-bar').getByRole('button', { name: 'Move' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move 2 tracks' });
    await dialog.getByRole('combobox').selectOption({ label: 'Keepers' });
    await dialog.getByRole('button', { name: 'Move' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.playlist-card.open .track').length === 1);
    assert.deepEqual(await trackTitles(page, 'Mixed bag'), ['Three']);
    await card(page, 'Keepers').locator('.playlist-expand').click();
    await card(page, 'Keepers').locator('.track').nth(1).waitFor();
    assert.deepEqual(await trackTitles(page, 'Keepers'), ['One', 'Five']);
  } finally {
    await page.close();
  }
});
