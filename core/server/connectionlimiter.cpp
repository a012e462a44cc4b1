// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionlimiter.h"

ConnectionLimiter::ConnectionLimiter(Limits limits)
    : m_limits(limits)
{ }

QString ConnectionLimiter::key(const QHostAddress &peer)
{
    // A dual-stack listener reports IPv4 peers as ::ffff:a.b.c.d; they are the same client.
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

ConnectionLimiter::Verdict ConnectionLimiter::admit(const QHostAddress &peer)
{
    if (m_total >= m_limits.total)
        return Verdict::TotalFull;
    int &count = m_perAddress[key(peer)];
    if (count >= m_limits.perAddress) {
        if (count == 0)
            m_perAddress.remove(key(peer));
        return Verdict::AddressFull;
    }
    ++count;
    ++m_total;
    return Verdict::Admitted;
}

void ConnectionLimiter::release(const QHostAddress &peer)
{
    const QString k = key(peer);
    const auto it = m_perAddress.find(k);
    if (it == m_perAddress.end())
        return;
    --m_total;
    if (--it.value() == 0)
        m_perAddress.erase(it);
}
