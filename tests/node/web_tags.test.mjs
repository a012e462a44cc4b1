// SPDX-License-Identifier: GPL-3.0-or-later
// NFC tags from the page, with the simulated reader: link with countdown, duplicate and override, cancel,
// timeout, the prompt for an unknown tag, and unlinking.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, card, launchBrowser, openApp, requireFeatures, screenshot } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;
const NEEDS = [['GET', '/api/playlists'], ['POST', '/api/nfc/scan', {}], ['POST', '/api/nfc/simulate', {}], 'ws'];

before(async () => {
  server = await startServer({ args: ['--nfc', 'simulated'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.cleanup();
});

async function place(target, tag) {
  await apiCall(target, 'POST', '/api/nfc/simulate', { tag_id: tag, action: 'place' });
}
async function lift(target, tag) {
  await apiCall(target, 'POST', '/api/nfc/simulate', { tag_id: tag, action: 'remove' });
  await waitFor(
    'the reader to report no tag',
    async () => (await apiCall(target, 'GET', '/api/nfc/status')).current_tag_id === null,
  );
}
async function waitFor(what, condition, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const associationStarted = () =>
  waitFor(
    'association mode to start',
    async () => (await apiCall(server, 'GET', '/api/nfc/status')).association_mode === true,
  );

test('link a tag: countdown, success, duplicate with override, cancel', async () => {
  await requireFeatures(server, NEEDS);
  for (const title of ['Stories A', 'Stories B']) await apiCall(server, 'POST', '/api/playlists', { title });
  const page = await browser.newPage();
  await openApp(page, server);

  await card(page, 'Stories A').locator('.playlist-expand').click();
  await card(page, 'Stories A').getByRole('button', { name: 'Link a tag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link a tag to “Stories A”' });
  await dialog.getByText('Place a tag on the box now.').waitFor();
  await dialog.getByText(/\d+ s left/).waitFor();
  const first = Number((await dialog.locator('.countdown').textContent()).match(/\d+/)[0]);
  assert.ok(first > 50 && first <= 60, `the countdown starts near 60 s (${first})`);
  await screenshot(page, 'web-tag-waiting');
  // The page says "place a tag" while its request to start the session is still on the way: a tag placed
  // before the box listens would simply play.
  await associationStarted();
  await place(server, 'aa11bb22');
  await dialog.getByText('Done! This tag now starts “Stories A”.').waitFor();
  await card(page, 'Stories A').getByText('Tag linked').waitFor();
  await lift(server, 'aa11bb22');
  await dialog.waitFor({ state: 'detached' });

  // The same tag on "Stories B": the dialog names the owner and offers to take it over.
  await card(page, 'Stories B').locator('.playlist-expand').click();
  await card(page, 'Stories B').getByRole('button', { name: 'Link a tag' }).click();
  const second = page.getByRole('dialog', { name: 'Link a tag to “Stories B”' });
  await second.getByText('Place a tag on the box now.').waitFor();
  await associationStarted();
  await place(server, 'aa11bb22');
  await second.getByText('This tag already starts “Stories A”.').waitFor();
  await screenshot(page, 'web-tag-duplicate');
  await second.getByRole('button', { name: 'Use it for “Stories B” instead' }).click();
  await second.getByText('Done! This tag now starts “Stories B”.').waitFor();
  await card(page, 'Stories B').getByText('Tag linked').waitFor();
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('.playlist-card')]
        .find((c) => c.querySelector('.playlist-title').textContent === 'Stories A')
        .querySelector('.tag-badge'),
  );
  const list = await apiCall(server, 'GET', '/api/playlists');
  assert.equal(list.playlists.find((p) => p.title === 'Stories B').nfc_tag_id, 'aa11bb22');
  assert.equal(list.playlists.find((p) => p.title === 'Stories A').nfc_tag_id, null);
  await lift(server, 'aa11bb22');
  await second.getByRole('button', { name: 'Close' }).first().click();

  // Cancel: the box's session ends too.
  await card(page, 'Stories A').getByRole('button', { name: 'Link a tag' }).click();
  const third = page.getByRole('dialog', { name: 'Link a tag to “Stories A”' });
  await third.getByText('Place a tag on the box now.').waitFor();
  await associationStarted();
  await third.getByRole('button', { name: 'Cancel' }).click();
  await third.waitFor({ state: 'detached' });
  await waitFor(
    'association mode to end',
    async () => (await apiCall(server, 'GET', '/api/nfc/status')).association_mode === false,
  );
  assert.deepEqual(page.errors ?? [], []);
  await page.close();
});

test('an unknown tag prompts to link it; unlink removes it', async () => {
  await requireFeatures(server, NEEDS);
  await apiCall(server, 'POST', '/api/playlists', { title: 'Songs C' });
  const page = await browser.newPage();
  await openApp(page, server);
  await place(server, 'cc33dd44');
  const prompt = page.getByRole('dialog', { name: 'New tag on the box' });
  await prompt.getByText('cc33dd44', { exact: false }).waitFor();
  await screenshot(page, 'web-tag-unknown');
  await prompt.getByRole('combobox').selectOption({ label: 'Songs C' });
  await prompt.getByRole('button', { name: 'Link' }).click();
  await prompt.waitFor({ state: 'detached' });
  await card(page, 'Songs C').getByText('Tag linked').waitFor();
  await lift(server, 'cc33dd44');

  await card(page, 'Songs C').locator('.playlist-expand').click();
  await card(page, 'Songs C').getByRole('button', { name: 'Unlink tag' }).click();
  await page
    .getByRole('dialog', { name: 'Unlink the tag from “Songs C”?' })
    .getByRole('button', { name: 'Unlink tag' })
    .click();
  await card(page, 'Songs C').locator('.tag-badge').waitFor({ state: 'detached' });
  const list = await apiCall(server, 'GET', '/api/playlists');
  assert.equal(list.playlists.find((p) => p.title === 'Songs C').nfc_tag_id, null);
  await page.close();
});

test('linking times out when no tag is placed', async () => {
  const quick = await startServer({ args: ['--nfc', 'simulated'], env: { OMB_NFC_SCAN_TIMEOUT_MS: '2000' } });
  try {
    await requireFeatures(quick, NEEDS);
    await apiCall(quick, 'POST', '/api/playlists', { title: 'Slow Songs' });
    const page = await browser.newPage();
    await openApp(page, quick);
    await card(page, 'Slow Songs').locator('.playlist-expand').click();
    await card(page, 'Slow Songs').getByRole('button', { name: 'Link a tag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link a tag to “Slow Songs”' });
    await dialog.getByText('No tag was placed in time.').waitFor();
    await screenshot(page, 'web-tag-timeout');
    // Try again starts a new session.
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await dialog.getByText('Place a tag on the box now.').waitFor();
    await dialog.getByText('No tag was placed in time.').waitFor();
    await page.close();
  } finally {
    await quick.cleanup();
  }
});
