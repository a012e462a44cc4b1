// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>

// Counts the open connections of the box, in total and per peer address, so that one client or a flood of
// idle sockets cannot take every descriptor (PROTOCOL.md §2.7). The front door asks before it serves a
// connection and tells when the connection is gone.
class ConnectionLimiter
{
public:
    struct Limits
    {
        int total = 256;
        int perAddress = 32;
    };
    enum class Verdict { Admitted, TotalFull, AddressFull };

    explicit ConnectionLimiter(Limits limits);

    // Counts the connection when admitted; a refused one is not counted.
    Verdict admit(const QHostAddress &peer);
    void release(const QHostAddress &peer);

    int openCount() const { return m_total; }
    int openCount(const QHostAddress &peer) const { return m_perAddress.value(key(peer)); }
    const Limits &limits() const { return m_limits; }

private:
    static QString key(const QHostAddress &peer);

    Limits m_limits;
    QHash<QString, int> m_perAddress;
    int m_total = 0;
};
