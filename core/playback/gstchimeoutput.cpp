// SPDX-License-Identifier: GPL-3.0-or-later
#include "gstchimeoutput.h"

#include "common/gstbusforwarder.h"
#include "common/gststartup.h"
#include "gstsinkchain.h"
#include "system/logging.h"

#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace {
// The chime's own level never changes while it plays; the ramp only serves the chain's interface.
constexpr int chimeRampMs = 5;
} // namespace

GstChimeOutput::GstChimeOutput(const QString &device, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_gain(chimeRampMs)
{ }

GstChimeOutput::~GstChimeOutput()
{
    release();
}

QString GstChimeOutput::sinkName() const
{
    return m_chain ? m_chain->sinkName() : QString();
}

void GstChimeOutput::play(const QList<qint16> &samples, int sampleRate, double gain)
{
    release(); // a newer chime replaces one still ringing
    if (samples.isEmpty() || !build(sampleRate)) {
        Q_EMIT finished(false);
        return;
    }
    m_gain.jumpTo(qBound(0.0, gain, 1.0)); // nothing streams yet
    const gsize bytes = gsize(samples.size()) * sizeof(qint16);
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, bytes, nullptr);
    gst_buffer_fill(buffer, 0, samples.constData(), bytes);
    GST_BUFFER_PTS(buffer) = 0;
    GST_BUFFER_DURATION(buffer)
        = gst_util_uint64_scale(guint64(samples.size()), GST_SECOND, guint64(sampleRate));
    GstFlowReturn flow = GST_FLOW_OK;
    g_signal_emit_by_name(m_source, "push-buffer", buffer, &flow);
    gst_buffer_unref(buffer);
    g_signal_emit_by_name(m_source, "end-of-stream", &flow);
    if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        qCWarning(lcPlayer) << "the chime cannot be played: the audio output refused to start";
        release();
        Q_EMIT finished(false);
    }
}

bool GstChimeOutput::build(int sampleRate)
{
    if (QString error; !GstStartup::start(&error)) {
        qCWarning(lcPlayer).noquote() << "no chimes: GStreamer cannot start:" << error;
        return false;
    }
    GstElement *source = gst_element_factory_make("appsrc", "chime");
    if (!source) {
        qCWarning(lcPlayer) << "no chimes: GStreamer has no appsrc (gstreamer1.0-plugins-base is missing)";
        return false;
    }
    m_pipeline = GST_ELEMENT(gst_object_ref_sink(gst_pipeline_new("chimes")));
    m_chain = std::make_unique<GstSinkChain>(m_gain, m_device);
    GstCaps *caps = gst_caps_new_simple("audio/x-raw", "format", G_TYPE_STRING, "S16LE", "layout",
                                        G_TYPE_STRING, "interleaved", "rate", G_TYPE_INT, sampleRate,
                                        "channels", G_TYPE_INT, 1, nullptr);
    g_object_set(source, "caps", caps, "format", GST_FORMAT_TIME, nullptr);
    gst_caps_unref(caps);
    gst_bin_add_many(GST_BIN(m_pipeline), source, m_chain->bin(), nullptr);
    if (!gst_element_link(source, m_chain->bin())) {
        qCWarning(lcPlayer) << "no chimes: cannot link the chime to the audio output";
        release();
        return false;
    }
    m_source = source;
    // Messages of a replaced chime may still be queued: only this pipeline's count.
    GstBusForwarder::forward(m_pipeline, this, [this, generation = ++m_generation](GstMessage *message) {
        if (generation == m_generation && m_pipeline)
            handleMessage(message);
    });
    return true;
}

void GstChimeOutput::handleMessage(GstMessage *message)
{
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_EOS:
        release();
        Q_EMIT finished(true);
        break;
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gst_message_parse_error(message, &error, nullptr);
        qCWarning(lcPlayer) << "the chime stopped:" << (error ? error->message : "unknown error");
        g_clear_error(&error);
        release();
        Q_EMIT finished(false);
        break;
    }
    default:
        break;
    }
}

void GstChimeOutput::release()
{
    if (!m_pipeline)
        return;
    gst_element_set_state(m_pipeline, GST_STATE_NULL); // joins the streaming thread
    GstBusForwarder::stop(m_pipeline);
    gst_object_unref(m_pipeline);
    m_pipeline = nullptr;
    m_source = nullptr;
    m_chain.reset();
}
