// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/parentalsettings.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// Whether an instant is in quiet hours (PROTOCOL.md §4.6), in the box's time zone: a window starts on each of
// its days at `from` and ends at the next `to`, so 22:00-07:00 on Friday covers Saturday 03:00. Times are
// wall-clock times of that zone, so a window keeps its clock times across a DST change.
class QuietHours
{
public:
    QuietHours(QList<ParentalSettings::QuietWindow> windows, QTimeZone zone);

    // When the quiet time that covers `at` ends (windows that touch or overlap are joined), or nullopt.
    std::optional<QDateTime> quietUntil(const QDateTime &at) const;

private:
    std::optional<QDateTime> coveringEnd(const QDateTime &at) const;

    QList<ParentalSettings::QuietWindow> m_windows;
    QTimeZone m_zone;
};
