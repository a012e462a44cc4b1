// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbacktagplayer.h"

#include "playback/playbackcontroller.h"

PlaybackTagPlayer::PlaybackTagPlayer(PlaybackController &controller)
    : m_controller(controller)
{ }

TagPlayer::State PlaybackTagPlayer::state() const
{
    switch (m_controller.state()) {
    case PlaybackController::State::Playing:
        return State::Playing;
    case PlaybackController::State::Paused:
        return State::Paused;
    case PlaybackController::State::Stopped:
        break;
    }
    return State::Stopped;
}

QString PlaybackTagPlayer::loadedPlaylistId() const
{
    return m_controller.loadedPlaylistId();
}

Status PlaybackTagPlayer::playPlaylist(const Playlist &playlist, bool resume)
{
    return m_controller.playPlaylist(
        playlist, resume ? PlaybackController::StartMode::Resume : PlaybackController::StartMode::FromStart);
}

void PlaybackTagPlayer::resume()
{
    m_controller.play();
}

void PlaybackTagPlayer::pause()
{
    m_controller.pause();
}
