// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/audiobackend.h"

#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <memory>

class QAudioOutput;
class QMediaPlayer;

// AudioBackend over QMediaPlayer + QAudioOutput: the only class that includes QtMultimedia. On the GStreamer
// backend it needs no audio server (autoaudiosink falls back to a clock-synced fake sink), but a QAudioOutput
// must always be attached. Start, pause, resume and stop ramp the gain over rampMs so nothing clicks.
class QtAudioBackend : public AudioBackend
{
    Q_OBJECT
public:
    static constexpr int rampMs = 30;

    // `deviceDescription`: an output's description; empty = the system default.
    explicit QtAudioBackend(const QString &deviceDescription = {}, QObject *parent = nullptr);
    ~QtAudioBackend() override;

    void playFile(const QString &filePath, qint64 startMs) override;
    void resume() override;
    void pause() override;
    void stop() override;
    void seek(qint64 positionMs) override;
    void setVolume(double gain) override;
    void setMuted(bool muted) override;

    std::optional<qint64> position() const override;
    qint64 duration() const override;
    bool isPlaying() const override { return m_playing; }
    bool isOutputReady() const override;

private:
    void createPlayer();
    void onMediaStatusChanged(int status);
    bool isStrayEndOfMedia() const;
    void onPlayerError(int error, const QString &message);
    void reportError(Error error, const QString &message);
    void rampTo(double target, std::function<void()> then = {});
    void onRampTick();
    void onStartPoll();
    double targetGain() const;

    std::unique_ptr<QAudioOutput> m_output; // outlives every player that uses it
    std::unique_ptr<QMediaPlayer> m_player;
    QTimer m_rampTimer;
    QElapsedTimer m_rampClock;
    double m_rampFrom = 0;
    double m_rampTarget = 0;
    std::function<void()> m_afterRamp;
    QTimer m_startPoll; // until the first audio moves the position
    QElapsedTimer m_startClock;
    double m_gain = 0.5;
    bool m_muted = false;
    bool m_playing = false;
    bool m_rampUpPending = false;
    qint64 m_startMs = 0;
    // A seek (or start offset) on its way: position() reports it until the pipeline arrives.
    mutable std::optional<qint64> m_pendingPosition;
    QElapsedTimer m_pendingClock;
    quint64 m_generation = 0; // one per playFile: late signals of an older file are dropped
    bool m_errorReported = false;
};
