// SPDX-License-Identifier: GPL-3.0-or-later
// The one live connection to the box (/ws): joins rooms, reconnects with back-off, and after a reconnect rejoins
// and asks for what it missed (sync:request with the highest seq it applied). Deduplication lives in the store.
// A box that freezes (hung process, suspended board) keeps its TCP connection open and says nothing: so the page
// pings every few seconds and treats silence as a lost connection, the same banner and the same recovery.

const BACKOFF_MS = [500, 1000, 2000, 3000, 5000];
const PING_EVERY_MS = 2000;
// A live box answers a ping within milliseconds and ticks every 200 ms while playing; this much silence is not load.
export const SILENCE_LIMIT_MS = 6000;

export class Live {
  constructor({ onEvent, onStatus }) {
    this.onEvent = onEvent;
    this.onStatus = onStatus;
    this.rooms = new Set(['playlists', 'nfc']);
    this.socket = null;
    this.attempt = 0;
    this.status = 'connecting';
    this.everConnected = false;
    this.highestSeq = 0;
    this.syncFrom = null;
    this.epoch = null;
    this.pingTimer = null;
    this.watchdog = null;
    this.lastFrameAt = 0;
    this.retryTimer = null;
    this.pending = [];
  }

  start() {
    this.open();
    window.addEventListener('online', () => this.retryNow());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.status !== 'connected') this.retryNow();
    });
  }

  url() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${location.host}/ws`;
  }

  open() {
    clearTimeout(this.retryTimer);
    let socket;
    try {
      socket = new WebSocket(this.url());
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.addEventListener('message', (message) => {
      if (this.socket === socket) this.receive(message.data);
    });
    socket.addEventListener('close', () => {
      if (this.socket === socket) this.lost();
    });
  }

  // The socket closed or went silent: forget it (its late frames are ignored), show it, try again.
  lost() {
    const socket = this.socket;
    this.socket = null;
    clearInterval(this.pingTimer);
    clearInterval(this.watchdog);
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close();
    if (this.status === 'connected') this.syncFrom = this.highestSeq;
    this.setStatus(this.everConnected ? 'reconnecting' : 'connecting');
    this.scheduleRetry();
  }

  checkSilence() {
    if (this.status === 'connected' && performance.now() - this.lastFrameAt > SILENCE_LIMIT_MS) this.lost();
  }

  scheduleRetry() {
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    this.attempt++;
    const delay = base + Math.floor(Math.random() * base * 0.2);
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  retryNow() {
    if (this.socket) return;
    this.attempt = 0;
    this.open();
  }

  setStatus(status) {
    if (this.status === status) return;
    this.status = status;
    this.onStatus?.(status);
  }

  receive(text) {
    this.lastFrameAt = performance.now();
    let frame;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (!frame || typeof frame.event !== 'string') return;
    const data = frame.data ?? {};
    if (frame.event === 'connection_status') this.connected(data);
    this.onEvent(frame.event, data);
  }

  // Noted by the store after it applied a sequenced event, so that sync:request asks for what comes after.
  noteApplied(seq) {
    if (Number.isFinite(seq) && seq > this.highestSeq) this.highestSeq = seq;
  }

  connected(status) {
    const restarted = this.epoch !== null && status.epoch !== this.epoch;
    this.epoch = status.epoch;
    this.attempt = 0;
    const wasConnected = this.everConnected;
    this.everConnected = true;
    this.setStatus('connected');
    for (const room of this.rooms) this.sendJoin(room);
    if (wasConnected) {
      // Replay covers events aimed at rooms we are in now, so the joins above go first.
      this.send('sync:request', { last_global_seq: this.syncFrom ?? this.highestSeq });
      this.onEvent('web:resynced', { restarted });
    }
    for (const [event, data] of this.pending.splice(0)) this.send(event, data);
    clearInterval(this.pingTimer);
    clearInterval(this.watchdog);
    this.pingTimer = setInterval(() => this.send('client_ping', { timestamp: Date.now() }), PING_EVERY_MS);
    this.watchdog = setInterval(() => this.checkSilence(), PING_EVERY_MS / 2);
  }

  sendJoin(room) {
    if (room.startsWith('playlist:')) this.send('join:playlist', { playlist_id: room.slice(9) });
    else this.send(`join:${room}`, {});
  }

  join(room) {
    if (this.rooms.has(room)) return;
    this.rooms.add(room);
    if (this.status === 'connected') this.sendJoin(room);
  }

  leave(room) {
    if (!this.rooms.delete(room)) return;
    if (this.status !== 'connected') return;
    if (room.startsWith('playlist:')) this.send('leave:playlist', { playlist_id: room.slice(9) });
    else this.send(`leave:${room}`, {});
  }

  // Drops a room without telling the box (it already removed us, e.g. after the playlist was deleted).
  forget(room) {
    this.rooms.delete(room);
  }

  send(event, data = {}) {
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ event, data }));
      return true;
    }
    return false;
  }

  // Sends now, or once connected again (for requests the user made while the box was away).
  sendWhenConnected(event, data) {
    if (!this.send(event, data)) this.pending.push([event, data]);
  }
}
