// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetday.h"

BudgetDay::BudgetDay(QTime resetsAt, QTimeZone zone)
    : m_resetsAt(resetsAt)
    , m_zone(std::move(zone))
{ }

QDate BudgetDay::dayOf(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    return local.time() < m_resetsAt ? local.date().addDays(-1) : local.date();
}

QDateTime BudgetDay::nextReset(const QDateTime &at) const
{
    return QDateTime(dayOf(at).addDays(1), m_resetsAt, m_zone).toUTC();
}
