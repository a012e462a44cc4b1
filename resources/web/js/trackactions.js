// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting tracks and moving them to another playlist, for one track (its own buttons) or for the tracks a
// parent selected: one confirmation, then one request per playlist change, the store updated from the answers.
import { api } from './api.js';
import { announce, confirmDialog, errorText, openDialog, showError, toast } from './dialogs.js';
import { field, h } from './dom.js';
import { t } from './i18n.js';
import { offerUndo } from './restore.js';

const titleOf = (track) => track.title || track.filename;

export class TrackActions {
  constructor(store) {
    this.store = store;
  }

  // Resolves true when the tracks were deleted.
  async remove(playlist, tracks) {
    const one = tracks.length === 1;
    const ok = await confirmDialog({
      title: one ? t('deleteTrack.title') : t('deleteTracks.title', { count: tracks.length }),
      message: one ? t('deleteTrack.body', { title: titleOf(tracks[0]) }) : t('deleteTracks.body'),
      confirmLabel: t('dialog.delete'),
      danger: true,
    });
    if (!ok) return false;
    try {
      const { data } = await api.deleteTracks(
        playlist.id,
        tracks.map((track) => track.track_number),
      );
      this.store.upsertPlaylist(data?.playlist ?? data);
      const text = one
        ? t('notice.trackDeleted', { title: titleOf(tracks[0]) })
        : t('notice.tracksDeleted', { count: tracks.length });
      offerUndo(this.store, text, data?.trash_entry_id, {
        returnFocus: () =>
          document.querySelector(`.playlist-card[data-playlist-id="${CSS.escape(playlist.id)}"] .playlist-expand`) ??
          document.getElementById('new-playlist'),
      });
      return true;
    } catch (error) {
      showError(error);
      return false;
    }
  }

  // Resolves true when every track was moved; the ones that failed are named.
  move(playlist, tracks) {
    const others = this.store.sortedPlaylists().filter((p) => p.id !== playlist.id);
    const one = tracks.length === 1;
    return openDialog({
      title: one ? t('moveTrack.title') : t('moveTracks.title', { count: tracks.length }),
      build: (body, close) => {
        if (others.length === 0) {
          body.append(
            h('p', { text: t('moveTrack.none') }),
            h(
              'div',
              { class: 'dialog-actions' },
              h('button', { type: 'button', class: 'button', onclick: () => close(false), text: t('dialog.close') }),
            ),
          );
          return;
        }
        const select = h(
          'select',
          { id: 'move-target' },
          others.map((p) => h('option', { value: p.id, text: p.title })),
        );
        const label = one ? t('moveTrack.label', { title: titleOf(tracks[0]) }) : t('moveTracks.label');
        const submit = async (event) => {
          event.preventDefault();
          const target = select.value;
          close(true);
          await this.moveAll(playlist.id, target, tracks);
        };
        body.append(
          h(
            'form',
            { onsubmit: submit },
            field(label, select),
            h(
              'div',
              { class: 'dialog-actions' },
              h('button', { type: 'button', class: 'button', onclick: () => close(false), text: t('dialog.cancel') }),
              h('button', { type: 'submit', class: 'button primary', text: t('dialog.move') }),
            ),
          ),
        );
      },
    }).done.then((moved) => moved === true);
  }

  // A track's title, artist and album; the box answers with the playlist, the other pages get the event.
  edit(playlist, track) {
    return openDialog({
      title: t('editTrack.title'),
      build: (body, close) => {
        const input = (name, value, maxlength) =>
          h('input', {
            type: 'text',
            id: `edit-track-${name}`,
            name,
            value: value ?? '',
            maxlength,
            autocomplete: 'off',
          });
        const title = input('title', track.title, 255);
        title.required = true;
        title.autofocus = true;
        const artist = input('artist', track.artist, 255);
        const album = input('album', track.album, 255);
        const feedback = h('p', { class: 'form-feedback', role: 'alert' });
        const submit = async (event) => {
          event.preventDefault();
          feedback.textContent = '';
          try {
            const { data } = await api.editTrack(playlist.id, track.id, {
              title: title.value.trim(),
              artist: artist.value.trim(),
              album: album.value.trim(),
            });
            this.store.upsertPlaylist(data?.playlist ?? data);
            announce(t('editTrack.saved', { title: data?.track?.title ?? title.value.trim() }));
            close(true);
          } catch (error) {
            const bad = error.details?.errors?.[0]?.field;
            feedback.textContent = bad ? t(`editTrack.invalid.${bad}`) : errorText(error);
            ({ title, artist, album })[bad]?.focus();
          }
        };
        body.append(
          h(
            'form',
            { onsubmit: submit },
            field(t('editTrack.name'), title),
            field(t('editTrack.artist'), artist),
            field(t('editTrack.album'), album),
            feedback,
            h(
              'div',
              { class: 'dialog-actions' },
              h('button', { type: 'button', class: 'button', onclick: () => close(false), text: t('dialog.cancel') }),
              h('button', { type: 'submit', class: 'button primary', text: t('dialog.save') }),
            ),
          ),
        );
      },
    }).done.then((saved) => saved === true);
  }

  async moveAll(sourceId, targetId, tracks) {
    const failed = [];
    for (const track of tracks) {
      try {
        const { data } = await api.moveTrack(sourceId, targetId, track.id);
        this.store.upsertPlaylist(data?.source_playlist);
        this.store.upsertPlaylist(data?.target_playlist);
      } catch (error) {
        failed.push(titleOf(track));
        if (tracks.length === 1) showError(error);
      }
    }
    if (failed.length && tracks.length > 1)
      toast(t('moveTracks.failed', { titles: failed.join(', ') }), { kind: 'error' });
  }
}
