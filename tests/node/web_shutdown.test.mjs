// SPDX-License-Identifier: GPL-3.0-or-later
// The idle shutdown on the page (PROTOCOL.md §6.7): the parent sets one minute in the rules view, the box warns at
// once, every open page shows the countdown in its language, "Keep it on" starts the minute again, and turning
// the idle shutdown off takes the notice away. The box's command is harmless here (lib/server.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, openApp, screenshot, useServerAndBrowser } from './lib/browser.mjs';

const env = useServerAndBrowser();

const NOTICES = {
  en: /^The box turns itself off in (\d+) s — touch anything to keep it on\.$/,
  fr: /^La boîte s’éteint dans (\d+) s — touchez n’importe quoi pour la garder allumée\.$/,
  de: /^Die Box schaltet sich in (\d+) s aus – berühre irgendetwas, damit sie an bleibt\.$/,
};

async function secondsShown(page, lang) {
  const notice = page.locator('#shutdown-notice');
  if (await notice.isHidden()) return null;
  const match = (await notice.locator('.blocked-text').textContent()).match(NOTICES[lang]);
  return match ? Number(match[1]) : null;
}

async function waitFor(what, condition, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('the page warns before the box turns itself off, keeps it on on request and hides the warning', async () => {
  const pages = {};
  for (const lang of ['en', 'fr', 'de']) {
    pages[lang] = await env.browser.newPage({ viewport: { width: 390, height: 844 }, locale: lang });
    await openApp(pages[lang], env.server, lang === 'en' ? '#/parents' : '#/playlists');
    assert.ok(await pages[lang].locator('#shutdown-notice').isHidden());
  }
  try {
    // The parent sets it in the rules view.
    const view = pages.en.locator('#view-parents');
    await view.getByLabel('Minutes without use (0 = never)').fill('1');
    await view.getByRole('button', { name: 'Save the rules' }).click();
    await view.getByText('Saved. The box follows the new rules now.').waitFor();
    assert.equal((await apiCall(env.server, 'GET', '/api/settings/parental')).idle_shutdown_min, 1);
    for (const lang of ['en', 'fr', 'de']) {
      await waitFor(`the ${lang} warning`, async () => (await secondsShown(pages[lang], lang)) >= 58);
    }
    await screenshot(pages.en, 'web-shutdown-pending');

    // The countdown runs; "Keep it on" is activity, so the box calls the warning off and starts the minute again.
    const en = pages.en;
    await waitFor('the countdown to run', async () => {
      const seconds = await secondsShown(en, 'en');
      return seconds !== null && seconds <= 57;
    });
    await en.getByRole('button', { name: 'Keep it on' }).click();
    await waitFor('the minute to start again', async () => (await secondsShown(en, 'en')) >= 59);
    await pages.fr.getByRole('button', { name: 'La garder allumée' }).waitFor();
    await pages.de.getByRole('button', { name: 'Anlassen' }).waitFor();

    // Off: every page takes the warning away.
    await apiCall(env.server, 'PUT', '/api/settings/parental', { idle_shutdown_min: 0 });
    for (const lang of ['en', 'fr', 'de']) {
      await pages[lang].locator('#shutdown-notice').waitFor({ state: 'hidden' });
    }
    assert.match(env.server.output(), /idle shutdown called off/);
    assert.doesNotMatch(env.server.output(), /idle shutdown: running/);
  } finally {
    for (const page of Object.values(pages)) await page.close();
  }
});
