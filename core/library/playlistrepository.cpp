// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistrepository.h"

#include "common/ids.h"
#include "database.h"
#include "playlistrevision.h"
#include "playlistrows.h"
#include "sqlstatement.h"

#include <QDir>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// The first column of the first row of a one-parameter query: the id a lookup by another column finds.
std::optional<QString> lookUp(const QSqlDatabase &db, const QString &sql, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

using SqlStatement::execute;

QVariant toVariant(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

PlaylistRepository::PlaylistRepository(Database &database, QString musicDir)
    : m_database(database)
    , m_musicDir(QDir(musicDir).absolutePath())
    , m_listing(database, m_musicDir)
    , m_tagLinks(database)
{ }

Result<PlaylistRepository::Page> PlaylistRepository::list(int page, int limit) const
{
    QSqlQuery count(m_database.connection());
    if (!count.exec(u"SELECT COUNT(*) FROM playlists"_s) || !count.next())
        return SqlStatement::error(u"count playlists"_s, count);
    Page result;
    result.total = count.value(0).toInt();

    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT %1 FROM playlists p LEFT JOIN tag_associations t ON t.playlist_id = p.id "
                  "ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(QLatin1String(PlaylistRows::playlistColumns),
                                                       QLatin1String(PlaylistRows::listOrder)));
    query.addBindValue(limit);
    query.addBindValue(qint64(page - 1) * limit);
    if (!query.exec())
        return SqlStatement::error(u"list playlists"_s, query);
    while (query.next())
        result.playlists.append(PlaylistRows::playlist(query));
    if (!PlaylistRows::attachTracks(m_database.connection(), m_musicDir, result.playlists))
        return ServiceError::internal(
            u"list tracks"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "database: cannot read the tracks")));
    return result;
}

QList<Playlist> PlaylistRepository::all() const
{
    const auto page = list(1, std::numeric_limits<int>::max());
    return page ? page->playlists : QList<Playlist> {};
}

std::optional<Playlist> PlaylistRepository::find(const QString &playlistId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"SELECT %1 FROM playlists p LEFT JOIN tag_associations t ON t.playlist_id = p.id WHERE p.id = ?"_s
            .arg(QLatin1String(PlaylistRows::playlistColumns)));
    query.addBindValue(playlistId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QList<Playlist> found {PlaylistRows::playlist(query)};
    if (!PlaylistRows::attachTracks(m_database.connection(), m_musicDir, found))
        return std::nullopt;
    return found.first();
}

std::optional<Playlist> PlaylistRepository::findByTag(const QString &tagId) const
{
    const auto id = lookUp(m_database.connection(),
                           u"SELECT playlist_id FROM tag_associations WHERE tag_id = ?"_s, tagId);
    return id ? find(*id) : std::nullopt;
}

std::optional<Playlist> PlaylistRepository::findByFolder(const QString &folder) const
{
    const auto id = lookUp(m_database.connection(), u"SELECT id FROM playlists WHERE folder = ?"_s, folder);
    return id ? find(*id) : std::nullopt;
}

std::optional<Track> PlaylistRepository::findTrack(const QString &trackId) const
{
    const auto playlistId
        = lookUp(m_database.connection(), u"SELECT playlist_id FROM tracks WHERE id = ?"_s, trackId);
    const auto playlist = playlistId ? find(*playlistId) : std::nullopt;
    if (!playlist)
        return std::nullopt;
    if (const Track *track = playlist->trackById(trackId))
        return *track;
    return std::nullopt;
}

Result<Playlist> PlaylistRepository::create(const QString &title, const QString &description,
                                            const QString &folder)
{
    const QString id = Ids::newUuid();
    const QString stamp = PlaylistRevision::now();
    QSqlQuery query(m_database.connection());
    query.prepare(
        u"INSERT INTO playlists (id, title, description, folder, created_at, updated_at, last_played, "
        "playlist_seq) VALUES (?, ?, ?, ?, ?, ?, 0, 1)"_s);
    // A null QString would bind as SQL NULL; an unset description is "".
    for (const QString &value : {id, title, description.isNull() ? u""_s : description, folder, stamp, stamp})
        query.addBindValue(value);
    if (!query.exec())
        return SqlStatement::error(u"create playlist"_s, query);
    return *find(id);
}

Result<Playlist> PlaylistRepository::update(const QString &playlistId, const Edit &edit)
{
    const auto limit = [](const std::optional<std::optional<int>> &value) {
        return value && *value ? QVariant(**value) : QVariant(QMetaType(QMetaType::Int));
    };
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(
            u"UPDATE playlists SET title = COALESCE(?, title), description = COALESCE(?, description), "
            "folder = COALESCE(?, folder), max_volume = CASE WHEN ? THEN ? ELSE max_volume END, "
            "start_volume = CASE WHEN ? THEN ? ELSE start_volume END WHERE id = ?"_s);
        query.addBindValue(toVariant(edit.title));
        query.addBindValue(toVariant(edit.description));
        query.addBindValue(toVariant(edit.folder));
        query.addBindValue(edit.maxVolume.has_value());
        query.addBindValue(limit(edit.maxVolume));
        query.addBindValue(edit.startVolume.has_value());
        query.addBindValue(limit(edit.startVolume));
        query.addBindValue(playlistId);
        if (!query.exec())
            return SqlStatement::error(u"update playlist"_s, query);
        if (query.numRowsAffected() != 1)
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                          playlistId);
        if (!PlaylistRevision::bump(m_database.connection(), playlistId))
            return ServiceError::internal(
                u"update playlist"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot bump the revision")));
        return Done {};
    });
    if (!status)
        return status.error();
    return *find(playlistId);
}

Status PlaylistRepository::remove(const QString &playlistId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM playlists WHERE id = ?"_s);
    query.addBindValue(playlistId);
    if (!query.exec())
        return SqlStatement::error(u"delete playlist"_s, query);
    if (query.numRowsAffected() != 1)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    return Done {};
}

Result<Track> PlaylistRepository::addTrack(const QString &playlistId, const NewTrack &track)
{
    const QString id = Ids::newUuid();
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.connection();
        int number = track.trackNumber;
        if (number <= 0) {
            QSqlQuery max(db);
            max.prepare(u"SELECT COALESCE(MAX(track_number), 0) + 1 FROM tracks WHERE playlist_id = ?"_s);
            max.addBindValue(playlistId);
            if (!max.exec() || !max.next())
                return SqlStatement::error(u"add track"_s, max);
            number = max.value(0).toInt();
        }
        const QString stamp = PlaylistRevision::now();
        QSqlQuery insert(db);
        insert.prepare(
            u"INSERT INTO tracks (id, playlist_id, track_number, title, filename, duration_ms, artist, "
            "album, has_cover, play_count, created_at, updated_at, stream_url) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"_s);
        insert.addBindValue(id);
        insert.addBindValue(playlistId);
        insert.addBindValue(number);
        insert.addBindValue(track.title);
        insert.addBindValue(track.streamUrl ? Track::streamPlaceholder(id) : track.filename);
        insert.addBindValue(track.durationMs);
        insert.addBindValue(toVariant(track.artist));
        insert.addBindValue(toVariant(track.album));
        insert.addBindValue(track.hasCover);
        insert.addBindValue(stamp);
        insert.addBindValue(stamp);
        insert.addBindValue(toVariant(track.streamUrl));
        if (!insert.exec())
            return SqlStatement::error(u"add track"_s, insert);
        if (!PlaylistRevision::bump(db, playlistId))
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                          playlistId);
        return Done {};
    });
    if (!status)
        return status.error();
    return *findTrack(id);
}

Result<Playlist> PlaylistRepository::removeTracks(const QString &playlistId, const QList<int> &trackNumbers)
{
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(u"DELETE FROM tracks WHERE playlist_id = ? AND track_number = ?"_s);
        int removed = 0;
        for (int number : trackNumbers) {
            query.addBindValue(playlistId);
            query.addBindValue(number);
            if (!query.exec())
                return SqlStatement::error(u"delete tracks"_s, query);
            removed += query.numRowsAffected();
        }
        if (removed > 0 && !PlaylistRevision::bump(m_database.connection(), playlistId))
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                          playlistId);
        return Done {};
    });
    if (!status)
        return status.error();
    return *find(playlistId);
}

Result<Playlist> PlaylistRepository::reorder(const QString &playlistId, const QStringList &trackIdsInOrder)
{
    const auto playlist = find(playlistId);
    if (!playlist)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    QStringList order = trackIdsInOrder;
    for (const Track &track : playlist->tracks) {
        if (!order.contains(track.id))
            order.append(track.id);
    }
    const Status status = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        // Two passes keep UNIQUE(playlist_id, track_number) satisfied at every statement.
        query.prepare(
            u"UPDATE tracks SET track_number = ?, updated_at = ? WHERE id = ? AND playlist_id = ?"_s);
        const QString stamp = PlaylistRevision::now();
        for (int pass = 0; pass < 2; ++pass) {
            for (qsizetype i = 0; i < order.size(); ++i) {
                query.addBindValue(pass == 0 ? 1000000000 + int(i) : int(i) + 1);
                query.addBindValue(stamp);
                query.addBindValue(order[i]);
                query.addBindValue(playlistId);
                if (!query.exec())
                    return SqlStatement::error(u"reorder"_s, query);
            }
        }
        if (!PlaylistRevision::bump(m_database.connection(), playlistId))
            return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                          playlistId);
        return Done {};
    });
    if (!status)
        return status.error();
    return *find(playlistId);
}

Result<Track> PlaylistRepository::moveTrack(const QString &trackId, const QString &targetPlaylistId,
                                            int targetPosition, const QString &newFilename)
{
    const auto track = findTrack(trackId);
    if (!track)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track")), trackId);
    const Status status = m_database.transaction([&]() -> Status {
        QSqlDatabase db = m_database.connection();
        QSqlQuery shift(db);
        // Shift from the top down so no two rows ever share a number.
        shift.prepare(u"SELECT id, track_number FROM tracks WHERE playlist_id = ? AND track_number >= ? "
                      "ORDER BY track_number DESC"_s);
        shift.addBindValue(targetPlaylistId);
        shift.addBindValue(targetPosition);
        if (!shift.exec())
            return SqlStatement::error(u"move track"_s, shift);
        QList<std::pair<QString, int>> toShift;
        while (shift.next())
            toShift.append({shift.value(0).toString(), shift.value(1).toInt()});
        QSqlQuery update(db);
        update.prepare(u"UPDATE tracks SET track_number = ? WHERE id = ?"_s);
        for (const auto &[id, number] : toShift) {
            update.addBindValue(number + 1);
            update.addBindValue(id);
            if (!update.exec())
                return SqlStatement::error(u"move track"_s, update);
        }
        QSqlQuery move(db);
        move.prepare(
            u"UPDATE tracks SET playlist_id = ?, track_number = ?, filename = ?, updated_at = ? WHERE id = ?"_s);
        move.addBindValue(targetPlaylistId);
        move.addBindValue(targetPosition);
        move.addBindValue(newFilename);
        move.addBindValue(PlaylistRevision::now());
        move.addBindValue(trackId);
        if (!move.exec())
            return SqlStatement::error(u"move track"_s, move);
        if (!PlaylistRevision::bump(db, track->playlistId) || !PlaylistRevision::bump(db, targetPlaylistId))
            return ServiceError::internal(
                u"move track"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot bump the revisions")));
        return Done {};
    });
    if (!status)
        return status.error();
    return *findTrack(trackId);
}

Status PlaylistRepository::markPlayed(const QString &playlistId, qint64 unixMs)
{
    return execute(m_database.connection(), u"mark played"_s,
                   u"UPDATE playlists SET last_played = ? WHERE id = ?"_s, {unixMs, playlistId});
}

Status PlaylistRepository::incrementPlayCount(const QString &trackId)
{
    return execute(m_database.connection(), u"count play"_s,
                   u"UPDATE tracks SET play_count = play_count + 1 WHERE id = ?"_s, {trackId});
}
