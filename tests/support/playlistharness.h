// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/database.h"
#include "library/filejournal.h"
#include "library/playlistrepository.h"
#include "library/playlistservice.h"
#include "realtime/statemanager.h"

#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

// A real library in a temporary folder (database, journal, repository, PlaylistService, StateManager) that
// records every published event, for tests of the services that add tracks (uploads, downloads).
class PlaylistHarness
{
public:
    struct Event
    {
        QString name;
        QJsonObject payload;
        QStringList rooms; // empty for a global event
    };

    PlaylistHarness();

    bool isValid() const { return m_valid; }
    QString dataDir() const { return m_dir.path(); }
    QString musicDir() const { return m_dir.filePath(QStringLiteral("music")); }
    QString folderOf(const QString &playlistId) const; // the playlist's folder on disk
    QString createPlaylist(const QString &title); // its id, or empty on failure
    // The files in a folder, hidden ones included.
    static QStringList filesIn(const QString &folder);

    QList<Event> eventsNamed(const QString &name) const;
    QStringList eventNames() const;
    void clearEvents() { m_events.clear(); }

    StateManager state;
    PlaylistRepository &repository() { return m_repository; }
    PlaylistService &playlists() { return m_service; }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    Database m_database;
    PlaylistRepository m_repository;
    FileJournal m_journal;
    PlaylistService m_service;
    QList<Event> m_events;
};
