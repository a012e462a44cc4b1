// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <optional>

// The audio device as the player sees it: load a file, play it, report facts. Every signal is declared here
// once, so the decisions (PlaybackController) work the same over the real backend (QtAudioBackend) and the
// fake one the tests drive. Implementations ramp the output volume on play/pause/stop so nothing clicks.
class AudioBackend : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, ResourceMissing, FormatUnsupported, OutputUnavailable, Other };
    Q_ENUM(Error)

    explicit AudioBackend(QObject *parent = nullptr)
        : QObject(parent)
    { }

    // Loads `filePath` and starts playing it from `startMs` (one step, so no audio leaks from 0).
    virtual void playFile(const QString &filePath, qint64 startMs) = 0;
    virtual void resume() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void seek(qint64 positionMs) = 0;
    // Linear gain 0..1; mute silences without changing the gain.
    virtual void setVolume(double gain) = 0;
    virtual void setMuted(bool muted) = 0;

    // The playback position, or nullopt when the backend cannot tell (a failed read).
    virtual std::optional<qint64> position() const = 0;
    virtual qint64 duration() const = 0; // 0 until known
    virtual bool isPlaying() const = 0;
    // True once the output device can really be used.
    virtual bool isOutputReady() const = 0;

Q_SIGNALS:
    void durationChanged(qint64 durationMs);
    // The first audio of a playFile/resume is flowing (position moved past the start).
    void playbackStarted();
    void endOfMedia();
    void errorOccurred(AudioBackend::Error error, const QString &message);
    void outputReadyChanged(bool ready);
};
