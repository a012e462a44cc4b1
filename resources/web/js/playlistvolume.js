// SPDX-License-Identifier: GPL-3.0-or-later
// A playlist's volume limits: the loudest it may play and the volume it starts at, each of which may be left
// unset (PUT /api/playlists/{id} {max_volume, start_volume}, null = none).
import { api } from './api.js';
import { announce, errorText, openDialog } from './dialogs.js';
import { h } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './fielderrors.js';
import { t } from './i18n.js';
import { volumeField } from './volumefield.js';

export function editPlaylistVolume(store, playlist) {
  return openDialog({
    title: t('volumeDialog.title', { title: playlist.title }),
    className: 'volume-dialog',
    build: (body, close) => {
      const max = volumeField({
        label: t('volume.max'),
        noneLabel: t('volume.noLimit'),
        value: playlist.max_volume ?? null,
        fallback: 70,
        name: 'max_volume',
      });
      const start = volumeField({
        label: t('volume.start'),
        noneLabel: t('volume.keep'),
        value: playlist.start_volume ?? null,
        fallback: 40,
        name: 'start_volume',
      });
      const formError = h('p', { class: 'form-feedback', role: 'alert', dataset: { errorFor: '' } });
      const save = h('button', { type: 'submit', class: 'button primary', text: t('dialog.save') });
      const form = h(
        'form',
        {
          method: 'dialog',
          novalidate: true,
          onsubmit: async (event) => {
            event.preventDefault();
            clearFieldErrors(form);
            save.disabled = true;
            try {
              const { data } = await api.updatePlaylist(playlist.id, {
                max_volume: max.value(),
                start_volume: start.value(),
              });
              store.upsertPlaylist(data?.playlist ?? data);
              announce(t('volumeDialog.saved', { title: playlist.title }));
              close(true);
            } catch (error) {
              if (error.status === 422) showFieldErrors(form, error, () => t('parents.error.volume'))?.focus();
              else formError.textContent = errorText(error);
            } finally {
              save.disabled = false;
            }
          },
        },
        h('p', { class: 'muted', text: t('volumeDialog.intro') }),
        max.el,
        start.el,
        formError,
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'button', onclick: () => close(), text: t('dialog.cancel') }),
          save,
        ),
      );
      body.append(form);
    },
  }).done;
}
