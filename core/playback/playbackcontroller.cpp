// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackcontroller.h"

#include "common/timeformat.h"
#include "system/logging.h"
#include "volumecurve.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int resumeSaveIntervalMs = 5000;
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
} // namespace

PlaybackController::PlaybackController(const Settings &settings, PlayerLibrary &library, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_library(library)
    , m_now(&TimeFormat::nowUnixMs)
    , m_volume(qBound(settings.volumeMin, settings.volumeDefault, settings.volumeMax))
{
    m_resumeSaveTimer.setInterval(resumeSaveIntervalMs);
    connect(&m_resumeSaveTimer, &QTimer::timeout, this, &PlaybackController::saveResumePoint);
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::attachBackend(AudioBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    if (!backend)
        return;
    backend->setVolume(VolumeCurve::gain(m_volume));
    backend->setMuted(m_muted);
    connect(backend, &AudioBackend::endOfMedia, this, &PlaybackController::onEndOfMedia);
    connect(backend, &AudioBackend::nextFileStarted, this, &PlaybackController::onNextFileStarted);
    connect(backend, &AudioBackend::errorOccurred, this, &PlaybackController::onBackendError);
    connect(backend, &AudioBackend::playbackStarted, this, [this] { m_consecutiveFailures = 0; });
    connect(backend, &AudioBackend::durationChanged, this, [this] {
        if (const Track *track = currentTrack(); track && track->durationMs <= 0)
            notify(false);
    });
}

bool PlaybackController::isAudioAvailable() const
{
    return m_backend && m_backend->isOutputReady();
}

void PlaybackController::setClock(std::function<qint64()> nowUnixMs)
{
    m_now = std::move(nowUnixMs);
}

Status PlaybackController::startPlaylist(const QString &playlistId, StartMode mode,
                                         const std::optional<QString> &trackId)
{
    const std::optional<Playlist> playlist = m_library.playlist(playlistId);
    if (!playlist)
        return ServiceError::notFound(u"playlist"_s, playlistId);
    return playPlaylist(*playlist, mode, trackId);
}

Status PlaybackController::playPlaylist(const Playlist &playlist, StartMode mode,
                                        const std::optional<QString> &trackId)
{
    QList<Track> playable = playableTracks(playlist);
    int startIndex = 0;
    qint64 startMs = 0;
    if (trackId) {
        if (!playlist.trackById(*trackId))
            return ServiceError::notFound(u"track"_s, *trackId);
        startIndex = PlayQueue::indexOf(playable, *trackId);
        if (startIndex < 0)
            return ServiceError::conflict(u"the track's file cannot be played"_s,
                                          {{u"reason"_s, u"track_not_playable"_s}});
    }
    if (playable.isEmpty())
        return ServiceError::conflict(u"the playlist has no playable tracks"_s,
                                      {{u"reason"_s, u"no_playable_tracks"_s}});
    if (!isAudioAvailable())
        return ServiceError {ErrorType::ServiceUnavailable,
                             u"the audio output is not available"_s,
                             {{u"service"_s, u"audio"_s}}};

    if (!trackId && mode == StartMode::Resume && m_settings.tagResumeEnabled) {
        if (const auto point = usableResumePoint(playlist.id)) {
            const int index = PlayQueue::indexOf(playable, point->trackId);
            if (index >= 0) {
                startIndex = index;
                startMs = qMax<qint64>(0, point->positionMs - m_settings.resumeRewindMs);
            }
        }
    }

    // A playlist switch keeps where the old one was.
    if (m_playlist && m_playlist->id != playlist.id && m_state != State::Stopped)
        saveResumePoint();

    qCInfo(lcPlayer).noquote() << "playing playlist" << playlist.id << "from track" << playable[startIndex].id
                               << "at" << startMs << "ms";
    m_playlist = playlist;
    m_queue.load(std::move(playable), startIndex, m_shuffle);
    m_lastActivePlaylistId = playlist.id;
    m_consecutiveFailures = 0;
    m_library.markPlayed(playlist.id, m_now());
    startTrackAt(m_queue.position(), startMs);
    return Done {};
}

PlaybackController::Outcome PlaybackController::play()
{
    if (!m_playlist)
        return {false, u"nothing is loaded"_s};
    if (m_state == State::Playing)
        return {false, u"already playing"_s};
    if (!m_backend)
        return {false, u"the audio output is not available"_s};
    if (m_state == State::Paused) {
        m_backend->resume();
        m_state = State::Playing;
        m_resumeSaveTimer.start();
        notify(true);
        return {true, u"resumed"_s};
    }
    startTrackAt(m_queue.position(), 0);
    return {true, u"playing"_s};
}

PlaybackController::Outcome PlaybackController::pause()
{
    if (m_state != State::Playing)
        return {false, m_playlist ? u"not playing"_s : u"nothing is loaded"_s};
    m_pausedPosition = position();
    if (m_backend)
        m_backend->pause();
    m_state = State::Paused;
    m_resumeSaveTimer.stop();
    saveResumePointAt(m_pausedPosition);
    notify(true);
    return {true, u"paused"_s};
}

PlaybackController::Outcome PlaybackController::togglePlayPause()
{
    return m_state == State::Playing ? pause() : play();
}

PlaybackController::Outcome PlaybackController::stop()
{
    if (!m_playlist)
        return {false, u"nothing is loaded"_s};
    if (m_state == State::Stopped)
        return {false, u"already stopped"_s};
    saveResumePointAt(position());
    if (m_backend)
        m_backend->stop();
    m_state = State::Stopped;
    m_pausedPosition = 0;
    m_resumeSaveTimer.stop();
    notify(true);
    return {true, u"stopped"_s};
}

PlaybackController::Outcome PlaybackController::next()
{
    if (!m_playlist)
        return {false, u"nothing is loaded"_s};
    if (m_queue.hasNext()) {
        startTrackAt(m_queue.position() + 1, 0);
        return {true, u"next track"_s};
    }
    applyEndRule();
    return {true, m_state == State::Playing ? u"back to the first track"_s : u"end of the playlist"_s};
}

PlaybackController::Outcome PlaybackController::previous()
{
    if (!m_playlist)
        return {false, u"nothing is loaded"_s};
    const bool restart = !m_queue.hasPrevious()
        || (m_state != State::Stopped && position() > m_settings.previousRestartThresholdMs);
    startTrackAt(restart ? m_queue.position() : m_queue.position() - 1, 0);
    return {true, restart ? u"track restarted"_s : u"previous track"_s};
}

PlaybackController::Outcome PlaybackController::seek(qint64 positionMs)
{
    if (!m_playlist || m_state == State::Stopped)
        return {false, m_playlist ? u"not playing"_s : u"nothing is loaded"_s};
    const qint64 length = duration();
    const qint64 target = qBound<qint64>(0, positionMs, length > 0 ? length : positionMs);
    if (m_backend)
        m_backend->seek(target);
    m_pausedPosition = target;
    notify(true);
    return {true, target == positionMs ? u"position set"_s : u"position clamped to %1 ms"_s.arg(target)};
}

PlaybackController::Outcome PlaybackController::setVolume(int volume)
{
    const int applied = qBound(m_settings.volumeMin, volume, m_settings.volumeMax);
    m_volume = applied;
    if (m_backend)
        m_backend->setVolume(VolumeCurve::gain(applied));
    notify(false);
    if (applied != volume)
        return {true,
                u"volume %1 is outside %2..%3 and was clamped to %4"_s.arg(volume)
                    .arg(m_settings.volumeMin)
                    .arg(m_settings.volumeMax)
                    .arg(applied)};
    return {true, u"volume set"_s};
}

PlaybackController::Outcome PlaybackController::volumeStep(int steps)
{
    return setVolume(m_volume + steps * m_settings.volumeStep);
}

PlaybackController::Outcome PlaybackController::setMuted(std::optional<bool> muted)
{
    m_muted = muted.value_or(!m_muted);
    if (m_backend)
        m_backend->setMuted(m_muted);
    notify(false);
    return {true, m_muted ? u"muted"_s : u"unmuted"_s};
}

PlaybackController::Outcome PlaybackController::setShuffle(bool enabled)
{
    m_shuffle = enabled;
    if (m_playlist)
        m_queue.setShuffled(enabled);
    prepareFollowing();
    notify(false);
    return {true, enabled ? u"shuffle on"_s : u"shuffle off"_s};
}

PlaybackController::Outcome PlaybackController::setRepeat(Repeat mode)
{
    m_repeat = mode;
    prepareFollowing();
    notify(false);
    return {true, u"repeat mode set"_s};
}

void PlaybackController::saveResumePoint()
{
    if (m_playlist && m_state != State::Stopped)
        saveResumePointAt(position());
}

QString PlaybackController::loadedPlaylistId() const
{
    return m_playlist ? m_playlist->id : QString();
}

QString PlaybackController::loadedPlaylistTitle() const
{
    return m_playlist ? m_playlist->title : QString();
}

const Track *PlaybackController::currentTrack() const
{
    return m_queue.current();
}

int PlaybackController::trackIndex() const
{
    return m_queue.currentIndex();
}

qint64 PlaybackController::position() const
{
    if (!m_playlist || m_state == State::Stopped)
        return 0;
    return readPosition().value_or(m_pausedPosition);
}

std::optional<qint64> PlaybackController::readPosition() const
{
    if (!m_backend)
        return std::nullopt;
    return m_backend->position();
}

qint64 PlaybackController::duration() const
{
    const Track *track = currentTrack();
    if (!track)
        return 0;
    if (track->durationMs > 0)
        return track->durationMs;
    return m_backend ? m_backend->duration() : 0;
}

bool PlaybackController::canNext() const
{
    return m_playlist && (m_queue.hasNext() || m_repeat == Repeat::Playlist);
}

bool PlaybackController::canPrevious() const
{
    return m_playlist && m_queue.hasPrevious();
}

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
    if (!expected || expected->filePath != filePath) {
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
    m_backend->prepareNext(next && m_state != State::Stopped ? next->filePath : QString());
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
    const QString trackId = track->id;
    qCWarning(lcPlayer).noquote() << "track" << trackId << track->filePath << "cannot be played:" << message;
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
    const Track *track = currentTrack();
    if (!track)
        return;
    if (m_backend)
        m_backend->playFile(track->filePath, startMs);
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
    m_resumeSaveTimer.start();
    prepareFollowing();
    notify(true);
}

void PlaybackController::applyEndRule()
{
    if (m_repeat == Repeat::Playlist) {
        startTrackAt(0, 0);
        return;
    }
    if (m_backend && m_state != State::Stopped)
        m_backend->stop();
    m_queue.moveToPosition(0);
    m_state = State::Stopped;
    m_pausedPosition = 0;
    m_resumeSaveTimer.stop();
    m_library.clearResumePoint(m_playlist->id);
    qCInfo(lcPlayer).noquote() << "end of playlist" << m_playlist->id;
    notify(true);
}

void PlaybackController::unload()
{
    qCInfo(lcPlayer).noquote() << "unloading playlist" << loadedPlaylistId();
    if (m_backend && m_state != State::Stopped)
        m_backend->stop();
    m_playlist.reset();
    m_queue.clear(m_shuffle);
    m_state = State::Stopped;
    m_pausedPosition = 0;
    m_resumeSaveTimer.stop();
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
    m_library.saveResumePoint(m_playlist->id, {track->id, positionMs, m_now()});
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

std::optional<PlayerLibrary::ResumePoint>
PlaybackController::usableResumePoint(const QString &playlistId) const
{
    const auto point = m_library.resumePoint(playlistId);
    if (!point)
        return std::nullopt;
    if (m_now() - point->savedAtMs > qint64(m_settings.resumeMaxAgeDays) * msPerDay) {
        qCInfo(lcPlayer).noquote() << "resume point of" << playlistId << "is too old; starting from the top";
        return std::nullopt;
    }
    return point;
}
