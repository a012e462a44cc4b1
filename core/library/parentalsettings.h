// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTime>

#include <optional>

// The parents' rules (PROTOCOL.md §4.6 ParentalSettings), as stored and as sent: quiet hours, what may play
// in them and how loud, the daily listening budget and when its day begins. fromJson() is the one place that
// checks them, for a request and for what the database holds alike.
struct ParentalSettings
{
    // A quiet window starts on each of `days` (1 = Monday .. 7 = Sunday) at `from` and ends at the next `to`
    // (the next day when `to` is not after `from`), in the box's local time.
    struct QuietWindow
    {
        QList<int> days;
        QTime from;
        QTime to;
        bool operator==(const QuietWindow &) const = default;
    };

    QList<QuietWindow> quietHours;
    QStringList quietAllowedPlaylists;
    std::optional<int> quietMaxVolume; // 0..100; nullopt = the box's maximum
    int dailyBudgetMin = 0; // 0 = no budget
    QTime budgetResetsAt = QTime(4, 0);
    int idleShutdownMin = 0; // idle minutes before the box turns itself off (IdleShutdown); 0 = off
    bool soundsEnabled = true; // stored; not acted on yet

    bool operator==(const ParentalSettings &) const = default;

    QJsonObject toJson() const;
    // `current` with the fields present in `body` replaced; validation_error naming every bad field.
    static Result<ParentalSettings> fromJson(const QJsonObject &body, const ParentalSettings &current);
    static Result<ParentalSettings> fromJson(const QJsonObject &body) { return fromJson(body, {}); }
};
