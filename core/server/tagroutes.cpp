// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagroutes.h"

#include "common/fieldvalidator.h"
#include "common/ids.h"
#include "common/jsonvalues.h"
#include "library/tagrepository.h"
#include "nfc/tagactionservice.h"
#include "router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxTagName = 60;

QJsonObject toJson(const TagRepository::LinkedTag &tag)
{
    return {{u"tag_id"_s, tag.tagId},
            {u"name"_s, tag.name},
            {u"playlist_id"_s, nullIfEmpty(tag.playlistId)},
            {u"playlist_title"_s, nullIfEmpty(tag.playlistTitle)},
            {u"action"_s, nullIfEmpty(tag.action)},
            {u"linked_at"_s, tag.linkedAt},
            {u"last_used_at"_s, nullIfEmpty(tag.lastUsedAt)}};
}

} // namespace

TagRoutes::TagRoutes(TagRepository &tags, TagActionService &actions)
    : m_tags(tags)
    , m_actions(actions)
{ }

void TagRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/nfc/tags"_s, [this](const ApiRequest &) {
        const auto tags = m_tags.linked();
        if (!tags)
            return ApiResponse::failure(tags.error());
        QJsonArray list;
        for (const auto &tag : *tags)
            list.append(toJson(tag));
        return ApiResponse::success(QJsonObject {{u"tags"_s, list}}, u"linked tags"_s);
    });

    router.add("PUT", u"/api/nfc/tags/{tag_id}"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const QString tagId = Ids::normalizeTagId(request.param(u"tag_id"_s));
        if (tagId.isEmpty())
            fields.addError(
                u"tag_id"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "tag_id must be 4..64 hex digits")));
        const auto name = fields.text(u"name"_s, FieldValidator::Required, maxTagName, true);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto renamed = m_tags.rename(tagId, *name);
        if (!renamed)
            return ApiResponse::failure(renamed.error());
        return ApiResponse::success(QJsonObject {{u"tag"_s, toJson(*renamed)}}, u"tag named"_s);
    });

    router.add("DELETE", u"/api/nfc/tags/{tag_id}"_s, [this](const ApiRequest &request) {
        const QString tagId = Ids::normalizeTagId(request.param(u"tag_id"_s));
        if (tagId.isEmpty())
            return ApiResponse::failure(ServiceError::notFound(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "nfc_tag")), request.param(u"tag_id"_s)));
        const auto unlinked = m_actions.unlink(tagId);
        if (!unlinked)
            return ApiResponse::failure(unlinked.error());
        return ApiResponse::success(QJsonObject {{u"tag_id"_s, unlinked->tagId},
                                                 {u"playlist_id"_s, nullIfEmpty(unlinked->playlistId)},
                                                 {u"action"_s, nullIfEmpty(unlinked->action)}},
                                    u"tag unlinked"_s);
    });
}
