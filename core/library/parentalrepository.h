// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "parentalsettings.h"

#include <QDate>

class Database;

// Where the parental rules live: the settings (one JSON document, checked again on the way out) and the
// listening time per budget day.
class ParentalRepository
{
public:
    explicit ParentalRepository(Database &database);

    // The stored settings, or the defaults when none were saved (or what is stored no longer reads).
    ParentalSettings settings() const;
    Status saveSettings(const ParentalSettings &settings);

    qint64 listenedMs(const QDate &day) const; // 0 for a day without listening
    Status saveListened(const QDate &day, qint64 ms);

private:
    Database &m_database;
};
