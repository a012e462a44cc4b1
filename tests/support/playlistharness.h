// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/database.h"
#include "library/filejournal.h"
#include "library/playlistrepository.h"
#include "library/playlistservice.h"
#include "library/resumepointrepository.h"
#include "library/trashbin.h"
#include "library/trashrepository.h"
#include "manualclock.h"
#include "realtime/playlistnotifier.h"
#include "realtime/statemanager.h"

#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

// A real library in a temporary folder (database, journal, repository, PlaylistService and its notifier, a
// StateManager) that records every published event, for the tests of the services built on the library
// (uploads, downloads, NFC): they check the events and their order, not mocks.
class PlaylistHarness
{
public:
    struct Event
    {
        QString name;
        QJsonObject payload;
        Audience audience;
        qint64 seq = 0;
    };

    PlaylistHarness();

    bool isValid() const { return m_valid; }
    QString dataDir() const { return m_dir.path(); }
    QString musicDir() const { return m_dir.filePath(QStringLiteral("music")); }
    QString trashDir() const { return m_dir.filePath(QStringLiteral("trash")); }
    QString folderOf(const QString &playlistId) const; // the playlist's folder on disk
    QString createPlaylist(const QString &title); // its id, or empty on failure
    void giveTag(const QString &playlistId, const QString &tagId); // without going through the service
    // The files in a folder, hidden ones included.
    static QStringList filesIn(const QString &folder);

    const QList<Event> &events() const { return m_events; }
    QList<Event> eventsNamed(const QString &name) const;
    QStringList eventNames() const;
    void clearEvents() { m_events.clear(); }

    StateManager state;
    Database &database() { return m_database; }
    PlaylistRepository &repository() { return m_repository; }
    PlaylistService &playlists() { return m_service; }
    FileJournal &journal() { return m_journal; }
    ResumePointRepository &resumePoints() { return m_resumePoints; }
    TrashRepository &trashEntries() { return m_trashEntries; }
    TrashBin &trashBin() { return m_trashBin; }
    ManualClock clock; // the trash's clock (when things were deleted)

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
    Database m_database;
    PlaylistRepository m_repository;
    FileJournal m_journal;
    ResumePointRepository m_resumePoints;
    TrashRepository m_trashEntries;
    TrashBin m_trashBin;
    TrackDetailsRepository m_trackDetails;
    PlaylistService m_service;
    PlaylistNotifier m_notifier;
    QList<Event> m_events;
};
