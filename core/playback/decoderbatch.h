// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

using GstElement = struct _GstElement;

// A decoder hands over one codec frame at a time (26 ms of MP3), and each buffer costs the same element calls
// and thread switches on its way to the sink, whatever its length. Two frames at a time halve the buffers and
// take a third off the playing box's CPU. Not more: the sink chain applies a fade to a whole buffer before
// the sound server's own buffer, so a pause is heard up to one buffer later (PROTOCOL.md §7.3, pause to
// silence under 150 ms).
namespace DecoderBatch {
inline constexpr qint64 minimumNs = 50'000'000;

// Every audio decoder that `bin` adds, at any depth, from now on hands over at least minimumNs of samples at
// a time (the last ones of a stream excepted).
void applyTo(GstElement *bin);
} // namespace DecoderBatch
