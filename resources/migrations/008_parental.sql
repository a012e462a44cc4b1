-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: the parents' settings (one JSON document per name; "parental" for quiet hours and the
-- daily budget, PROTOCOL.md §4.6) and the listening time of each budget day, written every few seconds while
-- music plays so that a kill loses at most those seconds.
CREATE TABLE settings (
    name          TEXT PRIMARY KEY,
    value         TEXT NOT NULL
);
CREATE TABLE listening_days (
    day           TEXT PRIMARY KEY,
    listened_ms   INTEGER NOT NULL CHECK (listened_ms >= 0)
);
