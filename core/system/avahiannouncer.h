// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>
#include <QList>
#include <QObject>
#include <QString>

// Announces the box with DNS-SD over mDNS through the system's Avahi daemon (its D-Bus API; no responder of
// our own): one entry group holding every service. Avahi missing or restarting costs one log line; the group
// is registered again whenever org.freedesktop.Avahi appears on the bus, and a name collision takes Avahi's
// alternative name. The box never waits for any of it: every call is asynchronous.
class AvahiAnnouncer : public QObject
{
    Q_OBJECT
public:
    struct Service
    {
        QString name; // shown to people: "Music box (kitchen)"
        QString type; // "_http._tcp"
        quint16 port = 0;
        QByteArrayList txt; // "key=value" records
    };

    // `bus` is the system bus in the box; tests pass a private one.
    AvahiAnnouncer(QDBusConnection bus, QList<Service> services, QObject *parent = nullptr);
    ~AvahiAnnouncer() override;

    void start();
    bool isAnnounced() const { return m_announced; }

Q_SIGNALS:
    void announced(); // Avahi accepted the services (the group is committed)
    void lost(); // Avahi went away
    void unavailable(); // Avahi was not there when asked (logged once until it appears)

private Q_SLOTS:
    void onGroupStateChanged(int state, const QString &error);

private:
    void onAvahiAppeared();
    void onAvahiVanished();
    void createGroup();
    void addServicesAndCommit();
    void renameAfterCollision();
    void freeGroup();

    QDBusConnection m_bus;
    QList<Service> m_services;
    QDBusServiceWatcher m_watcher;
    QString m_groupPath;
    bool m_announced = false;
    bool m_reportedMissing = false;
    bool m_creatingGroup = false;
};
