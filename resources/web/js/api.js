// SPDX-License-Identifier: GPL-3.0-or-later
// The box's JSON API: unwraps the envelopes, tags every change with a client_op_id so that a retry after a
// dropped connection is answered by the box instead of being done twice.
import { newOpId } from './dom.js';

export class ApiError extends Error {
  constructor(status, envelope) {
    super(envelope?.message || `HTTP ${status}`);
    this.status = status;
    this.errorType = envelope?.error_type ?? (status === 0 ? 'network' : 'unknown');
    this.details = envelope?.details ?? {};
  }
}

let unlock = null;

// Asked when the box answers 401 `unauthorized` (a parents' PIN is set and this browser is not unlocked):
// resolves true once the parent unlocked, and the request is sent once more (parentlock.js).
export function setUnlockHandler(handler) {
  unlock = handler;
}

const isAuthPath = (path) => path.startsWith('/api/auth/') || path === '/api/settings/pin';

async function request(method, path, body, { retries = 1 } = {}) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    const payload = method === 'GET' ? body : { client_op_id: newOpId(), ...body };
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(payload);
  }
  let askedToUnlock = false;
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(path, init);
    } catch (error) {
      if (attempt < retries) continue;
      throw new ApiError(0, { message: error.message, error_type: 'network' });
    }
    if (response.status === 204) return { data: undefined, serverSeq: null, headers: response.headers };
    const text = await response.text();
    let envelope = null;
    try {
      envelope = text ? JSON.parse(text) : null;
    } catch {
      envelope = null;
    }
    const locked = response.status === 401 && envelope?.error_type === 'unauthorized' && !isAuthPath(path);
    if (locked && unlock && !askedToUnlock) {
      askedToUnlock = true;
      if (await unlock()) continue;
    }
    if (!response.ok || envelope?.status === 'error') throw new ApiError(response.status, envelope);
    return { data: envelope?.data, serverSeq: envelope?.server_seq ?? null };
  }
}

const enc = encodeURIComponent;

export const api = {
  get: (path) => request('GET', path).then((r) => r.data),
  // Playlists
  listPlaylists: () => request('GET', '/api/playlists?page=1&limit=100').then((r) => r.data),
  getPlaylist: (id) => request('GET', `/api/playlists/${enc(id)}`).then((r) => r.data?.playlist ?? r.data),
  createPlaylist: (title) => request('POST', '/api/playlists', { title }).then((r) => r.data?.playlist ?? r.data),
  renamePlaylist: (id, title) => request('PUT', `/api/playlists/${enc(id)}`, { title }),
  // {max_volume?, start_volume?}: 0..100, or null for none.
  updatePlaylist: (id, fields) => request('PUT', `/api/playlists/${enc(id)}`, fields),
  // Resolves with the id of its trash entry (for "Undo").
  deletePlaylist: (id) =>
    request('DELETE', `/api/playlists/${enc(id)}`, {}).then((r) => r.headers?.get('X-Trash-Entry-Id') ?? null),
  startPlaylist: (id, trackId) =>
    request('POST', `/api/playlists/${enc(id)}/start`, trackId ? { track_id: trackId } : {}),
  reorder: (id, trackIds) => request('POST', `/api/playlists/${enc(id)}/reorder`, { track_order: trackIds }),
  deleteTracks: (id, numbers) => request('DELETE', `/api/playlists/${enc(id)}/tracks`, { track_numbers: numbers }),
  // A track that plays an http(s) stream; without a title the box names it after the address's host.
  addStream: (id, url, title) => request('POST', `/api/playlists/${enc(id)}/streams`, { url, title }),
  editTrack: (id, trackId, fields) => request('PUT', `/api/playlists/${enc(id)}/tracks/${enc(trackId)}`, fields),
  moveTrack: (sourceId, targetId, trackId) =>
    request('POST', '/api/playlists/move-track', {
      source_playlist_id: sourceId,
      target_playlist_id: targetId,
      track_id: trackId,
    }),
  // Trash
  listTrash: () => request('GET', '/api/trash').then((r) => r.data),
  restoreTrash: (entryId) => request('POST', `/api/trash/${enc(entryId)}/restore`, {}).then((r) => r.data),
  deleteTrash: (entryId) => request('DELETE', `/api/trash/${enc(entryId)}`, {}),
  search: (query) => request('GET', `/api/search?q=${enc(query)}&limit=20`).then((r) => r.data),
  // Parents' rules
  language: () => request('GET', '/api/settings/language').then((r) => r.data),
  saveLanguage: (language) => request('PUT', '/api/settings/language', { language }).then((r) => r.data),
  parentalSettings: () => request('GET', '/api/settings/parental').then((r) => r.data),
  saveParentalSettings: (settings) => request('PUT', '/api/settings/parental', settings).then((r) => r.data),
  // The parents' PIN: the box keeps the session in an HttpOnly cookie; the page never keeps the PIN.
  authStatus: () => request('GET', '/api/auth/status').then((r) => r.data),
  unlock: (pin) => request('POST', '/api/auth/unlock', { pin }).then((r) => r.data),
  lock: () => request('POST', '/api/auth/lock', {}).then((r) => r.data),
  // pin null removes it; currentPin is needed while one is set.
  setPin: (pin, currentPin) =>
    request('PUT', '/api/settings/pin', currentPin ? { pin, current_pin: currentPin } : { pin }).then((r) => r.data),
  // Player
  player: (action, body = {}) => request('POST', `/api/player/${action}`, body),
  playerStatus: () => request('GET', '/api/player/status').then((r) => r.data),
  // NFC
  nfcStatus: () => request('GET', '/api/nfc/status').then((r) => r.data),
  startScan: (playlistId) => request('POST', '/api/nfc/scan', { playlist_id: playlistId }).then((r) => r.data),
  cancelScan: (sessionId) => request('DELETE', `/api/nfc/session/${enc(sessionId)}`, {}),
  associate: (tagId, playlistId, override = false) =>
    request('POST', '/api/nfc/associate', { tag_id: tagId, playlist_id: playlistId, override }),
  associateAction: (tagId, action) => request('POST', '/api/nfc/associate', { tag_id: tagId, action }),
  listTags: () => request('GET', '/api/nfc/tags').then((r) => r.data),
  unlinkTag: (tagId) => request('DELETE', `/api/nfc/tags/${enc(tagId)}`, {}),
  nameTag: (tagId, name) => request('PUT', `/api/nfc/tags/${enc(tagId)}`, { name }).then((r) => r.data),
  unlink: (tagId) => request('DELETE', `/api/nfc/associate/${enc(tagId)}`, {}),
  // Uploads
  uploadSession: (playlistId, filename, fileSize) =>
    request('POST', `/api/playlists/${enc(playlistId)}/uploads/session`, { filename, file_size: fileSize }).then(
      (r) => r.data,
    ),
  finalizeUpload: (playlistId, sessionId) =>
    request('POST', `/api/playlists/${enc(playlistId)}/uploads/${enc(sessionId)}/finalize`, {}).then((r) => r.data),
  cancelUpload: (playlistId, sessionId) =>
    request('DELETE', `/api/playlists/${enc(playlistId)}/uploads/${enc(sessionId)}`, {}),
  // YouTube
  youtubeDownload: (url, playlistId) =>
    request('POST', '/api/youtube/download', playlistId ? { url, playlist_id: playlistId } : { url }).then(
      (r) => r.data,
    ),
  youtubeSearch: (query) => request('GET', `/api/youtube/search?query=${enc(query)}&max_results=8`).then((r) => r.data),
  // System
  health: () => request('GET', '/api/health').then((r) => r.data),
  info: () => request('GET', '/api/system/info').then((r) => r.data),
  stats: () => request('GET', '/api/system/stats').then((r) => r.data),
  // Backup and restore
  restoreSession: (filename, fileSize) =>
    request('POST', '/api/system/restore/session', { filename, file_size: fileSize }).then((r) => r.data),
  restore: (sessionId) => request('POST', '/api/system/restore', { session_id: sessionId }).then((r) => r.data),
};

// One chunk of a music upload.
export function putChunk(playlistId, sessionId, index, blob, filename, onProgress) {
  return putChunkTo(`/api/playlists/${enc(playlistId)}/uploads/${enc(sessionId)}`, index, blob, filename, onProgress);
}

// One chunk as multipart/form-data (part "file"), through XMLHttpRequest because fetch reports no upload progress.
export function putChunkTo(sessionPath, index, blob, filename, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `${sessionPath}/chunks/${index}`);
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded);
    xhr.onerror = () => reject(new ApiError(0, { message: 'network error', error_type: 'network' }));
    xhr.onload = () => {
      let envelope = null;
      try {
        envelope = JSON.parse(xhr.responseText);
      } catch {
        envelope = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && envelope?.status !== 'error') resolve(envelope?.data);
      else reject(new ApiError(xhr.status, envelope));
    };
    const form = new FormData();
    form.append('file', blob, filename);
    xhr.send(form);
  });
}
