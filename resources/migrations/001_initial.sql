-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: playlists, tracks, tag associations, resume points, persisted counters, and the journal
-- of file operations that must follow a committed row change even across a power cut.
CREATE TABLE playlists (
    id            TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    folder        TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    last_played   INTEGER NOT NULL DEFAULT 0,
    playlist_seq  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX playlists_by_update ON playlists (updated_at DESC, title);

CREATE TABLE tracks (
    id            TEXT PRIMARY KEY,
    playlist_id   TEXT NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    track_number  INTEGER NOT NULL CHECK (track_number >= 1),
    title         TEXT NOT NULL,
    filename      TEXT NOT NULL,
    duration_ms   INTEGER NOT NULL DEFAULT 0,
    artist        TEXT,
    album         TEXT,
    has_cover     INTEGER NOT NULL DEFAULT 0,
    play_count    INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (playlist_id, track_number),
    UNIQUE (playlist_id, filename)
);

CREATE TABLE tag_associations (
    tag_id        TEXT PRIMARY KEY,
    playlist_id   TEXT NOT NULL UNIQUE REFERENCES playlists (id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL
);

CREATE TABLE resume_points (
    playlist_id   TEXT PRIMARY KEY REFERENCES playlists (id) ON DELETE CASCADE,
    track_id      TEXT NOT NULL,
    position_ms   INTEGER NOT NULL,
    saved_at_ms   INTEGER NOT NULL
);

CREATE TABLE counters (
    name          TEXT PRIMARY KEY,
    value         INTEGER NOT NULL
);

CREATE TABLE pending_file_ops (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    kind          TEXT NOT NULL CHECK (kind IN ('rename', 'remove')),
    from_path     TEXT NOT NULL,
    to_path       TEXT NOT NULL DEFAULT ''
);
