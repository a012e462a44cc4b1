// SPDX-License-Identifier: GPL-3.0-or-later
#include "loudnessrepository.h"

#include "common/timeformat.h"
#include "database.h"
#include "system/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

LoudnessRepository::Mode LoudnessRepository::modeFromSetting(const QString &setting)
{
    if (setting == "off"_L1)
        return Mode::Off;
    return setting == "playlist"_L1 ? Mode::Playlist : Mode::Track;
}

LoudnessRepository::LoudnessRepository(Database &database, QString musicDir)
    : m_database(database)
    , m_musicDir(std::move(musicDir))
{ }

Status LoudnessRepository::store(const QString &trackId, const ReplayGain::Measure &measure)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO track_loudness (track_id, gain_db, peak, measured_at) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (track_id) DO UPDATE SET gain_db = excluded.gain_db, peak = excluded.peak, "
                  "measured_at = excluded.measured_at"_s);
    query.addBindValue(trackId);
    query.addBindValue(measure.gainDb);
    query.addBindValue(measure.peak);
    query.addBindValue(TimeFormat::isoUtc(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return ServiceError::internal(u"store loudness"_s, query.lastError().text());
    return Done {};
}

std::optional<ReplayGain::Measure> LoudnessRepository::find(const QString &trackId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT gain_db, peak FROM track_loudness WHERE track_id = ?"_s);
    query.addBindValue(trackId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ReplayGain::Measure {query.value(0).toDouble(), query.value(1).toDouble()};
}

QList<LoudnessRepository::UnmeasuredTrack> LoudnessRepository::unmeasured(int limit) const
{
    // From schema 13's partial index: only the tracks still to measure are read (migration 013 says why).
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT t.id, p.folder, t.filename FROM tracks t JOIN playlists p ON p.id = t.playlist_id "
                  "WHERE t.loudness_pending = 1 AND t.stream_url IS NULL ORDER BY t.created_at LIMIT ?"_s);
    query.addBindValue(limit);
    QList<UnmeasuredTrack> tracks;
    if (!query.exec()) {
        qCWarning(lcDb).noquote() << "cannot list unmeasured tracks:" << query.lastError().text();
        return tracks;
    }
    while (query.next())
        tracks.append({query.value(0).toString(),
                       m_musicDir + u'/' + query.value(1).toString() + u'/' + query.value(2).toString()});
    return tracks;
}

double LoudnessRepository::gainDbForFile(const QString &filePath, Mode mode) const
{
    if (mode == Mode::Off)
        return 0.0;
    // Files live at <music>/<playlist folder>/<file name>.
    const QFileInfo file(filePath);
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT t.playlist_id, l.gain_db, l.peak FROM tracks t JOIN playlists p ON p.id = t.playlist_id "
        "JOIN track_loudness l ON l.track_id = t.id WHERE p.folder = ? AND t.filename = ?"_s);
    query.addBindValue(file.dir().dirName());
    query.addBindValue(file.fileName());
    if (!query.exec() || !query.next())
        return 0.0;
    if (mode == Mode::Playlist)
        return ReplayGain::clipSafeGainDb(ReplayGain::playlist(playlistMeasures(query.value(0).toString())));
    return ReplayGain::clipSafeGainDb({query.value(1).toDouble(), query.value(2).toDouble()});
}

QList<ReplayGain::Measure> LoudnessRepository::playlistMeasures(const QString &playlistId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT l.gain_db, l.peak FROM track_loudness l JOIN tracks t ON t.id = l.track_id "
                  "WHERE t.playlist_id = ?"_s);
    query.addBindValue(playlistId);
    QList<ReplayGain::Measure> measures;
    if (query.exec()) {
        while (query.next())
            measures.append({query.value(0).toDouble(), query.value(1).toDouble()});
    }
    return measures;
}
