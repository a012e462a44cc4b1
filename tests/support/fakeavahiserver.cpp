// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeavahiserver.h"

#include "fakeavahientrygroup.h"

#include <QDBusConnection>
#include <QDBusMetaType>

using namespace Qt::StringLiterals;

FakeAvahiServer::FakeAvahiServer(QString busAddress)
    : m_busAddress(std::move(busAddress))
{
    qDBusRegisterMetaType<QList<QByteArray>>();
}

FakeAvahiServer::~FakeAvahiServer()
{
    withdraw();
}

bool FakeAvahiServer::publish()
{
    static int generation = 0;
    m_connectionName = u"fake-avahi-%1"_s.arg(++generation);
    QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, m_connectionName);
    return bus.isConnected()
        && bus.registerObject(u"/"_s, this,
                              QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && bus.registerService(u"org.freedesktop.Avahi"_s);
}

void FakeAvahiServer::withdraw()
{
    if (m_connectionName.isEmpty())
        return;
    QDBusConnection::disconnectFromBus(m_connectionName);
    m_connectionName.clear();
    m_groups.clear();
    m_published.clear();
}

QList<FakeAvahiServer::Published> FakeAvahiServer::published() const
{
    return m_published;
}

void FakeAvahiServer::recordEstablished(const QList<Published> &services)
{
    m_published += services;
    Q_EMIT established();
}

QDBusObjectPath FakeAvahiServer::EntryGroupNew()
{
    const QString path = u"/Client1/EntryGroup%1"_s.arg(++m_groupsCreated);
    auto group = std::make_unique<FakeAvahiEntryGroup>(*this);
    QDBusConnection(m_connectionName)
        .registerObject(path, group.get(),
                        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
    m_groups.push_back(std::move(group));
    return QDBusObjectPath(path);
}

QString FakeAvahiServer::GetAlternativeServiceName(const QString &name)
{
    return name + u" #2"_s;
}
