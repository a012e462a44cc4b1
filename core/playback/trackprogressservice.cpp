// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackprogressservice.h"

#include "playbackcontroller.h"
#include "realtime/statemanager.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;

TrackProgressService::TrackProgressService(PlaybackController &controller, StateManager &state, Config config,
                                           QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_state(state)
    , m_config(config)
{
    // A coarse timer drifts by up to 5 %, which is more than the ±20 ms the clients are promised.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(config.intervalMs);
    m_backoff.setSingleShot(true);
    m_backoff.setInterval(config.backoffMs);
    connect(&m_timer, &QTimer::timeout, this, &TrackProgressService::onTick);
    connect(&m_backoff, &QTimer::timeout, this, [this] {
        qCInfo(lcPlayer) << "retrying position reads after the back-off";
        m_consecutiveFailures = 0;
        if (m_controller.isPlaying())
            m_timer.start();
    });
    connect(&controller, &PlaybackController::positionDiscontinuity, this,
            &TrackProgressService::onDiscontinuity);
}

QJsonObject TrackProgressService::trackPosition() const
{
    return trackPositionAt(m_controller.position());
}

QJsonObject TrackProgressService::trackPositionAt(qint64 positionMs) const
{
    const Track *track = m_controller.currentTrack();
    const QString playlistId = m_controller.loadedPlaylistId();
    return {{u"position_ms"_s, positionMs},
            {u"duration_ms"_s, m_controller.isLive() ? QJsonValue() : QJsonValue(m_controller.duration())},
            {u"is_playing"_s, m_controller.isPlaying()},
            {u"track_id"_s, track ? QJsonValue(track->id) : QJsonValue()},
            {u"playlist_id"_s, playlistId.isEmpty() ? QJsonValue() : QJsonValue(playlistId)}};
}

QJsonObject TrackProgressService::stats() const
{
    return {{u"interval_ms"_s, m_config.intervalMs},
            {u"throttle_ms"_s, m_config.throttleMs},
            {u"emitted_total"_s, m_emittedTotal},
            {u"backend_failures"_s, m_failuresTotal},
            {u"circuit_open"_s, m_circuitOpen}};
}

void TrackProgressService::onDiscontinuity()
{
    const bool playing = m_controller.isPlaying();
    const bool paused = m_controller.state() == PlaybackController::State::Paused;
    // Immediate emissions: start/resume, seek, track change, and the last one when playing ends.
    if (playing || m_wasPlaying || paused)
        emitPosition(trackPosition());
    m_wasPlaying = playing;
    if (playing && !m_backoff.isActive())
        m_timer.start(); // restarted so the next tick is a full interval after this emission
    else if (!playing)
        m_timer.stop();
}

void TrackProgressService::onTick()
{
    if (!m_controller.isPlaying()) {
        m_timer.stop();
        return;
    }
    const std::optional<qint64> position = m_controller.readPosition();
    if (!position) {
        ++m_failuresTotal;
        if (++m_consecutiveFailures >= m_config.failureLimit) {
            qCWarning(lcPlayer) << "position reads failed" << m_consecutiveFailures
                                << "times in a row; pausing" << m_config.backoffMs << "ms";
            m_timer.stop();
            m_backoff.start();
            setCircuitOpen(true);
        }
        return;
    }
    m_consecutiveFailures = 0;
    setCircuitOpen(false);
    if (m_sinceLastEmission.isValid() && m_sinceLastEmission.elapsed() < m_config.throttleMs)
        return;
    emitPosition(trackPositionAt(*position));
}

void TrackProgressService::emitPosition(const QJsonObject &position)
{
    m_sinceLastEmission.start();
    ++m_emittedTotal;
    m_state.publishPosition(position);
    Q_EMIT positionPublished(position);
}

void TrackProgressService::setCircuitOpen(bool open)
{
    if (open == m_circuitOpen)
        return;
    m_circuitOpen = open;
    if (!open)
        qCInfo(lcPlayer) << "position reads work again";
    Q_EMIT circuitOpenChanged(open);
}
