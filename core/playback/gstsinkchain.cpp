// SPDX-License-Identifier: GPL-3.0-or-later
#include "gstsinkchain.h"

#include "audioslicer.h"
#include "common/gststartup.h"
#include "system/logging.h"

#include <QFileInfo>

#include <algorithm>

#include <gst/audio/audio.h>
#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace {
constexpr gint64 serverLatencyUs = 10000;
} // namespace

// Lives on the streaming thread: the format of the samples and the segment that maps them to stream time.
struct GstSinkChain::ProbeState
{
    GstSinkChain *chain = nullptr;
    int channels = 0;
    int rate = 0;
    GstSegment segment;
};

namespace {

GstPadProbeReturn onEvent(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    auto *state = static_cast<GstSinkChain::ProbeState *>(data);
    GstEvent *event = GST_PAD_PROBE_INFO_EVENT(info);
    switch (GST_EVENT_TYPE(event)) {
    case GST_EVENT_CAPS: {
        GstCaps *caps = nullptr;
        gst_event_parse_caps(event, &caps);
        GstAudioInfo audio;
        if (gst_audio_info_from_caps(&audio, caps)) {
            state->channels = GST_AUDIO_INFO_CHANNELS(&audio);
            state->rate = GST_AUDIO_INFO_RATE(&audio);
        }
        break;
    }
    case GST_EVENT_SEGMENT:
        gst_event_copy_segment(event, &state->segment);
        break;
    default:
        break;
    }
    return GST_PAD_PROBE_OK;
}

// Where libpulse finds a PulseAudio-protocol server (PulseAudio's or PipeWire's): the address the user gave,
// the session's socket, the system-wide one. A server configured only in client.conf is not seen (set
// PULSE_SERVER for it).
bool pulseServerMayAnswer()
{
    if (qEnvironmentVariableIsSet("PULSE_SERVER"))
        return true;
    QStringList sockets {u"/run/pulse/native"_s, u"/var/run/pulse/native"_s};
    if (qEnvironmentVariableIsSet("PULSE_RUNTIME_PATH"))
        sockets << qEnvironmentVariable("PULSE_RUNTIME_PATH") + u"/native"_s;
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        sockets << qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/pulse/native"_s;
    return std::any_of(sockets.cbegin(), sockets.cend(),
                       [](const QString &path) { return QFileInfo::exists(path); });
}

// An audio sink holds the buffer it was handed, past the gain, until the device or the server takes it all,
// so a fade is heard up to one buffer late; slices keep that short whatever the decoder's batches. A fake
// sink (no sound output at all) takes each buffer at once, and slices would only wake it more often.
void sliceFor(GstElement *sink, GstElement *slicer)
{
    if (GST_IS_AUDIO_BASE_SINK(sink))
        AudioSlicer::setLongestNs(slicer, GstSinkChain::sliceMs * GST_MSECOND);
}

} // namespace

GstSinkChain::GstSinkChain(GainStage &gain, const QString &device)
    : m_gain(gain)
    , m_probe(std::make_unique<ProbeState>())
{
    m_probe->chain = this;
    gst_segment_init(&m_probe->segment, GST_FORMAT_TIME);

    m_bin = gst_bin_new("output");
    GstElement *toFloat = gst_element_factory_make("audioconvert", nullptr);
    GstElement *floatCaps = gst_element_factory_make("capsfilter", nullptr);
    GstElement *fromFloat = gst_element_factory_make("audioconvert", nullptr);
    GstElement *resample = gst_element_factory_make("audioresample", nullptr);
    m_slicer = AudioSlicer::make();
    m_sink = makeServerSink(device, &m_sinkName);
    GstCaps *caps = gst_caps_from_string("audio/x-raw,format=F32LE,layout=interleaved");
    g_object_set(floatCaps, "caps", caps, nullptr);
    gst_caps_unref(caps);
    gst_bin_add_many(GST_BIN(m_bin), toFloat, floatCaps, m_slicer, fromFloat, resample, m_sink, nullptr);
    if (!gst_element_link_many(toFloat, floatCaps, m_slicer, fromFloat, resample, m_sink, nullptr))
        qCWarning(lcPlayer) << "cannot link the audio output chain";
    GstPad *input = gst_element_get_static_pad(toFloat, "sink");
    gst_element_add_pad(m_bin, gst_ghost_pad_new("sink", input));
    gst_object_unref(input);

    sliceFor(m_sink, m_slicer);
    // autoaudiosink picks its sink when it starts.
    g_signal_connect(m_bin, "deep-element-added",
                     G_CALLBACK(+[](GstBin *, GstBin *, GstElement *element, gpointer slicer) {
                         sliceFor(element, static_cast<GstElement *>(slicer));
                     }),
                     m_slicer);

    GstPad *gainPad = gst_element_get_static_pad(m_slicer, "src");
    gst_pad_add_probe(gainPad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM, onEvent, m_probe.get(), nullptr);
    gst_pad_add_probe(
        gainPad, GST_PAD_PROBE_TYPE_BUFFER,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) -> GstPadProbeReturn {
            auto *state = static_cast<ProbeState *>(data);
            if (state->channels <= 0 || state->rate <= 0)
                return GST_PAD_PROBE_OK;
            GstBuffer *buffer = gst_buffer_make_writable(GST_PAD_PROBE_INFO_BUFFER(info));
            GST_PAD_PROBE_INFO_DATA(info) = buffer;
            GstMapInfo map;
            if (!gst_buffer_map(buffer, &map, GST_MAP_READWRITE))
                return GST_PAD_PROBE_OK;
            const int frames = int(map.size / (sizeof(float) * state->channels));
            const bool rampEnded = state->chain->m_gain.process(reinterpret_cast<float *>(map.data), frames,
                                                                state->channels, state->rate);
            gst_buffer_unmap(buffer, &map);
            if (rampEnded && GST_BUFFER_PTS_IS_VALID(buffer)) {
                const GstClockTime end
                    = GST_BUFFER_PTS(buffer) + GST_FRAMES_TO_CLOCK_TIME(frames, state->rate);
                const guint64 streamTime = gst_segment_to_stream_time(&state->segment, GST_FORMAT_TIME, end);
                state->chain->m_rampEndNs.store(GST_CLOCK_TIME_IS_VALID(streamTime) ? qint64(streamTime) : 0);
            }
            return GST_PAD_PROBE_OK;
        },
        m_probe.get(), nullptr);
    // A new file behind the same chain (gapless): its loudness gain starts with its first sample.
    gst_pad_add_probe(
        gainPad, GST_PAD_PROBE_TYPE_EVENT_DOWNSTREAM,
        [](GstPad *, GstPadProbeInfo *info, gpointer data) -> GstPadProbeReturn {
            if (GST_EVENT_TYPE(GST_PAD_PROBE_INFO_EVENT(info)) == GST_EVENT_STREAM_START)
                static_cast<ProbeState *>(data)->chain->m_gain.beginTrack();
            return GST_PAD_PROBE_OK;
        },
        m_probe.get(), nullptr);
    gst_object_unref(gainPad);
    gst_object_ref_sink(m_bin);
}

GstSinkChain::~GstSinkChain()
{
    gst_object_unref(m_bin); // the pipeline is already in NULL: no streaming thread uses the probe any more
}

void GstSinkChain::warmUp(const QString &device)
{
    QString name;
    if (GstElement *sink = makeServerSink(device, &name)) {
        gst_element_set_state(sink, GST_STATE_READY);
        gst_element_set_state(sink, GST_STATE_NULL);
        gst_object_unref(sink);
    }
}

void GstSinkChain::passOverMissing(const LocalOutputs &outputs)
{
    if (!outputs.alsa)
        GstStartup::passOver("alsasink");
    if (!outputs.oss) {
        GstStartup::passOver("oss4sink");
        GstStartup::passOver("osssink");
    }
}

GstElement *GstSinkChain::makeServerSink(const QString &device, QString *name)
{
    GstElement *pulse = pulseServerMayAnswer() ? gst_element_factory_make("pulsesink", nullptr) : nullptr;
    if (pulse) {
        // The default 200 ms buffer would delay every fade-out (and so every pause) by as much.
        g_object_set(pulse, "buffer-time", gint64(serverBufferMs) * 1000, "latency-time", serverLatencyUs,
                     nullptr);
        if (!device.isEmpty())
            g_object_set(pulse, "device", device.toUtf8().constData(), nullptr);
        // Reaching READY means the sound server answered.
        if (gst_element_set_state(pulse, GST_STATE_READY) == GST_STATE_CHANGE_SUCCESS) {
            gst_element_set_state(pulse, GST_STATE_NULL);
            *name = u"pulsesink"_s;
            return pulse;
        }
        gst_element_set_state(pulse, GST_STATE_NULL);
        gst_object_unref(pulse);
    }
    const LocalOutputs outputs = LocalOutputs::find();
    qCInfo(lcPlayer) << "no PulseAudio-protocol sound server; using autoaudiosink; ALSA output:"
                     << outputs.alsa << "OSS output:" << outputs.oss;
    // autoaudiosink would try pulsesink again, and loading it loads libpulse and the codecs it links (2 MB of
    // the idle box) for a server that is not there; pulsesink is still made by name when one appears.
    GstStartup::passOver("pulsesink");
    passOverMissing(outputs);
    *name = u"autoaudiosink"_s;
    return gst_element_factory_make("autoaudiosink", nullptr);
}
