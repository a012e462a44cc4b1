// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class SequenceStore;

// The global server_seq (PROTOCOL.md §5.2): strictly increasing, and never repeated or lower after a restart
// or a crash. Numbers are reserved in blocks: before handing out a number above the saved ceiling it saves
// a new ceiling `blockSize` higher, so a crash skips at most one block and the database is written once per
// block, not per event. A clean shutdown saves the exact value (flush) so nothing is skipped.
//
// It also watches playlist revisions (playlist_seq, owned and persisted by the library): members of a
// playlist room must see them only go up, so a revision that goes back is reported as a bug.
class SequenceGenerator
{
public:
    explicit SequenceGenerator(SequenceStore *store = nullptr, qint64 blockSize = 1000);

    // Reads the saved ceiling; the next number is one above it. Called once the database is open; next()
    // calls it itself if nobody did.
    void restore();
    bool isRestored() const { return m_restored; }

    qint64 next();
    qint64 current() const { return m_current; }
    bool lastSaveFailed() const { return m_saveFailed; }
    // Saves the current value as the ceiling (clean shutdown).
    void flush();

    // False (and the revision is not taken) when `revision` is lower than one already seen for the playlist.
    bool notePlaylistSeq(const QString &playlistId, qint64 revision);
    qint64 playlistSeq(const QString &playlistId) const { return m_playlistSeqs.value(playlistId); }
    void forgetPlaylist(const QString &playlistId) { m_playlistSeqs.remove(playlistId); }

private:
    bool saveCeiling(qint64 ceiling);

    SequenceStore *m_store;
    qint64 m_blockSize;
    qint64 m_current = 0;
    qint64 m_ceiling = 0;
    bool m_restored = false;
    bool m_saveFailed = false;
    QHash<QString, qint64> m_playlistSeqs;
};
