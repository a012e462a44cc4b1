// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' rules on the page: the rules view saves quiet hours (across midnight), the playlists allowed in
// them, their volume maximum, the daily listening time and the chimes, puts a 422 next to the field it names and
// follows another page's save; a start refused in quiet hours says why and until when; a playlist's volume limits are
// edited on the page and the player's slider stops at its maximum.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, card, openApp, screenshot, seedPlaylist, useServerAndBrowser } from './lib/browser.mjs';

const env = useServerAndBrowser();
const settings = () => apiCall(env.server, 'GET', '/api/settings/parental');
const clock = (date) => `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

async function waitFor(what, condition, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('the rules view saves every rule, shows a 422 next to its field and follows another page', async () => {
  const night = await seedPlaylist(env.server, 'Night stories', []);
  await seedPlaylist(env.server, 'Loud songs', []);
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  const other = await env.browser.newPage();
  try {
    await openApp(page, env.server, '#/parents');
    await openApp(other, env.server, '#/parents');
    const view = page.locator('#view-parents');
    await view.getByText('No quiet hours yet.').waitFor();

    await view.getByRole('button', { name: 'Add quiet time' }).click();
    const window = view.locator('.quiet-window').first();
    await window.getByText('Ends the next day.').waitFor();
    await window.getByRole('checkbox', { name: 'Saturday' }).uncheck();
    await window.getByRole('checkbox', { name: 'Sunday' }).uncheck();
    await window.getByLabel('From').fill('20:00');
    await window.getByLabel('Until').fill('06:30');
    await view.getByRole('checkbox', { name: 'Night stories' }).check();
    const quietVolume = view.locator('.volume-field');
    await quietVolume.getByRole('checkbox', { name: 'No limit' }).uncheck();
    await quietVolume.getByRole('slider').fill('35');
    await view.getByLabel('Minutes a day (0 = no limit)').fill('45');
    await view.getByLabel('A new day starts at').fill('05:00');
    await view.getByRole('checkbox', { name: 'Play the chimes' }).uncheck();
    await screenshot(page, 'web-parents-edited');
    await view.getByRole('button', { name: 'Save the rules' }).click();
    await view.getByText('Saved. The box follows the new rules now.').waitFor();

    const saved = await settings();
    assert.deepEqual(saved.quiet_hours, [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '20:00', to: '06:30' }]);
    assert.deepEqual(saved.quiet_allowed_playlists, [night.id]);
    assert.equal(saved.quiet_max_volume, 35);
    assert.equal(saved.daily_budget_min, 45);
    assert.equal(saved.budget_resets_at, '05:00');
    assert.equal(saved.sounds_enabled, false);

    // The other page follows: the new budget reaches it with the player's state, and it reads the rules again.
    const otherView = other.locator('#view-parents');
    await waitFor('the other page to show the new budget', async () => {
      return (await otherView.getByLabel('Minutes a day (0 = no limit)').inputValue()) === '45';
    });
    assert.equal(await otherView.locator('.quiet-window').first().getByLabel('From').inputValue(), '20:00');
    // A change that the player does not feel is read again when the page gets the focus back.
    await apiCall(env.server, 'PUT', '/api/settings/parental', {
      quiet_hours: [{ days: ['sat'], from: '21:15', to: '23:00' }],
    });
    await other.evaluate(() => window.dispatchEvent(new Event('focus')));
    await waitFor('the other page to read the rules again', async () => {
      return (await otherView.locator('.quiet-window').first().getByLabel('From').inputValue()) === '21:15';
    });

    // Today's listening time against the budget, in Box status.
    await other.evaluate(() => {
      location.hash = '#/status';
    });
    await other.locator('[data-status="listening"]').getByText('0 min of 45 min').waitFor();

    // Two bad values: each message sits next to its own field, and nothing is stored.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await waitFor('the page to read the rules again', async () => {
      return (await window.getByLabel('From').inputValue()) === '21:15';
    });
    await window.getByLabel('Until').fill('21:15');
    await view.getByLabel('Minutes a day (0 = no limit)').fill('2000');
    await view.getByRole('button', { name: 'Save the rules' }).click();
    const toError = window.locator('[data-error-for="quiet_hours[0].to"]');
    await toError.getByText('The end must differ from the start.').waitFor();
    await view
      .locator('[data-error-for="daily_budget_min"]')
      .getByText('Enter a number of minutes from 0 to 1440.')
      .waitFor();
    assert.equal(await window.getByLabel('Until').getAttribute('aria-invalid'), 'true');
    assert.equal(await view.getByLabel('Minutes a day (0 = no limit)').getAttribute('aria-invalid'), 'true');
    assert.equal(await window.locator('[data-error-for="quiet_hours[0].from"]').textContent(), '');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.field), 'quiet_hours[0].to');
    await screenshot(page, 'web-parents-422');
    const unchanged = await settings();
    assert.equal(unchanged.daily_budget_min, 45);
    assert.equal(unchanged.quiet_hours[0].to, '23:00');

    // Fixed and saved; then the window is removed and saved again.
    await window.getByLabel('Until').fill('22:00');
    await view.getByLabel('Minutes a day (0 = no limit)').fill('0');
    await view.getByRole('button', { name: 'Save the rules' }).click();
    await view.getByText('Saved. The box follows the new rules now.').waitFor();
    assert.equal(await toError.count(), 1);
    assert.equal(await toError.textContent(), '');
    await view.getByRole('button', { name: 'Remove quiet time 1' }).click();
    await view.getByText('No quiet hours yet.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'parents-add-window');
    await view.getByRole('button', { name: 'Save the rules' }).click();
    await view.getByText('Saved. The box follows the new rules now.').waitFor();
    const cleared = await settings();
    assert.deepEqual(cleared.quiet_hours, []);
    assert.equal(cleared.daily_budget_min, 0);
  } finally {
    await page.close();
    await other.close();
  }
});

test('a start in quiet hours says why and until when, on this page and on every other one', async () => {
  const lullabies = await seedPlaylist(env.server, 'Lullabies', ['Hush']);
  const now = Date.now();
  const until = clock(new Date(now + 3600000));
  await apiCall(env.server, 'PUT', '/api/settings/parental', {
    quiet_hours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: clock(new Date(now - 3600000)), to: until },
    ],
    quiet_allowed_playlists: [],
  });
  const page = await env.browser.newPage({ viewport: { width: 360, height: 740 }, locale: 'fr' });
  const other = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    await openApp(other, env.server);
    await card(page, 'Lullabies').locator('.play-playlist').click();
    const notice = page.locator('#blocked');
    await notice.getByText(/^Heures calmes : la musique pourra reprendre à /).waitFor();
    assert.ok((await notice.textContent()).includes(until), await notice.textContent());
    await screenshot(page, 'web-parents-blocked-fr');
    // The box's event reaches every page.
    await other
      .locator('#blocked')
      .getByText(/^Quiet hours: music can play again at /)
      .waitFor();
    assert.equal((await apiCall(env.server, 'GET', '/api/player/status')).is_playing, false);
    await page.locator('#blocked').getByRole('button', { name: 'Fermer ce message' }).click();
    await notice.waitFor({ state: 'hidden' });

    // Allowed in quiet hours: it plays, and the other page's notice goes.
    await apiCall(env.server, 'PUT', '/api/settings/parental', { quiet_allowed_playlists: [lullabies.id] });
    await card(page, 'Lullabies').locator('.play-playlist').click();
    await other.locator('#blocked').waitFor({ state: 'hidden' });
    await apiCall(env.server, 'POST', '/api/player/stop', {});
  } finally {
    await apiCall(env.server, 'PUT', '/api/settings/parental', { quiet_hours: [], quiet_allowed_playlists: [] });
    await page.close();
    await other.close();
  }
});

test("a playlist's volume limits are set on the page, and the player's slider stops at its maximum", async () => {
  const loud = await seedPlaylist(env.server, 'Drums', ['Boom']);
  await apiCall(env.server, 'POST', '/api/player/volume', { volume: 80 });
  const page = await env.browser.newPage();
  try {
    await openApp(page, env.server);
    const drums = card(page, 'Drums');
    await drums.locator('.playlist-expand').click();
    await drums.locator('[data-action="volume"]').click();
    const dialog = page.getByRole('dialog', { name: 'Volume of “Drums”' });
    const [max, start] = [dialog.locator('.volume-field').nth(0), dialog.locator('.volume-field').nth(1)];
    assert.equal(await max.getByRole('checkbox', { name: 'No limit' }).isChecked(), true);
    await max.getByRole('checkbox', { name: 'No limit' }).uncheck();
    await max.getByRole('slider', { name: 'Loudest volume' }).fill('40');
    await start.getByRole('checkbox', { name: 'Keep the volume as it is' }).uncheck();
    await start.getByRole('slider', { name: 'Volume at the start' }).fill('25');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const stored = await apiCall(env.server, 'GET', `/api/playlists/${loud.id}`);
    assert.equal((stored.playlist ?? stored).max_volume, 40);
    assert.equal((stored.playlist ?? stored).start_volume, 25);
    await drums.locator('[data-action="volume"]').getByText('max 40%').waitFor();

    await drums.locator('.play-playlist').click();
    const slider = page.locator('#player-volume');
    await waitFor('the start volume', async () => (await slider.inputValue()) === '25');
    await page.locator('#player-volume-cap').getByText('max 40%').waitFor();
    await slider.focus();
    await page.keyboard.press('End');
    assert.equal(await slider.inputValue(), '40');
    await slider.fill('90');
    assert.equal(await slider.inputValue(), '40');
    assert.equal(await slider.getAttribute('aria-valuetext'), '40%, limited to 40%');
    await waitFor('the box at its maximum', async () => {
      return (await apiCall(env.server, 'GET', '/api/player/status')).volume === 40;
    });
    await screenshot(page, 'web-volume-capped');

    // "No limit" again: the slider reaches 100.
    await drums.locator('[data-action="volume"]').click();
    await page.getByRole('dialog').getByRole('checkbox', { name: 'No limit' }).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.locator('#player-volume-cap').waitFor({ state: 'hidden' });
    await slider.fill('90');
    await waitFor('the box at 90', async () => (await apiCall(env.server, 'GET', '/api/player/status')).volume === 90);
  } finally {
    await apiCall(env.server, 'POST', '/api/player/stop', {});
    await page.close();
  }
});
