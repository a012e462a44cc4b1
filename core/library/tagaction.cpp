// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagaction.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<std::pair<TagAction, QLatin1String>, 11> table {{
    {TagAction::Pause, "pause"_L1},
    {TagAction::Stop, "stop"_L1},
    {TagAction::Next, "next"_L1},
    {TagAction::Previous, "previous"_L1},
    {TagAction::VolumeUp, "volume_up"_L1},
    {TagAction::VolumeDown, "volume_down"_L1},
    {TagAction::Shuffle, "shuffle"_L1},
    {TagAction::Repeat, "repeat"_L1},
    {TagAction::Sleep15, "sleep_15"_L1},
    {TagAction::Sleep30, "sleep_30"_L1},
    {TagAction::Sleep60, "sleep_60"_L1},
}};
} // namespace

QString TagActions::name(TagAction action)
{
    for (const auto &[value, text] : table) {
        if (value == action)
            return text;
    }
    return {};
}

std::optional<TagAction> TagActions::fromName(const QString &name)
{
    for (const auto &[value, text] : table) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

QStringList TagActions::names()
{
    QStringList all;
    for (const auto &entry : table)
        all.append(entry.second);
    return all;
}
