// SPDX-License-Identifier: GPL-3.0-or-later
// Putting things back from the trash: the "Undo" notice right after a delete, and the restore of the Trash
// view. Both say what the box had to rename on the way back (a title or file name taken meanwhile).
import { api } from './api.js';
import { announce, showError, toast } from './dialogs.js';
import { t } from './i18n.js';

// Resolves true when the entry is back.
export async function restoreEntry(store, entryId) {
  try {
    const data = await api.restoreTrash(entryId);
    store.restoredPlaylist(data.playlist);
    const messages = [t('trash.restored', { title: data.playlist.title })];
    if (data.renamed_title) messages.push(t('trash.renamed', data.renamed_title));
    if (data.renamed_files?.length) messages.push(t('trash.filesRenamed', { count: data.renamed_files.length }));
    if (data.tag_taken) messages.push(t('trash.tagTaken'));
    toast(messages.join(' '));
    announce(messages.join(' '));
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

// The notice after a delete: `text` with an "Undo" button while the entry is still in the trash. The button
// takes the keyboard focus; when the notice goes, the focus goes to returnFocus() (asked for at that moment, so
// it can be what Undo brought back).
export function offerUndo(store, text, entryId, { returnFocus = () => document.getElementById('new-playlist') } = {}) {
  if (!entryId) return toast(text);
  const notice = toast(text, {
    action: { label: t('trash.undo'), run: () => restoreEntry(store, entryId) },
    returnFocus,
  });
  const gone = store.on('trash', ({ event, data }) => {
    if (event === 'state:trash_removed' && data.entry_id === entryId) notice.remove();
    if (!notice.isConnected) gone();
  });
  return notice;
}
