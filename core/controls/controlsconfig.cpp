// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlsconfig.h"

#include "config/settings.h"

QList<int> ControlsConfig::lines() const
{
    QList<int> result;
    for (const Button &b : buttons)
        result.append(b.line);
    if (hasEncoder())
        result << encoderA << encoderB;
    return result;
}

ControlsConfig ControlsConfig::fromSettings(const Settings &settings)
{
    ControlsConfig config;
    config.chip = settings.gpioChip;
    auto addButton = [&config](int line, ControlAction click) {
        if (line >= 0)
            config.buttons.append({line, click, ControlAction::None});
    };
    addButton(settings.gpioButtonNext, ControlAction::Next);
    addButton(settings.gpioButtonPrevious, ControlAction::Previous);
    addButton(settings.gpioEncoderPush, ControlAction::TogglePlayPause);
    config.encoderA = settings.gpioEncoderA;
    config.encoderB = settings.gpioEncoderB;
    return config;
}
