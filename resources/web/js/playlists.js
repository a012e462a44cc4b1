// SPDX-License-Identifier: GPL-3.0-or-later
// The playlists view: one card per playlist (count, duration, tag), expanded to its tracks with play, reorder
// (drag or arrow keys), move and delete, plus the upload drop zone of that playlist.
import { api } from './api.js';
import { BLOCK_REASONS } from './blocked.js';
import { announce, confirmDialog, promptDialog, showError, toast } from './dialogs.js';
import { editPlaylistVolume } from './playlistvolume.js';
import { addStream } from './streams.js';
import { offerUndo } from './restore.js';
import { coverArt, formatTime, h, icon } from './dom.js';
import { onLanguageChange, t, trackCount } from './i18n.js';
import { TrackReorder } from './reorder.js';
import { TrackActions } from './trackactions.js';
import { TrackList } from './tracklist.js';

export class PlaylistsView {
  constructor({ store, live, uploads, tags }) {
    this.store = store;
    this.live = live;
    this.uploads = uploads;
    this.tags = tags;
    this.list = document.getElementById('playlist-list');
    this.empty = document.getElementById('playlists-empty');
    this.expanded = new Set();
    this.actions = new TrackActions(store);
    this.trackList = new TrackList(this);
    this.cards = new Map();
    this.signatures = new Map();
    this.reorder = new TrackReorder({
      onCommit: (playlistId, ids, movedId) => this.commitOrder(playlistId, ids, movedId),
      onEnd: () => this.render(),
    });
    document.getElementById('new-playlist').addEventListener('click', () => this.create());
    store.on('playlists', () => this.render());
    store.on('player', () => this.render());
    store.on('playlistRemoved', (id) => {
      this.expanded.delete(id);
      live.forget(`playlist:${id}`);
    });
    onLanguageChange(() => {
      this.signatures.clear();
      this.render();
    });
    this.render();
  }

  render() {
    if (this.reorder.active) return;
    const newButton = document.getElementById('new-playlist');
    newButton.replaceChildren(icon('plus', 20), h('span', { text: t('playlists.new') }));
    const playlists = this.store.sortedPlaylists();
    this.empty.hidden = this.store.loaded && playlists.length > 0;
    this.empty.textContent = this.store.loaded ? t('playlists.empty') : t('playlists.loading');
    const player = this.store.player;
    const wanted = [];
    for (const playlist of playlists) {
      const playing = player?.active_playlist_id === playlist.id ? player : null;
      const signature = JSON.stringify([
        playlist,
        this.expanded.has(playlist.id),
        this.trackList.selectionKey(playlist.id),
        playing?.active_track_id ?? null,
        playing?.is_playing ?? null,
      ]);
      let card = this.cards.get(playlist.id);
      if (!card) {
        card = h('li', { class: 'playlist-card', dataset: { playlistId: playlist.id } });
        this.cards.set(playlist.id, card);
      }
      if (this.signatures.get(playlist.id) !== signature) {
        this.signatures.set(playlist.id, signature);
        this.fillCard(card, playlist, playing);
      }
      wanted.push(card);
    }
    for (const [id, card] of this.cards) {
      if (!this.store.playlists.has(id)) {
        card.remove();
        this.cards.delete(id);
        this.signatures.delete(id);
      }
    }
    wanted.forEach((card, index) => {
      if (this.list.children[index] !== card) this.list.insertBefore(card, this.list.children[index] ?? null);
    });
  }

  fillCard(card, playlist, playing) {
    const focusKey = card.contains(document.activeElement) ? document.activeElement.dataset.focus : null;
    const open = this.expanded.has(playlist.id);
    const bodyId = `playlist-body-${playlist.id}`;
    card.classList.toggle('open', open);
    card.classList.toggle('playing', !!playing);
    const meta = [trackCount(playlist.track_count ?? playlist.tracks?.length ?? 0)];
    if (playlist.total_duration_ms) meta.push(formatTime(playlist.total_duration_ms));
    const head = h(
      'div',
      { class: 'playlist-head' },
      h(
        'button',
        {
          type: 'button',
          class: 'playlist-expand',
          'aria-expanded': String(open),
          'aria-controls': bodyId,
          dataset: { focus: 'expand' },
          onclick: () => this.toggle(playlist.id),
        },
        coverArt({
          id: playlist.id,
          title: playlist.title,
          url: playlist.cover_url,
          alt: t('cover.alt', { title: playlist.title }),
        }),
        h(
          'span',
          { class: 'playlist-text' },
          h('span', { class: 'playlist-title', title: playlist.title, text: playlist.title }),
          h(
            'span',
            { class: 'playlist-meta' },
            h('span', { class: 'playlist-count', text: meta.join(' · ') }),
            playlist.nfc_tag_id
              ? h(
                  'span',
                  { class: 'badge tag-badge', title: playlist.nfc_tag_id },
                  icon('tag', 14),
                  t('playlists.tagLinked'),
                )
              : null,
            playing
              ? h(
                  'span',
                  { class: 'badge playing-badge' },
                  h('span', { class: 'eq', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')),
                  t('playlists.nowPlaying'),
                )
              : null,
          ),
        ),
        h('span', { class: 'chevron' }, icon('chevron', 22)),
      ),
      playing?.is_playing
        ? h(
            'button',
            {
              type: 'button',
              class: 'icon-button play-playlist',
              'aria-label': t('player.pause'),
              title: t('player.pause'),
              dataset: { focus: 'play' },
              onclick: () => this.pause(),
            },
            icon('pause', 26),
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'icon-button play-playlist',
              'aria-label': t('playlists.play', { title: playlist.title }),
              title: t('playlists.play', { title: playlist.title }),
              dataset: { focus: 'play' },
              disabled: (playlist.track_count ?? 0) === 0,
              onclick: () => this.start(playlist.id),
            },
            icon('play', 26),
          ),
    );
    const body = h('div', { class: 'playlist-body', id: bodyId, hidden: !open });
    if (open) this.fillBody(body, playlist, playing);
    card.replaceChildren(head, body);
    if (focusKey) card.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus();
  }

  fillBody(body, playlist, playing) {
    const actions = h(
      'div',
      { class: 'playlist-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'button small',
          dataset: { focus: 'rename', action: 'rename' },
          onclick: () => this.rename(playlist),
        },
        icon('edit', 18),
        t('playlists.rename'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button small',
          dataset: { focus: 'volume', action: 'volume' },
          onclick: () => editPlaylistVolume(this.store, playlist),
        },
        icon('volume', 18),
        t('playlists.volume'),
        playlist.max_volume !== null && playlist.max_volume !== undefined
          ? h('span', { class: 'badge', text: t('playlists.volumeMax', { max: playlist.max_volume }) })
          : null,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button small',
          dataset: { focus: 'add-stream', action: 'add-stream' },
          onclick: () => addStream(this.store, playlist),
        },
        icon('plus', 18),
        t('stream.add'),
      ),
      playlist.nfc_tag_id
        ? h(
            'button',
            {
              type: 'button',
              class: 'button small',
              dataset: { focus: 'unlink', action: 'unlink-tag' },
              onclick: () => this.tags.unlink(playlist),
            },
            icon('tag', 18),
            t('playlists.unlinkTag'),
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'button small',
              dataset: { focus: 'link', action: 'link-tag' },
              onclick: () => this.tags.link(playlist),
            },
            icon('tag', 18),
            t('playlists.linkTag'),
          ),
      h(
        'button',
        {
          type: 'button',
          class: 'button small danger-text',
          dataset: { focus: 'delete', action: 'delete' },
          onclick: () => this.remove(playlist),
        },
        icon('trash', 18),
        t('playlists.delete'),
      ),
    );
    body.append(actions);
    const tracks = playlist.tracks;
    if (tracks === null || tracks === undefined) {
      body.append(h('p', { class: 'muted', text: t('playlists.loading') }));
    } else if (tracks.length === 0) {
      body.append(h('p', { class: 'muted', text: t('playlists.emptyTracks') }));
    } else {
      const list = h('ol', { class: 'track-list', dataset: { playlistId: playlist.id } });
      tracks.forEach((track, index) => list.append(this.trackList.row(playlist, track, index, tracks.length, playing)));
      // Element.append writes a null as the text "null": the bar goes in only while tracks are ticked.
      const bar = this.trackList.selectionBar(playlist);
      if (bar) body.append(bar);
      body.append(list);
    }
    body.append(this.uploads.dropZone(playlist.id));
  }

  toggle(id) {
    if (this.expanded.has(id)) {
      this.expanded.delete(id);
      this.live.leave(`playlist:${id}`);
    } else {
      this.expanded.add(id);
      this.live.join(`playlist:${id}`);
      const playlist = this.store.playlists.get(id);
      if (playlist && !playlist.tracks) this.refresh(id);
    }
    this.render();
  }

  expand(id) {
    if (!this.expanded.has(id)) this.toggle(id);
  }

  async refresh(id) {
    try {
      this.store.upsertPlaylist(await api.getPlaylist(id));
    } catch (error) {
      if (error.status !== 404) showError(error);
    }
  }

  async create() {
    const title = await promptDialog({
      title: t('create.title'),
      label: t('create.label'),
      placeholder: t('create.placeholder'),
      confirmLabel: t('dialog.create'),
    });
    if (!title) return;
    try {
      const playlist = await api.createPlaylist(title);
      this.store.upsertPlaylist(playlist);
      this.expand(playlist.id);
      toast(t('notice.created', { title: playlist.title }));
      this.cards.get(playlist.id)?.querySelector('.playlist-expand')?.focus();
    } catch (error) {
      showError(error);
    }
  }

  async rename(playlist) {
    const title = await promptDialog({
      title: t('rename.title'),
      label: t('create.label'),
      value: playlist.title,
      confirmLabel: t('dialog.save'),
    });
    if (!title || title === playlist.title) return;
    try {
      const { data } = await api.renamePlaylist(playlist.id, title);
      this.store.upsertPlaylist(data?.playlist ?? data);
      announce(t('notice.renamed', { title }));
    } catch (error) {
      showError(error);
    }
  }

  async remove(playlist) {
    const ok = await confirmDialog({
      title: t('delete.title'),
      message: t('delete.body', { title: playlist.title, count: playlist.track_count ?? 0 }),
      confirmLabel: t('dialog.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      const entryId = await api.deletePlaylist(playlist.id);
      this.store.removePlaylist(playlist.id);
      document.getElementById('new-playlist').focus();
      offerUndo(this.store, t('notice.deleted', { title: playlist.title }), entryId, {
        returnFocus: () => this.focusTarget(playlist.id),
      });
    } catch (error) {
      if (error.status === 404) this.store.removePlaylist(playlist.id);
      else showError(error);
    }
  }

  // After a delete's notice goes: the playlist if it came back, else "New playlist".
  focusTarget(playlistId) {
    return this.cards.get(playlistId)?.querySelector('.playlist-expand') ?? document.getElementById('new-playlist');
  }

  async start(id, trackId) {
    try {
      const { data } = await api.startPlaylist(id, trackId);
      this.store.setPlayer(data, { fromHttp: true });
    } catch (error) {
      // The parents' rules said no: the notice says why and until when (the box's event says the same).
      if (error.status === 409 && BLOCK_REASONS.has(error.details?.reason))
        this.store.emit('blocked', { reason: error.details.reason, until: error.details.until, playlist_id: id });
      else showError(error);
    }
  }

  async pause() {
    try {
      const { data } = await api.player('pause');
      this.store.setPlayer(data, { fromHttp: true });
    } catch (error) {
      showError(error);
    }
  }

  step(playlist, track, delta, focusKey) {
    const ids = playlist.tracks.map((t2) => t2.id);
    const from = ids.indexOf(track.id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return;
    ids.splice(from, 1);
    ids.splice(to, 0, track.id);
    this.commitOrder(playlist.id, ids, track.id, focusKey ?? `${delta < 0 ? 'up' : 'down'}-${track.id}`);
  }

  async commitOrder(playlistId, ids, movedId, focusKey = `handle-${movedId}`) {
    const playlist = this.store.playlists.get(playlistId);
    if (!playlist?.tracks) return;
    const before = playlist.tracks.map((track) => track.id);
    if (before.join() === ids.join()) return;
    // Shown at once; the box's answer (or its event) then confirms the new revision.
    const byId = new Map(playlist.tracks.map((track) => [track.id, track]));
    this.store.playlists.set(playlistId, { ...playlist, tracks: ids.map((id) => byId.get(id)) });
    this.store.emit('playlists');
    this.focusLater(playlistId, focusKey);
    const moved = byId.get(movedId);
    if (moved) announce(t('track.moved', { title: moved.title || moved.filename, n: ids.indexOf(movedId) + 1 }));
    try {
      const { data } = await api.reorder(playlistId, ids);
      this.store.upsertPlaylist(data?.playlist ?? data);
    } catch (error) {
      showError(error);
      this.refresh(playlistId);
    }
    this.focusLater(playlistId, focusKey);
  }

  focusLater(playlistId, focusKey) {
    const card = this.cards.get(playlistId);
    const target = card?.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`);
    if (target && !target.disabled) target.focus();
    else card?.querySelector(`[data-focus="handle-${CSS.escape(focusKey.replace(/^(up|down)-/, ''))}"]`)?.focus();
  }
}
