// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class PlaybackController;
class StateManager;

// state:track_position (PROTOCOL.md §5.8): a timer every POSITION_UPDATE_INTERVAL_MS while playing, never two
// emissions closer than POSITION_THROTTLE_MIN_MS, an immediate one on play/resume, seek and track change, one
// last one when playing ends. After POSITION_FAILURE_LIMIT failed position reads in a row the circuit opens:
// polling pauses for POSITION_BACKOFF_MS and retries, forever.
class TrackProgressService : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int intervalMs = 200;
        int throttleMs = 150;
        int failureLimit = 5;
        int backoffMs = 2000;
    };

    TrackProgressService(PlaybackController &controller, StateManager &state, Config config,
                         QObject *parent = nullptr);

    // {position_ms, duration_ms, is_playing, track_id, playlist_id}
    QJsonObject trackPosition() const;
    // {interval_ms, throttle_ms, emitted_total, backend_failures, circuit_open}
    QJsonObject stats() const;
    bool isCircuitOpen() const { return m_circuitOpen; }

Q_SIGNALS:
    void positionPublished(const QJsonObject &position);
    void circuitOpenChanged(bool open);

private:
    QJsonObject trackPositionAt(qint64 positionMs) const; // a tick's own reading: the player is asked once
    void onDiscontinuity();
    void onTick();
    void emitPosition(const QJsonObject &position);
    void setCircuitOpen(bool open);

    PlaybackController &m_controller;
    StateManager &m_state;
    Config m_config;
    QTimer m_timer;
    QTimer m_backoff;
    QElapsedTimer m_sinceLastEmission;
    bool m_wasPlaying = false;
    bool m_circuitOpen = false;
    int m_consecutiveFailures = 0;
    qint64 m_emittedTotal = 0;
    qint64 m_failuresTotal = 0;
};
