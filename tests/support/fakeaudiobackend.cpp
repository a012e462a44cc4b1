// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeaudiobackend.h"

using namespace Qt::StringLiterals;

FakeAudioBackend::FakeAudioBackend(QObject *parent)
    : AudioBackend(parent)
{ }

void FakeAudioBackend::playFile(const QString &filePath, qint64 startMs)
{
    commands.append(u"play:%1@%2"_s.arg(filePath).arg(startMs));
    m_file = filePath;
    m_position = startMs;
    m_playing = true;
}

void FakeAudioBackend::resume()
{
    commands.append(u"resume"_s);
    m_playing = true;
}

void FakeAudioBackend::pause()
{
    commands.append(u"pause"_s);
    m_playing = false;
}

void FakeAudioBackend::stop()
{
    commands.append(u"stop"_s);
    m_playing = false;
    m_position = 0;
}

void FakeAudioBackend::seek(qint64 positionMs)
{
    commands.append(u"seek:%1"_s.arg(positionMs));
    m_position = positionMs;
}

void FakeAudioBackend::setVolume(double gain)
{
    m_gain = gain;
}

void FakeAudioBackend::setMuted(bool muted)
{
    m_muted = muted;
}

std::optional<qint64> FakeAudioBackend::position() const
{
    ++m_positionReads;
    if (m_readsFail)
        return std::nullopt;
    return m_position;
}

void FakeAudioBackend::setDuration(qint64 durationMs)
{
    m_duration = durationMs;
    Q_EMIT durationChanged(durationMs);
}

void FakeAudioBackend::setOutputReady(bool ready)
{
    m_outputReady = ready;
    Q_EMIT outputReadyChanged(ready);
}

void FakeAudioBackend::finishTrack()
{
    m_playing = false;
    Q_EMIT endOfMedia();
}

void FakeAudioBackend::joinPreparedNext()
{
    m_file = std::exchange(m_preparedNext, QString());
    m_position = 0;
    Q_EMIT nextFileStarted(m_file);
}

void FakeAudioBackend::failTrack(Error error, const QString &message)
{
    m_playing = false;
    Q_EMIT errorOccurred(error, message);
}
