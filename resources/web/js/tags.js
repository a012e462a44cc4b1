// SPDX-License-Identifier: GPL-3.0-or-later
// NFC tags: the "link a tag" dialog (countdown, duplicate with override, success, timeout, cancel), the prompt
// shown when a tag nobody knows is placed on the box, and unlinking.
import { api } from './api.js';
import { announce, confirmDialog, errorText, openDialog, showError, toast } from './dialogs.js';
import { field, h, icon } from './dom.js';
import { t } from './i18n.js';
import { TAG_ACTIONS, actionLabel } from './tagactions.js';

const TERMINAL = new Set(['success', 'timeout', 'cancelled', 'error']);

const NEW_PLAYLIST = '__new__';
const ACTION = 'action:'; // the prefix of an action card's option

export class Tags {
  constructor(store) {
    this.store = store;
    this.session = null;
    this.unknownPrompt = null;
    store.on('association', (state) => this.onAssociation(state));
    store.on('unknownTag', (tagId) => this.promptUnknown(tagId));
  }

  link(playlist) {
    const session = {
      playlistId: playlist.id,
      title: playlist.title,
      id: null,
      state: 'starting',
      expiresAt: null,
      tagId: null,
      owner: null,
      message: null,
    };
    this.session = session;
    session.dialog = openDialog({
      title: t('tag.title', { title: playlist.title }),
      className: 'tag-dialog',
      build: (body) => {
        session.body = body;
        this.renderSession(session);
      },
      onClose: () => {
        clearInterval(session.timer);
        if (this.session === session) this.session = null;
        if (session.id && !TERMINAL.has(session.state)) api.cancelScan(session.id).catch(() => {});
      },
    });
    session.timer = setInterval(() => this.renderCountdown(session), 250);
    this.startScan(session);
  }

  async startScan(session) {
    session.state = 'starting';
    session.id = null;
    session.message = null;
    this.renderSession(session);
    try {
      const data = await api.startScan(session.playlistId);
      if (this.session !== session) return;
      session.id = data.session_id ?? data.scan_id;
      session.timeoutMs = data.timeout_ms ?? session.timeoutMs;
      if (session.state === 'starting') {
        session.state = 'waiting';
        session.expiresAt = data.expires_at;
      }
      this.renderSession(session);
    } catch (error) {
      session.state = 'error';
      session.message = errorText(error);
      this.renderSession(session);
    }
  }

  onAssociation(state) {
    const session = this.session;
    if (!session || state.playlist_id !== session.playlistId) return;
    if (session.id && state.session_id && state.session_id !== session.id && state.state !== 'waiting') return;
    if (state.state === 'waiting') {
      if (session.id && state.session_id !== session.id && session.state !== 'starting') return;
      session.id = state.session_id ?? session.id;
    }
    session.state = state.state;
    if (state.expires_at) session.expiresAt = state.expires_at;
    if (state.timeout_ms) session.timeoutMs = state.timeout_ms;
    if (state.tag_id) session.tagId = state.tag_id;
    if (state.existing_playlist) session.owner = state.existing_playlist;
    session.message = state.message ?? null;
    this.renderSession(session);
    if (state.state === 'success') {
      announce(t('tag.success', { title: session.title }));
      setTimeout(() => session.dialog?.closeDialog(), 2500);
    }
  }

  remaining(session) {
    if (!session.expiresAt) return null;
    const nowServer = Date.now() + this.store.clockOffsetMs;
    const left = Math.max(0, Math.ceil((session.expiresAt * 1000 - nowServer) / 1000));
    // The clock offset is only as good as one message's delivery time; never show more than the session's length.
    return session.timeoutMs ? Math.min(left, Math.ceil(session.timeoutMs / 1000)) : left;
  }

  renderCountdown(session) {
    const el = session.body?.querySelector('.countdown');
    if (!el) return;
    const seconds = this.remaining(session);
    el.textContent = seconds === null ? '' : t('tag.countdown', { s: seconds });
    const ring = session.body.querySelector('.tag-visual');
    if (ring && seconds !== null) ring.style.setProperty('--left', String(seconds));
  }

  renderSession(session) {
    const body = session.body;
    if (!body) return;
    const close = () => session.dialog?.closeDialog();
    const active = session.state === 'waiting' || session.state === 'starting' || session.state === 'duplicate';
    const parts = [
      h(
        'div',
        { class: `tag-visual ${session.state}`, 'aria-hidden': 'true' },
        icon(session.state === 'success' ? 'tag' : 'tag', 44),
      ),
    ];
    const status = h('p', { class: 'tag-status', role: 'status', dataset: { state: session.state } });
    const actions = h('div', { class: 'dialog-actions' });
    switch (session.state) {
      case 'starting':
      case 'waiting':
        status.textContent = t('tag.waiting');
        parts.push(status, h('p', { class: 'countdown', 'aria-hidden': 'true' }));
        break;
      case 'duplicate':
        status.textContent = t('tag.duplicate', { title: session.owner?.title ?? '' });
        parts.push(status, h('p', { class: 'countdown', 'aria-hidden': 'true' }));
        actions.append(
          h('button', {
            type: 'button',
            class: 'button primary',
            dataset: { action: 'override' },
            onclick: () => this.override(session),
            text: t('tag.override', { title: session.title }),
          }),
        );
        break;
      case 'success':
        status.textContent = t('tag.success', { title: session.title });
        parts.push(status);
        break;
      case 'timeout':
        status.textContent = t('tag.timeout');
        parts.push(status);
        break;
      case 'cancelled':
        status.textContent = t('tag.cancelled');
        parts.push(status);
        break;
      default:
        status.textContent = t('tag.error', { message: session.message ?? '' });
        parts.push(status);
    }
    if (active)
      actions.prepend(
        h('button', {
          type: 'button',
          class: 'button',
          dataset: { action: 'cancel' },
          onclick: close,
          text: t('dialog.cancel'),
        }),
      );
    else if (session.state === 'success')
      actions.append(h('button', { type: 'button', class: 'button primary', onclick: close, text: t('dialog.close') }));
    else
      actions.append(
        h('button', { type: 'button', class: 'button', onclick: close, text: t('dialog.close') }),
        h('button', {
          type: 'button',
          class: 'button primary',
          dataset: { action: 'retry' },
          onclick: () => this.startScan(session),
          text: t('tag.retry'),
        }),
      );
    const hadFocus = body.contains(document.activeElement) ? document.activeElement.dataset.action : null;
    body.replaceChildren(...parts, actions);
    (hadFocus && body.querySelector(`[data-action="${hadFocus}"]`)
      ? body.querySelector(`[data-action="${hadFocus}"]`)
      : (actions.querySelector('.primary') ?? actions.querySelector('button'))
    )?.focus();
    this.renderCountdown(session);
  }

  async override(session) {
    if (!session.tagId) return;
    try {
      await api.associate(session.tagId, session.playlistId, true);
    } catch (error) {
      session.state = 'error';
      session.message = errorText(error);
      this.renderSession(session);
    }
  }

  promptUnknown(tagId) {
    if (this.session || !tagId) return;
    if (this.unknownPrompt?.tagId === tagId) return;
    this.unknownPrompt?.dialog.closeDialog();
    const prompt = { tagId };
    this.unknownPrompt = prompt;
    const playlists = this.store.sortedPlaylists().filter((p) => !p.nfc_tag_id);
    prompt.dialog = openDialog({
      title: t('tag.unknownTitle'),
      className: 'unknown-tag-dialog',
      onClose: () => {
        if (this.unknownPrompt === prompt) this.unknownPrompt = null;
      },
      build: (body, close) => this.buildUnknownForm(body, close, tagId, playlists),
    });
  }

  // Nothing is chosen at first, so a careless tap links nothing; "a new playlist" asks for its name.
  buildUnknownForm(body, close, tagId, playlists) {
    const select = h(
      'select',
      { id: 'unknown-tag-target', required: true },
      h('option', { value: '', text: t('tag.choose'), disabled: true, selected: true }),
      playlists.map((p) => h('option', { value: p.id, text: p.title })),
      h('option', { value: NEW_PLAYLIST, text: t('tag.newPlaylist') }),
      h(
        'optgroup',
        { label: t('tag.actions') },
        TAG_ACTIONS.map((action) => h('option', { value: ACTION + action, text: actionLabel(action) })),
      ),
    );
    const name = h('input', { type: 'text', id: 'unknown-tag-name', maxlength: 255, autocomplete: 'off' });
    const nameField = field(t('create.label'), name);
    nameField.hidden = true;
    select.addEventListener('change', () => {
      nameField.hidden = select.value !== NEW_PLAYLIST;
      if (!nameField.hidden) name.focus();
    });
    const feedback = h('p', { class: 'form-feedback', role: 'alert' });
    const submit = async (event) => {
      event.preventDefault();
      feedback.textContent = '';
      if (!select.value) {
        feedback.textContent = t('tag.chooseFirst');
        return select.focus();
      }
      if (select.value === NEW_PLAYLIST && !name.value.trim()) {
        feedback.textContent = t('tag.nameFirst');
        return name.focus();
      }
      try {
        if (select.value.startsWith(ACTION)) {
          const action = select.value.slice(ACTION.length);
          await api.associateAction(tagId, action);
          close();
          toast(t('tag.actionSuccess', { action: actionLabel(action) }));
          return;
        }
        let playlistId = select.value;
        if (playlistId === NEW_PLAYLIST) {
          const created = await api.createPlaylist(name.value.trim());
          this.store.upsertPlaylist(created);
          playlistId = created.id;
        }
        const { data } = await api.associate(tagId, playlistId);
        const title = data?.association?.playlist_title ?? this.store.playlists.get(playlistId)?.title ?? '';
        close();
        toast(t('tag.success', { title }));
      } catch (error) {
        feedback.textContent = errorText(error);
      }
    };
    body.append(
      h('p', { text: t('tag.unknownBody', { tag: tagId }) }),
      h(
        'form',
        { onsubmit: submit, novalidate: true },
        field(t('add.target'), select),
        nameField,
        feedback,
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'button', onclick: () => close(), text: t('dialog.cancel') }),
          h('button', { type: 'submit', class: 'button primary', text: t('tag.link') }),
        ),
      ),
    );
  }

  async unlink(playlist) {
    const ok = await confirmDialog({
      title: t('tag.unlinkConfirm', { title: playlist.title }),
      message: t('tag.unlinkBody'),
      confirmLabel: t('playlists.unlinkTag'),
      danger: true,
    });
    if (!ok || !playlist.nfc_tag_id) return;
    try {
      await api.unlink(playlist.nfc_tag_id);
      this.store.upsertPlaylist(await api.getPlaylist(playlist.id));
      toast(t('tag.unlinked', { title: playlist.title }));
    } catch (error) {
      showError(error);
    }
  }
}
