// SPDX-License-Identifier: GPL-3.0-or-later
// Plain /ws and raw Engine.IO frames against the real box: the JSON frame protocol, the malformed-frame
// table for both transports, refused upgrades and polls, 200 clients at once with one that stops reading.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { api, startServer } from './lib/server.mjs';
import { rawEngineIo, refusedUpgrade, wsClient } from './lib/realtime.mjs';

let server;

before(async () => {
  server = await startServer({ env: { OMB_EIO_MAX_PAYLOAD: '4096' } });
});

after(async () => {
  await server?.cleanup();
});

test('/ws: connection_status first, then rooms, snapshots and events as {event, data} frames', async () => {
  const client = await wsClient(server);
  try {
    assert.equal(client.recorder.events[0].name, 'connection_status');
    assert.equal(client.recorder.events[0].data.status, 'connected');
    client.send('join:playlists');
    const ack = await client.recorder.waitFor('ack:join');
    assert.equal(ack.room, 'playlists');
    assert.deepEqual(client.recorder.names().slice(1), ['state:playlists', 'state:player', 'ack:join']);
    const created = await api(server, 'POST', '/api/playlists', { title: 'Over WS' });
    const event = await client.recorder.waitFor('state:playlist_created');
    assert.equal(event.playlist_id, created.body.data.id);
    assert.ok(event.server_seq <= created.body.server_seq);
  } finally {
    client.close();
  }
});

test('/ws: bad frames are answered with err:op and the connection stays', async () => {
  const client = await wsClient(server);
  try {
    const frames = ['not json', '[1,2]', '"text"', '{"data":{}}', '{"event":5}', '{"event":"join:playlists","data":"x"}',
      '{"event":"dance"}'];
    for (const frame of frames) {
      const mark = client.recorder.mark();
      client.ws.send(frame);
      const error = await client.recorder.waitFor('err:op', () => true, { from: mark });
      assert.equal(error.error_type, 'bad_request', frame);
      assert.equal(error.success, false);
    }
    client.send('client_ping', { timestamp: 7 });
    assert.equal((await client.recorder.waitFor('client_pong')).timestamp, 7);
  } finally {
    client.close();
  }
});

test('/ws: a binary frame closes with 1003, an oversize frame with 1009, and nobody else notices', async () => {
  const bystander = await wsClient(server);
  try {
    const binary = await wsClient(server);
    binary.ws.send(Buffer.from([1, 2, 3]));
    assert.equal((await binary.closed).code, 1003);
    const big = await wsClient(server);
    big.send('client_ping', { padding: 'x'.repeat(8000) });
    assert.equal((await big.closed).code, 1009);
    bystander.send('client_ping', {});
    await bystander.recorder.waitFor('client_pong');
  } finally {
    bystander.close();
  }
});

test('Socket.IO malformed-frame table', async () => {
  const bystander = await rawEngineIo(server);
  try {
    bystander.ws.send('40');
    await bystander.recorder.waitFor('(text)', (t) => t.startsWith('42["connection_status"'));
    const cases = [
      { frame: '4x', close: 1003 },
      { frame: '45-["a"]', close: 1003 },
      { frame: '46-[]', close: 1003 },
      { frame: '9', close: 1003 },
      { frame: '', close: 1003 },
      { frame: '42{"not":"an array"}', close: 1003, connectFirst: true },
      { frame: Buffer.from([4, 2]), close: 1003 },
      { frame: `42["client_ping",{"p":"${'y'.repeat(5000)}"}]`, close: 1009 },
    ];
    for (const { frame, close, connectFirst } of cases) {
      const client = await rawEngineIo(server);
      assert.match(client.texts()[0], /^0\{"maxPayload":4096,"pingInterval":\d+,"pingTimeout":\d+,"sid":"[A-Za-z0-9_-]{20}","upgrades":\[\]\}$/);
      if (connectFirst) {
        client.ws.send('40');
        await client.recorder.waitFor('(text)', (t) => t.startsWith('40{'));
      }
      client.ws.send(frame);
      assert.equal(await client.closed, close, `frame ${String(frame).slice(0, 20)}`);
    }
    // A noop and an unrequested ack are ignored; an unknown namespace is refused; the bystander never noticed.
    const quiet = await rawEngineIo(server);
    quiet.ws.send('6');
    quiet.ws.send('40/admin,');
    assert.equal(await quiet.recorder.waitFor('(text)', (t) => t.startsWith('44')), '44/admin,{"message":"Invalid namespace"}');
    quiet.ws.send('40');
    quiet.ws.send('433[{}]');
    quiet.ws.send('421["client_ping",{"timestamp":3}]');
    assert.match(await quiet.recorder.waitFor('(text)', (t) => t.startsWith('431')), /^431\[\{.*"timestamp":3/);
    quiet.ws.close();
    bystander.ws.send('42["client_ping",{}]');
    await bystander.recorder.waitFor('(text)', (t) => t.startsWith('42["client_pong"'));
  } finally {
    bystander.ws.close();
  }
});

test('refused upgrades and polls carry a 400 bad_request envelope with the reason', async () => {
  const cases = [
    ['/socket.io/?EIO=3&transport=websocket', 'eio', '3'],
    ['/socket.io/?EIO=4&transport=flashsocket', 'transport', 'flashsocket'],
    ['/socket.io/?EIO=4&transport=websocket&sid=unknownsid', 'sid', 'unknownsid'],
  ];
  for (const [path, field, value] of cases) {
    const refused = await refusedUpgrade(server, path);
    assert.equal(refused.status, 400, path);
    assert.equal(refused.body.error_type, 'bad_request');
    assert.equal(refused.body.details[field], value);
  }
  const polls = [
    ['/socket.io/?EIO=3&transport=polling', 'eio'],
    ['/socket.io/?EIO=4&transport=websocket', 'transport'],
    ['/socket.io/?EIO=4&transport=polling&sid=nope', 'sid'],
  ];
  for (const [path, field] of polls) {
    const response = await api(server, 'GET', path);
    assert.equal(response.status, 400, path);
    assert.ok(field in response.body.details, JSON.stringify(response.body));
  }
  const plain = await api(server, 'GET', '/ws');
  assert.equal(plain.status, 400);
  assert.equal(plain.body.error_type, 'bad_request');
});

test('long-polling by hand: open, connect, events, upgrade probe', async () => {
  const base = `${server.baseUrl}/socket.io/?EIO=4&transport=polling`;
  const open = await (await fetch(base)).text();
  assert.ok(open.startsWith('0{'));
  const handshake = JSON.parse(open.slice(1));
  assert.deepEqual(handshake.upgrades, ['websocket']);
  const url = `${base}&sid=${handshake.sid}`;
  assert.equal(await (await fetch(url, { method: 'POST', body: '40' })).text(), 'ok');
  const first = (await (await fetch(url)).text()).split('\x1e');
  assert.match(first[0], /^40\{"sid":"[A-Za-z0-9_-]{20}"\}$/);
  assert.ok(first[1].startsWith('42["connection_status"'));
  assert.equal(await (await fetch(url, { method: 'POST', body: '42["client_ping",{"timestamp":9}]\x1e421["health_check"]' })).text(), 'ok');
  const replies = (await (await fetch(url)).text()).split('\x1e');
  assert.ok(replies[0].startsWith('42["client_pong",'));
  assert.ok(replies[1].startsWith('42["health_status",'));
  assert.ok(replies[2].startsWith('431[{'));

  const held = fetch(url).then((r) => r.text());
  const probe = await rawEngineIo(server, `EIO=4&transport=websocket&sid=${handshake.sid}`);
  probe.ws.send('2probe');
  assert.equal(await probe.recorder.waitFor('(text)', (t) => t === '3probe'), '3probe');
  assert.equal(await held, '6');
  probe.ws.send('5');
  probe.ws.send('42["client_ping",{"timestamp":10}]');
  await probe.recorder.waitFor('(text)', (t) => t.startsWith('42["client_pong",{') && t.includes('"timestamp":10'));
  const afterUpgrade = await fetch(url);
  assert.equal(afterUpgrade.status, 400);
  probe.ws.close();
});

test('200 clients get every event; one that stops reading delays nobody and is dropped', async () => {
  const own = await startServer({
    env: { OMB_CLIENT_SEND_BUFFER_BYTES: '4096', OMB_OUTBOX_SIZE_LIMIT: '50', OMB_MAX_CONNECTIONS_PER_ADDRESS: '400' },
  });
  const clients = [];
  try {
    for (let i = 0; i < 200; ++i) clients.push(await wsClient(own));
    await Promise.all(clients.map(async (c) => {
      c.send('join:playlists');
      await c.recorder.waitFor('ack:join');
    }));
    for (let i = 0; i < 40; ++i)
      await api(own, 'POST', '/api/playlists', { title: `Big ${i}`, description: 'd'.repeat(1000) });
    const slow = await wsClient(own);
    slow.ws._socket.pause(); // stops reading; keeps sending
    for (let i = 0; i < 300; ++i) slow.send('join:playlists');

    const latencies = [];
    const marks = clients.map((c) => c.recorder.mark());
    for (let i = 0; i < 20; ++i) {
      const sent = performance.now();
      const created = await api(own, 'POST', '/api/playlists', { title: `Fan ${i}` });
      await Promise.all(clients.map(async (c) => {
        await c.recorder.waitFor('state:playlist_created', (d) => d.playlist_id === created.body.data.id);
        latencies.push(performance.now() - sent);
      }));
    }
    for (const [i, c] of clients.entries()) {
      const got = c.recorder.events.slice(marks[i]).filter((e) => e.name === 'state:playlist_created');
      assert.equal(got.length, 20);
      const seqs = got.map((e) => e.data.server_seq);
      assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
    }
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(`# 200 clients + 1 stalled reader: action-to-receipt p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);

    const deadline = Date.now() + 20000;
    let stats;
    do {
      stats = (await api(own, 'GET', '/api/system/stats')).body.data;
      if (stats.dropped_clients_total >= 1) break;
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < deadline);
    assert.ok(stats.dropped_clients_total >= 1, JSON.stringify(stats));
    assert.equal(stats.connected_clients, 200);
  } finally {
    clients.forEach((c) => c.close());
    await own.cleanup();
  }
});
