// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlinputdecoder.h"

ControlInputDecoder::ControlInputDecoder(ControlsConfig config)
    : m_config(std::move(config))
    , m_encoder(m_config.activeLow)
    , m_acceleration(m_config.acceleration)
{
    for (int i = 0; i < m_config.buttons.size(); ++i) {
        m_buttons.append(ButtonDebouncer(m_config.button));
        m_buttonByLine.insert(m_config.buttons.at(i).line, i);
    }
}

ControlCommands ControlInputDecoder::onEdge(int line, bool level, qint64 nowMs)
{
    ControlCommands out;
    if (m_config.hasEncoder() && (line == m_config.encoderA || line == m_config.encoderB)) {
        const auto channel
            = line == m_config.encoderA ? QuadratureDecoder::Channel::A : QuadratureDecoder::Channel::B;
        const int direction = m_encoder.feedEdge(channel, level);
        const int steps = m_acceleration.steps(direction, nowMs);
        if (steps > 0)
            out.append({ControlAction::VolumeUp, steps});
        else if (steps < 0)
            out.append({ControlAction::VolumeDown, -steps});
        return out;
    }
    const auto it = m_buttonByLine.constFind(line);
    if (it == m_buttonByLine.constEnd())
        return out;
    const bool pressed = m_config.activeLow ? !level : level;
    addButtonEvent(*it, m_buttons[*it].feed(pressed, nowMs), out);
    return out;
}

ControlCommands ControlInputDecoder::poll(qint64 nowMs,
                                          const std::function<std::optional<bool>(int line)> &readLevel)
{
    ControlCommands out;
    for (int i = 0; i < m_buttons.size(); ++i) {
        ButtonDebouncer::Event event = ButtonDebouncer::Event::None;
        const std::optional<bool> level = readLevel ? readLevel(m_config.buttons.at(i).line) : std::nullopt;
        if (level)
            event = m_buttons[i].sync(m_config.activeLow ? !*level : *level, nowMs);
        else
            event = m_buttons[i].poll(nowMs);
        addButtonEvent(i, event, out);
    }
    return out;
}

bool ControlInputDecoder::anyButtonPressed() const
{
    for (const ButtonDebouncer &b : m_buttons) {
        if (b.isPressed())
            return true;
    }
    return false;
}

void ControlInputDecoder::addButtonEvent(int index, ButtonDebouncer::Event event, ControlCommands &out) const
{
    const ControlsConfig::Button &button = m_config.buttons.at(index);
    if (event == ButtonDebouncer::Event::Click && button.click != ControlAction::None)
        out.append({button.click, 1});
    else if (event == ButtonDebouncer::Event::LongPress && button.longPress != ControlAction::None)
        out.append({button.longPress, 1});
    else if (event == ButtonDebouncer::Event::LongPress && button.click != ControlAction::None)
        out.append({button.click, 1}); // without a long-press action, holding the button is just a press
}
