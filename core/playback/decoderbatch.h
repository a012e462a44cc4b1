// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

using GstElement = struct _GstElement;

// A decoder hands over one codec frame at a time (26 ms of MP3), and each buffer costs the same element calls
// and thread switches on its way to the sink, whatever its length. 200 ms at a time take half the playing
// box's CPU. A fade is not late for it: the sink chain slices the batches again in front of its gain
// (AudioSlicer). A network stream's first sound waits for its first batch.
namespace DecoderBatch {
inline constexpr qint64 minimumNs = 200'000'000;

// Every audio decoder that `bin` adds, at any depth, from now on hands over at least minimumNs of samples at
// a time (the last ones of a stream excepted).
void applyTo(GstElement *bin);
} // namespace DecoderBatch
