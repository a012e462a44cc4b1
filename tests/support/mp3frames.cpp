// SPDX-License-Identifier: GPL-3.0-or-later
#include "mp3frames.h"

namespace {
constexpr int mpeg1Kbps[16] = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
constexpr int mpeg2Kbps[16] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};
constexpr int mpeg1Rates[4] = {44100, 48000, 32000, 0};

// Where the audio starts: after an ID3v2 tag (10-byte header, syncsafe size, optional footer).
qsizetype afterId3v2(const QByteArray &file)
{
    if (!file.startsWith("ID3") || file.size() < 10)
        return 0;
    const auto byte = [&file](int i) { return quint32(quint8(file[i])); };
    const quint32 size = (byte(6) << 21) | (byte(7) << 14) | (byte(8) << 7) | byte(9);
    const bool footer = byte(5) & 0x10;
    return qsizetype(10 + size + (footer ? 10 : 0));
}

bool isInfoFrame(const QByteArray &frame)
{
    const QByteArray head = frame.left(64);
    return head.contains("Xing") || head.contains("Info") || head.contains("VBRI");
}
} // namespace

int Mp3Frames::frameLength(const char *header)
{
    const auto b = [header](int i) { return quint8(header[i]); };
    if (b(0) != 0xFF || (b(1) & 0xE0) != 0xE0)
        return 0;
    const int version = (b(1) >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    const int layer = (b(1) >> 1) & 3; // 1 = Layer III
    const int bitrateIndex = b(2) >> 4;
    const int rateIndex = (b(2) >> 2) & 3;
    const int padding = (b(2) >> 1) & 1;
    if (version == 1 || layer != 1)
        return 0;
    const bool mpeg1 = version == 3;
    const int kbps = mpeg1 ? mpeg1Kbps[bitrateIndex] : mpeg2Kbps[bitrateIndex];
    const int rate = mpeg1Rates[rateIndex] / (mpeg1 ? 1 : version == 2 ? 2 : 4);
    if (kbps == 0 || rate == 0)
        return 0;
    return (mpeg1 ? 144000 : 72000) * kbps / rate + padding;
}

QByteArray Mp3Frames::audioFrames(const QByteArray &file)
{
    QByteArray frames;
    qsizetype at = afterId3v2(file);
    // Skip anything before the first frame header.
    while (at + 4 <= file.size() && frameLength(file.constData() + at) == 0)
        ++at;
    while (at + 4 <= file.size()) {
        const int length = frameLength(file.constData() + at);
        if (length == 0 || at + length > file.size())
            break; // an ID3v1 tag, or a cut frame: the audio is over
        const QByteArray frame = file.mid(at, length);
        if (!isInfoFrame(frame))
            frames += frame;
        at += length;
    }
    return frames;
}
