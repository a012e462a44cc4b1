// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

// The listening budget's day (PROTOCOL.md §4.6): it begins at `budget_resets_at` local time, so with 04:00 a
// song at 01:30 on Tuesday counts for Monday. Wall-clock times of the box's zone, so DST days are 23 or 25 h.
class BudgetDay
{
public:
    BudgetDay(QTime resetsAt, QTimeZone zone);

    QDate dayOf(const QDateTime &at) const;
    QDateTime nextReset(const QDateTime &at) const; // UTC

private:
    QTime m_resetsAt;
    QTimeZone m_zone;
};
