// SPDX-License-Identifier: GPL-3.0-or-later
// The web store's rules without a browser: each event applied at most once (event_id, server_seq per stream,
// playlist_seq per playlist), snapshots that cover earlier events, gaps that ask for a fresh copy, the order
// playlists and tracks are shown in, a clock that stops while the box is away, and live streams without a length.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Store } from '../../../resources/web/js/store.js';

function created(seq, playlist, eventId = `ev-${seq}`) {
  return { event_id: eventId, server_seq: seq, data: { playlist } };
}

function trackAdded(seq, playlistSeq, playlistId, track) {
  return {
    event_id: `ev-${seq}`,
    server_seq: seq,
    playlist_seq: playlistSeq,
    data: { playlist_id: playlistId, track },
  };
}

test('an event seen twice by event_id is applied once', () => {
  const store = new Store();
  let changes = 0;
  store.on('playlists', () => changes++);
  store.apply('state:playlist_created', created(1, { id: 'a', title: 'A', playlist_seq: 1 }, 'same'));
  store.apply('state:playlist_created', { ...created(2, { id: 'b', title: 'B', playlist_seq: 1 }), event_id: 'same' });
  assert.deepEqual([...store.playlists.keys()], ['a']);
  assert.equal(changes, 1);
});

test('a delta with a server_seq at or below the last one of its stream is dropped; other streams are independent', () => {
  const store = new Store();
  store.apply('state:playlist_created', created(5, { id: 'a', title: 'A' }));
  store.apply('state:playlist_created', created(5, { id: 'b', title: 'B' }, 'other-id'));
  store.apply('state:playlist_created', created(4, { id: 'c', title: 'C' }));
  assert.deepEqual([...store.playlists.keys()], ['a']);
  store.apply('state:player', { event_id: 'p3', server_seq: 3, data: { is_playing: true, volume: 40 } });
  assert.equal(store.player.volume, 40, 'the player stream has its own counter');
});

test('a full snapshot with the same server_seq as the last delta still applies, an older one does not', () => {
  const store = new Store();
  store.apply('state:playlist_created', created(7, { id: 'a', title: 'A' }));
  store.apply('state:playlists', { event_id: 's7', server_seq: 7, data: { playlists: [{ id: 'z', title: 'Z' }] } });
  assert.deepEqual([...store.playlists.keys()], ['z'], 'the snapshot replaces the list');
  store.apply('state:playlists', { event_id: 's6', server_seq: 6, data: { playlists: [{ id: 'old', title: 'Old' }] } });
  assert.deepEqual([...store.playlists.keys()], ['z']);
});

test('sequenced deltas report their seq so the connection can resume after it; snapshots do not', () => {
  const store = new Store();
  const reported = [];
  store.onSequenced = (seq) => reported.push(seq);
  store.apply('state:playlist_created', created(3, { id: 'a', title: 'A' }));
  store.apply('state:playlists', { event_id: 's4', server_seq: 4, data: { playlists: [] } });
  assert.deepEqual(reported, [3]);
});

test('event ids are remembered for the last 2000 events only', () => {
  const store = new Store();
  for (let i = 1; i <= 2001; i++) store.admit('upload:progress', { event_id: `id-${i}` });
  assert.equal(store.seenIds.size, 2000);
  assert.equal(store.admit('upload:progress', { event_id: 'id-1' }), true, 'the oldest id was forgotten');
  assert.equal(store.admit('upload:progress', { event_id: 'id-2001' }), false);
});

test('an older playlist revision never replaces a newer one, and tracks are kept in track_number order', () => {
  const store = new Store();
  store.upsertPlaylist({
    id: 'a',
    title: 'New',
    playlist_seq: 4,
    tracks: [
      { id: 't2', track_number: 2 },
      { id: 't1', track_number: 1 },
    ],
  });
  store.upsertPlaylist({ id: 'a', title: 'Old', playlist_seq: 3, tracks: [] });
  const playlist = store.playlists.get('a');
  assert.equal(playlist.title, 'New');
  assert.deepEqual(
    playlist.tracks.map((t) => t.id),
    ['t1', 't2'],
  );
});

test('a track event that skips a playlist revision asks for a fresh copy instead of guessing', () => {
  const store = new Store();
  const stale = [];
  store.onStale = (ids) => stale.push(...ids);
  store.upsertPlaylist({ id: 'a', title: 'A', playlist_seq: 1, track_count: 0, tracks: [] });
  store.apply('state:track_added', trackAdded(10, 3, 'a', { id: 't9', track_number: 1, duration_ms: 1000 }));
  assert.deepEqual(stale, ['a']);
  assert.equal(store.playlists.get('a').tracks.length, 0, 'nothing applied past the gap');
  store.apply('state:track_added', trackAdded(11, 2, 'a', { id: 't1', track_number: 1, duration_ms: 1000 }));
  assert.equal(store.playlists.get('a').track_count, 1);
  assert.equal(store.playlists.get('a').total_duration_ms, 1000);
});

test('deleting tracks by number updates the list, the count and the total duration', () => {
  const store = new Store();
  store.upsertPlaylist({
    id: 'a',
    playlist_seq: 1,
    track_count: 2,
    total_duration_ms: 3000,
    tracks: [
      { id: 't1', track_number: 1, duration_ms: 1000 },
      { id: 't2', track_number: 2, duration_ms: 2000 },
    ],
  });
  store.apply('state:track_deleted', {
    event_id: 'd',
    server_seq: 2,
    playlist_seq: 2,
    data: { playlist_id: 'a', track_numbers: [2] },
  });
  const playlist = store.playlists.get('a');
  assert.deepEqual(
    playlist.tracks.map((t) => t.id),
    ['t1'],
  );
  assert.equal(playlist.track_count, 1);
  assert.equal(playlist.total_duration_ms, 1000);
});

test('a deleted playlist does not come back from a late event or snapshot', () => {
  const store = new Store();
  store.upsertPlaylist({ id: 'a', title: 'A', playlist_seq: 1 });
  store.apply('state:playlist_deleted', { event_id: 'x', server_seq: 9, data: { playlist_id: 'a' } });
  store.upsertPlaylist({ id: 'a', title: 'A', playlist_seq: 2 });
  store.applyPlaylistList([{ id: 'a', title: 'A', playlist_seq: 2 }]);
  assert.equal(store.playlists.has('a'), false);
});

test('a deleted playlist restored from the trash comes back with its id; trash events reach the trash view', () => {
  const store = new Store();
  const trash = [];
  store.on('trash', ({ event, data }) => trash.push([event, data.entry?.id ?? data.entry_id]));
  store.upsertPlaylist({ id: 'a', title: 'A', playlist_seq: 3 });
  store.apply('state:playlist_deleted', { event_id: 'd', server_seq: 9, data: { playlist_id: 'a' } });
  store.apply('state:trash_added', { event_id: 't1', server_seq: 10, data: { entry: { id: 'e1' } } });
  store.apply('state:playlist_created', created(11, { id: 'a', title: 'A', playlist_seq: 5, tracks: [] }));
  store.apply('state:trash_removed', { event_id: 't2', server_seq: 12, data: { entry_id: 'e1', reason: 'restored' } });
  store.apply('state:trash_removed', { event_id: 't2', server_seq: 12, data: { entry_id: 'e1', reason: 'restored' } });
  assert.equal(store.playlists.get('a')?.playlist_seq, 5);
  assert.deepEqual(trash, [
    ['state:trash_added', 'e1'],
    ['state:trash_removed', 'e1'],
  ]);
  store.restoredPlaylist({ id: 'a', title: 'A', playlist_seq: 4 });
  assert.equal(store.playlists.get('a').playlist_seq, 5, 'an older answer does not take it back');
});

test('an edited track replaces the old one in its playlist at the next revision only', () => {
  const store = new Store();
  store.upsertPlaylist({
    id: 'a',
    title: 'A',
    playlist_seq: 2,
    tracks: [
      { id: 't1', track_number: 1, title: 'Owl' },
      { id: 't2', track_number: 2, title: 'Moon' },
    ],
  });
  const edited = (seq, playlistSeq, title) => ({
    event_id: `e${seq}`,
    server_seq: seq,
    playlist_seq: playlistSeq,
    data: { playlist_id: 'a', track: { id: 't2', track_number: 2, title }, updates: { title } },
  });
  store.apply('state:track_updated', edited(5, 3, 'Full moon'));
  store.apply('state:track_updated', edited(6, 3, 'Replayed'));
  assert.deepEqual(
    store.playlists.get('a').tracks.map((t) => t.title),
    ['Owl', 'Full moon'],
  );
  assert.equal(store.playlists.get('a').playlist_seq, 3);
});

test('playlists are sorted by title ignoring case and accents, then by creation, then by id', () => {
  const store = new Store();
  for (const p of [
    { id: '3', title: 'beta', created_at: '2024-01-02' },
    { id: '2', title: 'Alpha', created_at: '2024-01-03' },
    { id: '1', title: 'alpha', created_at: '2024-01-03' },
    { id: '4', title: 'Älpha', created_at: '2024-01-01' },
  ])
    store.upsertPlaylist(p);
  assert.deepEqual(
    store.sortedPlaylists().map((p) => p.id),
    ['4', '1', '2', '3'],
  );
});

test('a lost connection stops the position clock where it was', (t) => {
  let now = 50000;
  t.mock.method(performance, 'now', () => now);
  const store = new Store();
  store.setConnection('connected');
  store.applyPosition({ position_ms: 1000, duration_ms: 60000, is_playing: true });
  now += 2000;
  assert.equal(store.currentPosition(), 3000, 'the clock glides while connected');
  store.setConnection('reconnecting');
  now += 5000;
  assert.equal(store.currentPosition(), 3000, 'no guessing while the box is away');
  assert.equal(store.position.playing, false);
});

test('a tick a little behind the shown position slows the bar instead of pulling it back', (t) => {
  let now = 10000;
  t.mock.method(performance, 'now', () => now);
  const store = new Store();
  const tick = (positionMs, extra = {}) =>
    store.applyPosition({ position_ms: positionMs, duration_ms: 60000, is_playing: true, track_id: 't1', ...extra });
  tick(0);
  now += 400;
  tick(0); // the audio started late: the box still says 0 while the page showed 400
  assert.equal(store.currentPosition(), 400, 'no jump back');
  now += 200;
  assert.equal(store.currentPosition(), 500, 'half speed while ahead');
  tick(200);
  now += 800;
  assert.equal(store.currentPosition(), 1000, 'normal speed once the box has caught up');
  now += 2000;
  tick(3000);
  tick(1000);
  assert.equal(store.currentPosition(), 1000, 'a real jump back (a seek elsewhere) is taken as it comes');
  tick(5000, { track_id: 't2' });
  now += 100;
  tick(4000, { track_id: 't2' });
  assert.equal(store.currentPosition(), 5100);
  tick(0, { track_id: 't3' });
  assert.equal(store.currentPosition(), 0, 'another track starts where the box says');
});

test('a late HTTP answer no newer than the last player event does not take the position back', () => {
  const store = new Store();
  store.apply('state:player', { event_id: 'p7', server_seq: 7, data: { is_playing: true, position_ms: 0 } });
  store.apply('state:track_position', { server_seq: 7, data: { is_playing: true, position_ms: 22500 } });
  store.setPlayer({ is_playing: true, position_ms: 1, server_seq: 7 }, { fromHttp: true });
  assert.ok(store.currentPosition() >= 22500, `position ${store.currentPosition()}`);
  store.setPlayer({ is_playing: false, position_ms: 23000, server_seq: 8 }, { fromHttp: true });
  assert.equal(store.player.is_playing, false, 'a newer answer is applied');
});

test('the idle shutdown warning and its cancellation reach the notice once each, in order', () => {
  const store = new Store();
  const seen = [];
  store.on('shutdown', (pending) => seen.push(pending));
  const pending = { event_id: 'sp-1', server_seq: 7, timestamp: 1000, in_ms: 60000 };
  store.apply('system:shutdown_pending', pending);
  store.apply('system:shutdown_pending', pending);
  store.apply('system:shutdown_cancelled', { event_id: 'sc-1', server_seq: 8, timestamp: 2000 });
  // A replay of the older warning after a reconnect does not bring it back.
  store.apply('system:shutdown_pending', { ...pending, event_id: 'sp-replayed' });
  assert.deepEqual(seen, [{ inMs: 60000, sentAt: 1000 }, null]);
});

test('a live stream has no length: duration_ms null in the state and the ticks; a file after it has one again', () => {
  const store = new Store();
  const failures = [];
  store.on('trackFailed', (failure) => failures.push(failure.track_id));
  store.apply('state:player', {
    event_id: 'p1',
    server_seq: 1,
    data: { is_playing: true, is_live: true, duration_ms: null, active_track_id: 'radio' },
  });
  assert.equal(store.position.live, true);
  assert.equal(store.position.duration, 0);
  store.applyPosition({ position_ms: 5000, duration_ms: null, is_playing: true, track_id: 'radio' });
  assert.equal(store.position.live, true, 'a tick of the stream keeps it live');
  assert.equal(store.position.duration, 0);
  store.apply('state:track_failed', {
    event_id: 'f2',
    server_seq: 2,
    data: { track_id: 'radio', stream: true, title: 'Radio', message: 'gone' },
  });
  store.applyPosition({ position_ms: 0, duration_ms: 20000, is_playing: true, track_id: 'song' });
  assert.equal(store.position.live, false);
  assert.equal(store.position.duration, 20000);
  assert.deepEqual(failures, ['radio']);
});

test('a change of the box language reaches the page once, and a replayed older one is ignored', () => {
  const store = new Store();
  const seen = [];
  store.on('language', (code) => seen.push(code));
  const german = { event_id: 'lang-1', server_seq: 11, timestamp: 1000, language: 'de' };
  store.apply('system:language', german);
  store.apply('system:language', german);
  store.apply('system:language', { event_id: 'lang-2', server_seq: 12, timestamp: 2000, language: 'fr' });
  store.apply('system:language', { ...german, event_id: 'lang-replayed' });
  assert.deepEqual(seen, ['de', 'fr']);
});
