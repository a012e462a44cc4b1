// SPDX-License-Identifier: GPL-3.0-or-later
// What a power cut left in the data folder, read without the box: the database (through the sqlite3 command-line
// shell, on a copy so that the check never changes what the box will find) and the files of music/ and trash/.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const DATABASE = 'openmusicbox.db';

// Copies the database and its write-ahead log as the kill left them; returns the copy's path.
export function copyDatabase(dataDir) {
  const dir = mkdtempSync(join(tmpdir(), 'omb-soak-db-'));
  for (const suffix of ['', '-wal']) {
    const from = join(dataDir, DATABASE + suffix);
    if (existsSync(from)) copyFileSync(from, join(dir, DATABASE + suffix));
  }
  return { path: join(dir, DATABASE), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Rows of one SQL statement through `sqlite3 -json`.
export function query(databasePath, sql) {
  const result = spawnSync('sqlite3', ['-bail', '-json', databasePath, sql], { encoding: 'utf8' });
  if (result.error) throw new Error(`sqlite3 could not run: ${result.error.message} (install the sqlite3 package)`);
  if (result.status !== 0) throw new Error(`sqlite3 failed on "${sql}": ${result.stderr.trim()}`);
  return result.stdout.trim() ? JSON.parse(result.stdout) : [];
}

// Problems PRAGMA integrity_check and foreign_key_check report; [] when the database is sound.
export function databaseProblems(databasePath) {
  const integrity = query(databasePath, 'PRAGMA integrity_check').map((row) => row.integrity_check);
  const problems = integrity.filter((line) => line !== 'ok');
  for (const row of query(databasePath, 'PRAGMA foreign_key_check'))
    problems.push(`foreign key: ${row.table} row ${row.rowid} -> ${row.parent}`);
  return problems;
}

export function resumePoints(databasePath) {
  const points = new Map();
  for (const row of query(databasePath, 'SELECT playlist_id, track_id, position_ms, saved_at_ms FROM resume_points'))
    points.set(row.playlist_id, row);
  return points;
}

// Every regular file under dir: [{path, size}].
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    files.push({ path, size: statSync(path).size });
  }
  return files;
}

function wavDeclaredSize(path) {
  const header = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 12, 0) < 12) return null;
  } finally {
    closeSync(fd);
  }
  if (header.toString('ascii', 0, 4) !== 'RIFF' || header.toString('ascii', 8, 12) !== 'WAVE') return null;
  return header.readUInt32LE(4) + 8;
}

// Why a file in a music folder looks half-written, or null: a temporary name, no bytes, or a WAV shorter than its
// own header says.
export function partialReason(file) {
  const name = file.path.split('/').pop();
  if (name.startsWith('.') || /\.(part|tmp|temp)$/i.test(name) || name.includes('partial')) return 'a temporary name';
  if (file.size === 0) return 'zero length';
  if (/\.wav$/i.test(name)) {
    const declared = wavDeclaredSize(file.path);
    if (declared === null) return 'not a WAV file';
    if (declared > file.size) return `truncated (${file.size} of ${declared} bytes)`;
  }
  return null;
}

export function relativeTo(dataDir, path) {
  return relative(dataDir, path);
}

// Half-written files in music/ and trash/.
export function partialFileProblems(dataDir) {
  const problems = [];
  for (const folder of ['music', 'trash'])
    for (const file of filesUnder(join(dataDir, folder))) {
      const reason = partialReason(file);
      if (reason) problems.push(`${relative(dataDir, file.path)}: ${reason}`);
    }
  return problems;
}

// Rows and files side by side: every track row of a playlist has its file in music/, every track of a trash entry
// its file in trash/<entry>/, and no file lies there without its row.
export function rowAndFileProblems(dataDir, library) {
  const problems = [];
  const expected = new Map();
  for (const p of library.playlists)
    for (const t of p.tracks) expected.set(t.file_path, `track ${t.id} of playlist "${p.title}"`);
  for (const e of library.entries)
    for (const t of e.tracks)
      expected.set(join(dataDir, 'trash', e.id, t.filename), `track ${t.id} of trash entry ${e.id}`);
  const found = new Set([
    ...filesUnder(join(dataDir, 'music')).map((f) => f.path),
    ...filesUnder(join(dataDir, 'trash')).map((f) => f.path),
  ]);
  for (const [path, owner] of expected)
    if (!found.has(path)) problems.push(`${owner} has no file (${relative(dataDir, path)})`);
  for (const path of found) if (!expected.has(path)) problems.push(`${relative(dataDir, path)} has no row`);
  return problems;
}
