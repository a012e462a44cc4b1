// SPDX-License-Identifier: GPL-3.0-or-later
// The box as the soak and endurance drivers see it: started on a data folder that outlives it, killed like a power
// cut, and asked over HTTP with an answer that tells an acknowledged request from one the kill cut off.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../node/lib/server.mjs';

export const SOURCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FAKE_YTDLP = join(SOURCE_DIR, 'tests', 'support', 'fake-yt-dlp');

export async function startBox(dataDir, env = {}) {
  return startServer({
    dataDir,
    args: ['--nfc', 'simulated'],
    env: { OMB_YTDLP_PATH: FAKE_YTDLP, ...env },
  });
}

// Like pulling the plug: SIGKILL, and resolves once the process is gone.
export async function cutPower(box) {
  await box.stop('SIGKILL');
}

// Thrown when the request got no answer (the box died with it in flight).
export class NoAnswer extends Error {}

// One HTTP request. Resolves {status, body, headers} for any answer, rejects with NoAnswer when none came.
// The body is parsed JSON (or text), or the bytes with `raw`.
export async function request(box, method, path, { json, form, raw } = {}) {
  const init = { method, headers: {} };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form !== undefined) {
    init.body = form;
  }
  let response;
  let text;
  try {
    response = await fetch(box.baseUrl + path, init);
    if (raw) {
      const bytes = Buffer.from(await response.arrayBuffer());
      return { status: response.status, ok: response.ok, body: bytes, headers: response.headers };
    }
    text = await response.text();
  } catch (error) {
    throw new NoAnswer(`${method} ${path}: no answer (${error.cause?.code ?? error.message})`);
  }
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, ok: response.ok, body, headers: response.headers };
}

// A request that must succeed: resolves its `data`, throws with the answer otherwise.
export async function call(box, method, path, json) {
  const answer = await request(box, method, path, { json });
  if (!answer.ok) throw new Error(`${method} ${path} -> ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body?.data;
}

// Every playlist with its tracks (the list pages hold the full playlists).
export async function allPlaylists(box) {
  const playlists = [];
  for (let page = 1; ; page++) {
    const data = await call(box, 'GET', `/api/playlists?page=${page}&limit=100`);
    playlists.push(...data.playlists);
    if (page >= data.total_pages) return playlists;
  }
}

// Resolves the first line of the box's log matching `pattern` (re-checked whenever the box writes).
export function logLine(box, pattern, timeoutMs = 30000) {
  return new Promise((resolve, reject) => {
    const streams = [box.child.stdout, box.child.stderr];
    const check = () => {
      const line = box
        .output()
        .split('\n')
        .find((l) => pattern.test(l));
      if (!line) return false;
      clearTimeout(timer);
      for (const s of streams) s.off('data', check);
      resolve(line);
      return true;
    };
    const timer = setTimeout(() => {
      for (const s of streams) s.off('data', check);
      reject(new Error(`the box did not log ${pattern} within ${timeoutMs} ms`));
    }, timeoutMs);
    if (!check()) for (const s of streams) s.on('data', check);
  });
}
