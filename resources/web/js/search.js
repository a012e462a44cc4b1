// SPDX-License-Identifier: GPL-3.0-or-later
// The search box above the playlists: asks the box (GET /api/search) as the parent types, and lists the
// playlists and tracks it finds; a playlist opens its card, a track plays.
import { api } from './api.js';
import { showError } from './dialogs.js';
import { formatTime, h, icon } from './dom.js';
import { onLanguageChange, t, trackCount } from './i18n.js';

const TYPING_PAUSE_MS = 200;

export class SearchBox {
  constructor({ root, playlists }) {
    this.root = root;
    this.playlists = playlists;
    this.timer = null;
    this.asked = 0;
    this.lastResults = null;
    this.input = h('input', {
      type: 'search',
      id: 'search-input',
      autocomplete: 'off',
      enterkeyhint: 'search',
      oninput: () => this.schedule(),
      onkeydown: (event) => {
        if (event.key === 'Escape') this.clear();
      },
    });
    this.label = h('label', { for: 'search-input', class: 'sr-only' });
    this.results = h('div', { id: 'search-results', class: 'search-results', 'aria-live': 'polite' });
    root.append(h('div', { class: 'search-field' }, icon('search', 20), this.label, this.input), this.results);
    onLanguageChange(() => this.translate());
    this.translate();
  }

  translate() {
    this.label.textContent = t('search.label');
    this.input.placeholder = t('search.placeholder');
    if (this.lastResults) this.render(this.lastResults);
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), TYPING_PAUSE_MS);
  }

  clear() {
    this.input.value = '';
    this.lastResults = null;
    this.results.replaceChildren();
  }

  async run() {
    const query = this.input.value.trim();
    if (!query) return this.clear();
    const ticket = ++this.asked;
    try {
      const found = await api.search(query);
      // An older answer that arrives late must not replace the newer one.
      if (ticket === this.asked) this.render(found);
    } catch (error) {
      if (ticket === this.asked) showError(error);
    }
  }

  render(found) {
    this.lastResults = found;
    const playlists = found.playlists ?? [];
    const tracks = found.tracks ?? [];
    if (!playlists.length && !tracks.length) {
      this.results.replaceChildren(h('p', { class: 'muted', text: t('search.none', { query: found.query }) }));
      return;
    }
    const list = h('ul', { class: 'search-list' });
    for (const playlist of playlists) {
      list.append(
        h(
          'li',
          { class: 'search-hit', dataset: { kind: 'playlist', id: playlist.id } },
          h(
            'button',
            { type: 'button', class: 'search-open', onclick: () => this.openPlaylist(playlist.id) },
            h('span', { class: 'search-title', text: playlist.title }),
            h('span', { class: 'search-meta', text: `${t('search.playlist')} · ${trackCount(playlist.track_count)}` }),
          ),
        ),
      );
    }
    for (const track of tracks) {
      const meta = [track.artist, track.album, t('search.inPlaylist', { title: track.playlist_title })];
      list.append(
        h(
          'li',
          { class: 'search-hit', dataset: { kind: 'track', id: track.id } },
          h(
            'button',
            { type: 'button', class: 'search-open', onclick: () => this.openPlaylist(track.playlist_id) },
            h('span', { class: 'search-title', text: track.title }),
            h('span', { class: 'search-meta', text: meta.filter(Boolean).join(' · ') }),
          ),
          h('span', { class: 'search-duration', text: formatTime(track.duration_ms) }),
          h(
            'button',
            {
              type: 'button',
              class: 'icon-button',
              'aria-label': t('track.play', { title: track.title }),
              title: t('track.play', { title: track.title }),
              onclick: () => this.playlists.start(track.playlist_id, track.id),
            },
            icon('play', 22),
          ),
        ),
      );
    }
    this.results.replaceChildren(list);
  }

  openPlaylist(id) {
    this.playlists.expand(id);
    const card = this.playlists.cards.get(id);
    card?.scrollIntoView({ block: 'start' });
    card?.querySelector('.playlist-expand')?.focus();
  }
}
