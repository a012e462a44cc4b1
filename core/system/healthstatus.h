// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>

// Which service is ready, told honestly (PROTOCOL.md §4.5 /api/health): each service reports its own state
// here, and the health route only reads it.
class HealthStatus : public QObject
{
    Q_OBJECT
public:
    enum class Service { Database, Audio, Nfc, WebSocket };
    Q_ENUM(Service)

    explicit HealthStatus(QObject *parent = nullptr);

    void setReady(Service service, bool ready);
    bool isReady(Service service) const;
    qint64 uptimeSeconds() const;
    QJsonObject toJson() const; // {status, services:{db, audio, nfc, websocket}, uptime_s}

Q_SIGNALS:
    void changed();

private:
    QMap<Service, bool> m_ready;
    QElapsedTimer m_uptime;
};
