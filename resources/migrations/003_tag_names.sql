-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: the name a parent gives a tag ("Blue owl card") and when it last started something. Kept
-- apart from tag_associations so that a tag keeps its name when it is linked to another playlist.
CREATE TABLE tag_names (
    tag_id        TEXT PRIMARY KEY,
    name          TEXT NOT NULL DEFAULT '',
    last_used_at  TEXT
);
