// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/headerlist.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

// Remembers what a client_op_id produced for OPERATION_DEDUP_WINDOW_SEC, so a retried request is answered
// from memory instead of being run again (PROTOCOL.md §2.4). Ids are global across HTTP and sockets; the
// fingerprint (method + path, or the socket event) tells a retry from a reuse of the id for something else.
// Bounded: the oldest entries go first when maxEntries is reached.
class OperationTracker
{
public:
    struct Stored
    {
        QString fingerprint;
        int status = 200;
        QByteArray body;
        HeaderList headers;
    };

    enum class Lookup { Unknown, Replay, Conflict };

    explicit OperationTracker(const Clock &clock, int windowSec = 300, int maxEntries = 10000);

    Lookup lookup(const QString &clientOpId, const QString &fingerprint, Stored *stored = nullptr);
    // Stores results below 500 except 429, as the protocol says; returns whether it stored.
    bool remember(const QString &clientOpId, Stored result);
    int size();

private:
    void expire();

    int m_windowMs;
    int m_maxEntries;
    QHash<QString, std::pair<qint64, Stored>> m_entries;
    std::deque<std::pair<qint64, QString>> m_order; // insertion time, id
    const Clock &m_clock;
};
