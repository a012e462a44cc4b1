// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' PIN on the page (PROTOCOL.md §4.10): the lock shows only while a PIN is set; a change answered
// 401 opens the PIN dialog, a wrong PIN says how many tries are left, the right one unlocks and the change
// goes through without being asked again; the player controls never ask; the page keeps the PIN nowhere and
// cannot read the session cookie; the lock button locks again; the Parents tab sets, changes and removes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apiCall,
  card,
  openApp,
  requireFeatures,
  screenshot,
  seedPlaylist,
  useServerAndBrowser,
} from './lib/browser.mjs';

const env = useServerAndBrowser();
const status = async (page) =>
  page.evaluate(() =>
    fetch('/api/auth/status')
      .then((r) => r.json())
      .then((e) => e.data),
  );

async function storedAnywhere(page, pin) {
  return page.evaluate((secret) => {
    const values = [...Object.values(localStorage), ...Object.values(sessionStorage), document.cookie];
    return values.some((value) => String(value).includes(secret));
  }, pin);
}

test('a locked page asks for the PIN once, then changes go through; player controls never ask', async () => {
  await requireFeatures(env.server, [
    ['GET', '/api/auth/status'],
    ['POST', '/api/auth/unlock', {}],
    ['PUT', '/api/settings/pin', {}],
  ]);
  await seedPlaylist(env.server, 'Lullabies', ['Moon']);
  await apiCall(env.server, 'PUT', '/api/settings/pin', { pin: '2468' });
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    const lock = page.locator('#parent-lock');
    await lock.getByText('Locked').waitFor();

    // Player controls stay open: starting a playlist and pausing ask nothing.
    await card(page, 'Lullabies').getByRole('button', { name: /^Play/ }).first().click();
    await page.waitForFunction(() => document.querySelector('#player-toggle').getAttribute('aria-label') === 'Pause');
    await page.locator('#player-toggle').click();
    await page.waitForFunction(() => document.querySelector('#player-toggle').getAttribute('aria-label') === 'Play');
    assert.equal(await page.getByRole('dialog', { name: 'Parents’ PIN' }).count(), 0);

    // A change: the box answers 401 and the page asks for the PIN.
    await page.getByRole('button', { name: 'New playlist' }).click();
    const create = page.getByRole('dialog', { name: 'New playlist' });
    await create.getByLabel('Name').fill('Rainy Day');
    await create.getByRole('button', { name: 'Create' }).click();
    const pinDialog = page.getByRole('dialog', { name: 'Parents’ PIN' });
    await pinDialog.waitFor();
    await pinDialog.getByLabel('PIN (4 to 8 digits)').fill('1111');
    await pinDialog.getByRole('button', { name: 'Unlock' }).click();
    await pinDialog.getByText('Wrong PIN. 4 tries left.').waitFor();
    assert.equal(await pinDialog.getByLabel('PIN (4 to 8 digits)').inputValue(), '', 'the field is emptied');
    await screenshot(page, 'web-pin-wrong');
    await pinDialog.getByLabel('PIN (4 to 8 digits)').fill('2468');
    await pinDialog.getByRole('button', { name: 'Unlock' }).click();
    await card(page, 'Rainy Day').waitFor();
    await pinDialog.waitFor({ state: 'detached' });
    await lock.getByText('Unlocked').waitFor();
    const listed = await apiCall(env.server, 'GET', '/api/playlists');
    assert.equal(listed.playlists.filter((p) => p.title === 'Rainy Day').length, 1, 'created once, after the unlock');
    assert.equal(await storedAnywhere(page, '2468'), false, 'the PIN is kept nowhere');
    assert.equal(await page.evaluate(() => document.cookie.includes('omb_parent')), false, 'the cookie is HttpOnly');
    assert.deepEqual(await status(page), { pin_set: true, unlocked: true });

    // Further changes go through without a question.
    await page.getByRole('button', { name: 'New playlist' }).click();
    await create.getByLabel('Name').fill('Sunny Day');
    await create.getByRole('button', { name: 'Create' }).click();
    await card(page, 'Sunny Day').waitFor();
    assert.equal(await pinDialog.count(), 0);

    // The lock button locks again; a cancelled PIN dialog leaves the change undone.
    await lock.click();
    await lock.getByText('Locked').waitFor();
    assert.deepEqual(await status(page), { pin_set: true, unlocked: false });
    await page.getByRole('button', { name: 'New playlist' }).click();
    await create.getByLabel('Name').fill('Never');
    await create.getByRole('button', { name: 'Create' }).click();
    await pinDialog.waitFor();
    await pinDialog.getByRole('button', { name: 'Cancel' }).click();
    await pinDialog.waitFor({ state: 'detached' });
    const after = await apiCall(env.server, 'GET', '/api/playlists');
    assert.equal(after.playlists.filter((p) => p.title === 'Never').length, 0);
  } finally {
    await page.close();
  }
});

test('the Parents tab sets, changes and removes the PIN', async () => {
  const current = await fetch(`${env.server.baseUrl}/api/auth/status`).then((r) => r.json());
  if (current.data.pin_set) await apiCall(env.server, 'PUT', '/api/settings/pin', { pin: null, current_pin: '2468' });
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server, '#/parents');
    const panel = page.locator('#pin-panel');
    const lock = page.locator('#parent-lock');
    await panel.getByRole('button', { name: 'Set the PIN' }).waitFor();
    assert.equal(await lock.isHidden(), true, 'no lock without a PIN');

    await panel.getByLabel('PIN (4 to 8 digits)').fill('12');
    await panel.getByRole('button', { name: 'Set the PIN' }).click();
    await panel.getByText('A PIN is 4 to 8 digits.').waitFor();
    await panel.getByLabel('PIN (4 to 8 digits)').fill('1357');
    await panel.getByRole('button', { name: 'Set the PIN' }).click();
    await lock.getByText('Unlocked').waitFor();
    await panel.getByRole('button', { name: 'Change the PIN' }).waitFor();

    await panel.getByLabel('Current PIN').fill('0000');
    await panel.getByLabel('New PIN (4 to 8 digits)').fill('97531');
    await panel.getByRole('button', { name: 'Change the PIN' }).click();
    await panel.getByText('Wrong PIN. 4 tries left.').waitFor();
    await panel.getByLabel('Current PIN').fill('1357');
    await panel.getByLabel('New PIN (4 to 8 digits)').fill('97531');
    await panel.getByRole('button', { name: 'Change the PIN' }).click();
    // Saved: the form is drawn again without the earlier message, and the box takes the new PIN.
    await panel.getByText('Wrong PIN. 4 tries left.').waitFor({ state: 'detached' });
    assert.deepEqual(await status(page), { pin_set: true, unlocked: true });
    assert.deepEqual(await apiCall(env.server, 'POST', '/api/auth/unlock', { pin: '97531' }), {
      pin_set: true,
      unlocked: true,
    });
    assert.equal(await storedAnywhere(page, '97531'), false);
    await screenshot(page, 'web-pin-settings');

    await panel.getByLabel('Current PIN').fill('97531');
    await panel.getByRole('button', { name: 'Remove the PIN' }).click();
    await panel.getByRole('button', { name: 'Set the PIN' }).waitFor();
    await lock.waitFor({ state: 'hidden' });
    assert.deepEqual(await status(page), { pin_set: false, unlocked: false });
  } finally {
    await page.close();
  }
});
