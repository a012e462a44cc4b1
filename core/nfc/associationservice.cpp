// SPDX-License-Identifier: GPL-3.0-or-later
#include "associationservice.h"

#include "common/clock.h"
#include "common/ids.h"
#include "common/jsonvalues.h"
#include "library/playlistservice.h"
#include "realtime/statemanager.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr size_t keptSessions = 32; // terminal sessions stay findable for DELETE a while longer than listed
const QString eventName = QStringLiteral("nfc_association_state");
} // namespace

AssociationService::AssociationService(PlaylistService &playlists, StateManager &state, const Clock &clock,
                                       Config config, QObject *parent)
    : QObject(parent)
    , m_playlists(playlists)
    , m_state(state)
    , m_clock(clock)
    , m_config(config)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &AssociationService::evaluate);
}

qint64 AssociationService::now() const
{
    return m_clock.nowMs();
}

int AssociationService::activeIndex() const
{
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i].isActive())
            return int(i);
    }
    return -1;
}

std::optional<NfcSession> AssociationService::activeSession() const
{
    const int index = activeIndex();
    if (index < 0)
        return std::nullopt;
    return m_sessions[size_t(index)];
}

std::optional<NfcSession> AssociationService::session(const QString &sessionId) const
{
    for (const NfcSession &s : m_sessions) {
        if (s.id == sessionId)
            return s;
    }
    return std::nullopt;
}

QJsonArray AssociationService::sessionsJson() const
{
    QJsonArray sessions;
    const qint64 t = now();
    for (const NfcSession &s : m_sessions) {
        if (s.isActive() || t - s.endedAtMs <= qint64(m_config.retainSec) * 1000)
            sessions.append(s.toJson(t));
    }
    return sessions;
}

Result<NfcSession> AssociationService::startSession(const QString &playlistId, std::optional<int> timeoutMs)
{
    if (!m_playlists.repository().find(playlistId))
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    const std::optional<QString> replaces = endActiveFor(playlistId);
    NfcSession &session = createSession(playlistId, timeoutMs.value_or(m_config.defaultTimeoutMs), false);
    publishWaiting(session, replaces);
    armTimer();
    Q_EMIT changed();
    return session;
}

Result<NfcSession> AssociationService::cancelSession(const QString &sessionId)
{
    for (NfcSession &s : m_sessions) {
        if (s.id != sessionId)
            continue;
        if (s.isActive()) {
            finish(s, NfcSession::State::Cancelled, u"association cancelled"_s);
            armTimer();
            Q_EMIT changed();
        }
        return s;
    }
    return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "nfc_session")),
                                  sessionId);
}

Result<NfcSession> AssociationService::stopForPlaylist(const QString &playlistId)
{
    const int index = activeIndex();
    if (index < 0 || m_sessions[size_t(index)].playlistId != playlistId) {
        ServiceError error = ServiceError::notFound(
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "nfc_session")), playlistId);
        error.message = QString::fromUtf8(
            QT_TRANSLATE_NOOP("ServiceError", "no active association session for this playlist"));
        return error;
    }
    NfcSession &s = m_sessions[size_t(index)];
    finish(s, NfcSession::State::Cancelled, u"association cancelled"_s);
    armTimer();
    Q_EMIT changed();
    return s;
}

Result<AssociationService::OverrideResult>
AssociationService::overrideTag(const QString &playlistId, const std::optional<QString> &tagId)
{
    if (!m_playlists.repository().find(playlistId))
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    const int index = activeIndex();
    NfcSession *active = index >= 0 ? &m_sessions[size_t(index)] : nullptr;
    const bool ownActive = active && active->playlistId == playlistId;

    std::optional<QString> tag = tagId;
    std::optional<QString> previousOwner;
    if (!tag && ownActive && active->state == NfcSession::State::Duplicate && active->tagId) {
        tag = active->tagId;
        previousOwner = active->existingPlaylist ? std::optional(active->existingPlaylist->id) : std::nullopt;
    }
    if (!tag) {
        // Nothing to move yet: wait for the next tag, and move it whoever owns it.
        const std::optional<QString> replaces = endActiveFor(playlistId);
        NfcSession &session = createSession(playlistId, m_config.defaultTimeoutMs, true);
        publishWaiting(session, replaces);
        armTimer();
        Q_EMIT changed();
        return OverrideResult {session, false};
    }
    if (!previousOwner) {
        const auto owner = m_playlists.repository().findByTag(*tag);
        if (owner && owner->id != playlistId)
            previousOwner = owner->id;
    }
    NfcSession *target = ownActive ? active : nullptr;
    if (!target) {
        if (active)
            finish(*active, NfcSession::State::Cancelled, u"replaced by an override for another playlist"_s);
        target = &createSession(playlistId, m_config.defaultTimeoutMs, true);
    }
    target->overrideMode = true;
    const Status status = completeWithTag(*target, *tag, previousOwner);
    armTimer();
    Q_EMIT changed();
    if (!status)
        return status.error();
    return OverrideResult {*target, true};
}

Result<AssociationService::Association>
AssociationService::associate(const QString &tagId, const QString &playlistId, bool override)
{
    const auto playlist = m_playlists.repository().find(playlistId);
    if (!playlist)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    const auto owner = m_playlists.repository().findByTag(tagId);
    std::optional<QString> previousOwner;
    if (owner && owner->id != playlistId) {
        if (!override)
            return ServiceError::conflict(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the tag belongs to another playlist")),
                {{u"tag_id"_s, tagId},
                 {u"existing_playlist"_s, QJsonObject {{u"id"_s, owner->id}, {u"title"_s, owner->title}}}});
        previousOwner = owner->id;
    }
    const int index = activeIndex();
    if (index >= 0 && m_sessions[size_t(index)].playlistId == playlistId) {
        const Status status = completeWithTag(m_sessions[size_t(index)], tagId, previousOwner);
        armTimer();
        Q_EMIT changed();
        if (!status)
            return status.error();
    } else {
        const auto change = m_playlists.assignTag(playlistId, tagId);
        if (!change)
            return change.error();
        Q_EMIT tagLinked(tagId, playlistId);
    }
    return Association {tagId, playlistId, playlist->title, previousOwner};
}

Result<AssociationService::Association> AssociationService::dissociate(const QString &tagId)
{
    const auto change = m_playlists.releaseTag(tagId);
    if (!change)
        return change.error();
    return Association {tagId, change->playlistId, change->playlistTitle, std::nullopt};
}

void AssociationService::handleTag(const QString &tagId)
{
    const int index = activeIndex();
    if (index < 0)
        return;
    NfcSession &s = m_sessions[size_t(index)];
    const auto owner = m_playlists.repository().findByTag(tagId);
    if (!owner || owner->id == s.playlistId) {
        completeWithTag(s, tagId, std::nullopt);
    } else if (s.overrideMode) {
        completeWithTag(s, tagId, owner->id);
    } else {
        // The duplicate state does not extend the timeout.
        s.state = NfcSession::State::Duplicate;
        s.tagId = tagId;
        s.existingPlaylist = NfcSession::Owner {owner->id, owner->title};
        publish(s,
                {{u"tag_id"_s, tagId},
                 {u"existing_playlist"_s, QJsonObject {{u"id"_s, owner->id}, {u"title"_s, owner->title}}},
                 {u"expires_at"_s, s.expiresAtSeconds()}},
                u"this tag belongs to \"%1\""_s.arg(owner->title));
    }
    armTimer();
    Q_EMIT changed();
}

void AssociationService::evaluate()
{
    const int index = activeIndex();
    if (index < 0)
        return;
    NfcSession &s = m_sessions[size_t(index)];
    if (now() < s.deadlineMs) {
        armTimer();
        return;
    }
    finish(s, NfcSession::State::Timeout, u"no tag was placed in time"_s);
    Q_EMIT changed();
}

void AssociationService::onPlaylistRemoved(const QString &playlistId)
{
    const int index = activeIndex();
    if (index < 0 || m_sessions[size_t(index)].playlistId != playlistId)
        return;
    finish(m_sessions[size_t(index)], NfcSession::State::Cancelled, u"the playlist was deleted"_s);
    armTimer();
    Q_EMIT changed();
}

NfcSession &AssociationService::createSession(const QString &playlistId, int timeoutMs, bool overrideMode)
{
    prune();
    NfcSession session;
    session.id = Ids::newUuid();
    session.playlistId = playlistId;
    session.overrideMode = overrideMode;
    session.createdAt = QDateTime::currentDateTimeUtc();
    session.timeoutMs = timeoutMs;
    session.deadlineMs = now() + timeoutMs;
    m_sessions.push_back(session);
    qCInfo(lcNfc).noquote() << "association session" << session.id << "for playlist" << playlistId
                            << (overrideMode ? "(override)" : "");
    return m_sessions.back();
}

std::optional<QString> AssociationService::endActiveFor(const QString &playlistId)
{
    const int index = activeIndex();
    if (index < 0)
        return std::nullopt;
    NfcSession &s = m_sessions[size_t(index)];
    if (s.playlistId == playlistId) {
        // Same playlist: the new session replaces it silently (its waiting event names the old one).
        s.state = NfcSession::State::Cancelled;
        s.endedAtMs = now();
        return s.id;
    }
    finish(s, NfcSession::State::Cancelled, u"replaced by a session for another playlist"_s);
    return std::nullopt;
}

void AssociationService::finish(NfcSession &session, NfcSession::State state, const QString &message)
{
    session.state = state;
    session.endedAtMs = now();
    publish(session, {}, message);
}

void AssociationService::publish(const NfcSession &session, const QJsonObject &extra, const QString &message)
{
    QJsonObject payload = extra;
    payload.insert(u"state"_s, NfcSession::stateName(session.state));
    payload.insert(u"session_id"_s, session.id);
    payload.insert(u"playlist_id"_s, session.playlistId);
    if (!message.isEmpty())
        payload.insert(u"message"_s, message);
    m_state.publishFlat(eventName, payload, Audience::global());
}

void AssociationService::publishWaiting(const NfcSession &session, const std::optional<QString> &replaces)
{
    QJsonObject extra {{u"expires_at"_s, session.expiresAtSeconds()},
                       {u"timeout_ms"_s, session.timeoutMs},
                       {u"override_mode"_s, session.overrideMode}};
    if (replaces)
        extra.insert(u"replaces_session_id"_s, *replaces);
    publish(session, extra, u"place a tag on the reader"_s);
}

Status AssociationService::completeWithTag(NfcSession &session, const QString &tagId,
                                           const std::optional<QString> &previousOwner)
{
    session.state = NfcSession::State::Success;
    session.tagId = tagId;
    session.endedAtMs = now();
    publish(session, {{u"tag_id"_s, tagId}, {u"previous_playlist_id"_s, orNull(previousOwner)}},
            u"tag associated"_s);
    const auto change = m_playlists.assignTag(session.playlistId, tagId);
    if (!change) {
        qCWarning(lcNfc).noquote() << "association failed:" << change.error().message;
        session.state = NfcSession::State::Error;
        publish(session, {{u"tag_id"_s, tagId}}, change.error().message);
        return change.error();
    }
    Q_EMIT tagLinked(tagId, session.playlistId);
    return Done {};
}

void AssociationService::armTimer()
{
    const int index = activeIndex();
    if (index < 0) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 remaining = m_sessions[size_t(index)].deadlineMs - now();
    m_expiryTimer.start(int(qBound<qint64>(0, remaining, qint64(24) * 3600 * 1000)));
}

void AssociationService::prune()
{
    while (m_sessions.size() >= keptSessions && !m_sessions.front().isActive())
        m_sessions.pop_front();
}
