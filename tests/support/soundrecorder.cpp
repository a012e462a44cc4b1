// SPDX-License-Identifier: GPL-3.0-or-later
#include "soundrecorder.h"

#include "pulseaudioserver.h"

#include <QStandardPaths>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

SoundRecorder::SoundRecorder(const QString &serverAddress)
    : m_server(serverAddress)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { onReadyRead(); });
}

SoundRecorder::~SoundRecorder()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SoundRecorder::start(QString *error)
{
    const QString parec = QStandardPaths::findExecutable(u"parec"_s);
    if (parec.isEmpty()) {
        *error = u"parec is required (package pulseaudio-utils)"_s;
        return false;
    }
    m_clock.start();
    m_process.start(parec,
                    {u"-s"_s, m_server, u"-d"_s, PulseAudioServer::sinkName() + u".monitor"_s, u"--raw"_s,
                     u"--format=s16le"_s, u"--rate=%1"_s.arg(sampleRate), u"--channels=1"_s,
                     u"--latency-msec=5"_s});
    if (!m_process.waitForStarted(10000)) {
        *error = u"parec did not start: "_s + m_process.errorString();
        return false;
    }
    return true;
}

qint64 SoundRecorder::arrivalMs(qint64 index) const
{
    auto block = std::upper_bound(
        m_arrivals.begin(), m_arrivals.end(), index,
        [](qint64 value, const std::pair<qint64, qint64> &arrival) { return value < arrival.first; });
    if (block == m_arrivals.begin())
        return -1;
    return std::prev(block)->second;
}

void SoundRecorder::onReadyRead()
{
    const QByteArray data = m_odd + m_process.readAllStandardOutput();
    const qsizetype whole = data.size() / 2 * 2;
    m_arrivals.append({qint64(m_samples.size()), m_clock.elapsed()});
    for (qsizetype offset = 0; offset < whole; offset += 2)
        m_samples.push_back(qFromLittleEndian<qint16>(data.constData() + offset));
    m_odd = data.mid(whole);
}
