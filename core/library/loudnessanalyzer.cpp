// SPDX-License-Identifier: GPL-3.0-or-later
#include "loudnessanalyzer.h"

#include "common/gstbusforwarder.h"
#include "common/gststartup.h"
#include "system/logging.h"

#include <QFile>

#include <gst/gst.h>

using namespace Qt::StringLiterals;

namespace {
constexpr const char *analysisPipeline = "filesrc name=source ! decodebin ! audioconvert ! audioresample "
                                         "! rganalysis forced=false ! fakesink sync=false";
} // namespace

LoudnessAnalyzer::LoudnessAnalyzer(QObject *parent)
    : QObject(parent)
{ }

LoudnessAnalyzer::~LoudnessAnalyzer()
{
    tearDown();
}

bool LoudnessAnalyzer::analyze(const QString &filePath)
{
    if (m_pipeline)
        return false;
    if (!GstStartup::start())
        return false;
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(analysisPipeline, &error);
    if (!pipeline || error) {
        qCWarning(lcLibrary) << "cannot build the loudness analysis:" << (error ? error->message : "");
        g_clear_error(&error);
        if (pipeline)
            gst_object_unref(pipeline);
        return false;
    }
    m_pipeline = GST_ELEMENT(gst_object_ref_sink(pipeline));
    GstElement *source = gst_bin_get_by_name(GST_BIN(m_pipeline), "source");
    g_object_set(source, "location", QFile::encodeName(filePath).constData(), nullptr);
    gst_object_unref(source);
    m_filePath = filePath;
    m_gainDb.reset();
    m_peak.reset();
    GstBusForwarder::forward(m_pipeline, this, [this](GstMessage *message) { handleMessage(message); });
    gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    return true;
}

void LoudnessAnalyzer::handleMessage(GstMessage *message)
{
    // A message of an earlier file's pipeline may still be queued.
    if (!m_pipeline || !gst_object_has_as_ancestor(GST_MESSAGE_SRC(message), GST_OBJECT(m_pipeline)))
        return;
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_TAG: {
        GstTagList *tags = nullptr;
        gst_message_parse_tag(message, &tags);
        double value = 0;
        if (gst_tag_list_get_double(tags, GST_TAG_TRACK_GAIN, &value))
            m_gainDb = value;
        if (gst_tag_list_get_double(tags, GST_TAG_TRACK_PEAK, &value))
            m_peak = value;
        gst_tag_list_unref(tags);
        break;
    }
    case GST_MESSAGE_EOS:
        finish(m_gainDb ? std::nullopt : std::optional(u"no loudness could be measured"_s));
        break;
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gst_message_parse_error(message, &error, nullptr);
        const QString text = QString::fromUtf8(error ? error->message : "decoding failed");
        g_clear_error(&error);
        finish(text);
        break;
    }
    default:
        break;
    }
}

void LoudnessAnalyzer::tearDown()
{
    if (!m_pipeline)
        return;
    gst_element_set_state(m_pipeline, GST_STATE_NULL);
    GstBusForwarder::stop(m_pipeline);
    gst_object_unref(m_pipeline);
    m_pipeline = nullptr;
}

void LoudnessAnalyzer::finish(const std::optional<QString> &error)
{
    if (!m_pipeline)
        return;
    tearDown();
    const QString file = std::exchange(m_filePath, QString());
    if (error)
        Q_EMIT failed(file, *error);
    else
        Q_EMIT measured(file, {*m_gainDb, m_peak.value_or(1.0)});
}
