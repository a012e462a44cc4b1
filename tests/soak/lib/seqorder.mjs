// SPDX-License-Identifier: GPL-3.0-or-later
// PROTOCOL §5.2 from one client's side: once the client is in step (after `ack:join`, or after `sync:complete`
// when it asked for a replay), every sequenced event it receives carries a server_seq above the one before.
// Snapshots and replays come before that point and may repeat older values by design (§5.6). Consumes the
// Recorder's events as it goes, so that a client listening for half an hour keeps no history.
import { sequenced } from '../../node/lib/realtime.mjs';

export class SeqOrder {
  constructor(name, recorder, inStepAfter) {
    this.name = name;
    this.recorder = recorder;
    this.inStepAfter = inStepAfter;
    this.last = null;
    this.checked = 0;
    this.problems = [];
  }

  // Checks the events recorded since the last call and forgets them.
  consume() {
    let events = this.recorder.events;
    if (this.last === null) {
      const marker = events.findIndex((e) => e.name === this.inStepAfter);
      if (marker < 0) return;
      const data = events[marker].data;
      this.last = { seq: data.current_global_seq ?? data.server_seq, name: this.inStepAfter };
      events = events.slice(marker + 1);
    }
    for (const event of sequenced({ events })) {
      const seq = event.data.server_seq;
      if (seq <= this.last.seq && this.problems.length < 3)
        this.problems.push(`${this.name}: ${event.name} seq ${seq} after ${this.last.name} seq ${this.last.seq}`);
      this.last = { seq, name: event.name };
      this.checked++;
    }
    this.recorder.events.length = 0;
  }
}
