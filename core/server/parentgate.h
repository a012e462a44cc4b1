// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/serviceerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

class ParentAuth;
class RealtimeClient;
struct ApiRequest;

// The one place that decides who may change what while a parents' PIN is set (PROTOCOL.md §4.10): reads are
// always open, so are the player controls of the table in parentgate.cpp and the routes that unlock; every
// other route, and every socket operation, needs the session cookie. Without a PIN everything is open.
class ParentGate
{
public:
    static constexpr const char *cookieName = "omb_parent";

    explicit ParentGate(ParentAuth &auth);

    // For Router::setGate: the route as registered ("POST", "/api/playlists/{id}/start").
    std::optional<ServiceError> checkRoute(const ApiRequest &request, const QString &pattern);
    // For StateManager::setOperationGate.
    std::optional<ServiceError> checkOperation(const RealtimeClient &client, const QString &event);

    // Needs a session when a PIN is set: not a read, not a player control, not a way to unlock.
    static bool isGuarded(const QByteArray &method, const QString &pattern);
    // The session token in a Cookie header (empty when there is none).
    static QByteArray tokenIn(const QByteArray &cookieHeader);
    static QByteArray setCookie(const QByteArray &token);
    static QByteArray clearCookie();

private:
    std::optional<ServiceError> check(const QByteArray &cookieHeader, const QString &what);

    ParentAuth &m_auth;
};
