// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audiobackend.h"
#include "fadewaiter.h"
#include "gainstage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

using GstElement = struct _GstElement;
using GstMessage = struct _GstMessage;
class GstSinkChain;

// AudioBackend over a GStreamer playbin (AUDIO_BACKEND=gstreamer; PROTOCOL.md §7.3 "Sound"). What
// QMediaPlayer 6.4 cannot do, it does: the next file is queued before the current one ends (playbin's
// about-to-finish), so tracks follow without a gap; every fade is applied to the samples right before the
// sound server (GstSinkChain) and a pause, stop or switch waits until the faded samples have been heard
// before it stops the stream; each file's loudness gain comes from `gainForFile` and switches on the first
// sample of that file.
class GstAudioBackend : public AudioBackend
{
    Q_OBJECT
public:
    static constexpr int rampMs = 30;
    // The loudness gain of a file in dB (0 when not measured, or when normalisation is off).
    using GainLookup = std::function<double(const QString &filePath)>;

    // Starts GStreamer, loads the plugins a backend and its sink chain are built from and starts the sound
    // output once: the costly part of building one (the registry, the plugins' libraries, the probe of the
    // outputs), callable from any thread, so a box can do it off its main thread while that answers its first
    // requests. Building a backend does it too when not done.
    static void preload(const QString &device);

    // `device`: a sound server sink name; empty = the default.
    explicit GstAudioBackend(const QString &device, GainLookup gainForFile, QObject *parent = nullptr);
    ~GstAudioBackend() override;

    void playFile(const QString &filePath, qint64 startMs) override;
    void prepareNext(const QString &filePath) override;
    void resume() override;
    void pause() override;
    void stop() override;
    void seek(qint64 positionMs) override;
    void setVolume(double gain) override;
    void glideVolume(double gain, int overMs) override;
    void setMuted(bool muted) override;

    std::optional<qint64> position() const override;
    qint64 duration() const override { return m_duration; }
    bool isPlaying() const override { return m_playing; }
    bool isOutputReady() const override { return m_pipeline && !m_outputFailed; }

    QString sinkName() const; // pulsesink or autoaudiosink

private:
    void load(const QString &filePath, qint64 startMs);
    void fadeOutThen(std::function<void()> then);
    void handleMessage(GstMessage *message);
    void onError(GstMessage *message);
    bool recoverFromQueuedFile(GstMessage *message);
    void onStreamStarted();
    void updateDuration();
    void startWatchingForSound(qint64 fromMs);
    void onStartPoll();
    void reportError(Error error, const QString &message);
    double level() const;
    void seekPipeline(qint64 positionMs);
    std::optional<qint64> queryPosition() const;
    std::optional<qint64> queryPositionNs() const;
    static void onAboutToFinish(GstElement *playbin, void *self);

    GainLookup m_gainForFile;
    GainStage m_gain;
    FadeWaiter m_fade;
    std::unique_ptr<GstSinkChain> m_chain;
    GstElement *m_pipeline = nullptr;

    double m_volume = 0.5;
    bool m_muted = false;
    bool m_playing = false;
    bool m_outputFailed = false;
    bool m_errorReported = false;
    qint64 m_duration = 0;
    QString m_currentFile;
    quint32 m_loadSeqnum = 0; // bus messages numbered before it are about an earlier file
    int m_streamStarts = 0; // since the last load: every one after the first is a gapless switch
    std::optional<qint64> m_startSeekMs; // applied once the file has prerolled
    // A seek on its way: position() reports it until it lands.
    mutable std::optional<qint64> m_pendingPosition;
    QElapsedTimer m_pendingClock;
    bool m_streaming = false; // samples flow to the sink (PLAYING and not at the end)
    qint64 m_heldPosition = 0; // while paused or fading

    // The next file, read by the streaming thread in about-to-finish.
    mutable std::mutex m_nextMutex;
    QString m_nextFile;
    double m_nextGain = 1.0;
    QString m_queuedFile; // handed to playbin, not yet started
    bool m_loadPending = false; // playFile waits for a fade: the file that plays is on its way out
    // A file was loaded or joined and the controller's prepareNext for it is on its way. A file short enough
    // to be read whole at once reaches about-to-finish before it, and would end instead of joining the next.
    bool m_nextAwaited = false;
    std::condition_variable m_nextGiven;

    QTimer m_startPoll;
    QElapsedTimer m_startClock;
    qint64 m_startFromMs = 0;
};
