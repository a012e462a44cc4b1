// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

#include <optional>

class Database;

// Named 64-bit counters that must survive restarts (the server_seq high-water mark, ...).
class CounterRepository
{
public:
    explicit CounterRepository(Database &database);

    std::optional<qint64> value(const QString &name) const;
    Status setValue(const QString &name, qint64 value);

private:
    Database &m_database;
};
