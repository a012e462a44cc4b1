// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "budgetday.h"

#include <QDate>

#include <optional>

class Clock;
class ParentalRepository;

// Listening time per budget day (PROTOCOL.md §4.6): while music plays, the monotonic time between two
// updates is added to the day's total, which is written every `saveEveryMs` of listening and when the music
// stops, so a kill loses at most that much. A new budget day starts from what the database holds for it.
class ListeningCounter
{
public:
    ListeningCounter(qint64 saveEveryMs, ParentalRepository &repository, const Clock &clock, BudgetDay day);

    // Also (re)reads the current day's total from the database.
    void setBudgetDay(BudgetDay day);
    // Called on every tick and whenever playing starts or stops.
    void update(bool playing);
    qint64 todayMs() const { return m_totalMs; }
    QDate day() const { return m_day; }

private:
    void rollOver();
    void save();

    qint64 m_saveEveryMs;
    ParentalRepository &m_repository;
    const Clock &m_clock;
    BudgetDay m_budgetDay;
    QDate m_day;
    qint64 m_totalMs = 0;
    qint64 m_unsavedMs = 0;
    std::optional<qint64> m_playingSinceMs; // the monotonic time of the last update while playing
};
