// SPDX-License-Identifier: GPL-3.0-or-later
// Real-time test clients: socket.io-client and plain /ws (package ws) with recorded events and waits on them.
import { io } from 'socket.io-client';
import WebSocket from 'ws';

const DEFAULT_TIMEOUT_MS = 10000;

// Resolves when `check()` returns a truthy value, re-checked whenever `emitter` reports something.
function waitUntil(check, subscribe, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const found = check();
    if (found) return resolve(found);
    let unsubscribe = () => {};
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    unsubscribe = subscribe(() => {
      const value = check();
      if (value) {
        clearTimeout(timer);
        unsubscribe();
        resolve(value);
      }
    });
  });
}

class Recorder {
  constructor() {
    this.events = []; // {name, data}
    this.listeners = new Set();
  }
  record(name, data) {
    this.events.push({ name, data });
    for (const listener of [...this.listeners]) listener();
  }
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  // The n-th (1-based) event named `name` after index `from` that satisfies `predicate`.
  waitFor(name, predicate = () => true, { from = 0, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
    return waitUntil(
      () => this.events.slice(from).find((e) => e.name === name && predicate(e.data))?.data,
      (l) => this.subscribe(l),
      timeoutMs,
      `event ${name}`,
    );
  }
  names(from = 0) {
    return this.events.slice(from).map((e) => e.name);
  }
  mark() {
    return this.events.length;
  }
}

// A socket.io client in the given configuration; resolves once connection_status arrived.
export async function socketIoClient(server, options = {}) {
  const recorder = new Recorder();
  const socket = io(server.baseUrl, { reconnection: false, forceNew: true, ...options });
  socket.onAny((name, data) => recorder.record(name, data));
  const initialTransport = await new Promise((resolve, reject) => {
    socket.io.engine?.on?.('open', () => {});
    socket.once('connect_error', reject);
    socket.io.once('open', () => resolve(socket.io.engine.transport.name));
  });
  await recorder.waitFor('connection_status');
  return { socket, recorder, initialTransport, close: () => socket.close() };
}

// A plain /ws client; every frame is recorded as {name: frame.event, data: frame.data}.
export async function wsClient(server, path = '/ws', options = {}) {
  const recorder = new Recorder();
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`, options);
  const closed = new Promise((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('message', (data, isBinary) => {
    if (isBinary) return recorder.record('(binary)', data);
    const text = data.toString();
    try {
      const frame = JSON.parse(text);
      recorder.record(frame.event, frame.data);
    } catch {
      recorder.record('(text)', text);
    }
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return {
    ws,
    recorder,
    closed,
    send: (event, data) => ws.send(JSON.stringify(data === undefined ? { event } : { event, data })),
    close: () => ws.close(),
  };
}

// A raw Engine.IO WebSocket (no socket.io-client): every text frame is recorded as name '(text)'.
export async function rawEngineIo(server, query = 'EIO=4&transport=websocket') {
  const recorder = new Recorder();
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/socket.io/?${query}`);
  const closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('message', (data, isBinary) => recorder.record(isBinary ? '(binary)' : '(text)', data.toString()));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, recorder, closed, texts: () => recorder.events.map((e) => e.data) };
}

// What an upgrade request that the server refuses gets back: {status, body}.
export function refusedUpgrade(server, path) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`);
    ws.once('open', () => reject(new Error(`${path} was accepted`)));
    ws.once('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: body ? JSON.parse(body) : null }));
    });
    ws.once('error', () => {});
  });
}

export function sequenced(recorder, from = 0) {
  return recorder.events
    .slice(from)
    .filter(
      (e) =>
        e.data &&
        typeof e.data.server_seq === 'number' &&
        (e.name.startsWith('state:') || e.name === 'nfc_association_state' || e.name === 'nfc_status') &&
        e.name !== 'state:track_position',
    );
}
