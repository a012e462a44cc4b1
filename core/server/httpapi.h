// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doorlimits.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class FrontDoor;
class OriginPolicy;
class QHttpServer;
class QTcpSocket;
class Router;

// The only class that touches QHttpServer (its API changes in Qt 6.8): every request becomes an ApiRequest
// for the Router, and the Router's reply is written back, now or later (long-polls and worker-thread
// results).
class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(Router &router, const OriginPolicy &origins, const DoorLimits &limits, QObject *parent = nullptr);
    ~HttpApi() override;

    // Returns the bound port, or 0 when the address cannot be bound.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    int openConnections() const;

Q_SIGNALS:
    void webSocketRequested(QTcpSocket *socket);

private:
    Router &m_router;
    std::unique_ptr<QHttpServer> m_http;
    FrontDoor *m_door = nullptr; // owned by m_http once bound
    QString m_error;
};
