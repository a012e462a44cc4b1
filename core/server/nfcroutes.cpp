// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcroutes.h"

#include "common/fieldvalidator.h"
#include "common/ids.h"
#include "common/jsonvalues.h"
#include "nfc/associationservice.h"
#include "nfc/nfcstatusservice.h"
#include "nfc/simulatedreader.h"
#include "nfc/tagactionservice.h"
#include "realtime/statemanager.h"
#include "router.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minTimeoutMs = 1000;
constexpr qint64 maxTimeoutMs = 300000;

QJsonObject scanData(const NfcSession &session)
{
    return {{u"scan_id"_s, session.id},
            {u"session_id"_s, session.id},
            {u"playlist_id"_s, session.playlistId},
            {u"timeout_ms"_s, session.timeoutMs},
            {u"expires_at"_s, session.expiresAtSeconds()}};
}

} // namespace

NfcRoutes::NfcRoutes(AssociationService &associations, TagActionService &actions, NfcStatusService &status,
                     SimulatedReader *simulated)
    : m_associations(associations)
    , m_actions(actions)
    , m_status(status)
    , m_simulated(simulated)
{ }

void NfcRoutes::registerOn(Router &router)
{
    router.add("POST", u"/api/nfc/scan"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Required);
        const auto timeoutMs
            = fields.integer(u"timeout_ms"_s, FieldValidator::Optional, minTimeoutMs, maxTimeoutMs);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto session = m_associations.startSession(
            *playlistId, timeoutMs ? std::optional(int(*timeoutMs)) : std::nullopt);
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(scanData(*session), u"waiting for a tag"_s);
    });

    router.add("GET", u"/api/nfc/status"_s, [this](const ApiRequest &) {
        return ApiResponse::success(m_status.status(), u"NFC status"_s);
    });

    router.add("POST", u"/api/nfc/associate"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto tagId = fields.tagId(u"tag_id"_s, FieldValidator::Required);
        if (fields.has(u"action"_s)) {
            const auto action = fields.oneOf(u"action"_s, FieldValidator::Required, TagActions::names());
            if (fields.has(u"playlist_id"_s))
                fields.addError(u"playlist_id"_s,
                                QString::fromUtf8(QT_TRANSLATE_NOOP(
                                    "ServiceError", "give a playlist_id or an action, not both")));
            if (!fields.ok())
                return ApiResponse::failure(fields.error());
            const auto link = m_actions.link(*tagId, *TagActions::fromName(*action));
            if (!link)
                return ApiResponse::failure(link.error());
            const QJsonObject data {{u"tag_id"_s, link->tagId},
                                    {u"action"_s, *action},
                                    {u"playlist_id"_s, QJsonValue::Null},
                                    {u"previous_playlist_id"_s, orNull(link->previousPlaylistId)}};
            return ApiResponse::success(QJsonObject {{u"association"_s, data}}, u"tag is an action card"_s);
        }
        const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Required);
        const auto override = fields.boolean(u"override"_s, FieldValidator::Optional);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto association = m_associations.associate(*tagId, *playlistId, override.value_or(false));
        if (!association)
            return ApiResponse::failure(association.error());
        const QJsonObject data {{u"tag_id"_s, association->tagId},
                                {u"playlist_id"_s, association->playlistId},
                                {u"playlist_title"_s, association->playlistTitle},
                                {u"previous_playlist_id"_s, orNull(association->previousPlaylistId)}};
        return ApiResponse::success(QJsonObject {{u"association"_s, data}}, u"tag associated"_s);
    });

    router.add("DELETE", u"/api/nfc/associate/{tag_id}"_s, [this](const ApiRequest &request) {
        const QString tagId = Ids::normalizeTagId(request.param(u"tag_id"_s));
        if (tagId.isEmpty())
            return ApiResponse::failure(ServiceError::notFound(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "nfc_tag")), request.param(u"tag_id"_s)));
        const auto released = m_associations.dissociate(tagId);
        if (!released)
            return ApiResponse::failure(released.error());
        return ApiResponse::success(
            QJsonObject {{u"tag_id"_s, released->tagId}, {u"playlist_id"_s, released->playlistId}},
            u"tag released"_s);
    });

    router.add("DELETE", u"/api/nfc/session/{session_id}"_s, [this](const ApiRequest &request) {
        const auto session = m_associations.cancelSession(request.param(u"session_id"_s));
        if (!session)
            return ApiResponse::failure(session.error());
        return ApiResponse::success(
            QJsonObject {{u"session_id"_s, session->id}, {u"state"_s, NfcSession::stateName(session->state)}},
            u"session %1"_s.arg(NfcSession::stateName(session->state)));
    });

    if (!m_simulated)
        return;
    router.add("POST", u"/api/nfc/simulate"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto tagId = fields.tagId(u"tag_id"_s, FieldValidator::Required);
        const auto action = fields.oneOf(u"action"_s, FieldValidator::Required, {u"place"_s, u"remove"_s});
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        // A placement runs through presence, association and playback before this returns; a removal takes
        // effect after the grace period.
        if (*action == u"place"_s)
            m_simulated->place(*tagId);
        else if (m_simulated->currentTag() == *tagId)
            m_simulated->remove();
        return ApiResponse::success(QJsonObject {{u"tag_id"_s, *tagId}, {u"action"_s, *action}},
                                    u"simulated %1"_s.arg(*action));
    });
}

void NfcRoutes::registerOperations(StateManager &state)
{
    state.registerOperation(u"start_nfc_link"_s, [this](StateManager::ClientId, const QJsonObject &payload) {
        return startLink(payload);
    });
    state.registerOperation(u"stop_nfc_link"_s, [this](StateManager::ClientId, const QJsonObject &payload) {
        return stopLink(payload);
    });
    state.registerOperation(
        u"override_nfc_tag"_s,
        [this](StateManager::ClientId, const QJsonObject &payload) { return overrideTag(payload); });
}

Result<QJsonObject> NfcRoutes::startLink(const QJsonObject &payload)
{
    FieldValidator fields(payload);
    const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Required);
    const auto timeoutMs
        = fields.integer(u"timeout_ms"_s, FieldValidator::Optional, minTimeoutMs, maxTimeoutMs);
    if (!fields.ok())
        return fields.error();
    const auto session
        = m_associations.startSession(*playlistId, timeoutMs ? std::optional(int(*timeoutMs)) : std::nullopt);
    if (!session)
        return session.error();
    QJsonObject data = scanData(*session);
    data.remove(u"scan_id"_s);
    return data;
}

Result<QJsonObject> NfcRoutes::stopLink(const QJsonObject &payload)
{
    FieldValidator fields(payload);
    const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Required);
    if (!fields.ok())
        return fields.error();
    const auto session = m_associations.stopForPlaylist(*playlistId);
    if (!session)
        return session.error();
    return QJsonObject {{u"session_id"_s, session->id},
                        {u"playlist_id"_s, session->playlistId},
                        {u"state"_s, u"cancelled"_s}};
}

Result<QJsonObject> NfcRoutes::overrideTag(const QJsonObject &payload)
{
    FieldValidator fields(payload);
    const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Required);
    const auto tagId = fields.tagId(u"tag_id"_s, FieldValidator::Optional);
    if (!fields.ok())
        return fields.error();
    const auto result = m_associations.overrideTag(*playlistId, tagId);
    if (!result)
        return result.error();
    return QJsonObject {{u"session_id"_s, result->session.id},
                        {u"playlist_id"_s, result->session.playlistId},
                        {u"override"_s, true},
                        {u"tag_id"_s, orNull(result->session.tagId)},
                        {u"completed"_s, result->completed}};
}
