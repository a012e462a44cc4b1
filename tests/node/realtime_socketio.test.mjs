// SPDX-License-Identifier: GPL-3.0-or-later
// Socket.IO against the real box with the real socket.io-client: polling-first (the default) and
// websocket-only clients, rooms and snapshots, sequenced events from real HTTP actions, replay, dedup,
// and server_seq continuing after a crash.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, startServer } from './lib/server.mjs';
import { socketIoClient } from './lib/realtime.mjs';

let server;

before(async () => {
  server = await startServer({ args: ['--nfc', 'simulated'] });
});

after(async () => {
  await server?.cleanup();
});

async function createPlaylist(title) {
  const response = await api(server, 'POST', '/api/playlists', { title });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.data;
}

test('a default client polls first, then upgrades to websocket and keeps working', async () => {
  const client = await socketIoClient(server);
  try {
    assert.equal(client.initialTransport, 'polling');
    if (client.socket.io.engine.transport.name !== 'websocket')
      await new Promise((resolve) => client.socket.io.engine.once('upgrade', resolve));
    assert.equal(client.socket.io.engine.transport.name, 'websocket');
    const ack = await client.socket.timeout(5000).emitWithAck('join:playlists', {});
    assert.deepEqual(client.recorder.names().slice(-3), ['state:playlists', 'state:player', 'ack:join']);
    assert.equal(ack.room, 'playlists');
    assert.equal(ack.success, true);
  } finally {
    client.close();
  }
});

test('a websocket-only client gets the open handshake and its own socket sid', async () => {
  const client = await socketIoClient(server, { transports: ['websocket'] });
  try {
    assert.equal(client.initialTransport, 'websocket');
    const status = client.recorder.events[0].data;
    assert.equal(client.recorder.events[0].name, 'connection_status');
    assert.equal(status.status, 'connected');
    assert.equal(status.sid, client.socket.id);
    assert.notEqual(status.sid, client.socket.io.engine.id);
    assert.match(status.sid, /^[A-Za-z0-9_-]{20}$/);
    assert.match(status.epoch, /^[0-9a-f-]{36}$/);
    assert.equal(typeof status.server_time, 'number');
  } finally {
    client.close();
  }
});

test('a polling-only client joins rooms and gets snapshots, acks and replies', async () => {
  const client = await socketIoClient(server, { transports: ['polling'] });
  try {
    const playlist = await createPlaylist('Polling Songs');
    const ack = await client.socket.timeout(5000).emitWithAck('join:playlist', { playlist_id: playlist.id });
    assert.equal(ack.room, `playlist:${playlist.id}`);
    assert.equal(ack.playlist_seq, 1);
    const snapshot = await client.recorder.waitFor('state:playlist');
    assert.equal(snapshot.data.id, playlist.id);
    assert.equal(snapshot.playlist_id, playlist.id);
    const failed = await client.socket.timeout(5000).emitWithAck('join:playlist', { playlist_id: 'nope' });
    assert.equal(failed.success, false);
    assert.equal(failed.error_type, 'not_found');
    const pong = await client.socket.timeout(5000).emitWithAck('client_ping', { timestamp: 1234 });
    assert.equal(pong.timestamp, 1234);
    const health = await client.socket.timeout(5000).emitWithAck('health_check', {});
    assert.ok(health.connected_clients >= 1);
    assert.ok('outbox' in health && 'rooms' in health);
    const unknown = await client.socket.timeout(5000).emitWithAck('no_such_event', {});
    assert.equal(unknown.error_type, 'bad_request');
    assert.equal(unknown.event, 'no_such_event');
  } finally {
    client.close();
  }
});

test('events from real actions reach every client in the same order with strictly increasing server_seq', async () => {
  const clients = await Promise.all([
    socketIoClient(server),
    socketIoClient(server, { transports: ['websocket'] }),
    socketIoClient(server, { transports: ['polling'] }),
  ]);
  try {
    const marks = [];
    for (const client of clients) {
      await client.socket.timeout(5000).emitWithAck('join:playlists', {});
      marks.push(client.recorder.mark());
    }
    const first = await createPlaylist('Seq One');
    const second = await createPlaylist('Seq Two');
    await api(server, 'PUT', `/api/playlists/${first.id}`, { title: 'Seq One Renamed' });
    await api(server, 'PUT', `/api/playlists/${second.id}`, { description: 'the last change' });
    const seqs = [];
    for (const [i, client] of clients.entries()) {
      await client.recorder.waitFor('state:playlist_updated',
        (d) => d.playlist_id === second.id && d.data.updates.description === 'the last change', { from: marks[i] });
      seqs.push(client.recorder.events.slice(marks[i])
        .filter((e) => e.name.startsWith('state:') && e.name !== 'state:track_position')
        .map((e) => `${e.name}#${e.data.server_seq}`));
    }
    assert.ok(seqs[0].length >= 3, JSON.stringify(seqs[0]));
    assert.deepEqual(seqs[1], seqs[0]);
    assert.deepEqual(seqs[2], seqs[0]);
    const numbers = seqs[0].map((s) => Number(s.split('#')[1]));
    for (let i = 1; i < numbers.length; ++i) assert.ok(numbers[i] > numbers[i - 1], JSON.stringify(seqs[0]));
    const stats = await api(server, 'GET', '/api/system/stats');
    assert.ok(stats.body.data.global_seq >= numbers.at(-1));
  } finally {
    clients.forEach((c) => c.close());
  }
});

test('a client that reconnects gets what it missed replayed byte for byte, or snapshots', async () => {
  const witness = await socketIoClient(server, { transports: ['websocket'] });
  const leaving = await socketIoClient(server);
  try {
    await witness.socket.timeout(5000).emitWithAck('join:playlists', {});
    await leaving.socket.timeout(5000).emitWithAck('join:playlists', {});
    await createPlaylist('Before Leaving');
    const seen = await leaving.recorder.waitFor('state:playlist_created', (d) => d.data.playlist.title === 'Before Leaving');
    const last = seen.server_seq;
    leaving.close();
    for (const title of ['Missed A', 'Missed B', 'Missed C']) await createPlaylist(title);

    const back = await socketIoClient(server);
    try {
      await back.socket.timeout(5000).emitWithAck('join:playlists', {});
      const mark = back.recorder.mark();
      const done = await back.socket.timeout(5000).emitWithAck('sync:request', { last_global_seq: last });
      assert.equal(done.snapshot, false);
      assert.deepEqual(done.synced_rooms, ['playlists']);
      // What a client that never left got in the same rooms, after `last`.
      const upTo = done.current_global_seq;
      await new Promise((resolve) => {
        const check = () => witness.recorder.events.some((e) => e.data?.server_seq >= upTo);
        if (check()) return resolve();
        const stop = witness.recorder.subscribe(() => check() && (stop(), resolve()));
      });
      const missed = witness.recorder.events.filter((e) => e.data?.server_seq > last && e.data.server_seq <= upTo
        && e.name !== 'state:track_position');
      const replayed = back.recorder.events.slice(mark, -1);
      assert.equal(done.replayed, missed.length);
      assert.ok(missed.filter((e) => e.name === 'state:playlist_created').length === 3);
      assert.deepEqual(replayed, missed); // same names, same event_id and timestamps: the stored bytes
      assert.equal(back.recorder.names().at(-1), 'sync:complete');

      const fresh = await back.socket.timeout(5000).emitWithAck('sync:request', {});
      assert.equal(fresh.snapshot, true);
      assert.equal(fresh.replayed, 0);
    } finally {
      back.close();
    }
  } finally {
    witness.close();
  }
});

test('a repeated client_op_id is answered from memory, not run again', async () => {
  const client = await socketIoClient(server, { transports: ['websocket'] });
  try {
    const playlist = await createPlaylist('Dedup Target');
    const payload = { playlist_id: playlist.id, client_op_id: 'dedup-op-1' };
    const first = await client.socket.timeout(5000).emitWithAck('start_nfc_link', payload);
    assert.equal(first.success, true, JSON.stringify(first));
    assert.equal(first.client_op_id, 'dedup-op-1');
    const waitingBefore = client.recorder.events.filter((e) => e.name === 'nfc_association_state').length;
    const second = await client.socket.timeout(5000).emitWithAck('start_nfc_link', payload);
    assert.deepEqual(second, first);
    const waitingAfter = client.recorder.events.filter((e) => e.name === 'nfc_association_state').length;
    assert.equal(waitingAfter, waitingBefore);
    const conflict = await client.socket.timeout(5000).emitWithAck('stop_nfc_link', payload);
    assert.equal(conflict.error_type, 'conflict');
    const stopped = await client.socket.timeout(5000).emitWithAck('stop_nfc_link', { playlist_id: playlist.id });
    assert.equal(stopped.success, true, JSON.stringify(stopped));
  } finally {
    client.close();
  }
});

test('an unknown namespace is refused', async () => {
  const { io } = await import('socket.io-client');
  const socket = io(`${server.baseUrl}/admin`, { transports: ['websocket'], reconnection: false, forceNew: true });
  try {
    const error = await new Promise((resolve) => socket.once('connect_error', resolve));
    assert.equal(error.message, 'Invalid namespace');
  } finally {
    socket.close();
  }
});

test('server_seq never goes back after a crash', async () => {
  const own = await startServer();
  const dataDir = own.dataDir;
  let highest = 0;
  try {
    for (let i = 0; i < 3; ++i) {
      const r = await api(own, 'POST', '/api/playlists', { title: `Crash ${i}` });
      highest = Math.max(highest, r.body.server_seq);
    }
    await own.stop('SIGKILL');
    const again = await startServer({ dataDir });
    try {
      const client = await socketIoClient(again, { transports: ['websocket'] });
      const status = client.recorder.events[0].data;
      client.close();
      assert.ok(status.server_seq >= highest, `${status.server_seq} < ${highest}`);
      const r = await api(again, 'POST', '/api/playlists', { title: 'After crash' });
      assert.ok(r.body.server_seq > highest);
    } finally {
      await again.stop();
    }
  } finally {
    await own.cleanup();
  }
});
