// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtimetestserver.h"

#include <QHostAddress>

RealtimeTestServer::RealtimeTestServer(const SessionConfig &session, const StateManager::Config &state,
                                       const QStringList &corsOrigins)
    : m_operations(m_clock)
    , m_origins({corsOrigins, OriginPolicy::boxNamesFor(QStringLiteral("testbox"), {}), {}})
    , m_state(state, {nullptr, &m_snapshots, &m_operations})
    , m_router(
          m_operations, [this] { return m_state.currentSeq(); }, m_origins)
    // Benchmarks open hundreds of clients from one address: the limits are the front door's own test's job.
    , m_http(m_router, m_origins, {2 * 1024 * 1024, 10000, {100000, 100000}})
    , m_gateway(m_state, m_router, m_origins, session)
{
    m_gateway.registerRoutes();
    QObject::connect(&m_http, &HttpApi::webSocketRequested, &m_gateway, &WebSocketGateway::handleUpgrade);
}

bool RealtimeTestServer::listen()
{
    return m_http.listen(QHostAddress::LocalHost, 0) != 0;
}

QUrl RealtimeTestServer::url(const QString &pathAndQuery, const QString &scheme) const
{
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(port()) + pathAndQuery);
}
