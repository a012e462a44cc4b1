// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore in the box status view: the backup is a plain download the browser streams to disk; a
// restore sends the chosen archive in chunks with its progress, and the box restarts on it once it is checked.
import { api, putChunkTo } from './api.js';
import { confirmDialog, errorText } from './dialogs.js';
import { formatBytes, h } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export class BackupPanel {
  constructor(root) {
    this.root = root;
    this.file = null;
    this.state = { kind: 'idle' };
    onLanguageChange(() => this.render());
    this.render();
  }

  async restore() {
    const file = this.file;
    if (!file) return;
    const confirmed = await confirmDialog({
      title: t('backup.confirmTitle'),
      message: t('backup.confirmMessage', { name: file.name }),
      confirmLabel: t('backup.confirm'),
      danger: true,
    });
    if (!confirmed) return;
    try {
      this.show({ kind: 'sending', sent: 0, total: file.size });
      const session = await api.restoreSession(file.name, file.size);
      const path = `/api/system/restore/${encodeURIComponent(session.session_id)}`;
      let sent = 0;
      for (let index = 0; index < session.total_chunks; index += 1) {
        const blob = file.slice(index * session.chunk_size, Math.min(file.size, (index + 1) * session.chunk_size));
        await putChunkTo(path, index, blob, file.name, (loaded) =>
          this.show({ kind: 'sending', sent: sent + Math.min(loaded, blob.size), total: file.size }),
        );
        sent += blob.size;
      }
      this.show({ kind: 'checking' });
      const result = await api.restore(session.session_id);
      this.show({ kind: 'restarting', playlists: result.playlists, tracks: result.tracks });
    } catch (error) {
      const refused = error?.errorType === 'validation_error';
      this.show({ kind: 'failed', message: refused ? t('backup.refused') : errorText(error), detail: error?.message });
    }
  }

  show(state) {
    this.state = state;
    this.update();
  }

  get busy() {
    return ['sending', 'checking', 'restarting'].includes(this.state.kind);
  }

  progressText() {
    const state = this.state;
    switch (state.kind) {
      case 'sending':
        return t('backup.sending', { sent: formatBytes(state.sent), total: formatBytes(state.total) });
      case 'checking':
        return t('backup.checking');
      case 'restarting':
        return t('backup.restarting', { playlists: state.playlists, tracks: state.tracks });
      case 'failed':
        return state.message;
      default:
        return '';
    }
  }

  // Built once per language; progress only updates the parts that change, so focus stays where it is.
  render() {
    if (!this.busy) this.file = null;
    this.input = h('input', {
      type: 'file',
      id: 'restore-file',
      accept: '.tar,application/x-tar',
      onchange: (event) => {
        this.file = event.target.files?.[0] ?? null;
        this.show({ kind: 'idle' });
      },
    });
    this.button = h('button', {
      type: 'button',
      class: 'button danger',
      onclick: () => this.restore(),
      text: t('backup.restore'),
    });
    this.progress = h('progress', { 'aria-labelledby': 'restore-progress', hidden: true });
    this.status = h('p', { id: 'restore-progress', role: 'status' });
    this.detail = h('p', { class: 'muted', lang: 'en', hidden: true });
    this.root.replaceChildren(
      h('h2', { id: 'backup-heading', text: t('backup.heading') }),
      h('p', { class: 'muted', text: t('backup.intro') }),
      h('a', { class: 'button', href: '/api/system/backup', download: '', text: t('backup.download') }),
      h('div', { class: 'restore-row' }, h('label', { for: 'restore-file', text: t('backup.chooseFile') }), this.input),
      this.button,
      this.progress,
      this.status,
      this.detail,
    );
    this.update();
  }

  update() {
    const state = this.state;
    this.input.disabled = this.busy;
    this.button.disabled = this.busy || !this.file;
    this.progress.hidden = state.kind !== 'sending';
    if (state.kind === 'sending') {
      this.progress.max = state.total;
      this.progress.value = state.sent;
    }
    this.status.textContent = this.progressText();
    this.status.className = state.kind === 'failed' ? 'danger-text' : '';
    this.detail.hidden = !(state.kind === 'failed' && state.detail);
    this.detail.textContent = state.detail ?? '';
  }
}
