// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashroutes.h"

#include "library/trashservice.h"
#include "router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject restoredJson(const TrashService::Restored &restored)
{
    QJsonArray trackIds;
    for (const Track &track : restored.tracks)
        trackIds.append(track.id);
    QJsonArray files;
    for (const TrashService::FileRename &rename : restored.renamedFiles)
        files.append(
            QJsonObject {{u"track_id"_s, rename.trackId}, {u"from"_s, rename.from}, {u"to"_s, rename.to}});
    const QJsonValue title = restored.titleBefore
        ? QJsonValue(QJsonObject {{u"from"_s, *restored.titleBefore}, {u"to"_s, restored.playlist.title}})
        : QJsonValue(QJsonValue::Null);
    return {{u"entry_id"_s, restored.entryId},
            {u"playlist"_s, restored.playlist.toJson()},
            {u"playlist_created"_s, restored.playlistCreated},
            {u"restored_track_ids"_s, trackIds},
            {u"renamed_title"_s, title},
            {u"renamed_files"_s, files},
            {u"tag_restored"_s, restored.tagRestored},
            {u"tag_taken"_s, restored.tagTaken}};
}

} // namespace

TrashRoutes::TrashRoutes(TrashService &trash)
    : m_trash(trash)
{ }

void TrashRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/trash"_s, [this](const ApiRequest &) {
        const auto entries = m_trash.entries();
        if (!entries)
            return ApiResponse::failure(entries.error());
        QJsonArray list;
        for (const TrashEntry &entry : *entries)
            list.append(entry.toJson(m_trash.retentionDays()));
        return ApiResponse::success(
            QJsonObject {{u"entries"_s, list}, {u"retention_days"_s, m_trash.retentionDays()}},
            u"%1 entries in the trash"_s.arg(list.size()));
    });

    router.add("POST", u"/api/trash/{id}/restore"_s, [this](const ApiRequest &request) {
        const auto restored = m_trash.restore(request.param(u"id"_s));
        if (!restored)
            return ApiResponse::failure(restored.error());
        return ApiResponse::success(restoredJson(*restored), u"restored"_s);
    });

    router.add("DELETE", u"/api/trash/{id}"_s, [this](const ApiRequest &request) {
        const QString id = request.param(u"id"_s);
        const Status deleted = m_trash.deleteForever(id);
        if (!deleted)
            return ApiResponse::failure(deleted.error());
        return ApiResponse::success(QJsonObject {{u"entry_id"_s, id}}, u"deleted for good"_s);
    });
}
