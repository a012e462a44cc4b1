// SPDX-License-Identifier: GPL-3.0-or-later
// The library side of the soak: one operation after another (playlists made, renamed and deleted, chunked uploads,
// stub downloads, tracks moved, reordered, deleted and restored, tags linked), each written into the Ledger as
// acknowledged, or as cut off when the power went while it was in flight.
import { makeWav } from '../../node/lib/browser.mjs';
import { NoAnswer, call, request } from './box.mjs';

// An answer the box should not have given to a well-formed request.
export class UnexpectedAnswer extends Error {}

const CHUNK_SIZE = 65536;
const RESTORE_CHUNK_SIZE = 1048576;
const RESTARTING = Symbol('restarting');
const MAX_PLAYLISTS = 8;

export class ChurnLane {
  constructor({ ledger, random, excluded }) {
    this.ledger = ledger;
    this.random = random;
    this.excluded = excluded; // the player's playlists: never edited here
    this.serial = 0; // names: unique across the whole run
    this.operations = 0;
    this.acknowledged = {};
    this.cutOff = 0;
    this.downloads = new Map(); // task id -> playlist id, until youtube:complete
    this.beforeOperation = null; // called with the round's operation number before it starts
  }

  // Runs operations until the box stops answering; resolves then, rejects on a wrong answer.
  async run(box) {
    this.box = box;
    this.libraryReplaced = false; // a restore was asked for this round (the resume points went back with it)
    for (let n = 1; ; n++) {
      this.beforeOperation?.(n);
      const kind = this.chooseKind();
      const why = `operation #${++this.operations} (${kind})`;
      try {
        if ((await this[kind](why)) === RESTARTING) return; // the round ends with the box's own restart
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        this.cutOff++;
        return;
      }
    }
  }

  // Events of the round's socket: a finished download is the acknowledgement of its tracks.
  downloadFinished(event) {
    const playlistId = this.downloads.get(event.task_id);
    if (playlistId === undefined) return;
    this.downloads.delete(event.task_id);
    for (const track of event.tracks ?? []) this.ledger.trackAdded(playlistId, track, `download ${event.task_id}`);
    this.count('download');
  }

  // After the cut: a download not finished may or may not have imported its tracks.
  powerCut() {
    for (const playlistId of this.downloads.values()) this.ledger.importCut(playlistId);
    this.downloads.clear();
  }

  playlists() {
    return this.ledger.livePlaylists().filter((p) => !this.excluded.has(p.id));
  }

  chooseKind() {
    const playlists = this.playlists().length;
    const entries = this.ledger.presentEntries().length;
    return this.random.weighted({
      create: playlists < 3 ? 6 : playlists < MAX_PLAYLISTS ? 1 : 0,
      rename: playlists > 0 ? 2 : 0,
      upload: playlists > 0 ? 8 : 0,
      download: playlists > 0 && this.downloads.size === 0 ? 1 : 0,
      move: playlists > 1 ? 2 : 0,
      reorder: playlists > 0 ? 1 : 0,
      deleteTracks: playlists > 0 ? 2 : 0,
      deletePlaylist: playlists > 2 ? (playlists >= MAX_PLAYLISTS ? 4 : 1) : 0,
      restore: entries > 0 && playlists < MAX_PLAYLISTS ? 2 : 0,
      purge: entries > MAX_PLAYLISTS ? entries / 2 : 0,
      linkTag: playlists > 0 ? 1 : 0,
      // Rare, so that most rounds end at a cut elsewhere; never while a download may still add tracks.
      backup: this.downloads.size === 0 ? 0.2 : 0,
      restoreBackup: this.lastBackup && this.downloads.size === 0 ? 0.1 : 0,
    });
  }

  count(kind) {
    this.acknowledged[kind] = (this.acknowledged[kind] ?? 0) + 1;
  }

  async send(method, path, json, { form } = {}) {
    const answer = await request(this.box, method, path, form ? { form } : { json });
    if (!answer.ok)
      throw new UnexpectedAnswer(
        `${method} ${path} ${JSON.stringify(json ?? '')} -> ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    return answer;
  }

  async playlistWithTracks() {
    const candidates = [];
    for (const p of this.playlists()) {
      const data = await call(this.box, 'GET', `/api/playlists/${p.id}`);
      if (data.tracks.length > 0) candidates.push(data);
    }
    return candidates.length > 0 ? this.random.pick(candidates) : null;
  }

  async create(why) {
    const title = `Soak ${++this.serial}`;
    try {
      const answer = await this.send('POST', '/api/playlists', { title });
      this.ledger.playlistCreated(answer.body.data, why);
      this.count('create');
    } catch (error) {
      if (error instanceof NoAnswer) this.ledger.playlistCreationCut(title);
      throw error;
    }
  }

  async rename(why) {
    const playlist = this.random.pick(this.playlists());
    const title = `Soak ${++this.serial} (was ${playlist.title.split(' ')[1]})`;
    await this.settle(
      () => this.send('PUT', `/api/playlists/${playlist.id}`, { title }),
      (acked) => this.ledger.renamed(playlist.id, title, acked, `${why}: "${playlist.title}" -> "${title}"`),
      'rename',
    );
  }

  async linkTag(why) {
    const playlist = this.random.pick(this.playlists());
    const tagId = `c0ffee${(++this.serial).toString(16).padStart(6, '0')}`;
    await this.settle(
      () => this.send('POST', '/api/nfc/associate', { tag_id: tagId, playlist_id: playlist.id }),
      (acked) => this.ledger.tagLinked(playlist.id, tagId, acked, `${why}: tag ${tagId} -> "${playlist.title}"`),
      'linkTag',
    );
  }

  async upload(why) {
    const playlist = this.random.pick(this.playlists());
    const wav = makeWav({ seconds: this.random.int(3, 12), rate: 8000, frequency: this.random.int(200, 900) });
    const filename = `upload-${++this.serial}.wav`;
    const base = `/api/playlists/${playlist.id}/uploads`;
    const session = (
      await this.send('POST', `${base}/session`, { filename, file_size: wav.length, chunk_size: CHUNK_SIZE })
    ).body.data;
    const order = this.random.shuffled([...Array(session.total_chunks).keys()]);
    if (this.random.chance(0.2)) order.push(order[0]); // a retried chunk
    for (const index of order) {
      const form = new FormData();
      form.append('file', new Blob([wav.subarray(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE)]), filename);
      await this.send('PUT', `${base}/${session.session_id}/chunks/${index}`, undefined, { form });
    }
    try {
      const answer = await this.send('POST', `${base}/${session.session_id}/finalize`, {
        metadata_override: { title: filename },
      });
      const track = answer.body.data.track;
      this.ledger.trackAdded(playlist.id, track, `${why}: ${track.filename} (${track.id}) into "${playlist.title}"`);
      this.count('upload');
    } catch (error) {
      if (error instanceof NoAnswer) this.ledger.importCut(playlist.id);
      throw error;
    }
  }

  async download(_why) {
    const playlist = this.random.pick(this.playlists());
    const url = `https://www.youtube.com/watch?v=soak${++this.serial}&fake=ok`;
    this.ledger.importCut(playlist.id); // until its youtube:complete is heard, its tracks are not promised
    const answer = await this.send('POST', '/api/youtube/download', { url, playlist_id: playlist.id });
    this.downloads.set(answer.body.data.task_id, playlist.id);
  }

  async move(why) {
    const source = await this.playlistWithTracks();
    if (!source) return;
    const target = this.random.pick(this.playlists().filter((p) => p.id !== source.id));
    if (!target) return;
    const track = this.random.pick(source.tracks);
    const body = { source_playlist_id: source.id, target_playlist_id: target.id, track_id: track.id };
    if (this.random.chance(0.5)) body.target_position = this.random.int(1, 4);
    await this.settle(
      () => this.send('POST', '/api/playlists/move-track', body),
      (acked) =>
        this.ledger.trackMoved(
          track.id,
          target.id,
          acked,
          `${why}: ${track.id} "${source.title}" -> "${target.title}"`,
        ),
      'move',
    );
  }

  async reorder(_why) {
    const playlist = await this.playlistWithTracks();
    if (!playlist) return;
    const order = this.random.shuffled(playlist.tracks.map((t) => t.id));
    await this.settle(
      () => this.send('POST', `/api/playlists/${playlist.id}/reorder`, { track_order: order }),
      (acked) => this.ledger.reordered(playlist.id, order, acked),
      'reorder',
    );
  }

  async deleteTracks(why) {
    const playlist = await this.playlistWithTracks();
    if (!playlist) return;
    const victims = this.random.shuffled(playlist.tracks).slice(0, this.random.int(1, 2));
    const ids = victims.map((t) => t.id);
    let entryId = null;
    await this.settle(
      async () => {
        const answer = await this.send('DELETE', `/api/playlists/${playlist.id}/tracks`, {
          track_numbers: victims.map((t) => t.track_number),
        });
        entryId = answer.body.data.trash_entry_id;
      },
      (acked) =>
        this.ledger.tracksDeleted(
          ids,
          entryId,
          acked,
          `${why}: ${ids.join(', ')} of "${playlist.title}" -> entry ${entryId}`,
        ),
      'deleteTracks',
    );
  }

  async deletePlaylist(why) {
    const playlist = this.random.pick(this.playlists());
    let entryId = null;
    await this.settle(
      async () => {
        const answer = await this.send('DELETE', `/api/playlists/${playlist.id}`, {});
        entryId = answer.headers.get('x-trash-entry-id');
      },
      (acked) =>
        this.ledger.playlistDeleted(playlist.id, entryId, acked, `${why}: "${playlist.title}" -> entry ${entryId}`),
      'deletePlaylist',
    );
  }

  async restore(why) {
    const entries = (await call(this.box, 'GET', '/api/trash')).entries;
    const present = new Set(this.ledger.presentEntries());
    const entry = this.random.pick(entries.filter((e) => present.has(e.id)) ?? []);
    if (!entry) return;
    let result = null;
    await this.settle(
      async () => {
        result = (await this.send('POST', `/api/trash/${entry.id}/restore`, {})).body.data;
      },
      () =>
        this.ledger.restored(entry, result, `${why}: entry ${entry.id} (${entry.kind} of "${entry.playlist_title}")`),
      'restore',
    );
  }

  // Empties one trash entry for good, so that the trash stays small over a long run.
  async purge(why) {
    const entryId = this.random.pick(this.ledger.presentEntries());
    await this.settle(
      () => this.send('DELETE', `/api/trash/${entryId}`, {}),
      (acked) => this.ledger.purged(entryId, acked, `${why}: entry ${entryId}`),
      'purge',
    );
  }

  // The whole library as it is now, with what the box had promised at that instant (the lanes leave the library
  // alone meanwhile: this one waits for the answer, the player's changes are not promises).
  async backup(why) {
    const answer = await request(this.box, 'GET', '/api/system/backup', { raw: true });
    if (!answer.ok) throw new UnexpectedAnswer(`GET /api/system/backup -> ${answer.status}`);
    this.lastBackup = { archive: answer.body, promises: this.ledger.snapshot(), why };
    this.count('backup');
  }

  // Puts the last backup back through the chunked restore routes; the box restarts on it.
  async restoreBackup(_why) {
    const { archive, promises } = this.lastBackup;
    const session = (
      await this.send('POST', '/api/system/restore/session', {
        filename: 'soak-backup.tar',
        file_size: archive.length,
        chunk_size: RESTORE_CHUNK_SIZE,
      })
    ).body.data;
    for (let index = 0; index < session.total_chunks; index++) {
      const form = new FormData();
      const chunk = archive.subarray(index * RESTORE_CHUNK_SIZE, (index + 1) * RESTORE_CHUNK_SIZE);
      form.append('file', new Blob([chunk]), 'soak-backup.tar');
      await this.send('PUT', `/api/system/restore/${session.session_id}/chunks/${index}`, undefined, { form });
    }
    this.libraryReplaced = true;
    await this.settle(
      () => this.send('POST', '/api/system/restore', { session_id: session.session_id }),
      (acked) => this.ledger.backupRestored(promises, acked),
      'restoreBackup',
    );
    return RESTARTING;
  }

  // Runs an operation and records it: acknowledged when it answered 2xx, cut off when the power went.
  async settle(operation, record, kind) {
    try {
      await operation();
    } catch (error) {
      if (error instanceof NoAnswer) record(false);
      throw error;
    }
    record(true);
    this.count(kind);
  }
}
