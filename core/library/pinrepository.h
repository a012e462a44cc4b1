// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>

#include <optional>

class Database;

// What is kept of the parents' PIN (table parent_pin, at most one row): never the PIN, only a salted key
// derived from it and how it was derived.
class PinRepository
{
public:
    struct StoredPin
    {
        QByteArray salt;
        int iterations = 0;
        QByteArray key;
    };

    explicit PinRepository(Database &database);

    std::optional<StoredPin> load() const; // nullopt: no PIN is set
    Status save(const StoredPin &pin);
    Status clear();

private:
    Database &m_database;
};
