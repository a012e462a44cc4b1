// SPDX-License-Identifier: GPL-3.0-or-later
// The page's copy of the box's state. Every change arrives here (live events, HTTP answers, snapshots) and is
// applied at most once: events are deduplicated by event_id, by server_seq per stream (a snapshot covers every
// earlier event of its stream) and, for a playlist, by its playlist_seq revision.

// How far ahead of the box's position the page may stay after a tick, in ms, rather than jumping back.
const MAX_GLIDE_MS = 1500;
const FULL_STATE = new Set(['state:playlists', 'state:player', 'state:playlist', 'nfc_status']);
// Replies (ack:*, sync:complete, client_pong…) change nothing here; only these events carry state.
const TRACKED = new Set([
  ...FULL_STATE,
  'state:volume_changed',
  'state:playlist_created',
  'state:playlist_updated',
  'state:playlist_deleted',
  'state:track_added',
  'state:track_deleted',
  'state:track_updated',
  'state:trash_added',
  'state:trash_removed',
  'state:nfc_unknown_tag',
  'state:playback_blocked',
  'state:track_failed',
  'nfc_association_state',
  'upload:progress',
  'upload:complete',
  'upload:error',
  'youtube:progress',
  'youtube:complete',
  'youtube:error',
  'system:shutdown_pending',
  'system:shutdown_cancelled',
  'system:language',
]);

function streamOf(event, data) {
  if (event === 'state:player' || event === 'state:volume_changed') return 'player';
  if (event === 'state:playlist') return `playlist:${data?.data?.id ?? data?.playlist_id ?? ''}`;
  if (event === 'nfc_status') return 'nfc';
  if (event === 'nfc_association_state' || event.startsWith('youtube:') || event.startsWith('system:')) {
    return 'global';
  }
  return 'playlists';
}

export class Store {
  constructor() {
    this.playlists = new Map();
    this.deleted = new Set();
    this.loaded = false;
    this.player = null;
    this.position = { base: 0, at: performance.now(), playing: false, duration: 0, trackId: null };
    this.nfc = null;
    this.association = null;
    this.unknownTag = null;
    this.uploads = new Map();
    this.youtube = new Map();
    this.connection = 'connecting';
    this.clockOffsetMs = 0;
    this.applied = new Map();
    this.seenIds = new Set();
    this.seenOrder = [];
    this.listeners = new Map();
    this.onSequenced = null;
    this.onStale = null;
  }

  on(topic, fn) {
    if (!this.listeners.has(topic)) this.listeners.set(topic, new Set());
    this.listeners.get(topic).add(fn);
    return () => this.listeners.get(topic).delete(fn);
  }

  emit(topic, detail) {
    for (const fn of this.listeners.get(topic) ?? []) fn(detail);
  }

  // The box restarted (a restore may bring deleted playlists back with their ids): the snapshots that follow are
  // the whole truth, so what this page saw deleted is forgotten.
  boxRestarted() {
    this.deleted.clear();
  }

  // ---- dedup -------------------------------------------------------------------------------------------------

  admit(event, payload) {
    const seq = payload?.server_seq;
    const id = payload?.event_id;
    if (id) {
      if (this.seenIds.has(id)) return false;
      this.seenIds.add(id);
      this.seenOrder.push(id);
      if (this.seenOrder.length > 2000) this.seenIds.delete(this.seenOrder.shift());
    }
    if (!Number.isFinite(seq)) return true;
    const stream = streamOf(event, payload);
    const last = this.applied.get(stream) ?? 0;
    const full = FULL_STATE.has(event);
    if (full ? seq < last : seq <= last) return false;
    this.applied.set(stream, Math.max(last, seq));
    if (!full) this.onSequenced?.(seq);
    return true;
  }

  // ---- events ------------------------------------------------------------------------------------------------

  apply(event, payload) {
    if (event === 'state:track_position') return this.applyPosition(payload?.data ?? payload);
    if (event === 'connection_status') {
      if (Number.isFinite(payload.server_time)) this.clockOffsetMs = payload.server_time * 1000 - Date.now();
      return;
    }
    // Views that read over HTTP what has no snapshot (the trash) read it again once the room is joined.
    if (event === 'ack:join' && payload?.success) return this.emit('joined', payload.room);
    if (!TRACKED.has(event)) return;
    if (!this.admit(event, payload)) return;
    const data = event.startsWith('state:') ? (payload.data ?? {}) : payload;
    switch (event) {
      case 'state:playlists':
        return this.applyPlaylistList(data.playlists ?? []);
      case 'state:player':
        return this.setPlayer(data);
      case 'state:volume_changed':
        if (this.player) this.setPlayer({ ...this.player, volume: data.volume, muted: data.muted });
        return;
      case 'state:playlist':
        return this.upsertPlaylist(data);
      case 'state:playlist_created':
        // Also a deleted playlist restored from the trash: it comes back with its id.
        return this.restoredPlaylist(data.playlist ?? { id: data.playlist_id });
      case 'state:playlist_updated':
        return this.applyUpdated(payload, data);
      case 'state:playlist_deleted':
        return this.removePlaylist(data.playlist_id ?? payload.playlist_id);
      case 'state:track_added':
        return this.applyTrackAdded(payload, data);
      case 'state:track_deleted':
        return this.applyTrackDeleted(payload, data);
      case 'state:track_updated':
        return this.applyTrackUpdated(payload, data);
      case 'state:trash_added':
      case 'state:trash_removed':
        return this.emit('trash', { event, data });
      case 'state:playback_blocked':
        return this.emit('blocked', data);
      case 'state:track_failed':
        return this.emit('trackFailed', data);
      case 'system:shutdown_pending':
        return this.emit('shutdown', { inMs: data.in_ms, sentAt: data.timestamp });
      case 'system:shutdown_cancelled':
        return this.emit('shutdown', null);
      case 'system:language':
        return this.emit('language', payload.language);
      case 'state:nfc_unknown_tag':
        this.unknownTag = data.tag_id;
        return this.emit('unknownTag', data.tag_id);
      case 'nfc_status':
        this.nfc = data;
        return this.emit('nfc', data);
      case 'nfc_association_state':
        this.association = data;
        return this.emit('association', data);
      case 'upload:progress':
      case 'upload:complete':
      case 'upload:error':
        return this.emit('uploadEvent', { event, data });
      case 'youtube:progress':
      case 'youtube:complete':
      case 'youtube:error':
        return this.applyYoutube(event, data);
      default:
        return undefined;
    }
  }

  applyPlaylistList(summaries) {
    const seen = new Set();
    const stale = [];
    for (const summary of summaries) {
      if (this.deleted.has(summary.id)) continue;
      seen.add(summary.id);
      const known = this.playlists.get(summary.id);
      if (!known || known.playlist_seq !== summary.playlist_seq || !known.tracks) stale.push(summary.id);
      this.playlists.set(summary.id, {
        ...summary,
        tracks: known && known.playlist_seq === summary.playlist_seq ? known.tracks : (known?.tracks ?? null),
      });
    }
    for (const id of [...this.playlists.keys()]) if (!seen.has(id)) this.playlists.delete(id);
    this.loaded = true;
    this.emit('playlists');
    if (stale.length) this.onStale?.(stale);
  }

  // A full playlist (with or without tracks) from an event or an HTTP answer; older revisions are ignored.
  upsertPlaylist(playlist) {
    if (!playlist?.id || this.deleted.has(playlist.id)) return;
    const known = this.playlists.get(playlist.id);
    if (known && Number.isFinite(known.playlist_seq) && playlist.playlist_seq < known.playlist_seq) return;
    const tracks = Array.isArray(playlist.tracks)
      ? [...playlist.tracks].sort((a, b) => a.track_number - b.track_number)
      : (known?.tracks ?? null);
    const { playlist: _copy, ...fields } = playlist;
    this.playlists.set(playlist.id, { ...(known ?? {}), ...fields, tracks });
    this.emit('playlists');
  }

  // Returns the playlist if this revision is new, after asking for a fresh copy when one was missed.
  nextRevision(id, seq) {
    const known = this.playlists.get(id);
    if (!known) {
      this.onStale?.([id]);
      return null;
    }
    if (Number.isFinite(seq) && Number.isFinite(known.playlist_seq)) {
      if (seq <= known.playlist_seq) return null;
      if (seq > known.playlist_seq + 1) {
        this.onStale?.([id]);
        return null;
      }
    }
    return known;
  }

  applyUpdated(payload, data) {
    const id = data.playlist_id ?? payload.playlist_id;
    const seq = payload.playlist_seq ?? data.playlist?.playlist_seq;
    if (data.playlist) {
      this.upsertPlaylist({ ...data.playlist, playlist_seq: seq ?? data.playlist.playlist_seq });
      const orderChanged = Array.isArray(data.updates?.track_order);
      if (orderChanged && !Array.isArray(data.playlist.tracks) && this.playlists.get(id)?.tracks) this.onStale?.([id]);
      return;
    }
    const known = this.nextRevision(id, seq);
    if (!known) return;
    const updates = data.updates ?? {};
    const next = { ...known, playlist_seq: seq ?? known.playlist_seq };
    for (const key of ['title', 'description', 'nfc_tag_id']) if (key in updates) next[key] = updates[key];
    if (Array.isArray(updates.track_order) && known.tracks) this.onStale?.([id]);
    this.playlists.set(id, next);
    this.emit('playlists');
  }

  applyTrackAdded(payload, data) {
    const id = data.playlist_id ?? payload.playlist_id;
    const track = payload.track ?? data.track;
    const known = this.nextRevision(id, payload.playlist_seq);
    if (!known || !track) return;
    const tracks = known.tracks ? [...known.tracks.filter((t) => t.id !== track.id), track] : null;
    tracks?.sort((a, b) => a.track_number - b.track_number);
    this.playlists.set(id, {
      ...known,
      tracks,
      playlist_seq: payload.playlist_seq ?? known.playlist_seq,
      track_count: (known.track_count ?? 0) + 1,
      total_duration_ms: (known.total_duration_ms ?? 0) + (track.duration_ms ?? 0),
    });
    this.emit('playlists');
  }

  applyTrackUpdated(payload, data) {
    const id = data.playlist_id ?? payload.playlist_id;
    const known = this.nextRevision(id, payload.playlist_seq);
    if (!known || !data.track) return;
    const tracks = known.tracks?.map((t) => (t.id === data.track.id ? data.track : t)) ?? null;
    this.playlists.set(id, { ...known, tracks, playlist_seq: payload.playlist_seq ?? known.playlist_seq });
    this.emit('playlists');
  }

  applyTrackDeleted(payload, data) {
    const id = data.playlist_id ?? payload.playlist_id;
    const known = this.nextRevision(id, payload.playlist_seq);
    if (!known) return;
    const ids = new Set(data.track_ids ?? []);
    const numbers = new Set(payload.track_numbers ?? data.track_numbers ?? []);
    const gone = (known.tracks ?? []).filter((t) => ids.has(t.id) || numbers.has(t.track_number));
    const tracks = known.tracks ? known.tracks.filter((t) => !gone.includes(t)) : null;
    const removed = known.tracks ? gone.length : numbers.size || ids.size;
    this.playlists.set(id, {
      ...known,
      tracks,
      playlist_seq: payload.playlist_seq ?? known.playlist_seq,
      track_count: Math.max(0, (known.track_count ?? 0) - removed),
      total_duration_ms: Math.max(
        0,
        (known.total_duration_ms ?? 0) - gone.reduce((sum, t) => sum + (t.duration_ms ?? 0), 0),
      ),
    });
    this.emit('playlists');
  }

  // A playlist that exists again (created, or restored from the trash with its id).
  restoredPlaylist(playlist) {
    if (!playlist?.id) return;
    this.deleted.delete(playlist.id);
    this.upsertPlaylist(playlist);
  }

  removePlaylist(id) {
    this.deleted.add(id);
    if (!this.playlists.delete(id)) return;
    this.emit('playlists');
    this.emit('playlistRemoved', id);
  }

  // A PlayerState from an event or an HTTP answer; an older one (by server_seq) is ignored.
  setPlayer(state, { fromHttp = false } = {}) {
    if (!state || typeof state !== 'object') return;
    if (fromHttp) {
      // An answer no newer than the last state:player brings nothing new, and it may arrive after position
      // events that moved on (a seek from another page): it must not take the position back.
      const last = this.applied.get('player') ?? 0;
      if (Number.isFinite(state.server_seq) && state.server_seq <= last) return;
      if (Number.isFinite(state.server_seq)) this.applied.set('player', state.server_seq);
    }
    this.player = state;
    this.playerAt = performance.now();
    this.position = {
      base: state.position_ms ?? 0,
      at: performance.now(),
      playing: !!state.is_playing,
      duration: state.duration_ms ?? state.active_track?.duration_ms ?? 0,
      live: !!state.is_live,
      trackId: state.active_track_id ?? state.active_track?.id ?? null,
    };
    this.emit('player', state);
  }

  // A tick a little behind what the page already shows (the box's audio started later than its state said, or
  // this page's clock ran fast) must not pull the bar back: the page keeps the lead and lets the clock run at half
  // speed until the box catches up. A bigger gap, a pause or another track is taken as it comes.
  applyPosition(data) {
    if (!data) return;
    const trackId = data.track_id ?? this.position.trackId;
    const base = data.position_ms ?? 0;
    const behind = this.currentPosition() - base;
    const glide = this.position.playing && data.is_playing && trackId === this.position.trackId;
    this.position = {
      base,
      at: performance.now(),
      playing: !!data.is_playing,
      // null: a live stream, which has no length (a missing field keeps the one known).
      duration: data.duration_ms === null ? 0 : (data.duration_ms ?? this.position.duration),
      live: data.duration_ms === null || (data.duration_ms === undefined && !!this.position.live),
      trackId,
      lead: glide && behind > 0 && behind <= MAX_GLIDE_MS ? behind : 0,
    };
    if (this.player && this.player.is_playing !== !!data.is_playing && data.is_playing === false) {
      this.player = { ...this.player, is_playing: false };
      this.emit('player', this.player);
    }
    this.emit('position');
  }

  currentPosition() {
    const p = this.position;
    const elapsed = p.playing ? performance.now() - p.at : 0;
    const lead = Math.max(0, (p.lead ?? 0) - elapsed / 2);
    return Math.min(p.duration || Infinity, p.base + elapsed + lead);
  }

  applyYoutube(event, data) {
    const known = this.youtube.get(data.task_id) ?? { task_id: data.task_id };
    const next = { ...known, ...data };
    if (event === 'youtube:complete') next.status = 'complete';
    if (event === 'youtube:error') {
      next.status = 'error';
      next.error = data.message ?? data.error;
    }
    this.youtube.set(data.task_id, next);
    this.emit('youtube', next);
  }

  // Away from the box the clock stops where it was: the position is the box's, not the page's guess.
  setConnection(status) {
    this.connection = status;
    if (status !== 'connected' && this.position.playing) {
      this.position = {
        ...this.position,
        base: this.currentPosition(),
        at: performance.now(),
        playing: false,
        lead: 0,
      };
      this.emit('position');
    }
    this.emit('connection', status);
  }

  sortedPlaylists() {
    return [...this.playlists.values()].sort(
      (a, b) =>
        (a.title ?? '').localeCompare(b.title ?? '', undefined, { sensitivity: 'base' }) ||
        (a.created_at ?? '').localeCompare(b.created_at ?? '') ||
        a.id.localeCompare(b.id),
    );
  }

  playlistByTag(tagId) {
    for (const p of this.playlists.values()) if (p.nfc_tag_id === tagId) return p;
    return null;
  }
}
