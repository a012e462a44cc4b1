// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/counterrepository.h"
#include "realtime/sequencestore.h"

// Keeps the server_seq ceiling in the database's counters table (counter "server_seq").
class CounterSequenceStore : public SequenceStore
{
public:
    explicit CounterSequenceStore(CounterRepository &counters)
        : m_counters(counters)
    { }

    std::optional<qint64> load() override { return m_counters.value(QStringLiteral("server_seq")); }
    bool save(qint64 ceiling) override
    {
        return m_counters.setValue(QStringLiteral("server_seq"), ceiling).ok();
    }

private:
    CounterRepository &m_counters;
};
