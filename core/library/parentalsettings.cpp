// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentalsettings.h"

#include "common/fieldvalidator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QStringList dayNames {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
constexpr int maxWindows = 20;
constexpr int maxAllowed = 1000;

QString clockText(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

// "HH:MM", 00:00..23:59.
std::optional<QTime> clockTime(FieldValidator &fields, const QString &field)
{
    const auto text = fields.string(field, FieldValidator::Required, 5, 5);
    if (!text)
        return std::nullopt;
    const QTime time = QTime::fromString(*text, u"HH:mm"_s);
    if (!time.isValid()) {
        fields.addError(
            field,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be a time of day as HH:MM"))
                .arg(field));
        return std::nullopt;
    }
    return time;
}

std::optional<ParentalSettings::QuietWindow> quietWindow(const QJsonValue &value, const QString &path,
                                                         FieldValidator &outer)
{
    if (!value.isObject()) {
        outer.addError(
            path,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "%1 must be an object {days, from, to}"))
                .arg(path));
        return std::nullopt;
    }
    FieldValidator fields(value.toObject(), path);
    ParentalSettings::QuietWindow window;
    if (const auto days = fields.array(u"days"_s, FieldValidator::Required)) {
        if (days->isEmpty())
            fields.addError(
                u"days"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "days must name at least one day")));
        for (const QJsonValue &day : *days) {
            const qsizetype index = day.isString() ? dayNames.indexOf(day.toString()) : -1;
            if (index < 0) {
                fields.addError(u"days"_s,
                                QString::fromUtf8(QT_TRANSLATE_NOOP(
                                    "ServiceError", "days holds mon, tue, wed, thu, fri, sat or sun")));
                break;
            }
            if (!window.days.contains(int(index) + 1))
                window.days.append(int(index) + 1);
        }
    }
    const auto from = clockTime(fields, u"from"_s);
    const auto to = clockTime(fields, u"to"_s);
    if (from && to && *from == *to)
        fields.addError(u"to"_s,
                        QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "to must differ from from")));
    outer.merge(fields);
    if (!fields.ok() || !from || !to)
        return std::nullopt;
    std::sort(window.days.begin(), window.days.end());
    window.from = *from;
    window.to = *to;
    return window;
}

} // namespace

QJsonObject ParentalSettings::toJson() const
{
    QJsonArray windows;
    for (const QuietWindow &window : quietHours) {
        QJsonArray days;
        for (int day : window.days)
            days.append(dayNames.at(day - 1));
        windows.append(QJsonObject {
            {u"days"_s, days}, {u"from"_s, clockText(window.from)}, {u"to"_s, clockText(window.to)}});
    }
    return {{u"quiet_hours"_s, windows},
            {u"quiet_allowed_playlists"_s, QJsonArray::fromStringList(quietAllowedPlaylists)},
            {u"quiet_max_volume"_s, quietMaxVolume ? QJsonValue(*quietMaxVolume) : QJsonValue()},
            {u"daily_budget_min"_s, dailyBudgetMin},
            {u"budget_resets_at"_s, clockText(budgetResetsAt)},
            {u"idle_shutdown_min"_s, idleShutdownMin},
            {u"sounds_enabled"_s, soundsEnabled}};
}

Result<ParentalSettings> ParentalSettings::fromJson(const QJsonObject &body, const ParentalSettings &current)
{
    ParentalSettings settings = current;
    FieldValidator fields(body);
    if (const auto windows = fields.array(u"quiet_hours"_s, FieldValidator::Optional)) {
        if (windows->size() > maxWindows)
            fields.addError(u"quiet_hours"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "at most %1 quiet windows"))
                                .arg(maxWindows));
        settings.quietHours.clear();
        for (qsizetype i = 0; i < windows->size(); ++i) {
            if (const auto window = quietWindow(windows->at(i), u"quiet_hours[%1]"_s.arg(i), fields))
                settings.quietHours.append(*window);
        }
    }
    if (const auto allowed = fields.array(u"quiet_allowed_playlists"_s, FieldValidator::Optional)) {
        settings.quietAllowedPlaylists.clear();
        if (allowed->size() > maxAllowed)
            fields.addError(u"quiet_allowed_playlists"_s,
                            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "too many playlists")));
        for (qsizetype i = 0; i < allowed->size(); ++i) {
            const QJsonObject item {{u"id"_s, allowed->at(i)}};
            FieldValidator id(item, u"quiet_allowed_playlists[%1]"_s.arg(i));
            if (const auto value = id.id(u"id"_s, FieldValidator::Required))
                settings.quietAllowedPlaylists.append(*value);
            else
                fields.addError(u"quiet_allowed_playlists[%1]"_s.arg(i),
                                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a playlist id")));
        }
    }
    if (body.contains(u"quiet_max_volume"_s)) {
        settings.quietMaxVolume.reset();
        if (const auto volume = fields.integer(u"quiet_max_volume"_s, FieldValidator::Optional, 0, 100))
            settings.quietMaxVolume = int(*volume);
    }
    if (const auto budget = fields.integer(u"daily_budget_min"_s, FieldValidator::Optional, 0, 1440))
        settings.dailyBudgetMin = int(*budget);
    if (fields.has(u"budget_resets_at"_s)) {
        if (const auto reset = clockTime(fields, u"budget_resets_at"_s))
            settings.budgetResetsAt = *reset;
    }
    if (const auto idle = fields.integer(u"idle_shutdown_min"_s, FieldValidator::Optional, 0, 1440))
        settings.idleShutdownMin = int(*idle);
    if (const auto sounds = fields.boolean(u"sounds_enabled"_s, FieldValidator::Optional))
        settings.soundsEnabled = *sounds;
    if (!fields.ok())
        return fields.error();
    return settings;
}
