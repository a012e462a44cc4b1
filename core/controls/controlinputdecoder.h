// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buttondebouncer.h"
#include "controlsconfig.h"
#include "quadraturedecoder.h"
#include "rotaryacceleration.h"

#include <QHash>

#include <functional>
#include <optional>

// Every physical input's edges (line offset, level, monotonic time) -> player commands: buttons through
// their debouncers, the encoder through the quadrature decoder and the acceleration. Pure, so the whole
// decoding is tested with recorded edge sequences; the libgpiod device only feeds it.
class ControlInputDecoder
{
public:
    explicit ControlInputDecoder(ControlsConfig config);

    ControlCommands onEdge(int line, bool level, qint64 nowMs);
    // Long presses that came due, and (when readLevel is given) the settled level of every button.
    ControlCommands poll(qint64 nowMs, const std::function<std::optional<bool>(int line)> &readLevel = {});
    bool anyButtonPressed() const;

private:
    void addButtonEvent(int index, ButtonDebouncer::Event event, ControlCommands &out) const;

    ControlsConfig m_config;
    QList<ButtonDebouncer> m_buttons;
    QHash<int, int> m_buttonByLine;
    QuadratureDecoder m_encoder;
    RotaryAcceleration m_acceleration;
};
