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

// A real library (SQLite in a temporary folder) with a StateManager whose every emission is recorded, for the
// tests of the NFC services: they check the events and their order, not mocks.
class TagLibraryFixture
{
public:
    struct Event
    {
        QString name;
        QJsonObject payload;
        Audience audience;
        qint64 seq = 0;
    };

    TagLibraryFixture();

    bool isReady() const { return m_ready; }
    QString createPlaylist(const QString &title); // its id
    void giveTag(const QString &playlistId, const QString &tagId); // without recording the events

    QList<Event> events;
    QStringList eventNames() const;
    QList<Event> named(const QString &name) const;
    void clearEvents() { events.clear(); }

    QTemporaryDir dir;
    Database database;
    StateManager state;
    std::unique_ptr<FileJournal> journal;
    std::unique_ptr<PlaylistRepository> repository;
    std::unique_ptr<PlaylistService> playlists;

private:
    bool m_ready = false;
};
