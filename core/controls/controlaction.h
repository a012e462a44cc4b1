// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

// What a physical control asks of the player (PROTOCOL.md §6.1 "Buttons"). Volume carries a step count:
// a fast turn of the encoder is several detents' worth.
enum class ControlAction { None, TogglePlayPause, Next, Previous, VolumeUp, VolumeDown };

struct ControlCommand
{
    ControlAction action = ControlAction::None;
    int steps = 1;

    bool operator==(const ControlCommand &other) const = default;
};

using ControlCommands = QList<ControlCommand>;

Q_DECLARE_METATYPE(ControlCommand)
