// SPDX-License-Identifier: GPL-3.0-or-later
#include "nowplayingviewmodel.h"

#include "library/coverstore.h"
#include "playback/playbackcontroller.h"
#include "playback/playerstateservice.h"
#include "playback/trackprogressservice.h"

using namespace Qt::StringLiterals;

NowPlayingViewModel::NowPlayingViewModel(PlaybackController &player, TrackProgressService &progress,
                                         int volumeMin, int volumeMax, QString coversDir, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_volumeMin(volumeMin)
    , m_volumeMax(volumeMax)
    , m_coversDir(std::move(coversDir))
    , m_view(read())
    , m_positionMs(player.position())
{
    connect(&m_player, &PlaybackController::changed, this, &NowPlayingViewModel::refresh);
    connect(&progress, &TrackProgressService::positionPublished, this,
            &NowPlayingViewModel::onPositionPublished);
}

QString NowPlayingViewModel::coverLetter() const
{
    const QString name = m_view.playlistTitle.trimmed();
    return name.isEmpty() ? QString() : name.left(1).toUpper();
}

QUrl NowPlayingViewModel::coverUrl() const
{
    if (m_view.cover.isEmpty() || m_coversDir.isEmpty())
        return {};
    return QUrl::fromLocalFile(CoverStore(m_coversDir).pathOf(m_view.cover));
}

NowPlayingViewModel::View NowPlayingViewModel::read() const
{
    View view;
    view.loaded = m_player.isLoaded();
    const Track *track = m_player.currentTrack();
    if (track)
        view.title = track->title;
    view.cover = track && track->cover ? *track->cover : m_player.loadedPlaylistCover().value_or(QString());
    view.playlistId = m_player.loadedPlaylistId();
    view.playlistTitle = m_player.loadedPlaylistTitle();
    view.trackNumber = m_player.trackIndex() + 1;
    view.trackCount = m_player.trackCount();
    view.durationMs = m_player.duration();
    view.live = m_player.isLive();
    view.playing = m_player.isPlaying();
    view.volume = m_player.volume();
    view.shuffle = m_player.isShuffled();
    view.repeat = PlayerStateService::repeatName(int(m_player.repeat()));
    view.canNext = m_player.canNext();
    view.canPrevious = m_player.canPrevious();
    return view;
}

void NowPlayingViewModel::refresh()
{
    const View fresh = read();
    const View old = std::exchange(m_view, fresh);
    if (old.loaded != fresh.loaded || old.title != fresh.title || old.playlistId != fresh.playlistId
        || old.playlistTitle != fresh.playlistTitle || old.cover != fresh.cover
        || old.trackNumber != fresh.trackNumber || old.trackCount != fresh.trackCount
        || old.durationMs != fresh.durationMs || old.live != fresh.live)
        Q_EMIT trackChanged();
    if (old.playing != fresh.playing)
        Q_EMIT playingChanged();
    if (old.volume != fresh.volume)
        Q_EMIT volumeChanged();
    if (old.shuffle != fresh.shuffle || old.repeat != fresh.repeat || old.canNext != fresh.canNext
        || old.canPrevious != fresh.canPrevious)
        Q_EMIT modesChanged();
    // A stop, a seek or a new track moves the position without waiting for the next tick.
    setPosition(m_player.position());
}

void NowPlayingViewModel::onPositionPublished(const QJsonObject &position)
{
    setPosition(position.value(u"position_ms"_s).toInteger());
}

void NowPlayingViewModel::setPosition(qint64 positionMs)
{
    if (positionMs == m_positionMs)
        return;
    m_positionMs = positionMs;
    Q_EMIT positionChanged();
}

void NowPlayingViewModel::togglePlayPause()
{
    m_player.togglePlayPause();
}

void NowPlayingViewModel::next()
{
    m_player.next();
}

void NowPlayingViewModel::previous()
{
    m_player.previous();
}

void NowPlayingViewModel::setVolume(int volume)
{
    m_player.setVolume(volume);
}

void NowPlayingViewModel::toggleShuffle()
{
    m_player.setShuffle(!m_player.isShuffled());
}

void NowPlayingViewModel::cycleRepeat()
{
    using Repeat = PlaybackController::Repeat;
    const Repeat following = m_player.repeat() == Repeat::None ? Repeat::Playlist
        : m_player.repeat() == Repeat::Playlist                ? Repeat::Track
                                                               : Repeat::None;
    m_player.setRepeat(following);
}
