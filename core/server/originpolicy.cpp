// SPDX-License-Identifier: GPL-3.0-or-later
#include "originpolicy.h"

#include "system/logging.h"

using namespace Qt::StringLiterals;

namespace {

// The host part of a Host header: without the port, without the brackets of an IPv6 literal, lower-case
// and without the trailing dot of a fully qualified name. Empty when the header is malformed.
QString hostPart(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return {};
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return {};
        host = host.mid(1, close - 1);
    } else if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        if (host.indexOf(':', colon + 1) >= 0)
            return {}; // a bare IPv6 literal is not a valid Host header
        host.truncate(colon);
    }
    if (host.endsWith('.'))
        host.chop(1);
    return QString::fromUtf8(host);
}

} // namespace

OriginPolicy::OriginPolicy(Config config)
    : m_config(std::move(config))
    , m_anyOrigin(m_config.corsOrigins.contains(u"*"_s))
{
    for (QString &name : m_config.boxNames)
        name = name.toLower();
    if (m_anyOrigin)
        qCWarning(lcHttp)
            << "CORS_ALLOWED_ORIGINS is *: any web page may call the box (never with credentials)";
}

QStringList OriginPolicy::boxNamesFor(const QString &hostName, const QStringList &allowedHosts)
{
    QStringList names {u"localhost"_s};
    if (!hostName.isEmpty())
        names << hostName.toLower() << hostName.toLower() + u".local"_s;
    for (const QString &host : allowedHosts)
        names << host.toLower();
    return names;
}

bool OriginPolicy::isBoxHost(const QByteArray &hostHeader, const QHostAddress &reachedAddress) const
{
    const QString host = hostPart(hostHeader);
    if (host.isEmpty())
        return false;
    if (m_config.boxNames.contains(host))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isLoopback() || address.isEqual(reachedAddress, QHostAddress::TolerantConversion))
        return true;
    if (!m_config.addresses)
        return false;
    const QList<QHostAddress> own = m_config.addresses();
    return std::any_of(own.cbegin(), own.cend(), [&address](const QHostAddress &candidate) {
        return candidate.isEqual(address, QHostAddress::TolerantConversion);
    });
}

bool OriginPolicy::isSameOrigin(const QByteArray &origin, const QByteArray &hostHeader) const
{
    const qsizetype scheme = origin.indexOf("://");
    return scheme > 0 && origin.mid(scheme + 3).toLower() == hostHeader.trimmed().toLower();
}

bool OriginPolicy::allowsOrigin(const QByteArray &origin, const QByteArray &hostHeader) const
{
    return origin.isEmpty() || m_anyOrigin || isSameOrigin(origin, hostHeader)
        || m_config.corsOrigins.contains(QString::fromUtf8(origin));
}

HeaderList OriginPolicy::corsHeaders(const QByteArray &origin, const QByteArray &hostHeader) const
{
    if (origin.isEmpty() || isSameOrigin(origin, hostHeader))
        return {};
    // A listed origin is named and may send the parent's cookies; "*" never gets credentials.
    // The headers of ours a page may read: where a deleted playlist went ("Undo"), a replayed answer.
    constexpr auto exposed = "X-Trash-Entry-Id, X-Idempotent-Replay";
    if (m_config.corsOrigins.contains(QString::fromUtf8(origin)))
        return {{"Access-Control-Allow-Origin", origin},
                {"Access-Control-Allow-Credentials", "true"},
                {"Access-Control-Expose-Headers", exposed},
                {"Vary", "Origin"}};
    if (m_anyOrigin)
        return {{"Access-Control-Allow-Origin", "*"}, {"Access-Control-Expose-Headers", exposed}};
    return {};
}
