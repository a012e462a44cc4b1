// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/audiobackend.h"

#include <QStringList>

// An AudioBackend with no device: records the commands it gets, and lets a test play the facts a real player
// would report (end of media, errors, position, failed position reads).
class FakeAudioBackend : public AudioBackend
{
    Q_OBJECT
public:
    explicit FakeAudioBackend(QObject *parent = nullptr);

    void playFile(const QString &filePath, qint64 startMs) override;
    void prepareNext(const QString &filePath) override { m_preparedNext = filePath; }
    void resume() override;
    void pause() override;
    void stop() override;
    void seek(qint64 positionMs) override;
    void setVolume(double gain) override;
    void setMuted(bool muted) override;

    std::optional<qint64> position() const override;
    qint64 duration() const override { return m_duration; }
    bool isPlaying() const override { return m_playing; }
    bool isOutputReady() const override { return m_outputReady; }

    // What the controller asked for.
    QStringList commands; // "play:<file>@<ms>", "resume", "pause", "stop", "seek:<ms>"
    QString currentFile() const { return m_file; }
    QString preparedNext() const { return m_preparedNext; }
    double gain() const { return m_gain; }
    int positionReads() const { return m_positionReads; }
    bool muted() const { return m_muted; }

    // Facts to report.
    void setPosition(qint64 positionMs) { m_position = positionMs; }
    void setDuration(qint64 durationMs);
    void setOutputReady(bool ready);
    void setPositionReadsFail(bool fail) { m_readsFail = fail; }
    void finishTrack(); // EndOfMedia
    void joinPreparedNext(); // the prepared file took over without a gap
    void failTrack(Error error = Error::FormatUnsupported, const QString &message = QStringLiteral("broken"));

private:
    QString m_file;
    QString m_preparedNext;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    double m_gain = 0;
    bool m_muted = false;
    bool m_playing = false;
    bool m_outputReady = true;
    bool m_readsFail = false;
    mutable int m_positionReads = 0;
};
