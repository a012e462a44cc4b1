// SPDX-License-Identifier: GPL-3.0-or-later
// The player side of the soak: something plays all the time. Tags of two long playlists are placed and lifted
// through the simulated reader, the player is paused, resumed and skipped, and the last position heard is kept
// so that the resume point the box stored can be compared with it after the power cut.
import { makeWav, uploadWav } from '../../node/lib/browser.mjs';
import { NoAnswer, call, request } from './box.mjs';
import { UnexpectedAnswer } from './churn.mjs';

// How far the stored resume point may lag behind the position heard before the cut (PROTOCOL §6.1: every 5 s).
export const RESUME_LAG_LIMIT_MS = 5000;
const UNKNOWN_TAG = 'dead0000beef';

export class PlayerLane {
  constructor({ random }) {
    this.random = random;
    this.playlists = []; // [{id, tag}]
    this.operations = 0;
    this.acknowledged = {};
  }

  // Two playlists of two 90 s tracks, each with its tag; returns their ids.
  async setUp(box, ledger) {
    for (const [name, tag] of [
      ['Soak player A', 'a1a1a1a1'],
      ['Soak player B', 'b2b2b2b2'],
    ]) {
      const created = await call(box, 'POST', '/api/playlists', { title: name });
      for (const n of [1, 2])
        await uploadWav(
          box,
          created.id,
          `${name.at(-1)}${n}.wav`,
          `${name} ${n}`,
          makeWav({ seconds: 90, frequency: 220 * n }),
        );
      await call(box, 'POST', '/api/nfc/associate', { tag_id: tag, playlist_id: created.id });
      const playlist = await call(box, 'GET', `/api/playlists/${created.id}`);
      ledger.playlistCreated(playlist, `set-up of "${name}"`);
      for (const track of playlist.tracks) ledger.trackAdded(playlist.id, track, `set-up of "${name}"`);
      this.playlists.push({ id: playlist.id, tag });
    }
    return new Set(this.playlists.map((p) => p.id));
  }

  // Listens to the round's socket: the last track_position heard and which operations were sent before it.
  listen(socket) {
    this.lastTick = null;
    this.sentSinceTick = [];
    socket.on('state:track_position', (event) => {
      this.lastTick = { ...event.data, heardAt: Date.now() };
      this.sentSinceTick = [];
    });
  }

  async run(box) {
    this.box = box;
    try {
      await this.send('POST', '/api/player/repeat', { mode: 'playlist' }, 'repeat');
      this.current = this.random.pick(this.playlists);
      await this.place(this.current.tag);
      for (;;) {
        // Pacing, not a wait. Now and then the music just plays for a while, so that some cuts land between
        // the 5 s resume-point writes rather than just after a pause or a switch wrote one.
        const pause = this.random.chance(0.3) ? this.random.int(3000, 9000) : this.random.int(200, 1500);
        await new Promise((resolve) => setTimeout(resolve, pause));
        const kind = this.random.weighted({ toggle: 3, next: 1, switch: 2, unknownTag: 1, lift: 2, placeAgain: 1 });
        if (kind === 'toggle') await this.send('POST', '/api/player/toggle', {}, 'toggle');
        else if (kind === 'next') await this.send('POST', '/api/player/next', {}, 'next');
        else if (kind === 'switch') {
          this.current = this.playlists.find((p) => p !== this.current);
          await this.place(this.current.tag);
        } else if (kind === 'unknownTag') await this.place(UNKNOWN_TAG);
        else if (kind === 'lift')
          await this.send('POST', '/api/nfc/simulate', { tag_id: this.current.tag, action: 'remove' }, 'lift');
        else await this.place(this.current.tag);
      }
    } catch (error) {
      if (!(error instanceof NoAnswer)) throw error;
    }
  }

  place(tagId) {
    return this.send('POST', '/api/nfc/simulate', { tag_id: tagId, action: 'place' }, 'place');
  }

  async send(method, path, json, kind) {
    this.operations++;
    this.sentSinceTick?.push(kind);
    const answer = await request(this.box, method, path, { json });
    // A restore was committed: the box takes no change until its restart, which ends the round like a cut.
    if (answer.status === 503 && answer.body?.details?.reason === 'restarting')
      throw new NoAnswer(`${method} ${path}: the box is restarting`);
    if (!answer.ok) throw new UnexpectedAnswer(`${method} ${path} -> ${answer.status} ${JSON.stringify(answer.body)}`);
    this.acknowledged[kind] = (this.acknowledged[kind] ?? 0) + 1;
  }

  // Compares the last position heard with the resume points read from the database the cut left.
  // Returns {checked, problem?}: checked false when nothing was playing or heard.
  checkResumePoint(points) {
    const tick = this.lastTick;
    if (!tick || !tick.track_id || !tick.playlist_id) return { checked: false };
    const point = points.get(tick.playlist_id);
    const heard = `heard ${tick.position_ms} ms into track ${tick.track_id} (${tick.is_playing ? 'playing' : 'paused'})`;
    // A skip or a switch sent after the tick may have moved the player to another track before the cut.
    const moved = this.sentSinceTick.some((kind) => kind !== 'toggle' && kind !== 'lift');
    if (!point) {
      if (tick.position_ms <= RESUME_LAG_LIMIT_MS) return { checked: true };
      return { checked: true, problem: `no resume point stored for playlist ${tick.playlist_id}; ${heard}` };
    }
    const stored = `stored ${point.position_ms} ms into track ${point.track_id}`;
    if (point.track_id !== tick.track_id) {
      // The heard track began less than 5 s of playing ago: the point may still name the one before.
      if (moved || tick.position_ms <= RESUME_LAG_LIMIT_MS) return { checked: true };
      return { checked: true, problem: `resume point on another track: ${stored}; ${heard}` };
    }
    const lag = tick.position_ms - point.position_ms;
    if (lag > RESUME_LAG_LIMIT_MS)
      return { checked: true, problem: `resume point ${lag} ms behind the position heard: ${stored}; ${heard}` };
    return { checked: true, lag };
  }
}
