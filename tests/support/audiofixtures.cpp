// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiofixtures.h"

#include <QDataStream>
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {
constexpr int sampleRate = 44100;
constexpr int channels = 2;

bool run(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return false;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning().noquote() << program << "failed:" << process.readAll();
        return false;
    }
    return true;
}
} // namespace

bool AudioFixtures::writeSineWav(const QString &path, int durationMs, int frequencyHz, double amplitude)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const quint32 frames = quint32(qint64(sampleRate) * durationMs / 1000);
    const quint32 dataBytes = frames * channels * 2;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(channels) << quint32(sampleRate)
        << quint32(sampleRate * channels * 2) << quint16(channels * 2) << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    QByteArray samples;
    samples.reserve(int(dataBytes));
    QDataStream pcm(&samples, QIODevice::WriteOnly);
    pcm.setByteOrder(QDataStream::LittleEndian);
    for (quint32 frame = 0; frame < frames; ++frame) {
        const auto value
            = qint16(qRound(32767 * amplitude * qSin(2 * M_PI * frequencyHz * frame / sampleRate)));
        pcm << value << value;
    }
    out.writeRawData(samples.constData(), int(samples.size()));
    return out.status() == QDataStream::Ok && file.flush();
}

QString AudioFixtures::make(const QString &dir, const QString &stem, const QString &format, int durationMs)
{
    const QString wav = dir + u'/' + stem + u".wav"_s;
    if (!writeSineWav(wav, durationMs))
        return {};
    if (format == "wav"_L1)
        return wav;
    const QString target = dir + u'/' + stem + u'.' + format;
    bool made = false;
    if (format == "m4a"_L1)
        made = run(u"gst-launch-1.0"_s,
                   {u"-q"_s, u"filesrc"_s, u"location="_s + wav, u"!"_s, u"wavparse"_s, u"!"_s,
                    u"audioconvert"_s, u"!"_s, u"avenc_aac"_s, u"!"_s, u"mp4mux"_s, u"!"_s, u"filesink"_s,
                    u"location="_s + target});
    else
        made = run(u"sox"_s, {wav, target});
    QFile::remove(wav);
    return made ? target : QString();
}
