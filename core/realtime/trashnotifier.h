// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/trashservice.h"

#include <QObject>

class PlaylistService;
class StateManager;

// Turns what goes into and out of the trash into events (PROTOCOL.md §5.4): state:trash_added when
// PlaylistService moved something there, the library events of a restore (state:playlist_created, or
// state:track_added and state:playlist), and state:trash_removed, all to the `playlists` room.
class TrashNotifier : public QObject
{
    Q_OBJECT
public:
    TrashNotifier(PlaylistService &playlists, TrashService &trash, StateManager &state,
                  QObject *parent = nullptr);

private:
    void added(const TrashEntry &entry);
    void restored(const TrashService::Restored &restored);
    void removed(const QString &entryId, const QString &reason);

    TrashService &m_trash;
    StateManager &m_state;
};
