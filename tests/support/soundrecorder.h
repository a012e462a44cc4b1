// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>

#include <vector>

// Records what a PulseAudioServer's sink plays, from its monitor (parec), as 16-bit mono samples at 44.1 kHz,
// and notes when each block arrived, so a benchmark can tell when a sound was first heard.
class SoundRecorder
{
public:
    static constexpr int sampleRate = 44100;

    explicit SoundRecorder(const QString &serverAddress);
    ~SoundRecorder();

    bool start(QString *error);
    const std::vector<qint16> &samples() const { return m_samples; }
    qint64 size() const { return qint64(m_samples.size()); }
    // Milliseconds since start() at which the sample at `index` arrived here.
    qint64 arrivalMs(qint64 index) const;
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    void onReadyRead();

    QString m_server;
    QProcess m_process;
    QElapsedTimer m_clock;
    std::vector<qint16> m_samples;
    QList<std::pair<qint64, qint64>> m_arrivals; // (first sample index of a block, ms)
    QByteArray m_odd; // a half sample left over between reads
};
