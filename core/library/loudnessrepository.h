// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "replaygain.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// The measured loudness of each track (table track_loudness), which tracks still need measuring, and the
// gain the player applies to a file under the configured normalisation (PROTOCOL.md §7.3 "Loudness").
class LoudnessRepository
{
public:
    enum class Mode { Off, Track, Playlist };
    static Mode modeFromSetting(const QString &setting); // track | playlist | off

    struct UnmeasuredTrack
    {
        QString trackId;
        QString filePath;
    };

    LoudnessRepository(Database &database, QString musicDir);

    Status store(const QString &trackId, const ReplayGain::Measure &measure);
    std::optional<ReplayGain::Measure> find(const QString &trackId) const;
    QList<UnmeasuredTrack> unmeasured(int limit) const; // files only: a stream has nothing to measure
    // In dB; 0 when normalisation is off or the file is not (yet) measured.
    double gainDbForFile(const QString &filePath, Mode mode) const;

private:
    QList<ReplayGain::Measure> playlistMeasures(const QString &playlistId) const;

    Database &m_database;
    QString m_musicDir;
};
