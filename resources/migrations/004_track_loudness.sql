-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: the loudness of each track, measured once at import (ReplayGain, reference 89 dB) or taken
-- from the file's own ReplayGain tags; the player turns it into a gain (PROTOCOL.md §7.3 "Loudness").
CREATE TABLE track_loudness (
    track_id      TEXT PRIMARY KEY REFERENCES tracks (id) ON DELETE CASCADE,
    gain_db       REAL NOT NULL,
    peak          REAL NOT NULL CHECK (peak >= 0),
    measured_at   TEXT NOT NULL
);
