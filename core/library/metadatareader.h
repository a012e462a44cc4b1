// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Reads what the library needs from an audio file with TagLib: title, artist, album, duration, whether a
// cover is embedded. Safe to call from worker threads. A file TagLib cannot read, or without a duration,
// gives nullopt.
class MetadataReader
{
public:
    struct AudioMetadata
    {
        std::optional<QString> title;
        std::optional<QString> artist;
        std::optional<QString> album;
        qint64 durationMs = 0;
        bool hasCover = false;
    };

    static std::optional<AudioMetadata> read(const QString &filePath);
    static bool isAudioFileName(const QString &fileName); // by extension: mp3 wav flac ogg m4a aac opus
};
