// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeavahientrygroup.h"

using namespace Qt::StringLiterals;

FakeAvahiEntryGroup::FakeAvahiEntryGroup(FakeAvahiServer &server)
    : m_server(server)
{ }

void FakeAvahiEntryGroup::AddService(int, int, uint, const QString &name, const QString &type,
                                     const QString &, const QString &, ushort port,
                                     const QList<QByteArray> &txt)
{
    m_pending.append({name, type, port, txt});
}

void FakeAvahiEntryGroup::Commit()
{
    for (const FakeAvahiServer::Published &service : std::as_const(m_pending)) {
        if (m_server.takenNames().contains(service.name)) {
            Q_EMIT StateChanged(3, u"Local name collision"_s);
            return;
        }
    }
    m_server.recordEstablished(m_pending);
    Q_EMIT StateChanged(2, QString());
}

void FakeAvahiEntryGroup::Reset()
{
    m_pending.clear();
}

void FakeAvahiEntryGroup::Free()
{
    m_pending.clear();
}
