// SPDX-License-Identifier: GPL-3.0-or-later
// Debian's chromium driven by playwright-core (no browser is ever downloaded), plus helpers the web tests share:
// screenshots into OMB_ARTIFACTS_DIR, route probing that fails a test with a clear reason, a generated WAV file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'omb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
  });
  return {
    context,
    async newPage({ viewport, locale } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on('pageerror', (error) => {
        page.errors = [...(page.errors ?? []), error];
        console.error('page error:', error.message);
      });
      if (locale) {
        await page.addInitScript((lang) => {
          Object.defineProperty(navigator, 'languages', { get: () => [lang] });
          Object.defineProperty(navigator, 'language', { get: () => lang });
        }, locale);
      }
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function artifactsDir() {
  const dir = process.env.OMB_ARTIFACTS_DIR || join(tmpdir(), 'omb-artifacts');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function screenshot(page, name) {
  const file = join(artifactsDir(), `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

// Opens the page and waits until the live connection is up and the playlists are loaded.
export async function openApp(page, server, hash = '#/playlists') {
  await page.goto(`${server.baseUrl}/${hash}`);
  await page.waitForFunction(() => window.omb?.store?.connection === 'connected' && window.omb.store.loaded);
}

// Returns null when the route exists, else what is missing ("missing route METHOD PATH").
export async function missingRoute(server, method, path, body) {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== 404 && response.status !== 405) return null;
  const text = await response.text();
  try {
    const envelope = JSON.parse(text);
    if (response.status === 405 || envelope?.details?.resource === 'route') return `missing route ${method} ${path}`;
  } catch {
    return `missing route ${method} ${path}`;
  }
  return null;
}

// Returns null when /ws accepts a WebSocket and says connection_status, else what is missing. The wait is
// generous: on a busy machine a slow answer must not read as a missing endpoint.
export async function missingWebSocket(server) {
  const { default: WebSocket } = await import('ws');
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ws`);
    const timer = setTimeout(() => {
      socket.terminate();
      resolve('missing /ws real-time endpoint (no connection_status within 15 s)');
    }, 15000);
    socket.on('message', (text) => {
      try {
        if (JSON.parse(text.toString()).event === 'connection_status') {
          clearTimeout(timer);
          socket.close();
          resolve(null);
        }
      } catch {
        // keep waiting
      }
    });
    socket.on('error', () => {
      clearTimeout(timer);
      resolve('missing /ws real-time endpoint (the upgrade was refused)');
    });
  });
}

// Fails the test, naming everything that is missing, unless every route of `checks` exists (and /ws answers,
// for 'ws'): a removed route is a failure, never a skipped test.
export async function requireFeatures(server, checks) {
  const reasons = [];
  for (const check of checks) {
    const reason = check === 'ws' ? await missingWebSocket(server) : await missingRoute(server, ...check);
    if (reason) reasons.push(reason);
  }
  assert.deepEqual(reasons, [], `the server lacks what this test needs: ${reasons.join('; ')}`);
}

// A small PCM WAV (mono, 16-bit) with a soft tone: real audio that TagLib and GStreamer can read.
export function makeWav({ seconds = 2, rate = 8000, frequency = 440 } = {}) {
  const samples = Math.round(seconds * rate);
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write('WAVE', 8);
  buffer.write('fmt ', 12);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    buffer.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / rate) * 6000), 44 + i * 2);
  }
  return buffer;
}

async function call(server, method, path, body) {
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const envelope = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status} ${text}`);
  return envelope?.data;
}
export { call as apiCall };

// Uploads one WAV through the public chunked upload API; returns the new track.
export async function uploadWav(server, playlistId, filename, title, wav = makeWav()) {
  const base = `/api/playlists/${playlistId}/uploads`;
  const session = await call(server, 'POST', `${base}/session`, { filename, file_size: wav.length });
  for (let index = 0; index < session.total_chunks; index++) {
    const form = new FormData();
    const start = index * session.chunk_size;
    form.append('file', new Blob([wav.subarray(start, start + session.chunk_size)]), filename);
    const response = await fetch(`${server.baseUrl}${base}/${session.session_id}/chunks/${index}`, {
      method: 'PUT',
      body: form,
    });
    if (!response.ok) throw new Error(`chunk ${index}: ${response.status} ${await response.text()}`);
  }
  const done = await call(server, 'POST', `${base}/${session.session_id}/finalize`, { metadata_override: { title } });
  return done.track;
}

// A playlist with tracks of the given titles (each a short generated WAV), through the public API.
export async function seedPlaylist(server, title, trackTitles = []) {
  const created = await call(server, 'POST', '/api/playlists', { title });
  const playlist = created.playlist ?? created;
  let i = 0;
  for (const trackTitle of trackTitles) {
    await uploadWav(
      server,
      playlist.id,
      `track-${++i}.wav`,
      trackTitle,
      makeWav({ seconds: 30, frequency: 300 + i * 50 }),
    );
  }
  return call(server, 'GET', `/api/playlists/${playlist.id}`).then((data) => data.playlist ?? data);
}

export const SEED_ROUTES = [
  ['GET', '/api/playlists'],
  ['POST', '/api/playlists/none/uploads/session', { filename: 'a.wav', file_size: 10 }],
];

// The card of a playlist on the page, found by its exact title.
export function card(page, title) {
  return page.locator('.playlist-card', {
    has: page.locator('.playlist-title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
}

// Titles of a playlist's tracks as the page shows them, in order.
export function trackTitles(page, title) {
  return card(page, title).locator('.track .track-title').allTextContents();
}

// For a test file that needs one box and one browser: starts both before its tests (then runs `seed` with the
// server) and stops both after. The returned object holds them (`server`, `browser`) while the tests run.
// `prepareData`, when given, fills the box's data folder before it starts (music for its library sync).
export function useServerAndBrowser({ args = ['--nfc', 'simulated'], seed, prepareData } = {}) {
  const env = {};
  let dataDir;
  before(async () => {
    if (prepareData) {
      dataDir = mkdtempSync(join(tmpdir(), 'omb-node-'));
      prepareData(dataDir);
    }
    env.server = await startServer({ args, dataDir });
    env.browser = await launchBrowser();
    await seed?.(env.server);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return env;
}
