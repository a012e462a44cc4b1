-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: the volume limits a parent sets per playlist (PROTOCOL.md §3 Playlist): the loudest it may
-- play and the volume it starts at; NULL = no limit, the box's own setting.
ALTER TABLE playlists ADD COLUMN max_volume INTEGER CHECK (max_volume BETWEEN 0 AND 100);
ALTER TABLE playlists ADD COLUMN start_volume INTEGER CHECK (start_volume BETWEEN 0 AND 100);
