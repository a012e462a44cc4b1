-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: full-text search over playlist titles and track title, artist and album (SQLite FTS5).
-- Each index row has the rowid of the row it indexes; triggers keep both in step in the same transaction, so
-- a power cut leaves either both or neither. Accents and case do not matter ("eleve" finds "Élève").
CREATE VIRTUAL TABLE playlist_search USING fts5 (title, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE track_search USING fts5 (title, artist, album, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO playlist_search (rowid, title) SELECT rowid, title FROM playlists;
INSERT INTO track_search (rowid, title, artist, album)
    SELECT rowid, title, coalesce(artist, ''), coalesce(album, '') FROM tracks;

CREATE TRIGGER playlist_search_insert AFTER INSERT ON playlists BEGIN
    INSERT INTO playlist_search (rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER playlist_search_update AFTER UPDATE OF title ON playlists BEGIN
    UPDATE playlist_search SET title = new.title WHERE rowid = old.rowid;
END;
CREATE TRIGGER playlist_search_delete AFTER DELETE ON playlists BEGIN
    DELETE FROM playlist_search WHERE rowid = old.rowid;
END;

CREATE TRIGGER track_search_insert AFTER INSERT ON tracks BEGIN
    INSERT INTO track_search (rowid, title, artist, album)
        VALUES (new.rowid, new.title, coalesce(new.artist, ''), coalesce(new.album, ''));
END;
CREATE TRIGGER track_search_update AFTER UPDATE OF title, artist, album ON tracks BEGIN
    UPDATE track_search SET title = new.title, artist = coalesce(new.artist, ''), album = coalesce(new.album, '')
        WHERE rowid = old.rowid;
END;
CREATE TRIGGER track_search_delete AFTER DELETE ON tracks BEGIN
    DELETE FROM track_search WHERE rowid = old.rowid;
END;
