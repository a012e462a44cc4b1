// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the page: language, the live connection, the first load over HTTP, the views and the hash router.
import { api } from './api.js';
import { BackupPanel } from './backup.js';
import { showError, toast } from './dialogs.js';
import { field, h, icon } from './dom.js';
import { keepFocusInSight } from './layout.js';
import { LANGUAGES, detectLanguage, language, onLanguageChange, setLanguage, t, translateTree } from './i18n.js';
import { Live } from './live.js';
import { BlockedNotice } from './blocked.js';
import { ShutdownNotice } from './shutdownnotice.js';
import { NowPlaying } from './nowplaying.js';
import { ParentLock } from './parentlock.js';
import { ParentsView } from './parentsview.js';
import { PinSettings } from './pinsettings.js';
import { PlayerBar } from './playerbar.js';
import { SleepControl } from './sleep.js';
import { PlaylistsView } from './playlists.js';
import { SearchBox } from './search.js';
import { StatusView } from './status.js';
import { Store } from './store.js';
import { reportStreamFailures } from './streams.js';
import { Tags } from './tags.js';
import { TagsView } from './tagsview.js';
import { TrashView } from './trashview.js';
import { NEW_ALBUM, Uploads } from './uploads.js';
import { YoutubePanel } from './youtube.js';

const store = new Store();
setLanguage(detectLanguage());

const live = new Live({
  onEvent: (event, data) => {
    if (event === 'web:resynced') {
      if (data?.restarted) store.boxRestarted();
      return;
    }
    store.apply(event, data);
    if (Number.isFinite(data?.server_seq)) live.noteApplied(data.server_seq);
  },
  onStatus: (status) => store.setConnection(status),
});

// Playlists whose tracks we may not have: fetched again, newest revision wins in the store.
let staleIds = new Set();
let staleTimer = null;
store.onStale = (ids) => {
  ids.forEach((id) => staleIds.add(id));
  clearTimeout(staleTimer);
  staleTimer = setTimeout(async () => {
    const batch = [...staleIds];
    staleIds = new Set();
    if (batch.length > 3) {
      try {
        const data = await api.listPlaylists();
        for (const playlist of data?.playlists ?? []) if (batch.includes(playlist.id)) store.upsertPlaylist(playlist);
      } catch {
        // the next event or reconnect asks again
      }
      return;
    }
    for (const id of batch) {
      try {
        store.upsertPlaylist(await api.getPlaylist(id));
      } catch {
        // deleted meanwhile, or the box is away
      }
    }
  }, 50);
};

const uploads = new Uploads(store);
const tags = new Tags(store);
const playlists = new PlaylistsView({ store, live, uploads, tags });
new PlayerBar(store);
new SleepControl(store, document.getElementById('player-sleep'));
const expand = document.getElementById('player-expand');
expand.append(icon('up', 24));
new NowPlaying(store, expand);
new SearchBox({ root: document.getElementById('search'), playlists });
const tagsView = new TagsView(store, document.getElementById('tags-panel'));
const trashView = new TrashView(store, document.getElementById('trash-panel'), document.getElementById('trash-intro'));
document.querySelector('#open-trash .trash-link-icon').append(icon('trash', 20));
const parentsView = new ParentsView(store, document.getElementById('parents-panel'));
const parentLock = new ParentLock(document.getElementById('parent-lock'));
new PinSettings(parentLock, document.getElementById('pin-panel'));
parentLock.refresh();
store.on('joined', (room) => room === 'playlists' && parentLock.refresh());
new BlockedNotice(store, document.getElementById('blocked'));
reportStreamFailures(store);
new ShutdownNotice(store, document.getElementById('shutdown-notice'));
const status = new StatusView(store, document.getElementById('status-panel'));
new BackupPanel(document.getElementById('backup-panel'));
new YoutubePanel(store, document.getElementById('youtube-panel'));

// ---- the "Add music" upload panel -----------------------------------------------------------------------------
const uploadPanel = document.getElementById('upload-panel');
function buildUploadPanel() {
  const keep = document.getElementById('upload-target')?.value;
  const select = h('select', { id: 'upload-target' });
  const fill = () => {
    const current = select.value || keep;
    const playlists = store.sortedPlaylists();
    select.replaceChildren(
      ...playlists.map((p) => h('option', { value: p.id, text: p.title })),
      h('option', { value: NEW_ALBUM, text: t('upload.newAlbumTarget') }),
    );
    if ([...select.options].some((o) => o.value === current)) select.value = current;
    note.hidden = playlists.length > 0;
  };
  const note = h('p', { class: 'muted', text: t('add.needPlaylist') });
  store.on('playlists', fill);
  uploadPanel.replaceChildren(
    field(t('add.target'), select),
    note,
    uploads.dropZone(null, { choosePlaylist: () => select.value, newPlaylistFromFolder: true }),
  );
  fill();
}
buildUploadPanel();
onLanguageChange(buildUploadPanel);

// ---- chrome: language, connection, router --------------------------------------------------------------------
const languageSelect = document.getElementById('language');
languageSelect.replaceChildren(...LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code, text: l.name })));
languageSelect.value = language();
// One language for the box: the screen and every page follow a change made anywhere (system:language). The
// browser's own remembered choice only paints the first frame until the box answers; until a parent picks one,
// each page keeps its browser's language.
const followBox = (code) => code && code !== language() && setLanguage(code, { remember: true });
languageSelect.addEventListener('change', () => {
  const chosen = languageSelect.value;
  setLanguage(chosen, { remember: true });
  api
    .saveLanguage(chosen)
    .then((saved) => followBox(saved.language))
    .catch(showError);
});
const readBoxLanguage = () =>
  api
    .language()
    .then((box) => box.chosen && followBox(box.language))
    .catch(() => {});
readBoxLanguage();
store.on('joined', (room) => room === 'playlists' && readBoxLanguage());
store.on('language', followBox);
translateTree();
onLanguageChange(() => {
  languageSelect.value = language();
  translateTree();
  renderConnection(store.connection);
});

keepFocusInSight(document.getElementById('masthead'), document.getElementById('player'));

const banner = document.getElementById('banner');
let wasDown = false;
function renderConnection(state) {
  const el = document.getElementById('connection');
  el.dataset.state = state;
  el.title = t(`conn.${state}`);
  el.querySelector('.connection-text').textContent = t(`conn.${state}`);
  banner.hidden = state !== 'reconnecting';
  if (state === 'reconnecting') wasDown = true;
  if (state === 'connected' && wasDown) {
    wasDown = false;
    toast(t('conn.back'));
  }
}
store.on('connection', renderConnection);
renderConnection(store.connection);

const views = ['playlists', 'add', 'tags', 'parents', 'status', 'trash'];
// The trash is reached from the playlists, so their tab stays the current one.
const tabOf = (view) => (view === 'trash' ? 'playlists' : view);
function route() {
  const name = location.hash.replace(/^#\/?/, '') || 'playlists';
  const view = views.includes(name) ? name : 'playlists';
  for (const v of views) document.getElementById(`view-${v}`).hidden = v !== view;
  for (const tab of document.querySelectorAll('[data-tab]')) {
    if (tab.dataset.tab === tabOf(view)) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  status.show(view === 'status');
  tagsView.show(view === 'tags');
  trashView.show(view === 'trash');
  parentsView.show(view === 'parents');
}
window.addEventListener('hashchange', () => {
  route();
  document.getElementById('main').focus({ preventScroll: true });
});
route();

// ---- first load ----------------------------------------------------------------------------------------------
async function firstLoad() {
  try {
    const data = await api.listPlaylists();
    for (const playlist of data?.playlists ?? []) store.upsertPlaylist(playlist);
    store.loaded = true;
    store.emit('playlists');
  } catch (error) {
    showError(error);
  }
  try {
    store.setPlayer(await api.playerStatus(), { fromHttp: true });
  } catch {
    // the box has no player yet; the live snapshot will tell
  }
}

live.start();
firstLoad();

// For tests and for curious parents in the developer console.
window.omb = { store, live, playlists };
