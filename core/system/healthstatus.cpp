// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthstatus.h"

using namespace Qt::StringLiterals;

HealthStatus::HealthStatus(QObject *parent)
    : QObject(parent)
{
    m_uptime.start();
}

void HealthStatus::setReady(Service service, bool ready)
{
    if (m_ready.value(service, false) == ready && m_ready.contains(service))
        return;
    m_ready.insert(service, ready);
    Q_EMIT changed();
}

bool HealthStatus::isReady(Service service) const
{
    return m_ready.value(service, false);
}

qint64 HealthStatus::uptimeSeconds() const
{
    return m_uptime.elapsed() / 1000;
}

QJsonObject HealthStatus::toJson() const
{
    const bool db = isReady(Service::Database);
    const bool audio = isReady(Service::Audio);
    const bool nfc = isReady(Service::Nfc);
    const bool websocket = isReady(Service::WebSocket);
    const QString status = !db ? u"unhealthy"_s : (audio && nfc && websocket) ? u"healthy"_s : u"degraded"_s;
    return {{u"status"_s, status},
            {u"services"_s,
             QJsonObject {{u"db"_s, db}, {u"audio"_s, audio}, {u"nfc"_s, nfc}, {u"websocket"_s, websocket}}},
            {u"uptime_s"_s, uptimeSeconds()}};
}
