// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// Where a chime is heard: beside the music, never instead of it. GstChimeOutput is the real one; tests use
// a fake that records what it was given.
class ChimeOutput
{
public:
    virtual ~ChimeOutput() = default;
    // Plays 16-bit mono `samples` at `sampleRate`, scaled by the linear `gain` (0..1); a chime still playing
    // is replaced.
    virtual void play(const QList<qint16> &samples, int sampleRate, double gain) = 0;
};
