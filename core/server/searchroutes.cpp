// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchroutes.h"

#include "common/fieldvalidator.h"
#include "common/jsonvalues.h"
#include "library/searchrepository.h"
#include "queryparameters.h"
#include "router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxQueryLength = 200;
constexpr int defaultLimit = 20;
constexpr int maxLimit = 100;

QJsonObject toJson(const SearchRepository::Results &results, const QString &query)
{
    QJsonArray playlists;
    for (const auto &hit : results.playlists)
        playlists.append(
            QJsonObject {{u"id"_s, hit.id}, {u"title"_s, hit.title}, {u"track_count"_s, hit.trackCount}});
    QJsonArray tracks;
    for (const auto &hit : results.tracks) {
        tracks.append(QJsonObject {{u"id"_s, hit.id},
                                   {u"playlist_id"_s, hit.playlistId},
                                   {u"playlist_title"_s, hit.playlistTitle},
                                   {u"track_number"_s, hit.trackNumber},
                                   {u"title"_s, hit.title},
                                   {u"artist"_s, nullIfEmpty(hit.artist)},
                                   {u"album"_s, nullIfEmpty(hit.album)},
                                   {u"duration_ms"_s, hit.durationMs}});
    }
    return {{u"query"_s, query}, {u"playlists"_s, playlists}, {u"tracks"_s, tracks}};
}

} // namespace

SearchRoutes::SearchRoutes(const SearchRepository &search)
    : m_search(search)
{ }

void SearchRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/search"_s, [this](const ApiRequest &request) {
        FieldValidator errors({});
        const QString query = request.queryValue(u"q"_s).trimmed();
        if (query.isEmpty())
            errors.addError(
                u"q"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "q is required: the words to look for")));
        else if (query.size() > maxQueryLength)
            errors.addError(
                u"q"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "q must be at most %1 characters"))
                    .arg(maxQueryLength));
        const auto limit = queryInt(request, u"limit"_s, defaultLimit, 1, maxLimit, errors);
        if (!errors.ok())
            return ApiResponse::failure(errors.error());
        const auto found = m_search.search(query, *limit);
        if (!found)
            return ApiResponse::failure(found.error());
        return ApiResponse::success(toJson(*found, query), u"search results"_s);
    });
}
