-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 11: cover art (PROTOCOL.md §4.12). The name of the stored picture under
-- <data-dir>/covers/: a track's own embedded picture, a playlist's cover.*/folder.* image. NULL = not looked at
-- yet (the cover scanner will), '' = looked at, there is none (not looked at again).
ALTER TABLE tracks ADD COLUMN cover TEXT;
ALTER TABLE playlists ADD COLUMN cover TEXT;
