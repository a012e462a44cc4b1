// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoderbatch.h"

#include <gst/audio/gstaudiodecoder.h>
#include <gst/gst.h>

namespace {
void batchOutput(GstBin *, GstBin *, GstElement *element, gpointer)
{
    // GstAudioDecoder's min-latency: it gathers its output until that much is decoded.
    if (GST_IS_AUDIO_DECODER(element))
        g_object_set(element, "min-latency", gint64(DecoderBatch::minimumNs), nullptr);
}
} // namespace

void DecoderBatch::applyTo(GstElement *bin)
{
    g_signal_connect(bin, "deep-element-added", G_CALLBACK(batchOutput), nullptr);
}
