// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of an open playlist: tick, drag handle, number, title (plays it), duration and the track's tools, plus
// the bar for what is done to the ticked tracks at once. The playlists view owns the actions; this draws them.
import { h, icon } from './dom.js';
import { t } from './i18n.js';
import { isStream, trackLength } from './streams.js';

export class TrackList {
  constructor(view) {
    this.view = view;
    this.selected = new Map(); // playlist id -> ids of the tracks a parent ticked
  }

  // What the card's redraw depends on.
  selectionKey(playlistId) {
    return [...(this.selected.get(playlistId) ?? [])];
  }

  selectedTracks(playlist) {
    const ids = this.selected.get(playlist.id) ?? new Set();
    return (playlist.tracks ?? []).filter((track) => ids.has(track.id));
  }

  setSelected(playlistId, trackId, on) {
    const ids = new Set(this.selected.get(playlistId) ?? []);
    if (on) ids.add(trackId);
    else ids.delete(trackId);
    if (ids.size) this.selected.set(playlistId, ids);
    else this.selected.delete(playlistId);
    this.view.render();
  }

  // Shown while tracks are ticked: how many, and what can be done with all of them at once.
  selectionBar(playlist) {
    const tracks = this.selectedTracks(playlist);
    if (!tracks.length) return null;
    const done = (changed) => {
      if (!changed) return;
      this.selected.delete(playlist.id);
      this.view.render();
    };
    return h(
      'div',
      { class: 'selection-bar', role: 'group', 'aria-label': t('select.count', { count: tracks.length }) },
      h('span', { class: 'selection-count', text: t('select.count', { count: tracks.length }) }),
      h(
        'button',
        {
          type: 'button',
          class: 'button small',
          dataset: { focus: 'move-selected' },
          onclick: async () => done(await this.view.actions.move(playlist, tracks)),
        },
        icon('move', 18),
        t('select.move'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button small danger-text',
          dataset: { focus: 'delete-selected' },
          onclick: async () => done(await this.view.actions.remove(playlist, tracks)),
        },
        icon('trash', 18),
        t('select.delete'),
      ),
      h('button', { type: 'button', class: 'button small', onclick: () => done(true), text: t('select.clear') }),
    );
  }

  row(playlist, track, index, count, playing) {
    const title = track.title || track.filename;
    const current = playing?.active_track_id === track.id;
    const ticked = this.selected.get(playlist.id)?.has(track.id) ?? false;
    const row = h(
      'li',
      {
        class: `track${current ? ' current' : ''}${ticked ? ' selected' : ''}`,
        dataset: { trackId: track.id, trackNumber: track.track_number },
      },
      h(
        'label',
        { class: 'track-select', title: t('select.track', { title }) },
        h('input', {
          type: 'checkbox',
          checked: ticked,
          'aria-label': t('select.track', { title }),
          dataset: { focus: `select-${track.id}` },
          onchange: (event) => this.setSelected(playlist.id, track.id, event.target.checked),
        }),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'drag-handle',
          'aria-label': t('track.reorder', { title }),
          title: t('track.reorder', { title }),
          dataset: { focus: `handle-${track.id}` },
        },
        icon('drag', 20),
      ),
      h(
        'span',
        { class: 'track-index', 'aria-hidden': 'true' },
        current && playing.is_playing ? h('span', { class: 'eq' }, h('i'), h('i'), h('i')) : String(index + 1),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'track-main',
          'aria-current': current ? 'true' : undefined,
          title,
          dataset: { focus: `play-${track.id}` },
          onclick: () => this.view.start(playlist.id, track.id),
        },
        // The name is the visible text (WCAG 2.5.3), with the verb for screen readers in front.
        h('span', { class: 'sr-only', text: t('track.playPrefix') }),
        h('span', { class: 'track-title', text: title }),
        track.artist ? h('span', { class: 'track-artist', text: track.artist }) : null,
      ),
      h('span', { class: `track-duration${isStream(track) ? ' live' : ''}`, text: trackLength(track) }),
      h(
        'span',
        { class: 'track-tools' },
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button small',
            'aria-label': t('track.moveUp'),
            title: t('track.moveUp'),
            disabled: index === 0,
            dataset: { focus: `up-${track.id}`, action: 'up' },
            onclick: () => this.view.step(playlist, track, -1),
          },
          icon('up', 20),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button small',
            'aria-label': t('track.moveDown'),
            title: t('track.moveDown'),
            disabled: index === count - 1,
            dataset: { focus: `down-${track.id}`, action: 'down' },
            onclick: () => this.view.step(playlist, track, 1),
          },
          icon('down', 20),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button small',
            'aria-label': t('track.edit', { title }),
            title: t('track.edit', { title }),
            dataset: { focus: `edit-${track.id}`, action: 'edit-track' },
            onclick: () => this.view.actions.edit(playlist, track),
          },
          icon('edit', 20),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button small',
            'aria-label': t('track.move', { title }),
            title: t('track.move', { title }),
            dataset: { focus: `move-${track.id}`, action: 'move' },
            onclick: () => this.view.actions.move(playlist, [track]),
          },
          icon('move', 20),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button small danger-text',
            'aria-label': t('track.delete', { title }),
            title: t('track.delete', { title }),
            dataset: { focus: `delete-${track.id}`, action: 'delete-track' },
            onclick: () => this.view.actions.remove(playlist, [track]),
          },
          icon('trash', 20),
        ),
      ),
    );
    const handle = row.querySelector('.drag-handle');
    handle.addEventListener('keydown', (event) => {
      const delta = { ArrowUp: -1, ArrowDown: 1 }[event.key];
      if (!delta) return;
      event.preventDefault();
      this.view.step(playlist, track, delta, `handle-${track.id}`);
    });
    this.view.reorder.attach(handle, row, playlist.id);
    return row;
  }
}
