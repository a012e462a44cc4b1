-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12: what the cover scanner has still to look at, found without walking past everything it has
-- looked at already. Without these, each batch of a large new library read every track done before it (10 ms
-- a batch at the end of 20,000 tracks, on the main thread), so the whole scan grew with the square of the
-- library.
CREATE INDEX tracks_cover_pending ON tracks(playlist_id, track_number) WHERE cover IS NULL;
CREATE INDEX playlists_cover_pending ON playlists(created_at) WHERE cover IS NULL;
