// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiethours.h"

QuietHours::QuietHours(QList<ParentalSettings::QuietWindow> windows, QTimeZone zone)
    : m_windows(std::move(windows))
    , m_zone(std::move(zone))
{ }

std::optional<QDateTime> QuietHours::coveringEnd(const QDateTime &at) const
{
    const QDate today = at.toTimeZone(m_zone).date();
    std::optional<QDateTime> end;
    for (const ParentalSettings::QuietWindow &window : m_windows) {
        // A window that began yesterday may still run (across midnight).
        for (const QDate &start : {today.addDays(-1), today}) {
            if (!window.days.contains(start.dayOfWeek()))
                continue;
            const QDateTime begins(start, window.from, m_zone);
            const QDateTime ends(window.to > window.from ? start : start.addDays(1), window.to, m_zone);
            if (begins <= at && at < ends && (!end || ends > *end))
                end = ends;
        }
    }
    return end;
}

std::optional<QDateTime> QuietHours::quietUntil(const QDateTime &at) const
{
    std::optional<QDateTime> end = coveringEnd(at);
    // A window that begins as another ends continues the quiet time; a week holds at most 14 joins.
    for (int joins = 0; end && joins < 16; ++joins) {
        const std::optional<QDateTime> further = coveringEnd(*end);
        if (!further || *further <= *end)
            break;
        end = further;
    }
    if (end)
        return end->toUTC();
    return std::nullopt;
}
