-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14: a playlist's count of its tracks' plays changes, without a new playlist_seq, when one of them
-- is played; the playlist list kept that part of each page's revision by summing the play counts of every track
-- on the page for each request (2,000 rows for a page of 100 x 20, nearly half of what the box did for the
-- request). The trigger moves plays_revision instead, and the page reads it from the playlist rows alone.
ALTER TABLE playlists ADD COLUMN plays_revision INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER track_played AFTER UPDATE OF play_count ON tracks WHEN new.play_count IS NOT old.play_count BEGIN
    UPDATE playlists SET plays_revision = plays_revision + 1 WHERE id = new.playlist_id;
END;
