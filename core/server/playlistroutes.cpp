// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistroutes.h"

#include "common/compactjson.h"
#include "common/fieldvalidator.h"
#include "common/jsonvalues.h"
#include "library/playlistservice.h"
#include "queryparameters.h"
#include "router.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxTitle = 255;
constexpr int maxDescription = 1000;
constexpr int maxStreamUrl = 2048; // as the database's CHECK on tracks.stream_url

ApiResponse playlistResponse(const Playlist &playlist, const QString &message, int status = 200)
{
    return ApiResponse::success(playlist.toResponseJson(), message, status);
}

// max_volume / start_volume: 0..100, or null to remove the limit (here null is not "absent").
void readVolumeLimit(const QJsonObject &body, const QString &field, FieldValidator &fields,
                     std::optional<std::optional<int>> &into)
{
    if (!body.contains(field))
        return;
    if (body.value(field).isNull()) {
        into.emplace(std::nullopt);
        return;
    }
    if (const auto value = fields.integer(field, FieldValidator::Required, 0, 100))
        into.emplace(int(*value));
}

QJsonArray toJsonArray(const QList<int> &numbers)
{
    QJsonArray array;
    for (int n : numbers)
        array.append(n);
    return array;
}

// track_order: all ids (strings) or all track numbers (integers), no duplicates, every item known.
std::optional<QStringList> resolveTrackOrder(const QJsonArray &items, const Playlist &playlist,
                                             FieldValidator &errors)
{
    if (items.isEmpty()) {
        errors.addError(
            u"track_order"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track_order must not be empty")));
        return std::nullopt;
    }
    const bool byNumber = FieldValidator::isInteger(items.first());
    QStringList ids;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = u"track_order[%1]"_s.arg(i);
        const QJsonValue item = items[i];
        const Track *track = nullptr;
        if (byNumber && FieldValidator::isInteger(item))
            track = playlist.trackByNumber(int(item.toDouble()));
        else if (!byNumber && item.isString())
            track = playlist.trackById(item.toString());
        else {
            errors.addError(
                field,
                QString::fromUtf8(QT_TRANSLATE_NOOP(
                    "ServiceError", "track_order must hold only track ids or only track numbers")));
            continue;
        }
        if (!track) {
            errors.addError(
                field,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 is not a track of this playlist"))
                    .arg(field));
            continue;
        }
        if (seen.contains(track->id)) {
            errors.addError(
                field, QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 is listed twice")).arg(field));
            continue;
        }
        seen.insert(track->id);
        ids.append(track->id);
    }
    if (!errors.ok())
        return std::nullopt;
    return ids;
}

} // namespace

PlaylistRoutes::PlaylistRoutes(PlaylistService &playlists, SyncRunner sync)
    : m_playlists(playlists)
    , m_sync(std::move(sync))
{ }

void PlaylistRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/playlists"_s, [this](const ApiRequest &request) {
        FieldValidator errors({});
        const auto page = queryInt(request, u"page"_s, 1, 1, 1000000, errors);
        const auto limit = queryInt(request, u"limit"_s, 50, 1, 100, errors);
        if (!errors.ok())
            return ApiResponse::failure(errors.error());
        const auto result = m_playlists.playlistsPage(*page, *limit);
        if (!result)
            return ApiResponse::failure(result.error());
        const int totalPages = (result->total + *limit - 1) / *limit;
        return ApiResponse::successJson(CompactJson()
                                            .insertJson(u"playlists"_s, result->json)
                                            .insert(u"page"_s, *page)
                                            .insert(u"limit"_s, *limit)
                                            .insert(u"total"_s, result->total)
                                            .insert(u"total_pages"_s, totalPages),
                                        u"%1 playlists"_s.arg(result->total));
    });

    router.add("POST", u"/api/playlists"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto title = fields.text(u"title"_s, FieldValidator::Required, maxTitle);
        const auto description
            = fields.text(u"description"_s, FieldValidator::Optional, maxDescription, true);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto created = m_playlists.create(*title, description.value_or(QString()));
        if (!created)
            return ApiResponse::failure(created.error());
        return playlistResponse(*created, u"playlist created"_s, 201);
    });

    router.add("GET", u"/api/playlists/{id}"_s, [this](const ApiRequest &request) {
        const auto playlist = m_playlists.repository().find(request.param(u"id"_s));
        if (!playlist)
            return ApiResponse::failure(ServiceError::notFound(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")), request.param(u"id"_s)));
        return playlistResponse(*playlist, u"playlist"_s);
    });

    router.add("PUT", u"/api/playlists/{id}"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        PlaylistRepository::Edit edit;
        edit.title = fields.text(u"title"_s, FieldValidator::Optional, maxTitle);
        edit.description = fields.text(u"description"_s, FieldValidator::Optional, maxDescription, true);
        readVolumeLimit(request.json, u"max_volume"_s, fields, edit.maxVolume);
        readVolumeLimit(request.json, u"start_volume"_s, fields, edit.startVolume);
        if (fields.ok() && !edit.title && !edit.description && !edit.maxVolume && !edit.startVolume)
            fields.addError(u"title"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP(
                                "ServiceError", "give a title, a description, max_volume or start_volume")));
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto updated = m_playlists.update(request.param(u"id"_s), edit);
        if (!updated)
            return ApiResponse::failure(updated.error());
        return playlistResponse(*updated, u"playlist updated"_s);
    });

    router.add("DELETE", u"/api/playlists/{id}"_s, [this](const ApiRequest &request) {
        const auto removed = m_playlists.remove(request.param(u"id"_s));
        if (!removed)
            return ApiResponse::failure(removed.error());
        // Still 204 for the clients that know it; the page's "Undo" reads where it went from the header.
        return ApiResponse::noContent().withHeader("X-Trash-Entry-Id", removed->toUtf8());
    });

    router.add("POST", u"/api/playlists/{id}/reorder"_s, [this](const ApiRequest &request) {
        const auto playlist = m_playlists.repository().find(request.param(u"id"_s));
        if (!playlist)
            return ApiResponse::failure(ServiceError::notFound(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")), request.param(u"id"_s)));
        FieldValidator fields(request.json);
        const auto items = fields.array(u"track_order"_s, FieldValidator::Required);
        const auto order = items ? resolveTrackOrder(*items, *playlist, fields) : std::nullopt;
        if (!fields.ok() || !order)
            return ApiResponse::failure(fields.error());
        const auto reordered = m_playlists.reorder(playlist->id, *order);
        if (!reordered)
            return ApiResponse::failure(reordered.error());
        return playlistResponse(*reordered, u"tracks reordered"_s);
    });

    router.add("DELETE", u"/api/playlists/{id}/tracks"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto items = fields.array(u"track_numbers"_s, FieldValidator::Required);
        QList<int> numbers;
        if (items && items->isEmpty())
            fields.addError(
                u"track_numbers"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track_numbers must not be empty")));
        for (qsizetype i = 0; items && i < items->size(); ++i) {
            const QJsonValue item = items->at(i);
            if (!FieldValidator::isInteger(item) || item.toDouble() < 1)
                fields.addError(u"track_numbers[%1]"_s.arg(i),
                                QString::fromUtf8(
                                    QT_TRANSLATE_NOOP("ServiceError", "track numbers are integers from 1")));
            else
                numbers.append(int(item.toDouble()));
        }
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto result = m_playlists.deleteTracks(request.param(u"id"_s), numbers);
        if (!result)
            return ApiResponse::failure(result.error());
        QJsonObject data = result->playlist.toResponseJson();
        data.insert(u"deleted_track_numbers"_s, toJsonArray(result->deleted));
        data.insert(u"missing_track_numbers"_s, toJsonArray(result->missing));
        data.insert(u"trash_entry_id"_s, nullIfEmpty(result->trashEntryId));
        return ApiResponse::success(data, u"%1 tracks deleted"_s.arg(result->deleted.size()));
    });

    router.add("PUT", u"/api/playlists/{id}/tracks/{track_id}"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        TrackDetailsRepository::Edit edit;
        edit.title = fields.text(u"title"_s, FieldValidator::Optional, maxTitle);
        edit.artist = fields.text(u"artist"_s, FieldValidator::Optional, maxTitle, true);
        edit.album = fields.text(u"album"_s, FieldValidator::Optional, maxTitle, true);
        if (fields.ok() && !edit.title && !edit.artist && !edit.album)
            fields.addError(
                u"title"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "give a title, an artist or an album")));
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto edited = m_playlists.editTrack(request.param(u"id"_s), request.param(u"track_id"_s), edit);
        if (!edited)
            return ApiResponse::failure(edited.error());
        QJsonObject data = edited->playlist.toResponseJson();
        data.insert(u"track"_s, edited->track.toJson());
        return ApiResponse::success(data, u"track edited"_s);
    });

    router.add("POST", u"/api/playlists/{id}/streams"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto url = fields.httpUrl(u"url"_s, FieldValidator::Required, maxStreamUrl);
        const auto title = fields.text(u"title"_s, FieldValidator::Optional, maxTitle);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const QString playlistId = request.param(u"id"_s);
        const auto added = m_playlists.addStream(playlistId, *url, title.value_or(QString()));
        if (!added)
            return ApiResponse::failure(added.error());
        const auto playlist = m_playlists.repository().find(playlistId);
        if (!playlist)
            return ApiResponse::failure(ServiceError::notFound(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")), playlistId));
        QJsonObject data = playlist->toResponseJson();
        data.insert(u"track"_s, added->toJson());
        return ApiResponse::success(data, u"stream added"_s, 201);
    });

    const auto moveTrack = [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const QString pathSource = request.param(u"source_id"_s);
        auto source = fields.id(u"source_playlist_id"_s,
                                pathSource.isEmpty() ? FieldValidator::Required : FieldValidator::Optional);
        const auto target = fields.id(u"target_playlist_id"_s, FieldValidator::Required);
        const auto trackNumber = fields.integer(u"track_number"_s, FieldValidator::Optional, 1, 1000000000);
        const auto trackId = fields.id(u"track_id"_s, FieldValidator::Optional);
        const auto position = fields.integer(u"target_position"_s, FieldValidator::Optional, 1, 1000000000);
        if (fields.has(u"track_number"_s) == fields.has(u"track_id"_s))
            fields.addError(u"track_number"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP(
                                "ServiceError", "give exactly one of track_number and track_id")));
        if (!pathSource.isEmpty() && source && *source != pathSource)
            fields.addError(u"source_playlist_id"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP(
                                "ServiceError", "source_playlist_id differs from the playlist in the path")));
        if (!source && !pathSource.isEmpty())
            source = pathSource;
        if (source && target && *source == *target)
            fields.addError(u"target_playlist_id"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError",
                                                                "source and target are the same playlist")));
        if (!fields.ok())
            return ApiResponse::failure(fields.error());

        const auto sourcePlaylist = m_playlists.repository().find(*source);
        if (!sourcePlaylist)
            return ApiResponse::failure(ServiceError::notFound(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")), *source));
        const Track *track = trackId ? sourcePlaylist->trackById(*trackId)
                                     : sourcePlaylist->trackByNumber(int(trackNumber.value_or(0)));
        if (!track)
            return ApiResponse::failure(
                ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track")),
                                       trackId.value_or(QString::number(trackNumber.value_or(0)))));
        const auto moved = m_playlists.moveTrack(
            *source, track->id, *target, position ? std::optional<int>(int(*position)) : std::nullopt);
        if (!moved)
            return ApiResponse::failure(moved.error());
        return ApiResponse::success(QJsonObject {{u"track"_s, moved->track.toJson()},
                                                 {u"source_playlist"_s, moved->source.toJson()},
                                                 {u"target_playlist"_s, moved->target.toJson()}},
                                    u"track moved"_s);
    };
    router.add("POST", u"/api/playlists/move-track"_s, moveTrack);
    router.add("POST", u"/api/playlists/{source_id}/move-track"_s, moveTrack);

    router.addAsync("POST", u"/api/playlists/sync"_s, [this](const ApiRequest &, ApiResponder respond) {
        m_sync([respond](Result<int> count) {
            if (!count)
                return respond(ApiResponse::failure(count.error()));
            respond(ApiResponse::success(QJsonObject {{u"playlists_count"_s, *count}},
                                         u"library synchronised"_s));
        });
    });
}
