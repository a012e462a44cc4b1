// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeavahiserver.h"

#include <QObject>

// One Avahi entry group on the fake server: collects AddService calls; Commit establishes them (or reports a
// collision when a name is taken) through the StateChanged signal, as avahi-daemon does.
class FakeAvahiEntryGroup : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Avahi.EntryGroup")
public:
    explicit FakeAvahiEntryGroup(FakeAvahiServer &server);

public Q_SLOTS:
    void AddService(int interface, int protocol, uint flags, const QString &name, const QString &type,
                    const QString &domain, const QString &host, ushort port, const QList<QByteArray> &txt);
    void Commit();
    void Reset();
    void Free();

Q_SIGNALS:
    void StateChanged(int state, const QString &error);

private:
    FakeAvahiServer &m_server;
    QList<FakeAvahiServer::Published> m_pending;
};
