// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackcontroller.h"

#include "config/settings.h"
#include "system/logging.h"
#include "volumecurve.h"

using namespace Qt::StringLiterals;

PlaybackController::Config PlaybackController::Config::fromSettings(const Settings &settings)
{
    return {.volumeMin = settings.volumeMin,
            .volumeMax = settings.volumeMax,
            .volumeDefault = settings.volumeDefault,
            .volumeStep = settings.volumeStep,
            .previousRestartThresholdMs = settings.previousRestartThresholdMs,
            .resume = ResumePoints::Config::fromSettings(settings),
            .stream = {.firstDelayMs = settings.streamRetryFirstMs, .attempts = settings.streamRetries}};
}

PlaybackController::PlaybackController(const Config &config, PlayerLibrary &library, const Clock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_library(library)
    , m_clock(clock)
    , m_resume(config.resume, library, clock)
    , m_reconnect(config.stream)
    , m_limits(config.volumeMin, config.volumeMax)
    , m_volume(m_limits.clamp(config.volumeDefault))
{
    connect(&m_resume, &ResumePoints::due, this, &PlaybackController::saveResumePoint);
    connect(&m_reconnect, &StreamReconnect::attemptDue, this, &PlaybackController::onReconnectDue);
}

PlaybackController::~PlaybackController() = default;

void PlaybackController::attachBackend(AudioBackend *backend)
{
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    if (!backend)
        return;
    applyGain();
    backend->setMuted(m_muted);
    connect(backend, &AudioBackend::endOfMedia, this, &PlaybackController::onEndOfMedia);
    connect(backend, &AudioBackend::nextFileStarted, this, &PlaybackController::onNextFileStarted);
    connect(backend, &AudioBackend::errorOccurred, this, &PlaybackController::onBackendError);
    connect(backend, &AudioBackend::playbackStarted, this, [this] {
        m_consecutiveFailures = 0;
        m_reconnect.reset();
    });
    connect(backend, &AudioBackend::durationChanged, this, [this] {
        if (const Track *track = currentTrack(); track && track->durationMs <= 0)
            notify(false);
    });
}

bool PlaybackController::isAudioAvailable() const
{
    return m_backend && m_backend->isOutputReady();
}

Status PlaybackController::startPlaylist(const QString &playlistId, StartMode mode,
                                         const std::optional<QString> &trackId)
{
    const std::optional<Playlist> playlist = m_library.playlist(playlistId);
    if (!playlist)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
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
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track")),
                                          *trackId);
        startIndex = PlayQueue::indexOf(playable, *trackId);
        if (startIndex < 0)
            return ServiceError::conflict(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the track's file cannot be played")),
                {{u"reason"_s, u"track_not_playable"_s}});
    }
    if (playable.isEmpty())
        return ServiceError::conflict(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the playlist has no playable tracks")),
            {{u"reason"_s, u"no_playable_tracks"_s}});
    if (const auto block = gateBlocks(playlist.id))
        return ServiceError::conflict(
            QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the parents' rules do not allow it now (%1)"))
                .arg(block->reason),
            {{u"reason"_s, block->reason}, {u"until"_s, block->untilUnixMs}});
    if (!isAudioAvailable())
        return ServiceError {
            ErrorType::ServiceUnavailable,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the audio output is not available")),
            {{u"service"_s, u"audio"_s}}};

    if (!trackId && mode == StartMode::Resume) {
        if (const auto spot = m_resume.startingSpot(playlist.id)) {
            const int index = PlayQueue::indexOf(playable, spot->trackId);
            if (index >= 0) {
                startIndex = index;
                startMs = spot->positionMs;
            }
        }
    }

    // A playlist switch keeps where the old one was.
    if (m_playlist && m_playlist->id != playlist.id && m_state != State::Stopped)
        saveResumePoint();

    qCInfo(lcPlayer).noquote() << "playing playlist" << playlist.id << "from track" << playable[startIndex].id
                               << "at" << startMs << "ms";
    m_playlist = playlist;
    applyPlaylistLimit();
    if (playlist.startVolume) {
        m_volume = m_limits.clamp(*playlist.startVolume);
        applyGain();
    }
    m_queue.load(std::move(playable), startIndex, m_shuffle);
    m_lastActivePlaylistId = playlist.id;
    m_consecutiveFailures = 0;
    m_library.markPlayed(playlist.id, m_clock.nowUtc().toMSecsSinceEpoch());
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
        return {false,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the audio output is not available"))};
    if (const auto block = gateBlocks(m_playlist->id))
        return {false, u"not now: %1"_s.arg(block->reason)};
    if (m_state == State::Paused && currentTrack() && currentTrack()->isStream()) {
        // A stream is not held while paused: it plays on from now.
        m_backend->playFile(currentTrack()->source(), 0);
        m_state = State::Playing;
        m_resume.startCadence();
        notify(true);
        return {true, u"resumed"_s};
    }
    if (m_state == State::Paused) {
        m_backend->resume();
        m_state = State::Playing;
        m_resume.startCadence();
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
    m_reconnect.reset();
    if (m_backend)
        m_backend->pause();
    m_state = State::Paused;
    m_resume.stopCadence();
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
    m_reconnect.reset();
    if (m_backend)
        m_backend->stop();
    m_state = State::Stopped;
    m_pausedPosition = 0;
    m_resume.stopCadence();
    notify(true);
    return {true, u"stopped"_s};
}

PlaybackController::Outcome PlaybackController::next()
{
    if (!m_playlist)
        return {false, u"nothing is loaded"_s};
    if (const auto block = gateBlocks(m_playlist->id))
        return {false, u"not now: %1"_s.arg(block->reason)};
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
    if (const auto block = gateBlocks(m_playlist->id))
        return {false, u"not now: %1"_s.arg(block->reason)};
    const bool restart = !m_queue.hasPrevious()
        || (m_state != State::Stopped && position() > m_config.previousRestartThresholdMs);
    startTrackAt(restart ? m_queue.position() : m_queue.position() - 1, 0);
    return {true, restart ? u"track restarted"_s : u"previous track"_s};
}

PlaybackController::Outcome PlaybackController::seek(qint64 positionMs)
{
    if (!m_playlist || m_state == State::Stopped)
        return {false, m_playlist ? u"not playing"_s : u"nothing is loaded"_s};
    if (isLive())
        return {false, u"a live stream cannot seek"_s,
                ServiceError::conflict(QString::fromUtf8(QT_TRANSLATE_NOOP(
                                           "ServiceError", "a live stream has no positions to seek to")),
                                       {{u"reason"_s, u"live_stream"_s}})};
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
    const int applied = m_limits.clamp(volume);
    m_volume = applied;
    applyGain();
    notify(false);
    if (applied != volume)
        return {true,
                u"volume %1 is outside %2..%3 and was clamped to %4"_s.arg(volume)
                    .arg(m_limits.minimum())
                    .arg(m_limits.maximum())
                    .arg(applied)};
    return {true, u"volume set"_s};
}

PlaybackController::Outcome PlaybackController::volumeStep(int steps)
{
    return setVolume(m_volume + steps * m_config.volumeStep);
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

std::optional<QString> PlaybackController::loadedPlaylistCover() const
{
    return m_playlist ? m_playlist->cover : std::nullopt;
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

bool PlaybackController::isLive() const
{
    const Track *track = currentTrack();
    return track && track->isStream() && duration() <= 0;
}

bool PlaybackController::canNext() const
{
    return m_playlist && (m_queue.hasNext() || m_repeat == Repeat::Playlist);
}

bool PlaybackController::canPrevious() const
{
    return m_playlist && m_queue.hasPrevious();
}

void PlaybackController::setOutputScale(double scale, int glideMs)
{
    m_outputScale = qBound(0.0, scale, 1.0);
    applyGain(glideMs);
}

std::optional<PlaybackGate::Block> PlaybackController::gateBlocks(const QString &playlistId)
{
    std::optional<PlaybackGate::Block> block = m_gate ? m_gate->blocks(playlistId) : std::nullopt;
    if (block) {
        qCInfo(lcPlayer).noquote() << "not starting" << playlistId << "now:" << block->reason;
        Q_EMIT startBlocked(playlistId);
    }
    return block;
}

void PlaybackController::setVolumeCap(std::optional<int> cap)
{
    m_limits.setRuleCap(cap);
    enforceMaximum();
    notify(false);
}

void PlaybackController::applyPlaylistLimit()
{
    m_limits.setPlaylistMax(m_playlist ? m_playlist->maxVolume : std::nullopt);
    enforceMaximum();
}

// A limit that came down takes the volume with it; one that goes up leaves the volume where it is.
void PlaybackController::enforceMaximum()
{
    if (m_volume <= m_limits.maximum())
        return;
    qCInfo(lcPlayer) << "volume" << m_volume << "lowered to the maximum" << m_limits.maximum();
    m_volume = m_limits.maximum();
    applyGain();
}

void PlaybackController::applyGain(int glideMs)
{
    if (!m_backend)
        return;
    const double gain = VolumeCurve::gain(m_volume) * m_outputScale;
    if (glideMs > 0)
        m_backend->glideVolume(gain, glideMs);
    else
        m_backend->setVolume(gain);
}
