-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: the trash. A deleted playlist, or a set of deleted tracks, is kept here with everything
-- needed to put it back (its rows as JSON: the playlist, its tracks, its tag link and resume point); its files
-- wait in <data-dir>/trash/<id>/. Entries older than TRASH_RETENTION_DAYS are purged.
CREATE TABLE trash_entries (
    id              TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('playlist', 'tracks')),
    playlist_id     TEXT NOT NULL,
    playlist_title  TEXT NOT NULL,
    deleted_at      TEXT NOT NULL,
    content         TEXT NOT NULL
);
CREATE INDEX trash_by_age ON trash_entries (deleted_at);
