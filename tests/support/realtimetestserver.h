// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/systemclock.h"
#include "fakesnapshotsource.h"
#include "realtime/operationtracker.h"
#include "realtime/statemanager.h"
#include "server/httpapi.h"
#include "server/originpolicy.h"
#include "server/router.h"
#include "server/websocketgateway.h"

#include <QUrl>

// The real-time stack of the box in the test process — Router, HttpApi, StateManager and WebSocketGateway on
// 127.0.0.1:0, with a fake snapshot source — so a test publishes events directly and watches them arrive at
// real WebSocket and HTTP clients. The fan-out benchmark runs it in a child process.
class RealtimeTestServer
{
public:
    explicit RealtimeTestServer(const SessionConfig &session = {}, const StateManager::Config &state = {},
                                const QStringList &corsOrigins = {});

    bool listen();
    quint16 port() const { return m_http.port(); }
    QUrl url(const QString &pathAndQuery, const QString &scheme = QStringLiteral("ws")) const;

    StateManager &state() { return m_state; }
    FakeSnapshotSource &snapshots() { return m_snapshots; }
    WebSocketGateway &gateway() { return m_gateway; }
    Router &router() { return m_router; }

private:
    FakeSnapshotSource m_snapshots;
    SystemClock m_clock;
    OperationTracker m_operations;
    OriginPolicy m_origins;
    StateManager m_state;
    Router m_router;
    HttpApi m_http;
    WebSocketGateway m_gateway;
};
