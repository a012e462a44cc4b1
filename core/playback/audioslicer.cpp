// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioslicer.h"

#include <gst/audio/audio.h>
#include <gst/gst.h>

#include <algorithm>
#include <atomic>

namespace {

struct OmbAudioSlicer
{
    GstElement parent;
    GstPad *sinkPad;
    GstPad *srcPad;
    std::atomic<qint64> longestNs; // set from the main thread, read by the streaming thread
    int bytesPerFrame; // streaming thread only, from the caps
    int rate;
};

struct OmbAudioSlicerClass
{
    GstElementClass parentClass;
};

GType omb_audio_slicer_get_type();
G_DEFINE_TYPE(OmbAudioSlicer, omb_audio_slicer, GST_TYPE_ELEMENT)

OmbAudioSlicer *slicerOf(GstObject *object)
{
    return G_TYPE_CHECK_INSTANCE_CAST(object, omb_audio_slicer_get_type(), OmbAudioSlicer);
}

GstStaticPadTemplate sinkTemplate
    = GST_STATIC_PAD_TEMPLATE("sink", GST_PAD_SINK, GST_PAD_ALWAYS, GST_STATIC_CAPS("audio/x-raw"));
GstStaticPadTemplate srcTemplate
    = GST_STATIC_PAD_TEMPLATE("src", GST_PAD_SRC, GST_PAD_ALWAYS, GST_STATIC_CAPS("audio/x-raw"));

gboolean onEvent(GstPad *pad, GstObject *parent, GstEvent *event)
{
    if (GST_EVENT_TYPE(event) == GST_EVENT_CAPS) {
        OmbAudioSlicer *self = slicerOf(parent);
        GstCaps *caps = nullptr;
        gst_event_parse_caps(event, &caps);
        GstAudioInfo info;
        const bool known = gst_audio_info_from_caps(&info, caps);
        self->bytesPerFrame = known ? GST_AUDIO_INFO_BPF(&info) : 0;
        self->rate = known ? GST_AUDIO_INFO_RATE(&info) : 0;
    }
    return gst_pad_event_default(pad, parent, event);
}

GstFlowReturn onBuffer(GstPad *, GstObject *parent, GstBuffer *buffer)
{
    OmbAudioSlicer *self = slicerOf(parent);
    const qint64 longestNs = self->longestNs.load(std::memory_order_relaxed);
    const gsize size = gst_buffer_get_size(buffer);
    const gsize sliceBytes = gsize(longestNs * self->rate / qint64(GST_SECOND)) * gsize(self->bytesPerFrame);
    if (sliceBytes == 0 || size <= sliceBytes)
        return gst_pad_push(self->srcPad, buffer);

    GstFlowReturn result = GST_FLOW_OK;
    for (gsize offset = 0; offset < size && result == GST_FLOW_OK; offset += sliceBytes) {
        const gsize bytes = std::min(sliceBytes, size - offset);
        // The memory is shared, not copied; metas stay with the whole buffer they describe.
        GstBuffer *slice = gst_buffer_copy_region(
            buffer, GstBufferCopyFlags(GST_BUFFER_COPY_FLAGS | GST_BUFFER_COPY_MEMORY), offset, bytes);
        if (offset > 0)
            GST_BUFFER_FLAG_UNSET(slice, GST_BUFFER_FLAG_DISCONT);
        if (GST_BUFFER_PTS_IS_VALID(buffer)) {
            const guint64 frame = offset / gsize(self->bytesPerFrame);
            GST_BUFFER_PTS(slice) = GST_BUFFER_PTS(buffer) + GST_FRAMES_TO_CLOCK_TIME(frame, self->rate);
            GST_BUFFER_DURATION(slice)
                = GST_FRAMES_TO_CLOCK_TIME(bytes / gsize(self->bytesPerFrame), self->rate);
        }
        result = gst_pad_push(self->srcPad, slice);
    }
    gst_buffer_unref(buffer);
    return result;
}

void omb_audio_slicer_class_init(OmbAudioSlicerClass *klass)
{
    GstElementClass *element = GST_ELEMENT_CLASS(klass);
    gst_element_class_add_static_pad_template(element, &sinkTemplate);
    gst_element_class_add_static_pad_template(element, &srcTemplate);
    gst_element_class_set_static_metadata(element, "Audio slicer", "Filter/Audio",
                                          "Cuts raw audio buffers into slices of at most a given duration",
                                          "TheOpenMusicBox");
}

void omb_audio_slicer_init(OmbAudioSlicer *self)
{
    self->sinkPad = gst_pad_new_from_static_template(&sinkTemplate, "sink");
    self->srcPad = gst_pad_new_from_static_template(&srcTemplate, "src");
    // Caps, allocation and scheduling questions are answered by the neighbours, as if the slicer were not
    // there.
    for (GstPad *pad : {self->sinkPad, self->srcPad}) {
        GST_PAD_SET_PROXY_CAPS(pad);
        GST_PAD_SET_PROXY_ALLOCATION(pad);
        GST_PAD_SET_PROXY_SCHEDULING(pad);
    }
    gst_pad_set_chain_function(self->sinkPad, onBuffer);
    gst_pad_set_event_function(self->sinkPad, onEvent);
    gst_element_add_pad(GST_ELEMENT(self), self->sinkPad);
    gst_element_add_pad(GST_ELEMENT(self), self->srcPad);
    new (&self->longestNs) std::atomic<qint64>(0);
    self->bytesPerFrame = 0;
    self->rate = 0;
}

} // namespace

GstElement *AudioSlicer::make()
{
    return GST_ELEMENT(g_object_new(omb_audio_slicer_get_type(), nullptr));
}

void AudioSlicer::setLongestNs(GstElement *slicer, qint64 longestNs)
{
    slicerOf(GST_OBJECT(slicer))->longestNs.store(longestNs, std::memory_order_relaxed);
}
