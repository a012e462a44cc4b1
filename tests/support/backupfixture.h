// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/database.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// A small library on disk for the backup and restore tests (a migrated database with one playlist of two
// tracks and their files, a server_seq counter), and tar archives made and read by hand.
class BackupFixture
{
public:
    explicit BackupFixture(QString dataDir);

    // The library under dataDir; the database stays open.
    bool create(const QString &playlistTitle, int playlistSeq = 3, qint64 serverSeq = 5000);
    Database &database() { return m_database; }
    QString dataDir() const { return m_dataDir; }

    static QByteArray tar(const QList<QPair<QString, QByteArray>> &files);
    // Path -> bytes of every file; nullopt-like empty map with "!error" set when the archive is damaged.
    static QMap<QString, QByteArray> untar(const QByteArray &archive);
    // What a test reads back from a restored data folder: playlist titles with their revision, and the
    // counter.
    static QMap<QString, int> playlistRevisions(const QString &databaseFile);
    static qint64 counter(const QString &databaseFile, const QString &name);

private:
    QString m_dataDir;
    Database m_database;
};
