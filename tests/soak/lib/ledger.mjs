// SPDX-License-Identifier: GPL-3.0-or-later
// What the box has promised: every operation it acknowledged with a 2xx, and what an operation the power cut
// interrupted may or may not have done. After a restart `reconcile` compares the library the box shows with
// these promises, then takes that library as the new starting point.
//
// A playlist is `live` or `trash`; a track is at `pl:<playlist id>` or `trash:<entry id>`; an entry is `present`
// or `gone`. Each keeps the set of places it may be in: one after an acknowledgement, more after a cut.
const ANY_TRASH = 'trash:*';
const ANY_PLAYLIST = 'pl:*';

export class Ledger {
  constructor() {
    this.playlists = new Map(); // id -> {titles, places, tags, why}
    this.tracks = new Map(); // id -> {places, why}
    this.entries = new Map(); // id -> {places, why}
    this.orders = new Map(); // playlist id -> track ids in the acknowledged order
    this.cutTitles = new Set(); // titles of playlist creations the cut interrupted
    this.looseSources = new Set(); // playlists where tracks of unknown id may appear (interrupted imports)
    this.looseTrash = false; // a deletion was interrupted: an entry of unknown id may exist
    this.alternative = null; // the promises of a backup a cut-off restore may have put in place
  }

  // --- what the driver reports; `acked` false = the power went while the request was in flight ---

  playlistCreated(playlist, why) {
    this.playlists.set(playlist.id, {
      titles: new Set([playlist.title]),
      places: new Set(['live']),
      tags: new Set([playlist.nfc_tag_id ?? null]),
      why,
    });
  }

  playlistCreationCut(title) {
    this.cutTitles.add(title);
  }

  renamed(playlistId, title, acked, why) {
    const playlist = this.playlists.get(playlistId);
    if (acked) playlist.titles = new Set([title]);
    else playlist.titles.add(title);
    playlist.why = why;
  }

  tagLinked(playlistId, tagId, acked, why) {
    const playlist = this.playlists.get(playlistId);
    if (acked) playlist.tags = new Set([tagId]);
    else playlist.tags.add(tagId);
    playlist.why = why;
  }

  playlistDeleted(playlistId, entryId, acked, why) {
    const playlist = this.playlists.get(playlistId);
    playlist.why = why;
    if (!acked) {
      playlist.places.add('trash');
      this.looseTrash = true;
      for (const track of this.tracksAt(`pl:${playlistId}`)) track.places.add(ANY_TRASH);
      return;
    }
    playlist.places = new Set(['trash']);
    playlist.entryId = entryId;
    this.entries.set(entryId, { places: new Set(['present']), why });
    for (const track of this.tracksAt(`pl:${playlistId}`)) {
      track.places = new Set([`trash:${entryId}`]);
      track.why = why;
    }
    this.orders.delete(playlistId);
  }

  trackAdded(playlistId, track, why) {
    this.tracks.set(track.id, { places: new Set([`pl:${playlistId}`]), why });
  }

  // An upload's finalize or a download's import was cut off: a track we do not know may appear there.
  importCut(playlistId) {
    this.looseSources.add(playlistId);
  }

  trackMoved(trackId, targetId, acked, why) {
    const track = this.tracks.get(trackId);
    if (!track) return;
    if (acked) track.places = new Set([`pl:${targetId}`]);
    else track.places.add(`pl:${targetId}`);
    track.why = why;
    const order = this.orders.get(targetId);
    if (order)
      this.orders.set(
        targetId,
        order.filter((id) => id !== trackId),
      );
  }

  tracksDeleted(trackIds, entryId, acked, why) {
    if (!acked) this.looseTrash = true;
    else this.entries.set(entryId, { places: new Set(['present']), why });
    for (const id of trackIds) {
      const track = this.tracks.get(id);
      if (!track) continue;
      if (acked) track.places = new Set([`trash:${entryId}`]);
      else track.places.add(ANY_TRASH);
      track.why = why;
    }
  }

  // entry: the TrashEntry as listed before the restore; result: the answer's data, or null when cut off.
  restored(entry, result, why) {
    const known = this.entries.get(entry.id);
    const target = result?.playlist?.id ?? entry.playlist_id;
    if (known) {
      known.places = result ? new Set(['gone']) : new Set([...known.places, 'gone']);
      known.why = why;
    }
    if (result?.playlist_created && !this.playlists.has(target)) this.playlistCreated(result.playlist, why);
    const playlist = this.playlists.get(entry.playlist_id);
    if (entry.kind === 'playlist' && playlist) {
      if (result) {
        playlist.places = new Set(['live']);
        playlist.titles = new Set([result.playlist.title]);
        playlist.tags = new Set([result.playlist.nfc_tag_id ?? null]);
      } else {
        playlist.places.add('live');
        playlist.tags.add(entry.nfc_tag_id ?? null);
      }
      playlist.why = why;
    }
    if (!result) {
      this.cutTitles.add(entry.playlist_title);
      this.looseSources.add(entry.playlist_id);
    }
    const restoredIds = result ? new Set(result.restored_track_ids) : null;
    for (const { id } of entry.tracks) {
      const track = this.tracks.get(id);
      if (!track) continue;
      if (!result) {
        track.places.add(this.playlists.get(target)?.places.has('live') ? `pl:${target}` : ANY_PLAYLIST);
      } else if (restoredIds.has(id)) {
        track.places = new Set([`pl:${target}`]);
      }
      track.why = why;
    }
    this.orders.delete(target);
  }

  purged(entryId, acked, why) {
    const entry = this.entries.get(entryId);
    entry.places = acked ? new Set(['gone']) : new Set([...entry.places, 'gone']);
    entry.why = why;
    for (const track of this.tracksAt(`trash:${entryId}`)) {
      track.places = acked ? new Set(['gone']) : new Set([...track.places, 'gone']);
      track.why = why;
    }
    for (const playlist of this.playlists.values())
      if (playlist.places.has('trash') && playlist.entryId === entryId) {
        playlist.places = acked ? new Set(['gone']) : new Set([...playlist.places, 'gone']);
        playlist.why = why;
      }
  }

  reordered(playlistId, order, acked) {
    if (acked) this.orders.set(playlistId, order);
    else this.orders.delete(playlistId);
  }

  // --- what the driver may pick: things whose state is certain ---

  livePlaylists() {
    return [...this.playlists]
      .filter(([, p]) => p.places.size === 1 && p.places.has('live') && p.titles.size === 1)
      .map(([id, p]) => ({ id, title: [...p.titles][0] }));
  }

  presentEntries() {
    return [...this.entries].filter(([, e]) => e.places.size === 1 && e.places.has('present')).map(([id]) => id);
  }

  tracksAt(place) {
    return [...this.tracks.values()].filter((t) => t.places.has(place));
  }

  // --- backups: a restore puts back what the box had promised when the backup was made ---

  snapshot() {
    return structuredClone(this.state());
  }

  // A restore acknowledged (acked) replaces the promises with the backup's; one cut off may or may not have.
  backupRestored(snapshot, acked) {
    if (acked) {
      Object.assign(this, structuredClone(snapshot));
      this.alternative = null;
    } else this.alternative = structuredClone(snapshot);
  }

  state() {
    const { playlists, tracks, entries, orders, cutTitles, looseSources, looseTrash } = this;
    return { playlists, tracks, entries, orders, cutTitles, looseSources, looseTrash };
  }

  // --- after a restart ---

  // library: {playlists (full, live), entries (TrashEntry[])}. Returns the broken promises, then adopts the library.
  // After a restore the power cut off, the library may be the old one or the backup's: whichever keeps every promise.
  reconcile(library) {
    let problems = this.brokenPromises(library);
    if (problems.length && this.alternative) {
      const current = this.state();
      Object.assign(this, this.alternative);
      const restoredProblems = this.brokenPromises(library);
      if (restoredProblems.length) {
        Object.assign(this, current);
        problems = [...problems, 'and against the backup the cut restore may have put in place:', ...restoredProblems];
      } else problems = [];
    }
    this.alternative = null;
    this.adopt(library);
    return problems;
  }

  brokenPromises(library) {
    const problems = [];
    const live = new Map(library.playlists.map((p) => [p.id, p]));
    const trashedPlaylists = new Map(
      library.entries.filter((e) => e.kind === 'playlist').map((e) => [e.playlist_id, e]),
    );
    const trackPlace = new Map();
    const trackSource = new Map();
    for (const p of library.playlists)
      for (const t of p.tracks) {
        trackPlace.set(t.id, `pl:${p.id}`);
        trackSource.set(t.id, p.id);
      }
    for (const e of library.entries)
      for (const t of e.tracks) {
        trackPlace.set(t.id, `trash:${e.id}`);
        trackSource.set(t.id, e.playlist_id);
      }

    for (const [id, expected] of this.playlists) {
      const place = live.has(id) ? 'live' : trashedPlaylists.has(id) ? 'trash' : 'gone';
      const title = live.get(id)?.title ?? trashedPlaylists.get(id)?.playlist_title;
      if (!expected.places.has(place))
        problems.push(
          `playlist ${id} "${[...expected.titles].join('" or "')}" is ${place}, expected ${[...expected.places].join(
            ' or ',
          )} (last acknowledged: ${expected.why})`,
        );
      else if (place !== 'gone' && !expected.titles.has(title))
        problems.push(
          `playlist ${id} is titled "${title}", expected "${[...expected.titles].join('" or "')}" (last acknowledged: ${expected.why})`,
        );
      else if (place === 'live' && !expected.tags.has(live.get(id).nfc_tag_id ?? null))
        problems.push(
          `playlist ${id} "${title}" has tag ${live.get(id).nfc_tag_id}, expected ${[...expected.tags].join(
            ' or ',
          )} (last acknowledged: ${expected.why})`,
        );
    }
    for (const p of library.playlists)
      if (!this.playlists.has(p.id) && !this.cutTitles.has(p.title))
        problems.push(`playlist ${p.id} "${p.title}" appeared, no operation made it`);

    for (const [id, expected] of this.tracks) {
      const place = trackPlace.get(id) ?? 'gone';
      const allowed =
        expected.places.has(place) ||
        (place.startsWith('trash:') && expected.places.has(ANY_TRASH)) ||
        (place.startsWith('pl:') && expected.places.has(ANY_PLAYLIST));
      if (!allowed)
        problems.push(
          `track ${id} is ${place === 'gone' ? 'gone (neither in a playlist nor in the trash)' : `at ${place}`}, expected ${[
            ...expected.places,
          ].join(' or ')} (last acknowledged: ${expected.why})`,
        );
    }
    for (const [id, place] of trackPlace)
      if (!this.tracks.has(id) && !this.looseSources.has(trackSource.get(id)))
        problems.push(`track ${id} appeared at ${place}, no operation put it there`);

    const presentEntries = new Set(library.entries.map((e) => e.id));
    for (const [id, expected] of this.entries) {
      const place = presentEntries.has(id) ? 'present' : 'gone';
      if (!expected.places.has(place))
        problems.push(
          `trash entry ${id} is ${place}, expected ${[...expected.places].join(' or ')} (last acknowledged: ${expected.why})`,
        );
    }
    for (const e of library.entries)
      if (!this.entries.has(e.id) && !this.looseTrash && !this.looseSources.has(e.playlist_id))
        problems.push(`trash entry ${e.id} (${e.kind} of "${e.playlist_title}") appeared, no deletion made it`);

    for (const [playlistId, order] of this.orders) {
      const playlist = live.get(playlistId);
      if (!playlist) continue;
      const present = new Set(playlist.tracks.map((t) => t.id));
      const expected = order.filter((id) => present.has(id));
      const wanted = new Set(order);
      const actual = playlist.tracks.map((t) => t.id).filter((id) => wanted.has(id));
      if (expected.join() !== actual.join())
        problems.push(
          `playlist ${playlistId} "${playlist.title}" lost its acknowledged order: ${actual.join(', ')} instead of ${expected.join(', ')}`,
        );
    }
    return problems;
  }

  adopt(library) {
    const why = 'found after the restart';
    const orders = this.orders;
    this.playlists = new Map();
    this.tracks = new Map();
    this.entries = new Map();
    for (const p of library.playlists) {
      this.playlistCreated(p, why);
      for (const t of p.tracks) this.trackAdded(p.id, t, why);
    }
    for (const e of library.entries) {
      this.entries.set(e.id, { places: new Set(['present']), why });
      if (e.kind === 'playlist')
        this.playlists.set(e.playlist_id, {
          titles: new Set([e.playlist_title]),
          places: new Set(['trash']),
          tags: new Set([null]),
          entryId: e.id,
          why,
        });
      for (const t of e.tracks) this.tracks.set(t.id, { places: new Set([`trash:${e.id}`]), why });
    }
    this.orders = new Map([...orders].filter(([id]) => library.playlists.some((p) => p.id === id)));
    this.cutTitles.clear();
    this.looseSources.clear();
    this.looseTrash = false;
  }
}
