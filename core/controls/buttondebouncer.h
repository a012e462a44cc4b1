// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// One push button's edges -> clicks and long presses. The first edge of a change is taken at once (no added
// latency) and further edges within the debounce window are ignored as bounce; sync() reconciles with the
// line's real level once the window is over, in case the last bounce left it elsewhere. A press held for
// longPressMs is a long press (reported once, while still held); a shorter one is a click on release.
// Pure: the caller passes monotonic timestamps.
class ButtonDebouncer
{
public:
    enum class Event { None, Click, LongPress };

    struct Config
    {
        int debounceMs = 25;
        int longPressMs = 800; // 0: no long press, every press is a click
    };

    ButtonDebouncer();
    explicit ButtonDebouncer(Config config);

    Event feed(bool pressed, qint64 nowMs);
    // Called from a timer: reports a long press that has come due, and takes the line's settled level.
    Event poll(qint64 nowMs);
    Event sync(bool pressed, qint64 nowMs);

    bool isPressed() const { return m_pressed; }

private:
    Event accept(bool pressed, qint64 nowMs);

    Config m_config;
    bool m_pressed = false;
    bool m_longReported = false;
    qint64 m_changedAtMs = -1000000;
    qint64 m_pressedAtMs = 0;
};
