// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerstateservice.h"

#include "common/jsonvalues.h"
#include "playbackcontroller.h"
#include "realtime/statemanager.h"
#include "sleeptimer.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject withoutVolatileFields(QJsonObject state)
{
    state.remove(u"position_ms"_s);
    state.remove(u"server_seq"_s);
    if (QJsonValue sleep = state.value(u"sleep_timer"_s); sleep.isObject()) {
        QJsonObject fixed = sleep.toObject(); // the countdown moves on its own, like the position
        fixed.remove(u"remaining_ms"_s);
        state.insert(u"sleep_timer"_s, fixed);
    }
    if (QJsonValue listening = state.value(u"listening"_s); listening.isObject()) {
        QJsonObject fixed = listening.toObject(); // grows every second while music plays
        fixed.remove(u"today_ms"_s);
        state.insert(u"listening"_s, fixed);
    }
    return state;
}
} // namespace

PlayerStateService::PlayerStateService(PlaybackController &controller, const SleepTimer &sleep,
                                       StateManager &state, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_sleep(sleep)
    , m_state(state)
    , m_lastPublished(withoutVolatileFields(build(0)))
{
    connect(&controller, &PlaybackController::changed, this, &PlayerStateService::publishIfChanged);
    connect(&sleep, &SleepTimer::changed, this, &PlayerStateService::publishIfChanged);
}

QJsonObject PlayerStateService::playerState() const
{
    return build(m_state.currentSeq());
}

QString PlayerStateService::stateName(int state)
{
    switch (PlaybackController::State(state)) {
    case PlaybackController::State::Playing:
        return u"playing"_s;
    case PlaybackController::State::Paused:
        return u"paused"_s;
    case PlaybackController::State::Stopped:
        break;
    }
    return u"stopped"_s;
}

QString PlayerStateService::repeatName(int repeat)
{
    switch (PlaybackController::Repeat(repeat)) {
    case PlaybackController::Repeat::Playlist:
        return u"playlist"_s;
    case PlaybackController::Repeat::Track:
        return u"track"_s;
    case PlaybackController::Repeat::None:
        break;
    }
    return u"none"_s;
}

QJsonObject PlayerStateService::build(qint64 serverSeq) const
{
    const PlaybackController &c = m_controller;
    const Track *track = c.currentTrack();
    const bool loaded = c.isLoaded();
    return {{u"is_playing"_s, c.isPlaying()},
            {u"state"_s, stateName(int(c.state()))},
            {u"active_playlist_id"_s, nullIfEmpty(c.loadedPlaylistId())},
            {u"active_playlist_title"_s, loaded ? QJsonValue(c.loadedPlaylistTitle()) : QJsonValue()},
            {u"active_track_id"_s, track ? QJsonValue(track->id) : QJsonValue()},
            {u"active_track"_s, track ? QJsonValue(track->toActiveTrackJson()) : QJsonValue()},
            {u"track_index"_s, track ? QJsonValue(c.trackIndex()) : QJsonValue()},
            {u"track_count"_s, c.trackCount()},
            {u"position_ms"_s, c.position()},
            {u"duration_ms"_s, c.isLive() ? QJsonValue() : QJsonValue(c.duration())},
            {u"is_live"_s, c.isLive()},
            {u"can_prev"_s, c.canPrevious()},
            {u"can_next"_s, c.canNext()},
            {u"volume"_s, c.volume()},
            {u"max_volume"_s, c.maxVolume()},
            {u"muted"_s, c.isMuted()},
            {u"shuffle"_s, c.isShuffled()},
            {u"repeat"_s, repeatName(int(c.repeat()))},
            {u"sleep_timer"_s, m_sleep.toJson()},
            {u"listening"_s, m_listening ? m_listening() : QJsonValue()},
            {u"server_seq"_s, serverSeq}};
}

void PlayerStateService::publishIfChanged()
{
    // The event's own seq is the next one: data.server_seq then matches the envelope.
    QJsonObject state = build(m_state.currentSeq() + 1);
    const QJsonObject comparable = withoutVolatileFields(state);
    if (comparable == m_lastPublished)
        return;
    const bool volumeChanged = comparable.value(u"volume"_s) != m_lastPublished.value(u"volume"_s)
        || comparable.value(u"muted"_s) != m_lastPublished.value(u"muted"_s);
    m_lastPublished = comparable;
    if (volumeChanged) {
        m_state.publishState(u"state:volume_changed"_s,
                             QJsonObject {{u"volume"_s, comparable.value(u"volume"_s)},
                                          {u"muted"_s, comparable.value(u"muted"_s)}},
                             Audience::to({Rooms::playlists()}));
        state.insert(u"server_seq"_s, m_state.currentSeq() + 1);
    }
    m_state.publishState(u"state:player"_s, state, Audience::to({Rooms::playlists()}));
}

QString PlayerStateService::summary(const QJsonObject &playerState)
{
    const QString state = playerState.value(u"state"_s).toString();
    const QJsonObject track = playerState.value(u"active_track"_s).toObject();
    if (state == "stopped"_L1 || track.isEmpty())
        return u"idle"_s;
    return u"%1 %2 (%3)"_s.arg(state, track.value(u"title"_s).toString(),
                               playerState.value(u"active_playlist_title"_s).toString());
}
