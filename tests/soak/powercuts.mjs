#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// A hundred power cuts: a driver mixes library edits, uploads, downloads, backups and restores, tag placements and
// playback, and SIGKILLs the box at random instants. After every restart: the database is sound, no half-written
// file is in the music folders, rows and files match, every acknowledged operation is there (after a restore, the
// backup's), and the resume point is at most 5 s behind the position heard. `--seed N` replays a run (same operations, cuts in the same requests).
// Usage: node tests/soak/powercuts.mjs [--kills N] [--seed N] [--keep]   (OMB_SERVER_BINARY names the box)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { socketIoClient } from '../node/lib/realtime.mjs';
import { allPlaylists, call, cutPower, startBox } from './lib/box.mjs';
import { ChurnLane } from './lib/churn.mjs';
import {
  copyDatabase,
  databaseProblems,
  partialFileProblems,
  resumePoints,
  rowAndFileProblems,
} from './lib/datafolder.mjs';
import { Ledger } from './lib/ledger.mjs';
import { PlayerLane } from './lib/playerlane.mjs';
import { SeededRandom, freshSeed } from './lib/seededrandom.mjs';

const { values: options } = parseArgs({
  options: { kills: { type: 'string', default: '100' }, seed: { type: 'string' }, keep: { type: 'boolean' } },
});
const kills = Number(options.kills);
const seed = options.seed === undefined ? freshSeed() : Number(options.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error('usage: powercuts.mjs [--kills N] [--seed N] [--keep]');
  process.exit(2);
}

console.log(`soak: seed ${seed} (replay with --seed ${seed}), ${kills} power cuts`);
const started = Date.now();
const dataDir = mkdtempSync(join(tmpdir(), 'omb-soak-'));
const ledger = new Ledger();
const cuts = new SeededRandom(seed ^ 0x5bd1e995);
const player = new PlayerLane({ random: new SeededRandom(seed ^ 0x9e3779b9) });
const passed = { database: 0, partialFiles: 0, rowsAndFiles: 0, acknowledged: 0, resumePoint: 0 };
let resumeUnchecked = 0;
let worstResumeLag = 0;
const adopted = { added: 0, dropped: 0 };

function fail(kill, check, evidence, log) {
  console.error(`\nsoak: FAILED at power cut ${kill} of ${kills} (seed ${seed}): ${check}`);
  for (const line of evidence.slice(0, 20)) console.error(`  - ${line}`);
  if (evidence.length > 20) console.error(`  … and ${evidence.length - 20} more`);
  if (log)
    console.error(
      `  last lines of the box's log:\n${log
        .output()
        .trim()
        .split('\n')
        .slice(-15)
        .map((l) => `    ${l}`)
        .join('\n')}`,
    );
  console.error(`  data folder kept: ${dataDir}\n  replay: --seed ${seed} --kills ${kill}`);
  process.exit(1);
}

// Where the next cut lands, counted in the library lane's operations so that a replay cuts the same request:
// when that round's n-th operation has been in flight for a few milliseconds. Most rounds are short (the cut
// hits start-up and the first requests); some run for several seconds, across the 5 s resume-point writes.
function nextCut() {
  return { operation: cuts.chance(0.6) ? cuts.int(1, 100) : cuts.int(100, 500), afterMs: cuts.int(0, 40) };
}

let box = await startBox(dataDir);
process.on('exit', () => box.child.kill('SIGKILL')); // never leave a box behind, whatever ends the run
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
const excluded = await player.setUp(box, ledger);
const churn = new ChurnLane({ ledger, random: new SeededRandom(seed), excluded });

for (let kill = 1; kill <= kills; kill++) {
  // One round: both lanes run until the power goes.
  let diedAlone = false;
  box.child.once('exit', () => (diedAlone = !cutting));
  let cutting = false;
  const client = await socketIoClient(box);
  client.socket.emit('join:playlists', {});
  client.socket.on('youtube:complete', (event) => churn.downloadFinished(event));
  player.listen(client.socket);
  const cut = nextCut();
  let cutDue;
  const due = new Promise((resolve) => (cutDue = resolve));
  churn.beforeOperation = (n) => n === cut.operation && setTimeout(cutDue, cut.afterMs);
  const churnRun = churn.run(box);
  const lanes = Promise.allSettled([churnRun, player.run(box)]);
  await Promise.race([due, churnRun.catch(() => {})]); // a lane that fails ends the round at once
  cutting = true;
  const output = box.output;
  await cutPower(box);
  client.close();
  churn.powerCut();
  for (const lane of await lanes)
    if (lane.status === 'rejected')
      fail(kill, 'an operation got an error answer', [String(lane.reason?.message ?? lane.reason)], { output });
  if (diedAlone) fail(kill, 'the box died before the power cut', [], { output });

  // What the cut left, before the box runs again.
  const copy = copyDatabase(dataDir);
  try {
    const broken = databaseProblems(copy.path);
    if (broken.length) fail(kill, 'PRAGMA integrity_check / foreign_key_check', broken, { output });
    passed.database++;
    // A restore puts the backup's resume points back: nothing heard this round is promised then.
    const resume = churn.libraryReplaced ? { checked: false } : player.checkResumePoint(resumePoints(copy.path));
    if (resume.problem) fail(kill, 'resume point', [resume.problem], { output });
    if (resume.checked) passed.resumePoint++;
    else resumeUnchecked++;
    worstResumeLag = Math.max(worstResumeLag, resume.lag ?? 0);
  } finally {
    copy.remove();
  }

  box = await startBox(dataDir);
  // The start-up library sync is the box's own recovery of files whose row a cut prevented: judge after it
  // (a sync asked for while one runs answers when that one is done).
  await call(box, 'POST', '/api/playlists/sync', {});
  for (const [, added, dropped] of box.output().matchAll(/library sync: .*?\+(\d+)\/-(\d+) tracks/g)) {
    adopted.added += Number(added);
    adopted.dropped += Number(dropped);
  }
  const library = {
    playlists: await allPlaylists(box),
    entries: (await call(box, 'GET', '/api/trash')).entries,
  };
  const partial = partialFileProblems(dataDir);
  if (partial.length) fail(kill, 'no partial file in the music folders', partial, box);
  passed.partialFiles++;
  const unmatched = rowAndFileProblems(dataDir, library);
  if (unmatched.length) fail(kill, 'rows and files match', unmatched, box);
  passed.rowsAndFiles++;
  const broken = ledger.reconcile(library);
  if (broken.length) fail(kill, 'every acknowledged operation is present', broken, box);
  passed.acknowledged++;
  if (kill % 10 === 0 || kill === kills)
    console.log(
      `soak: ${kill}/${kills} power cuts, ${library.playlists.length} playlists, ${library.playlists.reduce(
        (n, p) => n + p.tracks.length,
        0,
      )} tracks, ${library.entries.length} trash entries, ${Math.round((Date.now() - started) / 1000)} s`,
    );
}
await box.stop();

const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
const list = (counts) =>
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nsoak: PASSED, seed ${seed}`);
console.log(`  power cuts: ${kills} in ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
console.log(
  `  operations acknowledged: ${sum(churn.acknowledged) + sum(player.acknowledged)} (library: ${list(churn.acknowledged)}; player: ${list(player.acknowledged)})`,
);
console.log(`  operations cut off in flight: ${churn.cutOff}`);
console.log(
  `  start-up library syncs: ${adopted.added} tracks added (files whose row a cut prevented), ${adopted.dropped} dropped`,
);
console.log(
  `  checks passed: ${sum(passed)} (${list(passed)}); resume point not checkable ${resumeUnchecked}× (nothing heard yet), worst lag ${worstResumeLag} ms`,
);
if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
