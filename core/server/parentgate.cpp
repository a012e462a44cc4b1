// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentgate.h"

#include "apirequest.h"
#include "parental/parentauth.h"
#include "realtime/realtimeclient.h"
#include "system/logging.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace {

struct OpenRoute
{
    QByteArrayView method;
    QStringView pattern;
};

// What a child at the box's page may still do with a PIN set: the player controls (the volume stays within
// the limits the box enforces anyway), and what it takes to unlock. POST /socket.io carries Socket.IO
// packets; their operations are checked one by one.
constexpr OpenRoute openRoutes[] = {
    {"POST", u"/api/player/play"},   {"POST", u"/api/player/pause"},         {"POST", u"/api/player/toggle"},
    {"POST", u"/api/player/next"},   {"POST", u"/api/player/previous"},      {"POST", u"/api/player/seek"},
    {"POST", u"/api/player/volume"}, {"POST", u"/api/playlists/{id}/start"}, {"POST", u"/api/auth/unlock"},
    {"POST", u"/api/auth/lock"},     {"PUT", u"/api/settings/pin"},          {"POST", u"/socket.io"},
};

bool isRead(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

} // namespace

ParentGate::ParentGate(ParentAuth &auth)
    : m_auth(auth)
{ }

bool ParentGate::isGuarded(const QByteArray &method, const QString &pattern)
{
    if (isRead(method))
        return false;
    for (const OpenRoute &open : openRoutes) {
        if (open.method == method && open.pattern == pattern)
            return false;
    }
    return true;
}

std::optional<ServiceError> ParentGate::checkRoute(const ApiRequest &request, const QString &pattern)
{
    if (!isGuarded(request.method, pattern))
        return std::nullopt;
    return check(request.header("cookie"), QString::fromLatin1(request.method) + u' ' + request.path);
}

std::optional<ServiceError> ParentGate::checkOperation(const RealtimeClient &client, const QString &event)
{
    return check(client.cookieHeader(), event);
}

std::optional<ServiceError> ParentGate::check(const QByteArray &cookieHeader, const QString &what)
{
    if (m_auth.allows(tokenIn(cookieHeader)))
        return std::nullopt;
    qCInfo(lcHttp).noquote() << what << "refused: the parents' PIN is set and the client is not unlocked";
    return ServiceError {
        ErrorType::Unauthorized,
        QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "locked: unlock with the parents' PIN first")),
        {}};
}

QByteArray ParentGate::tokenIn(const QByteArray &cookieHeader)
{
    const QByteArray prefix = QByteArray(cookieName) + '=';
    const QList<QByteArray> cookies = cookieHeader.split(';');
    for (const QByteArray &cookie : cookies) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith(prefix))
            return trimmed.mid(prefix.size());
    }
    return {};
}

QByteArray ParentGate::setCookie(const QByteArray &token)
{
    // No Max-Age: the box ends a session after an hour without use, which no fixed expiry could say.
    return QByteArray(cookieName) + '=' + token + "; Path=/; HttpOnly; SameSite=Strict";
}

QByteArray ParentGate::clearCookie()
{
    return QByteArray(cookieName) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
}
