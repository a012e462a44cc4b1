// SPDX-License-Identifier: GPL-3.0-or-later
#include "quadraturedecoder.h"

namespace {

// States of the full-step table (after Ben Buxton's rotary decoder); the high bits carry a finished detent.
enum : quint8 {
    Start = 0x0,
    CwFinal = 0x1,
    CwBegin = 0x2,
    CwNext = 0x3,
    CcwBegin = 0x4,
    CcwFinal = 0x5,
    CcwNext = 0x6,
    DirCw = 0x10,
    DirCcw = 0x20,
};

// Indexed by [state][input], input = (a << 1) | b, normalised so that 3 is the rest position.
constexpr quint8 table[7][4] = {
    {Start, CwBegin, CcwBegin, Start}, // Start
    {CwNext, Start, CwFinal, Start | DirCw}, // CwFinal
    {CwNext, CwBegin, Start, Start}, // CwBegin
    {CwNext, CwBegin, CwFinal, Start}, // CwNext
    {CcwNext, Start, CcwBegin, Start}, // CcwBegin
    {CcwNext, CcwFinal, Start, Start | DirCcw}, // CcwFinal
    {CcwNext, CcwFinal, CcwBegin, Start}, // CcwNext
};

} // namespace

QuadratureDecoder::QuadratureDecoder(bool restLevel)
    : m_restLevel(restLevel)
    , m_a(restLevel)
    , m_b(restLevel)
{ }

int QuadratureDecoder::feedEdge(Channel channel, bool level)
{
    if (channel == Channel::A)
        m_a = level;
    else
        m_b = level;
    return feedLevels(m_a, m_b);
}

int QuadratureDecoder::feedLevels(bool a, bool b)
{
    m_a = a;
    m_b = b;
    // Normalise to "1 = at rest" so encoders wired active-high and active-low share one table.
    const int na = (a == m_restLevel) ? 1 : 0;
    const int nb = (b == m_restLevel) ? 1 : 0;
    const int input = (na << 1) | nb; // A leading B is clockwise
    m_state = table[m_state & 0x0F][input];
    if (m_state & DirCw)
        return 1;
    if (m_state & DirCcw)
        return -1;
    return 0;
}
