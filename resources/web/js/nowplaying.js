// SPDX-License-Identifier: GPL-3.0-or-later
// Now playing, expanded (phones): the big cover, the track, its playlist and what comes next, opened from the
// player bar. It follows the player live while it is open.
import { openDialog } from './dialogs.js';
import { coverArt, h } from './dom.js';
import { t } from './i18n.js';

const UP_NEXT = 5;

export class NowPlaying {
  constructor(store, button) {
    this.store = store;
    this.button = button;
    this.dialog = null;
    button.addEventListener('click', () => this.open());
    const refresh = () => {
      if (this.dialog) this.fill(this.dialog.querySelector('.dialog-body'));
    };
    store.on('player', refresh);
    store.on('playlists', refresh);
  }

  open() {
    this.dialog = openDialog({
      title: t('now.title'),
      className: 'now-playing',
      build: (body) => this.fill(body),
      onClose: () => {
        this.dialog = null;
        this.button.focus();
      },
    });
  }

  // The tracks after the current one in playlist order; none when shuffling (the box picks the order).
  upNext(player) {
    const tracks = this.store.playlists.get(player.active_playlist_id)?.tracks ?? [];
    const at = tracks.findIndex((track) => track.id === player.active_track_id);
    if (player.shuffle || at < 0) return [];
    return tracks.slice(at + 1, at + 1 + UP_NEXT);
  }

  fill(body) {
    const player = this.store.player;
    const track = player?.active_track;
    if (!track) {
      body.replaceChildren(h('p', { class: 'muted', text: t('player.hint') }));
      return;
    }
    const next = this.upNext(player);
    // Element.replaceChildren writes a null as the text "null": what is not there is left out.
    const parts = [
      coverArt(
        {
          id: player.active_playlist_id ?? '',
          title: player.active_playlist_title ?? '',
          url: track.cover_url ?? this.store.playlists.get(player.active_playlist_id)?.cover_url,
          alt: t('cover.alt', { title: track.title || track.filename }),
        },
        'cover now-cover',
      ),
      h('p', { class: 'now-track', text: track.title || track.filename }),
      track.artist ? h('p', { class: 'now-artist', text: track.artist }) : null,
      h('p', { class: 'now-playlist', text: player.active_playlist_title ?? '' }),
      h('h3', { class: 'now-next-heading', text: t('now.next') }),
      next.length
        ? h(
            'ol',
            { class: 'now-next' },
            next.map((item) => h('li', { text: item.title || item.filename })),
          )
        : h('p', { class: 'muted', text: player.shuffle ? t('now.shuffled') : t('now.last') }),
    ];
    body.replaceChildren(...parts.filter(Boolean));
  }
}
