// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

class CoverStore;
class Database;

// Which tracks and playlist folders still need their cover looked at (column `cover`: NULL = not looked at,
// '' = none, else a CoverStore name) and the answers found. Storing a cover that changes what a playlist's
// JSON shows bumps its playlist_seq, so the cached JSON and the clients follow.
class CoverRepository
{
public:
    struct Pending
    {
        enum class Kind { Folder, Track };
        Kind kind = Kind::Track;
        QString id; // the playlist's (Folder) or the track's (Track)
        QString playlistId;
        QString path; // the folder or the audio file
    };

    CoverRepository(Database &database, QString musicDir);

    // Folders first, so a playlist shows its folder image before its tracks are read.
    QList<Pending> pending(int limit) const;
    // name: the stored picture, or empty for none. True when the playlist's JSON changed.
    Result<bool> store(const Pending &item, const QString &name);
    // Every cover whose file is gone (a restored backup, a cleared folder) is looked for again.
    Status recheck(const CoverStore &store);
    // Every playlist folder, to look at again at start (an image may have been added or removed).
    QList<Pending> folders() const;

private:
    Database &m_database;
    QString m_musicDir;
};
