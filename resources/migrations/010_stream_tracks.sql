-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 10: a track may play an http(s) stream instead of a file (PROTOCOL.md §3 Track). Such a row
-- has no file: its `filename` is a placeholder that keeps UNIQUE (playlist_id, filename) and names no file.
ALTER TABLE tracks ADD COLUMN stream_url TEXT CHECK (stream_url IS NULL OR length(stream_url) BETWEEN 8 AND 2048);
