// SPDX-License-Identifier: GPL-3.0-or-later
// "Add a radio or stream" in a playlist: the address and an optional name, sent to the box, which checks them
// (a 422 names the field, shown beside it); the playlist in the store is updated from the answer. Also how a
// stream track's length reads: "Live" while it has none.
import { api } from './api.js';
import { announce, errorText, openDialog, toast } from './dialogs.js';
import { field, formatTime, h } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './fielderrors.js';
import { t, tOr } from './i18n.js';

export const isStream = (track) => typeof track?.stream_url === 'string' && track.stream_url !== '';

// The length shown for a track: a stream without one is live.
export function trackLength(track) {
  return isStream(track) && !track.duration_ms ? t('stream.live') : formatTime(track.duration_ms);
}

// Resolves true when a stream was added.
export function addStream(store, playlist) {
  return openDialog({
    title: t('stream.title'),
    build: (body, close) => {
      const url = h('input', {
        type: 'url',
        id: 'stream-url',
        name: 'url',
        maxlength: 2048,
        placeholder: 'https://',
        autocomplete: 'off',
        inputmode: 'url',
        dataset: { field: 'url' },
      });
      url.required = true;
      url.autofocus = true;
      const title = h('input', {
        type: 'text',
        id: 'stream-title',
        name: 'title',
        maxlength: 255,
        autocomplete: 'off',
        dataset: { field: 'title' },
      });
      const form = h('form', { novalidate: true });
      const submit = async (event) => {
        event.preventDefault();
        clearFieldErrors(form);
        try {
          const name = title.value.trim();
          const { data } = await api.addStream(playlist.id, url.value.trim(), name || undefined);
          store.upsertPlaylist(data?.playlist ?? data);
          announce(t('stream.added', { title: data?.track?.title ?? name }));
          close(true);
        } catch (error) {
          // A 422 names the field; anything else (the playlist gone, the box unreachable) is said in the
          // parent's language on the form's own line, never as the box's English message.
          if (error?.status === 422) {
            const first = showFieldErrors(form, error, (name, message) => tOr(`stream.invalid.${name}`, message));
            return (first ?? url).focus();
          }
          clearFieldErrors(form);
          form.querySelector('[data-error-for=""]').textContent = errorText(error);
          url.focus();
        }
      };
      form.addEventListener('submit', submit);
      const feedback = (name) => h('p', { class: 'form-feedback', role: 'alert', dataset: { errorFor: name } });
      form.append(
        h('p', { class: 'muted', text: t('stream.intro') }),
        field(t('stream.url'), url),
        feedback('url'),
        field(t('stream.name'), title),
        feedback('title'),
        feedback(''),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'button', onclick: () => close(false), text: t('dialog.cancel') }),
          h('button', { type: 'submit', class: 'button primary', text: t('stream.save') }),
        ),
      );
      body.append(form);
    },
  }).done.then((added) => added === true);
}

// A stream the box gave up on (state:track_failed): the parents hear why it went on with the next track.
export function reportStreamFailures(store) {
  store.on('trackFailed', (failure) => {
    if (failure?.stream) toast(t('stream.failed', { title: failure.title }), { kind: 'error' });
  });
}
