-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: what the loudness scanner has still to measure, found without walking past everything it
-- has measured. Without this, every batch and every edit of a playlist (each asks the scanner to look again) read
-- all tracks against track_loudness: 20,000 tracks made each PUT of a playlist wait for that, on the main thread.
-- Triggers keep the mark: it is set for every new track row (the default) and whenever its measure goes away,
-- cleared when a measure is stored.
ALTER TABLE tracks ADD COLUMN loudness_pending INTEGER NOT NULL DEFAULT 1;
UPDATE tracks SET loudness_pending = 0 WHERE id IN (SELECT track_id FROM track_loudness);
CREATE INDEX tracks_loudness_pending ON tracks(created_at) WHERE loudness_pending = 1 AND stream_url IS NULL;
CREATE TRIGGER track_loudness_measured AFTER INSERT ON track_loudness BEGIN
    UPDATE tracks SET loudness_pending = 0 WHERE id = new.track_id;
END;
CREATE TRIGGER track_loudness_measured_again AFTER UPDATE ON track_loudness BEGIN
    UPDATE tracks SET loudness_pending = 0 WHERE id = new.track_id;
END;
CREATE TRIGGER track_loudness_forgotten AFTER DELETE ON track_loudness BEGIN
    UPDATE tracks SET loudness_pending = 1 WHERE id = old.track_id;
END;
