// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

// The audio device as the player sees it: load a file, play it, report facts. Every signal is declared here
// once, so the decisions (PlaybackController) work the same over the real backend (QtAudioBackend) and the
// fake one the tests drive. Implementations ramp the output volume on play/pause/stop so nothing clicks.
// QtAudioBackend (QMediaPlayer) is the default; GstAudioBackend adds gapless joins, fades at the output and
// loudness gain (PROTOCOL.md §7.3).
class AudioBackend : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, ResourceMissing, FormatUnsupported, OutputUnavailable, Other };
    Q_ENUM(Error)

    explicit AudioBackend(QObject *parent = nullptr)
        : QObject(parent)
    { }

    // What a backend loads for `source`: an http(s) URL as it is (a stream track), else the local file.
    static QUrl sourceUrl(const QString &source);

    // Loads `filePath` (a file, or an http(s) stream's URL) and starts playing it from `startMs` (one step,
    // so no audio leaks from 0).
    virtual void playFile(const QString &filePath, qint64 startMs) = 0;
    // The file to play when the current one ends (empty = none): a backend that can, starts it with no gap
    // and reports nextFileStarted instead of endOfMedia. The default ignores it (the player then loads the
    // next file at endOfMedia).
    virtual void prepareNext(const QString &filePath) { Q_UNUSED(filePath) }
    virtual void resume() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void seek(qint64 positionMs) = 0;
    // Linear amplitude factor 0..1 (the controller maps the user's volume through VolumeCurve); mute
    // silences without changing the gain.
    virtual void setVolume(double gain) = 0;
    // The same gain, reached gradually over `overMs` (a timed fade's next stretch, so the fade goes on
    // smoothly between the player's ticks). The default sets it at once.
    virtual void glideVolume(double gain, int overMs)
    {
        Q_UNUSED(overMs)
        setVolume(gain);
    }
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
    // The prepared next file took over without a gap; the current one ended.
    void nextFileStarted(const QString &filePath);
    void errorOccurred(AudioBackend::Error error, const QString &message);
    void outputReadyChanged(bool ready);
};
