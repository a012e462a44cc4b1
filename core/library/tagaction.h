// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What an action card does when it is placed (PROTOCOL.md §4.4), by its protocol name.
enum class TagAction {
    Pause,
    Stop,
    Next,
    Previous,
    VolumeUp,
    VolumeDown,
    Shuffle,
    Repeat,
    Sleep15,
    Sleep30,
    Sleep60,
};

namespace TagActions {
QString name(TagAction action);
std::optional<TagAction> fromName(const QString &name);
QStringList names(); // every action, in the order above
} // namespace TagActions
