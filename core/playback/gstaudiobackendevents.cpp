// SPDX-License-Identifier: GPL-3.0-or-later
// What GStreamer tells GstAudioBackend, on its bus and from its streaming thread: errors, the end of a file,
// the start of the next file joined without a gap, durations.
#include "gstaudiobackend.h"

#include "gstsinkchain.h"
#include "system/logging.h"

#include <QUrl>

#include <gst/gst.h>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

constexpr std::chrono::milliseconds nextFileWait {50};

AudioBackend::Error classify(const GError *error, bool fromOutput)
{
    if (fromOutput)
        return AudioBackend::Error::OutputUnavailable;
    if (error->domain == GST_RESOURCE_ERROR
        && (error->code == GST_RESOURCE_ERROR_NOT_FOUND || error->code == GST_RESOURCE_ERROR_OPEN_READ
            || error->code == GST_RESOURCE_ERROR_READ))
        return AudioBackend::Error::ResourceMissing;
    if (error->domain == GST_STREAM_ERROR
        || (error->domain == GST_CORE_ERROR && error->code == GST_CORE_ERROR_MISSING_PLUGIN))
        return AudioBackend::Error::FormatUnsupported;
    return AudioBackend::Error::Other;
}

} // namespace

void GstAudioBackend::handleMessage(GstMessage *message)
{
    // A failure posts more than one error, and a file's end can be on its way while another is loaded:
    // what was posted before the current file was loaded is not about it.
    const GstMessageType type = GST_MESSAGE_TYPE(message);
    if ((type == GST_MESSAGE_ERROR || type == GST_MESSAGE_EOS)
        && gst_util_seqnum_compare(GST_MESSAGE_SEQNUM(message), m_loadSeqnum) < 0)
        return;
    switch (type) {
    case GST_MESSAGE_ERROR:
        onError(message);
        break;
    case GST_MESSAGE_EOS:
        m_streaming = false;
        if (m_playing)
            Q_EMIT endOfMedia();
        break;
    case GST_MESSAGE_STREAM_START:
        onStreamStarted();
        break;
    case GST_MESSAGE_ASYNC_DONE:
        if (m_startSeekMs) {
            const qint64 startMs = *std::exchange(m_startSeekMs, std::nullopt);
            seekPipeline(startMs);
            if (m_playing) {
                gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
                m_streaming = true;
            }
        }
        updateDuration();
        break;
    case GST_MESSAGE_DURATION_CHANGED:
        updateDuration();
        break;
    default:
        break;
    }
}

void GstAudioBackend::onError(GstMessage *message)
{
    if (recoverFromQueuedFile(message))
        return;
    GError *error = nullptr;
    gchar *debug = nullptr;
    gst_message_parse_error(message, &error, &debug);
    const bool fromOutput
        = m_chain && gst_object_has_as_ancestor(GST_MESSAGE_SRC(message), GST_OBJECT(m_chain->bin()));
    const Error kind = classify(error, fromOutput);
    const QString text = QString::fromUtf8(error->message);
    qCDebug(lcPlayer) << "GStreamer error" << text << (debug ? debug : "");
    g_clear_error(&error);
    g_free(debug);
    // NULL, not READY: playbin forgets the failed file and any file queued behind it.
    gst_element_set_state(m_pipeline, GST_STATE_NULL);
    m_streaming = false;
    m_fade.cancel();
    if (kind == Error::OutputUnavailable && !m_outputFailed) {
        m_outputFailed = true;
        Q_EMIT outputReadyChanged(false);
    }
    reportError(kind, text);
}

bool GstAudioBackend::recoverFromQueuedFile(GstMessage *message)
{
    QString queued;
    {
        const std::lock_guard lock(m_nextMutex);
        queued = std::exchange(m_queuedFile, QString());
    }
    if (queued.isEmpty())
        return false;
    // The file joined to this one cannot be decoded: the error is its own, not this track's. This track goes
    // on alone from where it is; the controller gets to the broken file at its end and hears its error then.
    GError *error = nullptr;
    gst_message_parse_error(message, &error, nullptr);
    qCDebug(lcPlayer).noquote() << "the next file cannot be joined:" << queued
                                << (error ? error->message : "");
    g_clear_error(&error);
    const qint64 at = queryPosition().value_or(m_heldPosition);
    const bool starting = m_startPoll.isActive();
    gst_element_set_state(m_pipeline, GST_STATE_NULL);
    load(m_currentFile, at);
    if (!starting)
        m_startPoll.stop(); // the same track goes on: not a new start
    return true;
}

void GstAudioBackend::onStreamStarted()
{
    updateDuration();
    if (++m_streamStarts == 1)
        return;
    QString file;
    {
        const std::lock_guard lock(m_nextMutex);
        file = std::exchange(m_queuedFile, QString());
    }
    if (file.isEmpty())
        return;
    qCDebug(lcPlayer).noquote() << "next file started without a gap:" << file;
    m_currentFile = file;
    m_duration = 0;
    updateDuration();
    Q_EMIT nextFileStarted(file);
}

void GstAudioBackend::updateDuration()
{
    gint64 duration = 0;
    if (!gst_element_query_duration(m_pipeline, GST_FORMAT_TIME, &duration) || duration <= 0)
        return;
    const qint64 ms = duration / GST_MSECOND;
    if (ms != m_duration) {
        m_duration = ms;
        Q_EMIT durationChanged(ms);
    }
}

void GstAudioBackend::onAboutToFinish(GstElement *playbin, void *self)
{
    // Streaming thread: queue the next file now, so playbin joins it to this one without a gap.
    auto *backend = static_cast<GstAudioBackend *>(self);
    std::unique_lock lock(backend->m_nextMutex);
    // The controller names the next file right after it starts one; a short file can get here first. Bounded,
    // so a controller that names none (a stream) or a main thread that waits on this one costs at most that.
    backend->m_nextGiven.wait_for(lock, nextFileWait, [backend] { return !backend->m_nextAwaited; });
    if (backend->m_nextFile.isEmpty() || backend->m_loadPending) {
        // Without a file queued now the stream ends and the controller starts the next track itself.
        qCDebug(lcPlayer) << (backend->m_loadPending
                                  ? "about to finish while a new file loads: nothing joined"
                                  : "about to finish with no next file queued: nothing joined");
        return;
    }
    g_object_set(playbin, "uri", QUrl::fromLocalFile(backend->m_nextFile).toEncoded().constData(), nullptr);
    backend->m_gain.setNextTrackGain(backend->m_nextGain);
    backend->m_queuedFile = std::exchange(backend->m_nextFile, QString());
    backend->m_nextAwaited
        = true; // the controller names the one after it once it hears that this one started
}
