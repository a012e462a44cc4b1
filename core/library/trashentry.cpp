// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashentry.h"

#include "common/jsonvalues.h"
#include "common/timeformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> optionalText(const QJsonValue &value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

QJsonObject storedTrack(const Track &track)
{
    return {{u"id"_s, track.id},
            {u"track_number"_s, track.trackNumber},
            {u"title"_s, track.title},
            {u"filename"_s, track.filename},
            {u"duration_ms"_s, track.durationMs},
            {u"artist"_s, orNull(track.artist)},
            {u"album"_s, orNull(track.album)},
            {u"has_cover"_s, track.hasCover},
            {u"play_count"_s, track.playCount},
            {u"created_at"_s, track.createdAt},
            {u"updated_at"_s, track.updatedAt},
            {u"stream_url"_s, orNull(track.streamUrl)}};
}

Track trackFromStored(const QJsonObject &json, const QString &playlistId)
{
    Track track;
    track.id = json[u"id"_s].toString();
    track.playlistId = playlistId;
    track.trackNumber = json[u"track_number"_s].toInt();
    track.title = json[u"title"_s].toString();
    track.filename = json[u"filename"_s].toString();
    track.durationMs = json[u"duration_ms"_s].toInteger();
    track.artist = optionalText(json[u"artist"_s]);
    track.album = optionalText(json[u"album"_s]);
    track.hasCover = json[u"has_cover"_s].toBool();
    track.playCount = json[u"play_count"_s].toInt();
    track.createdAt = json[u"created_at"_s].toString();
    track.updatedAt = json[u"updated_at"_s].toString();
    track.streamUrl = optionalText(json[u"stream_url"_s]);
    return track;
}

} // namespace

QString TrashEntry::kindName() const
{
    return kind == Kind::Playlist ? u"playlist"_s : u"tracks"_s;
}

std::optional<TrashEntry::Kind> TrashEntry::kindFromName(const QString &name)
{
    if (name == "playlist"_L1)
        return Kind::Playlist;
    if (name == "tracks"_L1)
        return Kind::Tracks;
    return std::nullopt;
}

QJsonObject TrashEntry::contentJson() const
{
    QJsonArray storedTracks;
    for (const Track &track : tracks)
        storedTracks.append(storedTrack(track));
    QJsonObject content {{u"playlist"_s,
                          QJsonObject {{u"id"_s, playlist.id},
                                       {u"title"_s, playlist.title},
                                       {u"description"_s, playlist.description},
                                       {u"folder"_s, playlist.folder},
                                       {u"created_at"_s, playlist.createdAt},
                                       {u"updated_at"_s, playlist.updatedAt},
                                       {u"last_played"_s, playlist.lastPlayedMs},
                                       {u"playlist_seq"_s, playlist.playlistSeq},
                                       {u"nfc_tag_id"_s, orNull(playlist.nfcTagId)}}},
                         {u"tracks"_s, storedTracks}};
    if (resumePoint)
        content.insert(u"resume_point"_s,
                       QJsonObject {{u"track_id"_s, resumePoint->trackId},
                                    {u"position_ms"_s, resumePoint->positionMs},
                                    {u"saved_at_ms"_s, resumePoint->savedAtMs}});
    return content;
}

std::optional<TrashEntry> TrashEntry::fromStored(const QString &id, const QString &kind,
                                                 const QString &deletedAt, const QJsonObject &content)
{
    const auto parsedKind = kindFromName(kind);
    const QJsonObject playlist = content[u"playlist"_s].toObject();
    if (!parsedKind || playlist[u"id"_s].toString().isEmpty())
        return std::nullopt;
    TrashEntry entry;
    entry.id = id;
    entry.kind = *parsedKind;
    entry.deletedAt = deletedAt;
    entry.playlist.id = playlist[u"id"_s].toString();
    entry.playlist.title = playlist[u"title"_s].toString();
    entry.playlist.description = playlist[u"description"_s].toString();
    entry.playlist.folder = playlist[u"folder"_s].toString();
    entry.playlist.createdAt = playlist[u"created_at"_s].toString();
    entry.playlist.updatedAt = playlist[u"updated_at"_s].toString();
    entry.playlist.lastPlayedMs = playlist[u"last_played"_s].toInteger();
    entry.playlist.playlistSeq = playlist[u"playlist_seq"_s].toInteger(1);
    entry.playlist.nfcTagId = optionalText(playlist[u"nfc_tag_id"_s]);
    for (const QJsonValue &track : content[u"tracks"_s].toArray())
        entry.tracks.append(trackFromStored(track.toObject(), entry.playlist.id));
    if (entry.kind == Kind::Playlist)
        entry.playlist.tracks = entry.tracks;
    if (content.contains(u"resume_point"_s)) {
        const QJsonObject point = content[u"resume_point"_s].toObject();
        entry.resumePoint = ResumePointRepository::ResumePoint {point[u"track_id"_s].toString(),
                                                                point[u"position_ms"_s].toInteger(),
                                                                point[u"saved_at_ms"_s].toInteger()};
    }
    return entry;
}

QString TrashEntry::expiresAt(int retentionDays) const
{
    return TimeFormat::isoUtc(TimeFormat::fromIsoUtc(deletedAt).addDays(retentionDays));
}

QJsonObject TrashEntry::toJson(int retentionDays) const
{
    QJsonArray trackList;
    qint64 durationMs = 0;
    for (const Track &track : tracks) {
        trackList.append(QJsonObject {{u"id"_s, track.id},
                                      {u"track_number"_s, track.trackNumber},
                                      {u"title"_s, track.title},
                                      {u"filename"_s, track.filename},
                                      {u"artist"_s, orNull(track.artist)},
                                      {u"album"_s, orNull(track.album)},
                                      {u"duration_ms"_s, track.durationMs},
                                      {u"stream_url"_s, orNull(track.streamUrl)}});
        durationMs += track.durationMs;
    }
    return {
        {u"id"_s, id},
        {u"kind"_s, kindName()},
        {u"playlist_id"_s, playlist.id},
        {u"playlist_title"_s, playlist.title},
        {u"nfc_tag_id"_s, kind == Kind::Playlist ? orNull(playlist.nfcTagId) : QJsonValue(QJsonValue::Null)},
        {u"tracks"_s, trackList},
        {u"track_count"_s, int(tracks.size())},
        {u"total_duration_ms"_s, durationMs},
        {u"deleted_at"_s, deletedAt},
        {u"expires_at"_s, expiresAt(retentionDays)}};
}
