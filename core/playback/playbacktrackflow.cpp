// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackController, continued: how one track follows another. The backend's facts (end of media, a file
// joined without a gap, errors), the end rule, and what a library edit does to the loaded playlist. The
// commands the API, tags and buttons call are in playbackcontroller.cpp.
#include "playbackcontroller.h"

#include "system/logging.h"

using namespace Qt::StringLiterals;

void PlaybackController::onPlaylistChanged(const QString &playlistId)
{
    if (!m_playlist || m_playlist->id != playlistId)
        return;
    const std::optional<Playlist> fresh = m_library.playlist(playlistId);
    if (!fresh)
        unload();
    else
        rebuild(*fresh);
}

void PlaybackController::onPlaylistRemoved(const QString &playlistId)
{
    if (m_playlist && m_playlist->id == playlistId)
        unload();
}

void PlaybackController::onEndOfMedia()
{
    if (m_state != State::Playing)
        return;
    if (isLive()) {
        onStreamDropped(u"the stream ended"_s);
        return;
    }
    m_consecutiveFailures = 0;
    if (m_repeat == Repeat::Track)
        startTrackAt(m_queue.position(), 0);
    else if (m_queue.hasNext())
        startTrackAt(m_queue.position() + 1, 0);
    else
        applyEndRule();
}

void PlaybackController::onNextFileStarted(const QString &filePath)
{
    if (m_state != State::Playing)
        return;
    m_consecutiveFailures = 0;
    const std::optional<int> following = followingPosition();
    const Track *expected = following ? m_queue.atPosition(*following) : nullptr;
    if (!expected || expected->source() != filePath) {
        // The queue changed after the backend took the file: play what the queue says instead.
        qCInfo(lcPlayer).noquote() << "the backend started" << filePath << "which is no longer next";
        onEndOfMedia();
        return;
    }
    // The backend already plays it: only the bookkeeping of a new track.
    m_queue.moveToPosition(*following);
    enterTrack(0);
}

// Where the queue goes when the current track ends by itself.
std::optional<int> PlaybackController::followingPosition() const
{
    if (!m_playlist || !currentTrack())
        return std::nullopt;
    if (m_repeat == Repeat::Track)
        return m_queue.position();
    if (m_queue.hasNext())
        return m_queue.position() + 1;
    if (m_repeat == Repeat::Playlist)
        return 0;
    return std::nullopt;
}

// Tells the backend which file follows, so it can start it without a gap.
void PlaybackController::prepareFollowing()
{
    if (!m_backend)
        return;
    const std::optional<int> following = followingPosition();
    const Track *next = following ? m_queue.atPosition(*following) : nullptr;
    // A stream is never joined: its end may be a drop to reconnect, and the next one must connect first.
    const bool joinable
        = next && m_state != State::Stopped && !next->isStream() && !currentTrack()->isStream();
    m_backend->prepareNext(joinable ? next->filePath : QString());
}

void PlaybackController::onBackendError(AudioBackend::Error error, const QString &message)
{
    const Track *track = currentTrack();
    if (!track || m_state == State::Stopped)
        return;
    if (error == AudioBackend::Error::OutputUnavailable) {
        qCWarning(lcPlayer).noquote() << "audio output failed:" << message;
        stop();
        return;
    }
    if (track->isStream()) {
        onStreamDropped(message);
        return;
    }
    qCWarning(lcPlayer).noquote() << "track" << track->id << track->filePath
                                  << "cannot be played:" << message;
    skipFailedTrack(message);
}

void PlaybackController::onStreamDropped(const QString &reason)
{
    const Track *track = currentTrack();
    if (m_reconnect.schedule()) {
        qCWarning(lcPlayer).noquote()
            << "stream" << track->id << "dropped (" << reason << "); attempt" << m_reconnect.attemptsMade()
            << "of" << m_reconnect.attempts() << "to reconnect";
        return;
    }
    qCWarning(lcPlayer).noquote() << "stream" << track->id << track->source() << "gave up after"
                                  << m_reconnect.attemptsMade() << "reconnects:" << reason;
    m_reconnect.reset();
    skipFailedTrack(u"the stream cannot be reached: %1"_s.arg(reason));
}

void PlaybackController::onReconnectDue(int attempt)
{
    const Track *track = currentTrack();
    if (m_state != State::Playing || !track || !track->isStream() || !m_backend)
        return;
    qCInfo(lcPlayer).noquote() << "reconnecting to" << track->source() << "attempt" << attempt;
    m_backend->playFile(track->source(), 0);
    notify(true);
}

// The current track failed for good: say so, and go on with the next one (or stop when none plays).
void PlaybackController::skipFailedTrack(const QString &message)
{
    const QString trackId = currentTrack()->id;
    Q_EMIT trackFailed(trackId, message);
    if (++m_consecutiveFailures >= m_queue.count()) {
        qCWarning(lcPlayer) << "no track of the playlist can be played; stopping";
        stop();
        return;
    }
    if (m_queue.hasNext())
        startTrackAt(m_queue.position() + 1, 0);
    else
        applyEndRule();
}

void PlaybackController::startTrackAt(int orderPosition, qint64 startMs)
{
    m_queue.moveToPosition(orderPosition);
    m_reconnect.reset();
    const Track *track = currentTrack();
    if (!track)
        return;
    if (track->isStream())
        startMs = 0; // a stream has no place to resume at
    if (m_backend)
        m_backend->playFile(track->source(), startMs);
    enterTrack(startMs);
}

// The current track has started playing (loaded by us, or joined without a gap by the backend).
void PlaybackController::enterTrack(qint64 startMs)
{
    const Track *track = currentTrack();
    m_state = State::Playing;
    m_pausedPosition = startMs;
    if (startMs == 0)
        m_library.incrementPlayCount(track->id);
    saveResumePointAt(startMs);
    m_resume.startCadence();
    prepareFollowing();
    notify(true);
}

void PlaybackController::applyEndRule()
{
    if (m_repeat == Repeat::Playlist) {
        startTrackAt(0, 0);
        return;
    }
    m_reconnect.reset();
    if (m_backend && m_state != State::Stopped)
        m_backend->stop();
    m_queue.moveToPosition(0);
    m_state = State::Stopped;
    m_pausedPosition = 0;
    m_resume.stopCadence();
    m_resume.clear(m_playlist->id);
    qCInfo(lcPlayer).noquote() << "end of playlist" << m_playlist->id;
    notify(true);
}

void PlaybackController::unload()
{
    qCInfo(lcPlayer).noquote() << "unloading playlist" << loadedPlaylistId();
    m_reconnect.reset();
    if (m_backend && m_state != State::Stopped)
        m_backend->stop();
    m_playlist.reset();
    applyPlaylistLimit();
    m_queue.clear(m_shuffle);
    m_state = State::Stopped;
    m_pausedPosition = 0;
    m_resume.stopCadence();
    notify(true);
}

void PlaybackController::rebuild(const Playlist &fresh)
{
    QList<Track> playable = playableTracks(fresh);
    if (playable.isEmpty()) {
        unload();
        return;
    }
    m_playlist = fresh;
    applyPlaylistLimit();
    const PlayQueue::Rebuilt rebuilt = m_queue.rebuild(std::move(playable));
    if (rebuilt == PlayQueue::Rebuilt::CurrentKept) {
        prepareFollowing();
        notify(false);
        return;
    }
    // The current track went away: while playing, the player goes on as `next`.
    if (m_state == State::Playing) {
        if (rebuilt == PlayQueue::Rebuilt::Successor)
            startTrackAt(m_queue.position(), 0);
        else
            applyEndRule();
        return;
    }
    if (m_backend && m_state != State::Stopped)
        m_backend->stop();
    m_state = State::Stopped;
    m_pausedPosition = 0;
    notify(true);
}

void PlaybackController::saveResumePointAt(qint64 positionMs)
{
    const Track *track = currentTrack();
    if (!m_playlist || !track)
        return;
    m_resume.save(m_playlist->id, track->id, positionMs);
}

void PlaybackController::notify(bool positionJump)
{
    Q_EMIT changed();
    if (positionJump)
        Q_EMIT positionDiscontinuity();
}

QList<Track> PlaybackController::playableTracks(const Playlist &playlist) const
{
    QList<Track> playable;
    for (const Track &track : playlist.tracks) {
        if (m_library.isPlayable(track))
            playable.append(track);
    }
    std::sort(playable.begin(), playable.end(),
              [](const Track &a, const Track &b) { return a.trackNumber < b.trackNumber; });
    return playable;
}
