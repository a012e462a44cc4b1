// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Decodes a rotary encoder's two channels into detents with a full-step state machine: a detent counts only
// after the complete Gray-code sequence back to the rest position, so contact bounce (a channel flickering
// back and forth) reports nothing, and missed edges lose at most that detent but never report the wrong
// direction — the machine resynchronises at the next rest position. Pure: feed it levels or edges.
class QuadratureDecoder
{
public:
    enum class Channel { A, B };

    // The encoder at rest has both channels at restLevel (high with the usual pull-ups).
    explicit QuadratureDecoder(bool restLevel = true);

    // One edge on a channel; returns +1 (clockwise), -1 (counter-clockwise) or 0.
    int feedEdge(Channel channel, bool level);
    // Both levels at once (a sampled input); same return.
    int feedLevels(bool a, bool b);

private:
    bool m_restLevel;
    bool m_a;
    bool m_b;
    quint8 m_state = 0;
};
