// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buttondebouncer.h"
#include "controlaction.h"
#include "rotaryacceleration.h"

struct Settings;

// Which GPIO line does what (GPIO_* keys of the configuration): buttons with a click action and an optional
// long-press action, and the encoder's two channels. Lines are libgpiod offsets; -1 = not wired.
struct ControlsConfig
{
    struct Button
    {
        int line = -1;
        ControlAction click = ControlAction::None;
        ControlAction longPress = ControlAction::None;
    };

    QString chip = QStringLiteral("gpiochip0");
    QList<Button> buttons;
    int encoderA = -1;
    int encoderB = -1;
    bool activeLow = true; // pull-ups: a pressed button reads low, the encoder rests high
    ButtonDebouncer::Config button;
    RotaryAcceleration::Config acceleration;

    bool hasEncoder() const { return encoderA >= 0 && encoderB >= 0; }
    bool isEmpty() const { return buttons.isEmpty() && !hasEncoder(); }
    QList<int> lines() const;

    // Next, previous and the encoder push (toggle) from the settings.
    static ControlsConfig fromSettings(const Settings &settings);
};
