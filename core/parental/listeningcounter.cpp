// SPDX-License-Identifier: GPL-3.0-or-later
#include "listeningcounter.h"

#include "common/clock.h"
#include "library/parentalrepository.h"
#include "system/logging.h"

ListeningCounter::ListeningCounter(qint64 saveEveryMs, ParentalRepository &repository, const Clock &clock,
                                   BudgetDay day)
    : m_saveEveryMs(saveEveryMs)
    , m_repository(repository)
    , m_clock(clock)
    , m_budgetDay(std::move(day))
{ }

void ListeningCounter::setBudgetDay(BudgetDay day)
{
    save();
    m_budgetDay = std::move(day);
    m_day = QDate(); // read the day's total again
    rollOver();
}

void ListeningCounter::update(bool playing)
{
    const qint64 now = m_clock.nowMs();
    rollOver();
    if (m_playingSinceMs) {
        const qint64 listened = qMax<qint64>(0, now - *m_playingSinceMs);
        m_totalMs += listened;
        m_unsavedMs += listened;
    }
    m_playingSinceMs = playing ? std::optional<qint64>(now) : std::nullopt;
    if (m_unsavedMs >= m_saveEveryMs || (!playing && m_unsavedMs > 0))
        save();
}

void ListeningCounter::rollOver()
{
    const QDate day = m_budgetDay.dayOf(m_clock.nowUtc());
    if (day == m_day)
        return;
    save();
    m_day = day;
    m_totalMs = m_repository.listenedMs(day);
    m_unsavedMs = 0;
}

void ListeningCounter::save()
{
    if (m_unsavedMs <= 0 || !m_day.isValid())
        return;
    if (const Status saved = m_repository.saveListened(m_day, m_totalMs); !saved) {
        qCWarning(lcPlayer).noquote() << "listening time not saved:" << saved.error().message;
        return;
    }
    m_unsavedMs = 0;
}
