// SPDX-License-Identifier: GPL-3.0-or-later
// YouTube: paste a link or search, pick the playlist, follow the download from the youtube:* events.
import { api } from './api.js';
import { announce, errorText } from './dialogs.js';
import { field, formatTime, h, icon } from './dom.js';
import { onLanguageChange, t } from './i18n.js';

export class YoutubePanel {
  constructor(store, root) {
    this.store = store;
    this.root = root;
    this.results = null;
    this.searching = false;
    this.message = null;
    this.build();
    store.on('youtube', (task) => {
      this.renderTasks();
      if (task.status === 'complete' || task.status === 'error') announce(this.taskText(task));
    });
    store.on('playlists', () => this.fillTargets());
    onLanguageChange(() => this.build());
  }

  build() {
    const target = this.target?.value ?? '';
    this.target = h('select', { id: 'yt-target' });
    this.url = h('input', {
      id: 'yt-url',
      type: 'url',
      inputmode: 'url',
      placeholder: 'https://www.youtube.com/watch?v=…',
      autocomplete: 'off',
      required: true,
    });
    this.query = h('input', { id: 'yt-query', type: 'search', autocomplete: 'off', required: true });
    this.feedback = h('p', { class: 'form-feedback', role: 'alert' });
    this.resultBox = h('div', { class: 'yt-results', 'aria-live': 'polite' });
    this.taskList = h('ul', { class: 'task-list' });
    this.root.replaceChildren(
      field(t('yt.target'), this.target),
      h(
        'form',
        { class: 'inline-form', onsubmit: (event) => (event.preventDefault(), this.download(this.url.value.trim())) },
        field(t('yt.url'), this.url, 'field grow'),
        h(
          'button',
          { type: 'submit', class: 'button primary', id: 'yt-download' },
          icon('download', 18),
          t('yt.download'),
        ),
      ),
      h(
        'form',
        {
          class: 'inline-form',
          role: 'search',
          onsubmit: (event) => (event.preventDefault(), this.search(this.query.value.trim())),
        },
        field(t('yt.search'), this.query, 'field grow'),
        h('button', { type: 'submit', class: 'button', id: 'yt-search' }, icon('search', 18), t('yt.searchButton')),
      ),
      this.feedback,
      this.resultBox,
      this.taskList,
    );
    this.fillTargets(target);
    this.renderResults();
    this.renderTasks();
  }

  fillTargets(keep = this.target.value) {
    const options = [h('option', { value: '', text: t('yt.newPlaylist') })];
    for (const p of this.store.sortedPlaylists()) options.push(h('option', { value: p.id, text: p.title }));
    this.target.replaceChildren(...options);
    if ([...this.target.options].some((o) => o.value === keep)) this.target.value = keep;
  }

  async download(url) {
    this.feedback.textContent = '';
    if (!/^https?:\/\//i.test(url)) {
      this.feedback.textContent = t('yt.badUrl');
      this.url.focus();
      return;
    }
    try {
      const task = await api.youtubeDownload(url, this.target.value || null);
      const known = this.store.youtube.get(task.task_id);
      this.store.youtube.set(task.task_id, { ...task, ...(known ?? {}) });
      this.url.value = '';
      this.renderTasks();
    } catch (error) {
      this.feedback.textContent = error.status === 503 ? t('yt.unavailable') : errorText(error);
    }
  }

  async search(query) {
    if (!query) return;
    this.feedback.textContent = '';
    this.searching = true;
    this.renderResults();
    try {
      const data = await api.youtubeSearch(query);
      this.results = data?.results ?? [];
    } catch (error) {
      this.results = null;
      this.feedback.textContent = error.status === 503 ? t('yt.unavailable') : errorText(error);
    }
    this.searching = false;
    this.renderResults();
  }

  renderResults() {
    if (this.searching) {
      this.resultBox.replaceChildren(h('p', { class: 'muted', text: t('yt.searching') }));
      return;
    }
    if (this.results === null) {
      this.resultBox.replaceChildren();
      return;
    }
    if (this.results.length === 0) {
      this.resultBox.replaceChildren(h('p', { class: 'muted', text: t('yt.noResults') }));
      return;
    }
    const list = h('ul', { class: 'result-list', 'aria-label': t('yt.results') });
    for (const result of this.results) {
      const thumb = result.thumbnail_url
        ? h('img', {
            src: result.thumbnail_url,
            alt: '',
            loading: 'lazy',
            referrerpolicy: 'no-referrer',
            width: 96,
            height: 54,
          })
        : h('span', { class: 'thumb-placeholder' }, icon('music', 22));
      thumb.addEventListener?.('error', () =>
        thumb.replaceWith(h('span', { class: 'thumb-placeholder' }, icon('music', 22))),
      );
      list.append(
        h(
          'li',
          { class: 'result' },
          thumb,
          h(
            'span',
            { class: 'result-text' },
            h('span', { class: 'result-title', text: result.title }),
            h('span', {
              class: 'muted',
              text: [result.channel, result.duration_ms ? formatTime(result.duration_ms) : null]
                .filter(Boolean)
                .join(' · '),
            }),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'button small',
              'aria-label': `${t('yt.download')}: ${result.title}`,
              onclick: () => this.download(result.url),
            },
            t('yt.download'),
          ),
        ),
      );
    }
    this.resultBox.replaceChildren(list);
  }

  taskText(task) {
    const percent = Math.round(task.progress_percent ?? task.progress ?? 0);
    switch (task.status) {
      case 'downloading':
        return t('yt.downloading', { percent });
      case 'processing':
        return t('yt.processing');
      case 'complete': {
        const playlist = this.store.playlists.get(task.playlist_id);
        return t('yt.complete', { title: playlist?.title ?? '' });
      }
      case 'error':
        return t('yt.error', { message: task.error ?? task.message ?? '' });
      default:
        return t('yt.pending');
    }
  }

  renderTasks() {
    const tasks = [...this.store.youtube.values()].reverse();
    this.taskList.replaceChildren(
      ...tasks.map((task) =>
        h(
          'li',
          { class: 'task', dataset: { status: task.status ?? 'pending', taskId: task.task_id } },
          h('span', { class: 'task-url', text: task.url ?? task.current_step ?? task.task_id }),
          h('progress', {
            max: '100',
            value: String(task.status === 'complete' ? 100 : Math.round(task.progress_percent ?? task.progress ?? 0)),
            'aria-label': task.url ?? '',
          }),
          h('span', { class: 'task-status', text: this.taskText(task) }),
        ),
      ),
    );
  }
}
