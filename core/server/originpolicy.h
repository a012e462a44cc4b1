// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresponse.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <functional>

// Who may reach and drive the box (PROTOCOL.md §2.5). The Host header must name the box, so a DNS-rebinding
// page that resolves its own name to the box is refused; a request from a web page (it carries Origin) must
// come from the box's own page, from an origin listed in CORS_ALLOWED_ORIGINS, or from anywhere when `*` is
// listed, and then without credentials. Clients that are not web pages send no Origin and are not concerned.
class OriginPolicy
{
public:
    struct Config
    {
        QStringList corsOrigins; // extra origins allowed to call the box; "*" for any
        QStringList boxNames; // host names that name the box (lower-case, without port)
        // The box's addresses right now (they change with DHCP); an empty function means loopback only.
        std::function<QList<QHostAddress>()> addresses;
    };

    explicit OriginPolicy(Config config);

    // localhost, the host name, <host name>.local and the ALLOWED_HOSTS entries.
    static QStringList boxNamesFor(const QString &hostName, const QStringList &allowedHosts);

    // hostHeader as sent ("box.local:8000", "[::1]:8000"); reachedAddress is the local address the client
    // connected to, which always names the box.
    bool isBoxHost(const QByteArray &hostHeader, const QHostAddress &reachedAddress) const;
    // No Origin, the box's own page (the Origin's authority is the Host), a listed origin or "*".
    bool allowsOrigin(const QByteArray &origin, const QByteArray &hostHeader) const;
    // The CORS headers for a cross-origin request from an allowed origin; none otherwise.
    HeaderList corsHeaders(const QByteArray &origin, const QByteArray &hostHeader) const;

private:
    bool isSameOrigin(const QByteArray &origin, const QByteArray &hostHeader) const;

    Config m_config;
    bool m_anyOrigin = false;
};
