// SPDX-License-Identifier: GPL-3.0-or-later
#include "wavencoder.h"

#include <QtEndian>

namespace {

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

// RIFF chunks are padded to an even size; the pad byte is not counted in the chunk size.
void appendChunk(QByteArray &out, const char *id, const QByteArray &payload)
{
    out.append(id, 4);
    appendLe32(out, quint32(payload.size()));
    out.append(payload);
    if (payload.size() % 2)
        out.append('\0');
}

void appendInfoField(QByteArray &list, const char *id, const QString &value)
{
    if (value.isEmpty())
        return;
    QByteArray text = value.toUtf8();
    text.append('\0');
    appendChunk(list, id, text);
}

} // namespace

QByteArray WavEncoder::encode(const QList<qint16> &samples, int sampleRate, const Info &info)
{
    constexpr quint16 channels = 1;
    constexpr quint16 bitsPerSample = 16;
    constexpr quint16 blockAlign = channels * bitsPerSample / 8;

    QByteArray format;
    appendLe16(format, 1); // PCM
    appendLe16(format, channels);
    appendLe32(format, quint32(sampleRate));
    appendLe32(format, quint32(sampleRate) * blockAlign);
    appendLe16(format, blockAlign);
    appendLe16(format, bitsPerSample);

    QByteArray data;
    data.reserve(samples.size() * 2);
    for (qint16 sample : samples)
        appendLe16(data, quint16(sample));

    QByteArray body = QByteArrayLiteral("WAVE");
    appendChunk(body, "fmt ", format);
    appendChunk(body, "data", data);

    QByteArray infoList = QByteArrayLiteral("INFO");
    appendInfoField(infoList, "INAM", info.title);
    appendInfoField(infoList, "IART", info.artist);
    appendInfoField(infoList, "IPRD", info.album);
    if (infoList.size() > 4)
        appendChunk(body, "LIST", infoList);

    QByteArray file;
    file.reserve(body.size() + 8);
    appendChunk(file, "RIFF", body);
    return file;
}
