// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcsession.h"

#include "common/timeformat.h"

using namespace Qt::StringLiterals;

double NfcSession::expiresAtSeconds() const
{
    return TimeFormat::unixSeconds(createdAt.addMSecs(timeoutMs));
}

int NfcSession::remainingSeconds(qint64 nowMs) const
{
    if (!isActive())
        return 0;
    const qint64 remainingMs = qMax<qint64>(0, deadlineMs - nowMs);
    return int((remainingMs + 999) / 1000);
}

QJsonObject NfcSession::toJson(qint64 nowMs) const
{
    const QJsonValue null(QJsonValue::Null);
    return {{u"session_id"_s, id},
            {u"playlist_id"_s, playlistId},
            {u"state"_s, stateName(state)},
            {u"override_mode"_s, overrideMode},
            {u"tag_id"_s, tagId ? QJsonValue(*tagId) : null},
            {u"existing_playlist"_s,
             existingPlaylist ? QJsonValue(
                 QJsonObject {{u"id"_s, existingPlaylist->id}, {u"title"_s, existingPlaylist->title}})
                              : null},
            {u"created_at"_s, TimeFormat::isoUtc(createdAt)},
            {u"expires_at"_s, expiresAtSeconds()},
            {u"remaining_seconds"_s, remainingSeconds(nowMs)}};
}

QString NfcSession::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return u"waiting"_s;
    case State::Duplicate:
        return u"duplicate"_s;
    case State::Success:
        return u"success"_s;
    case State::Timeout:
        return u"timeout"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}
