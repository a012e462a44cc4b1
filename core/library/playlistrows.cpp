// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistrows.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}
} // namespace

Playlist PlaylistRows::playlist(const QSqlQuery &q)
{
    Playlist p;
    p.id = q.value(0).toString();
    p.title = q.value(1).toString();
    p.description = q.value(2).toString();
    p.folder = q.value(3).toString();
    p.createdAt = q.value(4).toString();
    p.updatedAt = q.value(5).toString();
    p.lastPlayedMs = q.value(6).toLongLong();
    p.playlistSeq = q.value(7).toLongLong();
    p.nfcTagId = optionalText(q.value(8));
    p.maxVolume = optionalInt(q.value(9));
    p.startVolume = optionalInt(q.value(10));
    p.cover = optionalText(q.value(11));
    return p;
}

Track PlaylistRows::track(const QSqlQuery &q, const QString &musicDir, const QString &folder)
{
    Track t;
    t.id = q.value(0).toString();
    t.playlistId = q.value(1).toString();
    t.trackNumber = q.value(2).toInt();
    t.title = q.value(3).toString();
    t.filename = q.value(4).toString();
    t.durationMs = q.value(5).toLongLong();
    t.artist = optionalText(q.value(6));
    t.album = optionalText(q.value(7));
    t.hasCover = q.value(8).toBool();
    t.playCount = q.value(9).toInt();
    t.createdAt = q.value(10).toString();
    t.updatedAt = q.value(11).toString();
    t.streamUrl = optionalText(q.value(12));
    if (const QString cover = q.value(13).toString(); !cover.isEmpty())
        t.cover = cover;
    if (!t.isStream())
        t.filePath = musicDir + u'/' + folder + u'/' + t.filename;
    return t;
}

bool PlaylistRows::attachTracks(const QSqlDatabase &db, const QString &musicDir, QList<Playlist> &playlists)
{
    if (playlists.isEmpty())
        return true;
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < playlists.size(); ++i)
        indexById.insert(playlists.at(i).id, i);
    const QStringList placeholders(playlists.size(), u"?"_s);
    QSqlQuery tracks(db);
    tracks.setForwardOnly(true);
    tracks.prepare(
        u"SELECT %1 FROM tracks WHERE playlist_id IN (%2) ORDER BY playlist_id, track_number"_s.arg(
            QLatin1String(trackColumns), placeholders.join(u',')));
    for (const Playlist &p : std::as_const(playlists))
        tracks.addBindValue(p.id);
    if (!tracks.exec())
        return false;
    while (tracks.next()) {
        Playlist &owner = playlists[indexById.value(tracks.value(1).toString())];
        owner.tracks.append(track(tracks, musicDir, owner.folder));
    }
    return true;
}
