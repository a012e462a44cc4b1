// SPDX-License-Identifier: GPL-3.0-or-later
// The page itself: languages (browser language, switch, remembered), the status view, phone and desktop layouts,
// and the accessibility basics (names on every control, labels, focus order, text contrast).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, launchBrowser, screenshot } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ args: ['--nfc', 'simulated'] });
  browser = await launchBrowser();
  await apiCall(server, 'POST', '/api/playlists', { title: 'Bedtime Stories' });
  await apiCall(server, 'POST', '/api/playlists', { title: 'Animal Songs' });
});

after(async () => {
  await browser?.close();
  await server?.cleanup();
});

test('follows the browser language and can be switched; the choice is remembered', async () => {
  const page = await browser.newPage({ locale: 'fr-FR' });
  await page.goto(`${server.baseUrl}/`);
  await page.getByRole('heading', { name: 'Listes de lecture' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('button', { name: 'Nouvelle liste' }).waitFor();
  await screenshot(page, 'web-french');

  await page.getByLabel('Langue').selectOption('de');
  await page.getByRole('heading', { name: 'Playlists' }).waitFor();
  await page.getByRole('button', { name: 'Neue Playlist' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await page.reload();
  await page.getByRole('button', { name: 'Neue Playlist' }).waitFor();

  await page.getByLabel('Sprache').selectOption('en');
  await page.getByRole('button', { name: 'New playlist' }).waitFor();
  await page.close();

  const german = await browser.newPage({ locale: 'de-AT' });
  await german.evaluate(() => localStorage.clear()).catch(() => {});
  await german.goto(`${server.baseUrl}/`);
  await german.evaluate(() => localStorage.removeItem('omb.language'));
  await german.reload();
  // A parent picked English above: every page speaks the box's language, whatever its browser says.
  await german.getByRole('link', { name: 'Add music' }).waitFor();
  assert.equal((await apiCall(server, 'GET', '/api/settings/language')).language, 'en');
  // And a change made elsewhere reaches the open page live.
  await apiCall(server, 'PUT', '/api/settings/language', { language: 'de' });
  await german.getByRole('link', { name: 'Musik hinzufügen' }).waitFor();
  await apiCall(server, 'PUT', '/api/settings/language', { language: 'en' });
  await german.close();
});

test('status view shows the reader, audio, version, disk, library and live statistics', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/#/status`);
  await page.getByRole('heading', { name: 'Box status' }).waitFor();
  const info = await apiCall(server, 'GET', '/api/system/info');
  await page.locator('[data-status="version"]').getByText(info.version).waitFor();
  await page
    .locator('[data-status="library"] .status-value')
    .filter({ hasText: /^\d+ playlists, \d+ tracks$/ })
    .waitFor();
  await page
    .locator('[data-status="disk"] .status-value')
    .filter({ hasText: / free of / })
    .waitFor();
  await page.locator('[data-status="output"]').getByText(info.audio_output).waitFor();
  await page.locator('[data-status="db"]').getByText('Working').waitFor();
  await page
    .locator('[data-status="audio"] .status-value')
    .filter({ hasText: /Working|Not working/ })
    .waitFor();
  await page.locator('[data-status="reader"]').getByText('Ready (simulated reader)').waitFor();
  await page.locator('[data-status="live"]').getByText('Connected to the box').waitFor();
  await page
    .locator('[data-status="clients"] .status-value')
    .filter({ hasText: /^[1-9]/ })
    .waitFor();
  await page.getByText('Technical details').click();
  await page.locator('.status-details dd').first().waitFor();
  await screenshot(page, 'web-status');
  await page.close();
});

test('phone layout: everything reachable without horizontal scrolling', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.baseUrl}/`);
  await page.locator('#player').waitFor();
  await page.waitForFunction(() => window.omb?.store?.loaded || document.querySelector('.toast'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
  const player = await page.locator('#player').boundingBox();
  assert.ok(player.y + player.height <= 844 + 1 && player.width <= 390, 'the player bar fits the screen');
  await screenshot(page, 'web-phone-playlists');
  await page.getByRole('link', { name: 'Add music' }).click();
  await page.getByRole('heading', { name: 'Add music' }).waitFor();
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0);
  await screenshot(page, 'web-phone-add');
  await page.close();
});

test('accessibility basics: names, labels, focus order and contrast', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}/`);
  await page.locator('#player').waitFor();
  await page.waitForFunction(() => window.omb?.store?.loaded || document.querySelector('.toast'));

  // The first Tab stop is the skip link, then the sections, then the language.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to content');
  const order = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.textContent.trim()));
  }
  assert.deepEqual(order, ['Playlists', 'Add music', 'Tags', 'Parents', 'Box status', 'language']);

  const problems = await page.evaluate(() => {
    const issues = [];
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    for (const el of document.querySelectorAll('button, [role=slider], a[href]')) {
      if (!visible(el)) continue;
      const name = (el.getAttribute('aria-label') || el.textContent || el.title || '').trim();
      if (!name) issues.push(`no accessible name: ${el.outerHTML.slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll('input, select')) {
      if (el.type === 'file') continue;
      const labelled =
        el.getAttribute('aria-label') ||
        el.closest('label') ||
        (el.id && document.querySelector(`label[for="${el.id}"]`));
      if (!labelled) issues.push(`no label: ${el.outerHTML.slice(0, 80)}`);
    }
    // Text contrast against the nearest solid background: at least 4.5:1 (WCAG AA).
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const background = (el) => {
      for (let node = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== 'none') return null;
        const color = rgb(style.backgroundColor);
        if (color.length === 3 || (color.length === 4 && color[3] === 1)) return color.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (
        !walker.currentNode.textContent.trim() ||
        !visible(el) ||
        el.closest('.sr-only, [disabled], [aria-disabled=true], option')
      )
        continue;
      const bg = background(el);
      if (!bg) continue;
      const fg = rgb(getComputedStyle(el).color).slice(0, 3);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < 4.5)
        issues.push(`contrast ${ratio.toFixed(2)} for "${walker.currentNode.textContent.trim().slice(0, 30)}"`);
    }
    return issues;
  });
  assert.deepEqual(problems, []);
  await page.close();
});
