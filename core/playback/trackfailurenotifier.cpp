// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackfailurenotifier.h"

#include "playbackcontroller.h"
#include "realtime/statemanager.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

TrackFailureNotifier::TrackFailureNotifier(PlaybackController &player, StateManager &state, QObject *parent)
    : QObject(parent)
{
    // trackFailed comes while the failed track is still the current one: its details are read here.
    connect(&player, &PlaybackController::trackFailed, this,
            [&player, &state](const QString &trackId, const QString &message) {
                const Track *track = player.currentTrack();
                const bool known = track && track->id == trackId;
                state.publishState(u"state:track_failed"_s,
                                   QJsonObject {{u"playlist_id"_s, player.loadedPlaylistId()},
                                                {u"track_id"_s, trackId},
                                                {u"title"_s, known ? track->title : QString()},
                                                {u"stream"_s, known && track->isStream()},
                                                {u"message"_s, message}},
                                   Audience::to({Rooms::playlists()}));
            });
}
