// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QDBusObjectPath>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class FakeAvahiEntryGroup;

// Stands in for avahi-daemon on a private bus: owns org.freedesktop.Avahi, answers Server.EntryGroupNew and
// GetAlternativeServiceName, and records what the entry groups committed. withdraw() and publish() again is
// what an Avahi restart looks like to a client.
class FakeAvahiServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Avahi.Server")
public:
    struct Published
    {
        QString name;
        QString type;
        quint16 port = 0;
        QByteArrayList txt;
    };

    explicit FakeAvahiServer(QString busAddress);
    ~FakeAvahiServer() override;

    bool publish(); // connects and takes the Avahi name
    void withdraw(); // drops the name and every group, like a stopped daemon

    // Names another device already uses: a group committing one of them gets a collision.
    void setTakenNames(const QSet<QString> &names) { m_takenNames = names; }
    const QSet<QString> &takenNames() const { return m_takenNames; }
    QList<Published> published() const; // every service of every established group
    int groupsCreated() const { return m_groupsCreated; }
    void recordEstablished(const QList<Published> &services);

public Q_SLOTS:
    QDBusObjectPath EntryGroupNew();
    QString GetAlternativeServiceName(const QString &name);

Q_SIGNALS:
    void established();

private:
    QString m_busAddress;
    QString m_connectionName;
    int m_groupsCreated = 0;
    QSet<QString> m_takenNames;
    QList<Published> m_published;
    std::vector<std::unique_ptr<FakeAvahiEntryGroup>> m_groups;
};
