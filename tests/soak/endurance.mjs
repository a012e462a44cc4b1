#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// A long day in half an hour: 10,000 tag placements, 1,000 uploads, a reconnect storm of 200 clients every
// minute, and music playing the whole time (position ticks all along). The box's resident memory, open
// descriptors and threads are sampled; after the warm-up they must stay flat (less than 5 MiB more memory, no
// more descriptors or threads); no request may get an error answer; every client's events keep their seq order.
// Usage: node tests/soak/endurance.mjs [minutes]   (default 30; counts scale with the minutes)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWav } from '../node/lib/browser.mjs';
import { socketIoClient, wsClient } from '../node/lib/realtime.mjs';
import { call, request, startBox } from './lib/box.mjs';
import { growthAfterWarmUp } from './lib/flatness.mjs';
import { sampleProcess } from './lib/processsampler.mjs';
import { SeqOrder } from './lib/seqorder.mjs';

const minutes = Number(process.argv[2] ?? 30);
if (!Number.isInteger(minutes) || minutes < 2) {
  console.error('usage: endurance.mjs [minutes ≥ 2]');
  process.exit(2);
}
const MINUTE_MS = 60000;
const durationMs = minutes * MINUTE_MS;
const placements = Math.round((10000 * minutes) / 30);
const uploads = Math.round((1000 * minutes) / 30);
const STORM_CLIENTS = 200;
const warmUpMinutes = Math.min(5, minutes - 1); // caches, pools and the replay ring fill in the first minutes
const RSS_GROWTH_LIMIT_KIB = 5 * 1024;
const TRACKS_KEPT = 12; // per upload playlist: older uploads go to the trash and out of it, so the library stays put
const PLAYER_TAGS = ['e0000001', 'e0000002', 'e0000003'];

const errors = [];
const counts = { placements: 0, uploads: 0, stormClients: 0, requests: 0, eventsChecked: 0 };
let started = Date.now(); // set again once the set-up is done: the day starts then
const elapsed = () => Date.now() - started;
const clock = () => {
  const s = Math.round(elapsed() / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

// Every request of the run goes through here: an error answer is recorded, the run goes on.
async function send(box, method, path, options) {
  counts.requests++;
  const answer = await request(box, method, path, options);
  if (!answer.ok && errors.length < 20)
    errors.push(`${clock()} ${method} ${path} -> ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

// Runs `count` evenly spaced steps over the run (the spacing is pacing, not a wait for a condition).
async function paced(count, step) {
  const interval = durationMs / count;
  for (let i = 0; i < count; i++) {
    const due = started + i * interval;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    await step(i);
  }
}

async function setUp(box) {
  for (const [i, tag] of PLAYER_TAGS.entries()) {
    const playlist = await call(box, 'POST', '/api/playlists', { title: `Day ${i + 1}` });
    for (const n of [1, 2]) await upload(box, playlist.id, `day-${i}-${n}.wav`, 120);
    await call(box, 'POST', '/api/nfc/associate', { tag_id: tag, playlist_id: playlist.id });
  }
  const shelves = [];
  for (const title of ['Uploads 1', 'Uploads 2'])
    shelves.push((await call(box, 'POST', '/api/playlists', { title })).id);
  await call(box, 'POST', '/api/player/repeat', { mode: 'playlist' });
  return { shelves };
}

async function upload(box, playlistId, filename, seconds) {
  const wav = makeWav({ seconds, rate: 8000, frequency: 330 });
  const base = `/api/playlists/${playlistId}/uploads`;
  const session = (await send(box, 'POST', `${base}/session`, { json: { filename, file_size: wav.length } })).body
    ?.data;
  if (!session) return;
  for (let index = 0; index < session.total_chunks; index++) {
    const form = new FormData();
    const chunk = wav.subarray(index * session.chunk_size, (index + 1) * session.chunk_size);
    form.append('file', new Blob([chunk]), filename);
    await send(box, 'PUT', `${base}/${session.session_id}/chunks/${index}`, { form });
  }
  await send(box, 'POST', `${base}/${session.session_id}/finalize`, { json: {} });
}

// Keeps an upload playlist at TRACKS_KEPT tracks: the oldest go to the trash, and the trash is emptied.
async function prune(box, playlistId) {
  const playlist = (await send(box, 'GET', `/api/playlists/${playlistId}`)).body?.data;
  if (!playlist || playlist.tracks.length <= TRACKS_KEPT) return;
  const numbers = playlist.tracks.slice(0, playlist.tracks.length - TRACKS_KEPT).map((t) => t.track_number);
  const deleted = (
    await send(box, 'DELETE', `/api/playlists/${playlistId}/tracks`, { json: { track_numbers: numbers } })
  ).body?.data;
  if (deleted?.trash_entry_id) await send(box, 'DELETE', `/api/trash/${deleted.trash_entry_id}`, { json: {} });
}

// Long-lived listeners: two Socket.IO clients and one /ws client in the playlists room, one in the nfc room.
async function observers(box) {
  const list = [];
  for (const [name, kind] of [
    ['socket.io observer 1', 'io'],
    ['socket.io observer 2', 'io'],
    ['ws observer', 'ws'],
  ]) {
    const client = kind === 'io' ? await socketIoClient(box, { transports: ['websocket'] }) : await wsClient(box);
    if (kind === 'io') client.socket.emit('join:playlists', {});
    else client.send('join:playlists', {});
    await client.recorder.waitFor('ack:join');
    list.push({ client, order: new SeqOrder(name, client.recorder, 'ack:join') });
  }
  return list;
}

// 200 clients at once (half Socket.IO, half /ws), as after a network blackout: connect, rejoin, ask for what they
// missed (a replay of the last events), then stay and listen until the next storm replaces them.
async function storm(box, round) {
  const one = async (i) => {
    const io = i % 2 === 0;
    const client = io ? await socketIoClient(box, { transports: ['websocket'] }) : await wsClient(box);
    const emit = (event, data) => (io ? client.socket.emit(event, data) : client.send(event, data));
    emit('join:playlists', {});
    const joined = await client.recorder.waitFor('ack:join');
    emit('sync:request', { last_global_seq: Math.max(0, joined.server_seq - 5) });
    await client.recorder.waitFor('sync:complete');
    counts.stormClients++;
    return { client, order: new SeqOrder(`storm ${round} client ${i}`, client.recorder, 'sync:complete') };
  };
  const results = await Promise.allSettled([...Array(STORM_CLIENTS).keys()].map(one));
  for (const r of results)
    if (r.status === 'rejected') errors.push(`${clock()} storm ${round}: ${r.reason?.message ?? r.reason}`);
  return results.filter((r) => r.status === 'fulfilled').map((r) => r.value);
}

// Checks what the listeners received so far and forgets it; `closing` also closes them.
function consume(listening, closing = false) {
  for (const l of listening) {
    const before = l.order.checked;
    l.order.consume();
    counts.eventsChecked += l.order.checked - before;
    if (closing) {
      errors.push(...l.order.problems);
      l.client.close();
    }
  }
}

// A sample taken when the storm's clients are gone: connected_clients back to the observers' count.
async function quietSample(box, settledClients) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const stats = (await send(box, 'GET', '/api/system/stats')).body?.data;
    if (stats?.connected_clients <= settledClients || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling the condition, with a deadline
  }
  return { at: elapsed(), ...sampleProcess(box.child.pid) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'omb-endurance-'));
// Every client of this run comes from one address; on a real network they come from many.
const box = await startBox(dataDir, { OMB_MAX_CONNECTIONS_PER_ADDRESS: '512', OMB_MAX_CONNECTIONS: '1024' });
process.on('exit', () => box.child.kill('SIGKILL')); // never leave a box behind, whatever ends the run
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
console.log(
  `endurance: ${minutes} min: ${placements} tag placements, ${uploads} uploads, a storm of ${STORM_CLIENTS} clients every minute; warm-up ${warmUpMinutes} min`,
);
const { shelves } = await setUp(box);
const listeners = await observers(box);
const settledClients = listeners.length;
const samples = [];
let playingTicks = 0;
listeners[0].client.socket.on('state:track_position', (e) => (playingTicks += e.data.is_playing ? 1 : 0));
await call(box, 'POST', '/api/nfc/simulate', { tag_id: PLAYER_TAGS[0], action: 'place' });
if (errors.length || !(await call(box, 'GET', '/api/player/status')).is_playing) {
  console.error(`endurance: the set-up failed: ${errors.join('; ') || 'the first tag did not start the music'}`);
  process.exit(1);
}

started = Date.now();
console.log('  time   RSS MiB   fds  threads  placements  uploads  storm clients  events checked  errors');
const column = (value, width) => String(value).padStart(width);
const report = (s) =>
  console.log(
    [
      `  ${clock()}`,
      column((s.rssKiB / 1024).toFixed(1), 7),
      column(s.fds, 4),
      column(s.threads, 7),
      column(counts.placements, 10),
      column(counts.uploads, 7),
      column(counts.stormClients, 13),
      column(counts.eventsChecked, 14),
      column(errors.length, 6),
    ].join('  '),
  );

const placing = paced(placements, async (i) => {
  // Mostly the tag of another playlist (playback switches and goes on), sometimes one nobody knows.
  const tag = i % 4 === 3 ? `f00d${(i % 997).toString(16).padStart(4, '0')}` : PLAYER_TAGS[i % PLAYER_TAGS.length];
  await send(box, 'POST', '/api/nfc/simulate', { json: { tag_id: tag, action: 'place' } });
  counts.placements++;
});
const uploading = paced(uploads, async (i) => {
  const shelf = shelves[i % shelves.length];
  await upload(box, shelf, `upload-${i}.wav`, 2);
  counts.uploads++;
  await prune(box, shelf);
});
let stormers = [];
const housekeeping = setInterval(() => consume([...listeners, ...stormers]), 10000); // bounded memory
const storming = (async () => {
  for (let minute = 1; minute <= minutes; minute++) {
    const due = started + minute * MINUTE_MS;
    await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    consume(listeners);
    consume(stormers, true);
    const sample = await quietSample(box, settledClients);
    samples.push(sample);
    report(sample);
    if (minute < minutes) stormers = await storm(box, minute);
    else stormers = [];
  }
})();
await Promise.all([placing, uploading, storming]);
clearInterval(housekeeping);
consume(listeners, true);
const status = (await send(box, 'GET', '/api/player/status')).body?.data;
await box.stop();

// The verdict: the end of the run against the warm-up (lib/flatness.mjs says how).
const growth = growthAfterWarmUp(samples, warmUpMinutes);
const problems = [...errors];
if (growth.rssKiB >= RSS_GROWTH_LIMIT_KIB)
  problems.push(`RSS grew by ${(growth.rssKiB / 1024).toFixed(1)} MiB after the warm-up`);
if (growth.fds > 0) problems.push(`open descriptors grew by ${growth.fds} after the warm-up`);
if (growth.threads > 0) problems.push(`threads grew by ${growth.threads} after the warm-up`);
if (!status?.is_playing) problems.push(`nothing plays at the end (state ${status?.state})`);
if (playingTicks < (durationMs / 1000) * 2)
  problems.push(`only ${playingTicks} position ticks while playing were heard`);

console.log(
  `\nendurance: ${minutes} min, ${counts.requests} requests, ${counts.placements} placements, ${counts.uploads} uploads, ${
    counts.stormClients
  } storm clients, ${playingTicks} position ticks while playing, ${counts.eventsChecked} sequenced events checked in order`,
);
const signed = (n) => `${n >= 0 ? '+' : ''}${n}`;
console.log(
  `  after the warm-up (${warmUpMinutes} min): RSS ${signed((growth.rssKiB / 1024).toFixed(1))} MiB (${(growth.warm.rssKiB / 1024).toFixed(1)} -> ${(
    growth.late.rssKiB / 1024
  ).toFixed(1)}), descriptors ${signed(growth.fds)} (${growth.warm.fds} -> ${growth.late.fds}), threads ${signed(
    growth.threads,
  )} (${growth.warm.threads} -> ${growth.late.threads})`,
);
rmSync(dataDir, { recursive: true, force: true });
if (problems.length) {
  console.error('endurance: FAILED');
  for (const p of problems.slice(0, 25)) console.error(`  - ${p}`);
  if (problems.length > 25) console.error(`  … and ${problems.length - 25} more`);
  process.exit(1);
}
console.log('endurance: PASSED');
