// SPDX-License-Identifier: GPL-3.0-or-later
// Getting files onto the box: drop zones and pickers, chunked uploads (session, chunks as multipart part "file",
// finalize) one file at a time, with a progress bar and a plain-language error per file.
import { api, putChunk } from './api.js';
import { announce, showError } from './dialogs.js';
import { formatBytes, h, icon } from './dom.js';
import { droppedFolder } from './droppedfolder.js';
import { summarize } from './uploadsummary.js';
import { onLanguageChange, t } from './i18n.js';

const EXTENSIONS = ['mp3', 'wav', 'flac', 'ogg', 'm4a', 'aac', 'opus'];
const ACCEPT = EXTENSIONS.map((ext) => `.${ext}`).join(',') + ',audio/*';
let nextId = 1;
// The target of loose files that asks for a new playlist named after their album.
export const NEW_ALBUM = 'new-album';

function friendlyError(error, stage) {
  const type = error?.errorType;
  if (type === 'network') return t('error.network');
  if (type === 'payload_too_large') return t('upload.tooLarge');
  if (type === 'insufficient_storage') return t('upload.noSpace');
  if (type === 'cancelled') return t('upload.cancelled');
  if (type === 'validation_error' && stage === 'finalize') return t('upload.notAudio');
  if (type === 'validation_error') {
    const message = error.details?.errors?.map((e) => e.message).join('; ');
    return message || error.message;
  }
  if (error?.status === 404 && error?.details?.resource === 'route') return t('error.missing');
  return error?.message ?? String(error);
}

export class Uploads {
  constructor(store) {
    this.store = store;
    this.items = new Map();
    this.queue = [];
    this.running = false;
    this.lists = new Set();
    this.pendingRender = false;
    store.on('uploadEvent', ({ event, data }) => this.onServerEvent(event, data));
    onLanguageChange(() => this.renderAll(true));
  }

  // Queues the files for the playlist; returns their items (each with a `finished` promise).
  enqueue(playlistId, files) {
    const added = [];
    for (const file of files) {
      const ext = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
      const item = {
        id: nextId++,
        playlistId,
        file,
        name: file.name,
        size: file.size,
        sent: 0,
        status: 'queued',
        error: null,
      };
      item.finished = new Promise((resolve) => {
        item.resolveFinished = resolve;
      });
      if (!EXTENSIONS.includes(ext)) {
        item.status = 'error';
        item.error = t('upload.badType');
        item.resolveFinished();
      } else {
        this.queue.push(item);
      }
      this.items.set(item.id, item);
      added.push(item);
    }
    this.renderAll();
    this.pump();
    return added;
  }

  // Loose files for the target: a playlist id, or NEW_ALBUM for a new playlist named after their album. The
  // name is set as soon as the first file on the box says its album, so a page closed mid-batch never leaves
  // the placeholder; if the files turn out to disagree, the playlist takes the placeholder back at the end.
  async send(target, files) {
    if (target !== NEW_ALBUM) return this.enqueue(target, files);
    const placeholder = t('upload.newAlbum');
    const into = await this.playlistForFolder(placeholder);
    if (!into) return [];
    const items = this.enqueue(into, files);
    let named = null;
    const name = async (title) => {
      if (title === named) return;
      named = title;
      try {
        const { data } = await api.renamePlaylist(into, title);
        this.store.upsertPlaylist(data?.playlist ?? data);
      } catch (error) {
        showError(error);
      }
    };
    let naming = Promise.resolve();
    for (const item of items) {
      item.finished.then(() => {
        const album = item.status === 'done' ? item.track?.album : null;
        if (album && named === null) naming = name(album);
      });
    }
    await Promise.all(items.map((item) => item.finished));
    await naming;
    const albums = new Set(items.filter((item) => item.status === 'done').map((item) => item.track?.album || ''));
    const [album] = albums;
    if (albums.size === 1 && album) await name(album);
    else if (named !== null) await name(placeholder);
    return items;
  }

  async pump() {
    if (this.running) return;
    this.running = true;
    while (this.queue.length) {
      const item = this.queue.shift();
      if (item.status === 'queued') await this.upload(item);
      item.resolveFinished();
    }
    this.running = false;
  }

  async upload(item) {
    let stage = 'session';
    try {
      item.status = 'uploading';
      this.renderAll();
      const session = await api.uploadSession(item.playlistId, item.name, item.size);
      item.sessionId = session.session_id;
      const chunkSize = session.chunk_size;
      const missing = session.missing_chunks ?? [...Array(session.total_chunks).keys()];
      stage = 'chunks';
      let done = item.size - missing.reduce((sum, i) => sum + Math.min(chunkSize, item.size - i * chunkSize), 0);
      for (const index of missing) {
        if (item.status !== 'uploading') return;
        const start = index * chunkSize;
        const blob = item.file.slice(start, Math.min(item.size, start + chunkSize));
        await putChunk(item.playlistId, item.sessionId, index, blob, item.name, (loaded) => {
          item.sent = Math.min(item.size, done + Math.min(loaded, blob.size));
          this.renderAll();
        });
        done += blob.size;
        item.sent = done;
        this.renderAll();
      }
      stage = 'finalize';
      item.status = 'finalizing';
      this.renderAll();
      const result = await api.finalizeUpload(item.playlistId, item.sessionId);
      item.status = 'done';
      item.track = result?.track ?? null;
      announce(`${item.name}: ${t('upload.done')}`);
    } catch (error) {
      if (item.cancelled || (item.status === 'error' && stage !== 'finalize')) return;
      item.status = 'error';
      item.error = friendlyError(error, stage);
      announce(`${item.name}: ${t('upload.failed', { message: item.error })}`);
    }
    this.renderAll();
  }

  cancel(item) {
    item.cancelled = true;
    if (item.status === 'queued') {
      item.status = 'error';
      item.error = t('upload.cancelled');
    } else if (item.status === 'uploading' && item.sessionId) {
      item.status = 'error';
      item.error = t('upload.cancelled');
      api.cancelUpload(item.playlistId, item.sessionId).catch(() => {});
    }
    this.renderAll();
  }

  dismiss(item) {
    this.items.delete(item.id);
    this.renderAll();
  }

  onServerEvent(event, data) {
    if (event !== 'upload:error') return;
    for (const item of this.items.values()) {
      if (item.sessionId === data.session_id && item.status !== 'done' && item.status !== 'error') {
        // While finalizing, the answer to that request (coming next) says it best; stop the upload otherwise.
        if (item.status === 'finalizing') continue;
        item.status = 'error';
        item.error = friendlyError({ errorType: data.error_type, message: data.error }, 'server');
      }
    }
    this.renderAll();
  }

  // A drop zone with a file picker and the upload list of one playlist (or of all, with a chooser).
  // With newPlaylistFromFolder, a chosen folder becomes a new playlist named after it.
  dropZone(playlistId, { choosePlaylist = null, newPlaylistFromFolder = false } = {}) {
    // Hidden and out of the tab order (the button below opens it), yet named for the tools that still find it.
    const input = h('input', {
      type: 'file',
      multiple: true,
      accept: ACCEPT,
      class: 'sr-only',
      tabindex: '-1',
      'aria-label': t('playlists.pickFiles'),
      'data-upload-input': playlistId ?? 'any',
    });
    const target = () => (choosePlaylist ? choosePlaylist() : playlistId);
    input.addEventListener('change', () => {
      if (input.files?.length && target()) this.send(target(), [...input.files]);
      input.value = '';
    });
    const pick = h('button', {
      type: 'button',
      class: 'link-button',
      dataset: { focus: `pick-${playlistId ?? 'any'}` },
      onclick: () => input.click(),
      text: t('playlists.pickFiles'),
    });
    const folderInput = h('input', {
      type: 'file',
      webkitdirectory: true,
      class: 'sr-only',
      tabindex: '-1',
      'aria-label': t('upload.pickFolder'),
      'data-upload-folder': playlistId ?? 'any',
    });
    folderInput.addEventListener('change', async () => {
      const files = [...(folderInput.files ?? [])].sort((a, b) =>
        a.webkitRelativePath.localeCompare(b.webkitRelativePath, undefined, { numeric: true }),
      );
      folderInput.value = '';
      if (!files.length) return;
      const name = files[0].webkitRelativePath.split('/')[0] || files[0].name;
      const into = newPlaylistFromFolder ? await this.playlistForFolder(name) : target();
      if (into) this.enqueue(into, files);
    });
    const pickFolder = h('button', {
      type: 'button',
      class: 'link-button',
      dataset: { focus: `folder-${playlistId ?? 'any'}` },
      onclick: () => folderInput.click(),
      text: newPlaylistFromFolder ? t('upload.folderAsPlaylist') : t('upload.pickFolder'),
    });
    const zone = h(
      'div',
      { class: 'dropzone', dataset: { dropzone: playlistId ?? 'any' } },
      icon('upload', 28),
      h('p', {}, `${t('playlists.dropHere')} `, pick),
      h('p', {}, pickFolder),
      h('p', { class: 'hint', text: t('add.formats') }),
      input,
      folderInput,
    );
    zone.addEventListener('dragover', (event) => {
      if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', async (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      const folder = droppedFolder(event.dataTransfer);
      if (folder) {
        // A dropped folder is read like a picked one: its audio files, and a new playlist named after it.
        const files = await folder.read();
        if (!files.length) return;
        const into = newPlaylistFromFolder ? await this.playlistForFolder(folder.name) : target();
        if (into) this.enqueue(into, files);
        return;
      }
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length && target()) this.send(target(), files);
    });
    const list = h('ul', { class: 'upload-list', 'aria-label': t('upload.list') });
    const total = h('progress', { max: '100', value: '0', 'aria-label': t('upload.total') });
    const summary = h(
      'div',
      { class: 'upload-summary', hidden: true },
      h('span', { class: 'upload-summary-text', role: 'status' }),
      total,
    );
    this.lists.add({ el: list, summary, playlistId, rows: new Map() });
    this.renderAll();
    return h('div', { class: 'upload-area' }, zone, summary, list);
  }

  async playlistForFolder(folder) {
    try {
      const playlist = await api.createPlaylist(folder);
      this.store.upsertPlaylist(playlist);
      announce(t('notice.created', { title: playlist.title }));
      return playlist.id;
    } catch (error) {
      showError(error);
      return null;
    }
  }

  renderSummary(entry, items) {
    const s = summarize(items);
    entry.summary.hidden = s.count < 2;
    if (entry.summary.hidden) return;
    const parts = [
      t('upload.totalFiles', { done: s.finished, count: s.count }),
      t('upload.totalBytes', { sent: formatBytes(s.bytesSent), total: formatBytes(s.bytesTotal) }),
    ];
    if (s.failed) parts.push(t('upload.totalFailed', { count: s.failed }));
    const text = parts.join(', ');
    const line = entry.summary.querySelector('.upload-summary-text');
    if (line.textContent !== text) line.textContent = text;
    entry.summary.querySelector('progress').value = s.bytesTotal ? Math.floor((s.bytesSent / s.bytesTotal) * 100) : 100;
    entry.summary.dataset.finished = String(s.finished);
    entry.summary.dataset.count = String(s.count);
  }

  renderAll(force = false) {
    if (force) for (const entry of this.lists) (entry.rows.clear(), entry.el.replaceChildren());
    if (this.pendingRender) return;
    this.pendingRender = true;
    requestAnimationFrame(() => {
      this.pendingRender = false;
      for (const entry of [...this.lists]) {
        if (!entry.el.isConnected && entry.seen) this.lists.delete(entry);
        else this.renderList(entry);
      }
    });
  }

  renderList(entry) {
    if (entry.el.isConnected) entry.seen = true;
    const items = [...this.items.values()].filter((item) => !entry.playlistId || item.playlistId === entry.playlistId);
    const ids = new Set(items.map((item) => item.id));
    for (const [id, row] of entry.rows) if (!ids.has(id)) (row.remove(), entry.rows.delete(id));
    for (const item of items) {
      let row = entry.rows.get(item.id);
      if (!row) {
        row = this.createRow(item);
        entry.rows.set(item.id, row);
        entry.el.append(row);
      }
      this.updateRow(row, item);
    }
    entry.el.hidden = items.length === 0;
    this.renderSummary(entry, items);
  }

  createRow(item) {
    const bar = h('progress', { max: '100', value: '0', 'aria-label': item.name });
    const row = h(
      'li',
      { class: 'upload', dataset: { uploadName: item.name } },
      h('span', { class: 'upload-icon' }, icon('music', 20)),
      h(
        'span',
        { class: 'upload-main' },
        h('span', { class: 'upload-name', text: item.name }),
        bar,
        h('span', { class: 'upload-status', role: 'status' }),
      ),
      h('span', { class: 'upload-size', text: formatBytes(item.size) }),
      h('button', { type: 'button', class: 'icon-button small upload-action' }, icon('close', 18)),
    );
    row.querySelector('.upload-action').addEventListener('click', () => {
      const current = this.items.get(item.id);
      if (!current) return;
      if (current.status === 'queued' || current.status === 'uploading') this.cancel(current);
      else this.dismiss(current);
    });
    return row;
  }

  updateRow(row, item) {
    const percent = item.size ? Math.floor((item.sent / item.size) * 100) : 0;
    row.dataset.status = item.status;
    const bar = row.querySelector('progress');
    bar.value = item.status === 'done' || item.status === 'finalizing' ? 100 : percent;
    const status = row.querySelector('.upload-status');
    const text = {
      queued: t('upload.queued'),
      uploading: t('upload.uploading', { percent }),
      finalizing: t('upload.finalizing'),
      done: t('upload.done'),
      error: t('upload.failed', { message: item.error }),
    }[item.status];
    if (status.textContent !== text) status.textContent = text;
    const action = row.querySelector('.upload-action');
    const busy = item.status === 'queued' || item.status === 'uploading';
    action.setAttribute('aria-label', busy ? t('upload.cancel', { name: item.name }) : t('upload.dismiss'));
    action.title = action.getAttribute('aria-label');
  }
}
