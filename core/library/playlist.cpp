// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlist.h"

#include "common/jsonvalues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonValue coverUrl(const std::optional<QString> &cover)
{
    return cover ? QJsonValue(u"/api/covers/"_s + *cover) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Track::toJson() const
{
    QJsonObject json = toActiveTrackJson();
    json.insert(u"play_count"_s, playCount);
    json.insert(u"created_at"_s, createdAt);
    json.insert(u"updated_at"_s, updatedAt);
    return json;
}

QJsonObject Track::toActiveTrackJson() const
{
    // A stream has no file: its stored placeholder name is nobody's business.
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"filename"_s, isStream() ? QString(u""_s) : filename},
            {u"duration_ms"_s, durationMs},
            {u"file_path"_s, filePath},
            {u"track_number"_s, trackNumber},
            {u"artist"_s, orNull(artist)},
            {u"album"_s, orNull(album)},
            {u"stream_url"_s, orNull(streamUrl)},
            {u"cover_url"_s, coverUrl(cover)}};
}

qint64 Playlist::totalDurationMs() const
{
    if (countedTracks)
        return countedTracks->durationMs;
    qint64 total = 0;
    for (const Track &track : tracks)
        total += track.durationMs;
    return total;
}

const Track *Playlist::trackById(const QString &trackId) const
{
    for (const Track &track : tracks) {
        if (track.id == trackId)
            return &track;
    }
    return nullptr;
}

const Track *Playlist::trackByNumber(int trackNumber) const
{
    for (const Track &track : tracks) {
        if (track.trackNumber == trackNumber)
            return &track;
    }
    return nullptr;
}

int Playlist::maxTrackNumber() const
{
    int highest = 0;
    for (const Track &track : tracks)
        highest = qMax(highest, track.trackNumber);
    return highest;
}

QJsonObject Playlist::toSummaryJson() const
{
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"description"_s, description},
            {u"nfc_tag_id"_s, orNull(nfcTagId)},
            {u"track_count"_s, trackCount()},
            {u"total_duration_ms"_s, totalDurationMs()},
            {u"type"_s, u"playlist"_s},
            {u"created_at"_s, createdAt},
            {u"updated_at"_s, updatedAt},
            {u"last_played"_s, lastPlayedMs},
            {u"playlist_seq"_s, playlistSeq},
            {u"max_volume"_s, orNull(maxVolume)},
            {u"start_volume"_s, orNull(startVolume)},
            {u"cover_url"_s, coverUrl(cover)}};
}

QJsonObject Playlist::toJson() const
{
    QJsonObject json = toSummaryJson();
    QJsonArray trackList;
    for (const Track &track : tracks)
        trackList.append(track.toJson());
    json.insert(u"tracks"_s, trackList);
    return json;
}

QJsonObject Playlist::toResponseJson() const
{
    QJsonObject json = toJson();
    json.insert(u"playlist"_s, toJson());
    return json;
}
