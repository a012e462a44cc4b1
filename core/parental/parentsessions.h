// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"

#include <QByteArray>
#include <QHash>

// The unlocked browsers (PROTOCOL.md §4.10): a random token per unlock, valid while it is used at least once
// every `idleMs` (an hour of use, sliding). Kept in memory only: a restart locks every browser again. At most
// `maxSessions`; a new one pushes out the one unused longest.
class ParentSessions
{
public:
    struct Config
    {
        qint64 idleMs = 60 * 60 * 1000;
        int maxSessions = 32;
    };

    ParentSessions(const Config &config, const Clock &clock);

    QByteArray open(); // a new token: 64 hex characters from the system's random source
    // The token is valid; `use` also restarts its hour.
    bool isValid(const QByteArray &token) const;
    bool use(const QByteArray &token);
    void close(const QByteArray &token);
    void closeAll();
    int count() const { return int(m_lastUse.size()); }

private:
    bool isFresh(qint64 lastUse) const;

    Config m_config;
    const Clock &m_clock;
    QHash<QByteArray, qint64> m_lastUse; // token -> monotonic ms of its last use
};
