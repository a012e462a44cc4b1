// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The picture stored inside an audio file, read with TagLib: ID3v2 APIC (mp3, wav, aiff, flac), MP4 covr,
// FLAC picture blocks and Vorbis/Opus METADATA_BLOCK_PICTURE. A front cover wins over any other picture.
// The bytes are returned as they are stored (JPEG, PNG, ...), undecoded: decoding happens in the cover tool,
// outside the box's process. Safe to call from worker threads.
class EmbeddedPicture
{
public:
    enum class Outcome { Found, None, TooLarge, Unreadable };
    struct Result
    {
        Outcome outcome = Outcome::None;
        QByteArray bytes; // when Found
        qint64 size = 0; // of the picture, also when TooLarge
    };

    // Pictures over maxBytes are not copied out of TagLib's buffer (TooLarge).
    static Result read(const QString &audioPath, qint64 maxBytes);
};
