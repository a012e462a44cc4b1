// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Encodes 16-bit PCM mono samples as a WAV file, with an optional RIFF INFO list (title, artist, album) that
// TagLib reads as tags. The demo library writes its melodies with it; tests use it to make audio files
// without external tools.
class WavEncoder
{
public:
    struct Info
    {
        QString title;
        QString artist;
        QString album;
    };

    static QByteArray encode(const QList<qint16> &samples, int sampleRate, const Info &info = {});
};
