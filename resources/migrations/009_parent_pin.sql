-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: the parents' PIN (PROTOCOL.md §4.10), one row at most. Only a salted PBKDF2-SHA256 key of
-- the PIN is kept, with the salt and the iteration count it was made with, so a later box may raise the count
-- without locking anyone out.
CREATE TABLE parent_pin (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    salt          BLOB NOT NULL,
    iterations    INTEGER NOT NULL CHECK (iterations > 0),
    key           BLOB NOT NULL,
    set_at        TEXT NOT NULL
);
