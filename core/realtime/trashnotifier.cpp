// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashnotifier.h"

#include "library/playlistservice.h"
#include "statemanager.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

Audience playlistsRoom()
{
    return Audience::to({Rooms::playlists()});
}

} // namespace

TrashNotifier::TrashNotifier(PlaylistService &playlists, TrashService &trash, StateManager &state,
                             QObject *parent)
    : QObject(parent)
    , m_trash(trash)
    , m_state(state)
{
    connect(&playlists, &PlaylistService::movedToTrash, this, &TrashNotifier::added);
    connect(&trash, &TrashService::restored, this, &TrashNotifier::restored);
    connect(&trash, &TrashService::entryRemoved, this, &TrashNotifier::removed);
}

void TrashNotifier::added(const TrashEntry &entry)
{
    m_state.publishState(u"state:trash_added"_s,
                         QJsonObject {{u"entry"_s, entry.toJson(m_trash.retentionDays())}}, playlistsRoom());
}

void TrashNotifier::restored(const TrashService::Restored &restored)
{
    const Playlist &playlist = restored.playlist;
    if (restored.playlistCreated) {
        m_state.publishState(
            u"state:playlist_created"_s,
            QJsonObject {{u"playlist_id"_s, playlist.id}, {u"playlist"_s, playlist.toJson()}},
            playlistsRoom(), {playlist.id, playlist.playlistSeq});
        return;
    }
    // One revision per track put back, as if each were added: state:track_added and the playlist as it was
    // after that track, so the pages see consecutive revisions.
    const qint64 firstSeq = playlist.playlistSeq - restored.tracks.size() + 1;
    for (qsizetype i = 0; i < restored.tracks.size(); ++i) {
        const Track &track = restored.tracks[i];
        Playlist step = playlist;
        step.playlistSeq = firstSeq + i;
        step.tracks.removeIf([&](const Track &t) {
            return std::any_of(restored.tracks.cbegin() + i + 1, restored.tracks.cend(),
                               [&](const Track &later) { return later.id == t.id; });
        });
        const PlaylistScope scope {playlist.id, step.playlistSeq};
        m_state.publishState(u"state:track_added"_s,
                             QJsonObject {{u"playlist_id"_s, playlist.id}, {u"track"_s, track.toJson()}},
                             playlistsRoom(), scope, {{u"track"_s, track.toJson()}});
        m_state.publishState(u"state:playlist"_s, step.toJson(), Audience::to({Rooms::playlist(playlist.id)}),
                             scope);
    }
}

void TrashNotifier::removed(const QString &entryId, const QString &reason)
{
    m_state.publishState(u"state:trash_removed"_s,
                         QJsonObject {{u"entry_id"_s, entryId}, {u"reason"_s, reason}}, playlistsRoom());
}
