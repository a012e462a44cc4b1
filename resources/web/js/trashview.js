// SPDX-License-Identifier: GPL-3.0-or-later
// The Trash view: deleted playlists and tracks, newest first, each with what it holds, when it was deleted and
// when it goes for good; "Restore" puts it back, "Delete forever" (after a confirmation) removes its files.
// Follows state:trash_added / state:trash_removed, so every page shows the same trash.
import { api } from './api.js';
import { announce, confirmDialog, errorText, showError } from './dialogs.js';
import { h, icon } from './dom.js';
import { language, onLanguageChange, t, trackCount } from './i18n.js';
import { restoreEntry } from './restore.js';

export class TrashView {
  constructor(store, root, intro) {
    this.store = store;
    this.root = root;
    this.intro = intro;
    this.entries = null;
    this.retentionDays = null;
    this.visible = false;
    store.on('trash', () => {
      if (this.visible) this.refresh();
    });
    // Events before the join (a first load, a reconnect) are not replayed for the trash: read it again.
    store.on('joined', (room) => {
      if (room === 'playlists' && this.visible) this.refresh();
    });
    onLanguageChange(() => this.render());
  }

  show(visible) {
    this.visible = visible;
    if (visible) this.refresh();
  }

  async refresh() {
    try {
      const data = await api.listTrash();
      this.entries = data.entries ?? [];
      this.retentionDays = data.retention_days;
      this.error = null;
    } catch (error) {
      this.error = errorText(error);
    }
    this.render();
  }

  when(iso) {
    return new Date(iso).toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
  }

  name(entry) {
    return entry.kind === 'playlist'
      ? t('trash.playlist', { title: entry.playlist_title })
      : t('trash.tracksFrom', { title: entry.playlist_title });
  }

  render() {
    this.intro.textContent = this.retentionDays ? t('trash.intro', { days: this.retentionDays }) : '';
    if (this.error) return this.root.replaceChildren(h('p', { class: 'form-feedback', text: this.error }));
    if (!this.entries) return this.root.replaceChildren(h('p', { class: 'muted', text: t('playlists.loading') }));
    if (!this.entries.length) return this.root.replaceChildren(h('p', { class: 'empty', text: t('trash.empty') }));
    const focused = this.root.contains(document.activeElement) ? document.activeElement.dataset.focus : null;
    const list = h('ul', { class: 'trash-list' });
    for (const entry of this.entries) list.append(this.row(entry));
    this.root.replaceChildren(list);
    if (focused) this.root.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
  }

  row(entry) {
    const name = this.name(entry);
    const titles = entry.tracks.map((track) => track.title || track.filename).join(', ');
    return h(
      'li',
      { class: 'trash-row card', dataset: { entryId: entry.id } },
      h('span', { class: 'tag-icon', 'aria-hidden': 'true' }, icon(entry.kind === 'playlist' ? 'music' : 'trash', 24)),
      h(
        'div',
        { class: 'trash-main' },
        h('h2', { class: 'trash-title', text: name }),
        h('p', { class: 'trash-tracks', text: `${trackCount(entry.track_count)}${titles ? ` · ${titles}` : ''}` }),
        h('p', { class: 'hint', text: t('trash.deletedAt', { when: this.when(entry.deleted_at) }) }),
        h('p', { class: 'hint', text: t('trash.expiresAt', { when: this.when(entry.expires_at) }) }),
        h(
          'div',
          { class: 'trash-actions' },
          h('button', {
            type: 'button',
            class: 'button primary small',
            dataset: { focus: `restore-${entry.id}`, action: 'restore' },
            'aria-label': t('trash.restoreLabel', { name }),
            text: t('trash.restore'),
            onclick: () => this.restore(entry),
          }),
          h('button', {
            type: 'button',
            class: 'button small',
            dataset: { focus: `forget-${entry.id}`, action: 'delete-forever' },
            'aria-label': t('trash.deleteForeverLabel', { name }),
            text: t('trash.deleteForever'),
            onclick: () => this.forget(entry),
          }),
        ),
      ),
    );
  }

  async restore(entry) {
    if (await restoreEntry(this.store, entry.id)) this.refresh();
  }

  async forget(entry) {
    const name = this.name(entry);
    const ok = await confirmDialog({
      title: t('trash.confirmTitle'),
      message: t('trash.confirmBody', { name }),
      confirmLabel: t('trash.deleteForever'),
      danger: true,
    });
    if (!ok) return;
    try {
      await api.deleteTrash(entry.id);
      announce(t('trash.deletedForGood', { name }));
    } catch (error) {
      if (error.status !== 404) showError(error);
    }
    this.refresh();
  }
}
