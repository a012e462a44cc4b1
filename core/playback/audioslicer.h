// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

using GstElement = struct _GstElement;

// A GStreamer element that cuts raw audio buffers into slices of at most a given duration (0, the default:
// buffers pass whole). The sink chain puts it in front of its gain stage: an audio sink blocks on the device
// or server holding the buffer it was handed, already past the gain, so the slice length bounds how late a
// fade begins to be heard, whatever the decoder's batches (DecoderBatch).
namespace AudioSlicer {
GstElement *make(); // floating, like gst_element_factory_make's
void setLongestNs(GstElement *slicer, qint64 longestNs); // from any thread
} // namespace AudioSlicer
