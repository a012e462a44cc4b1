// SPDX-License-Identifier: GPL-3.0-or-later
#include "gstaudiobackend.h"

#include "common/gstbusforwarder.h"
#include "gstsinkchain.h"
#include "system/logging.h"

#include <QUrl>

#include <gst/gst.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int watchIntervalMs = 5;
constexpr int startPollLimitMs = 5000;
constexpr int pendingArrivalWindowMs = 1000;
// A fade the sink never plays out (a stalled server) must not hold a pause forever.
constexpr int fadeLimitMs = GstAudioBackend::rampMs + 4 * GstSinkChain::serverBufferMs + 200;
constexpr guint playbinAudioOnly = 0x2; // GST_PLAY_FLAG_AUDIO: no video or subtitle branches

double linearFromDecibels(double decibels)
{
    return std::pow(10.0, decibels / 20.0);
}

GstSeekFlags accurateFlush()
{
    return GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE);
}

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

GstAudioBackend::GstAudioBackend(const QString &device, GainLookup gainForFile, QObject *parent)
    : AudioBackend(parent)
    , m_gainForFile(std::move(gainForFile))
    , m_gain(rampMs)
{
    m_fadeWatch.setTimerType(Qt::PreciseTimer);
    m_fadeWatch.setInterval(watchIntervalMs);
    connect(&m_fadeWatch, &QTimer::timeout, this, &GstAudioBackend::onFadeWatch);
    m_startPoll.setTimerType(Qt::PreciseTimer);
    m_startPoll.setInterval(watchIntervalMs);
    connect(&m_startPoll, &QTimer::timeout, this, &GstAudioBackend::onStartPoll);

    GError *error = nullptr;
    if (!gst_init_check(nullptr, nullptr, &error)) {
        qCWarning(lcPlayer) << "GStreamer cannot start:" << (error ? error->message : "unknown error");
        g_clear_error(&error);
        return;
    }
    GstElement *playbin = gst_element_factory_make("playbin", "player");
    if (!playbin) {
        qCWarning(lcPlayer) << "GStreamer has no playbin (gstreamer1.0-plugins-base is missing)";
        return;
    }
    m_pipeline = GST_ELEMENT(gst_object_ref_sink(playbin));
    m_chain = std::make_unique<GstSinkChain>(m_gain, device);
    g_object_set(m_pipeline, "audio-sink", m_chain->bin(), "flags", playbinAudioOnly, nullptr);
    g_signal_connect(m_pipeline, "about-to-finish", G_CALLBACK(&GstAudioBackend::onAboutToFinish), this);

    GstBusForwarder::forward(m_pipeline, this, [this](GstMessage *message) { handleMessage(message); });
    qCInfo(lcPlayer).noquote() << "audio output: GStreamer playbin to" << m_chain->sinkName();
}

GstAudioBackend::~GstAudioBackend()
{
    if (!m_pipeline)
        return;
    gst_element_set_state(m_pipeline, GST_STATE_NULL); // joins the streaming threads
    GstBusForwarder::stop(m_pipeline);
    gst_object_unref(m_pipeline);
    m_chain.reset();
}

QString GstAudioBackend::sinkName() const
{
    return m_chain ? m_chain->sinkName() : QString();
}

void GstAudioBackend::playFile(const QString &filePath, qint64 startMs)
{
    m_playing = true;
    m_errorReported = false;
    m_pendingPosition = startMs;
    m_pendingClock.start();
    if (!m_pipeline) {
        reportError(Error::OutputUnavailable, u"GStreamer is not available"_s);
        return;
    }
    // Whatever plays fades out and is heard fading before the new file starts.
    fadeOutThen([this, filePath, startMs] { load(filePath, startMs); });
}

void GstAudioBackend::load(const QString &filePath, qint64 startMs)
{
    gst_element_set_state(m_pipeline, GST_STATE_READY);
    m_streaming = false;
    {
        const std::lock_guard lock(m_nextMutex);
        m_nextFile.clear();
        m_queuedFile.clear();
    }
    m_currentFile = filePath;
    m_streamStarts = 0;
    m_duration = 0;
    m_errorReported = false;
    m_gain.setTrackGain(linearFromDecibels(m_gainForFile ? m_gainForFile(filePath) : 0.0));
    // From the top the file's own start is the onset; in the middle of it, the level ramps in.
    m_gain.jumpTo(startMs > 0 ? 0.0 : level());
    m_gain.rampTo(level());
    g_object_set(m_pipeline, "uri", QUrl::fromLocalFile(filePath).toEncoded().constData(), nullptr);
    m_startSeekMs = startMs > 0 ? std::optional(startMs) : std::nullopt;
    if (!m_playing) {
        m_heldPosition = startMs;
        return;
    }
    gst_element_set_state(m_pipeline, m_startSeekMs ? GST_STATE_PAUSED : GST_STATE_PLAYING);
    m_streaming = !m_startSeekMs;
    startWatchingForSound(startMs);
}

void GstAudioBackend::prepareNext(const QString &filePath)
{
    const double gain
        = filePath.isEmpty() || !m_gainForFile ? 1.0 : linearFromDecibels(m_gainForFile(filePath));
    const std::lock_guard lock(m_nextMutex);
    m_nextFile = filePath;
    m_nextGain = gain;
}

void GstAudioBackend::resume()
{
    if (!m_pipeline)
        return;
    m_playing = true;
    if (m_fadeWatch.isActive()) {
        // Resumed while the pause was still fading: fade back in, nothing stops.
        m_fadeWatch.stop();
        m_afterFade = nullptr;
        m_gain.rampTo(level());
        return;
    }
    // Back to the point where the fade began: the faded tail still in the server's buffer is flushed.
    m_gain.jumpTo(0.0);
    m_gain.rampTo(level());
    const qint64 from = m_pendingPosition.value_or(m_heldPosition);
    m_pendingPosition = from;
    m_pendingClock.start();
    if (m_startSeekMs)
        m_startSeekMs = from; // not prerolled yet: the start seek takes the place
    else
        gst_element_seek_simple(m_pipeline, GST_FORMAT_TIME, accurateFlush(), from * GST_MSECOND);
    gst_element_set_state(m_pipeline, m_startSeekMs ? GST_STATE_PAUSED : GST_STATE_PLAYING);
    m_streaming = !m_startSeekMs;
    startWatchingForSound(from);
}

void GstAudioBackend::pause()
{
    m_heldPosition = position().value_or(m_heldPosition);
    m_playing = false;
    m_startPoll.stop();
    fadeOutThen([this] {
        gst_element_set_state(m_pipeline, GST_STATE_PAUSED);
        m_streaming = false;
    });
}

void GstAudioBackend::stop()
{
    m_playing = false;
    m_startPoll.stop();
    m_pendingPosition.reset();
    m_heldPosition = 0;
    fadeOutThen([this] {
        gst_element_set_state(m_pipeline, GST_STATE_READY);
        m_streaming = false;
        const std::lock_guard lock(m_nextMutex);
        m_nextFile.clear();
        m_queuedFile.clear();
    });
}

void GstAudioBackend::seek(qint64 positionMs)
{
    if (!m_pipeline)
        return;
    m_pendingPosition = positionMs;
    m_pendingClock.start();
    if (!m_playing) {
        m_heldPosition = positionMs; // resume() goes there
        return;
    }
    fadeOutThen([this, positionMs] {
        if (m_startSeekMs) {
            m_startSeekMs = positionMs;
            return;
        }
        gst_element_seek_simple(m_pipeline, GST_FORMAT_TIME, accurateFlush(), positionMs * GST_MSECOND);
        m_gain.rampTo(level());
    });
}

void GstAudioBackend::setVolume(double gain)
{
    m_volume = qBound(0.0, gain, 1.0);
    if (m_playing && !m_fadeWatch.isActive())
        m_gain.rampTo(level());
}

void GstAudioBackend::setMuted(bool muted)
{
    m_muted = muted;
    if (m_playing && !m_fadeWatch.isActive())
        m_gain.rampTo(level());
}

std::optional<qint64> GstAudioBackend::position() const
{
    if (!m_pipeline || m_errorReported)
        return std::nullopt;
    if (!m_playing)
        return m_pendingPosition.value_or(m_heldPosition);
    const std::optional<qint64> now = queryPosition();
    if (m_pendingPosition) {
        // Seeks land asynchronously: until the pipeline gets there, the target is the truthful answer.
        const qint64 target = *m_pendingPosition;
        const bool arrived = now && *now >= target && *now < target + pendingArrivalWindowMs;
        if (!arrived && m_pendingClock.elapsed() < startPollLimitMs)
            return target;
        m_pendingPosition.reset();
    }
    return now;
}

double GstAudioBackend::level() const
{
    return m_muted ? 0.0 : m_volume;
}

std::optional<qint64> GstAudioBackend::queryPosition() const
{
    gint64 position = 0;
    if (!m_pipeline || !gst_element_query_position(m_pipeline, GST_FORMAT_TIME, &position) || position < 0)
        return std::nullopt;
    return position / GST_MSECOND;
}

void GstAudioBackend::fadeOutThen(std::function<void()> then)
{
    m_afterFade = std::move(then);
    const bool silent = m_gain.isSettled() && m_gain.targetLevel() == 0.0;
    if (!m_streaming || silent) {
        m_fadeWatch.stop();
        std::exchange(m_afterFade, nullptr)();
        return;
    }
    if (m_fadeWatch.isActive())
        return; // the fade under way serves the newest request too
    // In this order: a volume ramp that ends between the two cannot pass for the end of the fade.
    m_gain.rampTo(0.0);
    m_chain->clearRampEnd();
    m_fadeClock.start();
    m_fadeWatch.start();
}

void GstAudioBackend::onFadeWatch()
{
    const qint64 rampEndNs = m_chain->rampEndNs();
    gint64 heardNs = 0;
    const bool heard = rampEndNs >= 0 && gst_element_query_position(m_pipeline, GST_FORMAT_TIME, &heardNs)
        && heardNs >= rampEndNs;
    if (!heard && m_fadeClock.elapsed() < fadeLimitMs)
        return;
    if (!heard)
        qCDebug(lcPlayer) << "fade not confirmed by the sink after" << m_fadeClock.elapsed() << "ms";
    m_fadeWatch.stop();
    if (auto then = std::exchange(m_afterFade, nullptr))
        then();
}

void GstAudioBackend::handleMessage(GstMessage *message)
{
    switch (GST_MESSAGE_TYPE(message)) {
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
            gst_element_seek_simple(m_pipeline, GST_FORMAT_TIME, accurateFlush(), startMs * GST_MSECOND);
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
    gst_element_set_state(m_pipeline, GST_STATE_READY);
    m_streaming = false;
    m_fadeWatch.stop();
    m_afterFade = nullptr;
    if (kind == Error::OutputUnavailable && !m_outputFailed) {
        m_outputFailed = true;
        Q_EMIT outputReadyChanged(false);
    }
    reportError(kind, text);
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

void GstAudioBackend::startWatchingForSound(qint64 fromMs)
{
    m_startFromMs = fromMs;
    m_startClock.start();
    m_startPoll.start();
}

void GstAudioBackend::onStartPoll()
{
    const std::optional<qint64> now = queryPosition();
    if (m_playing && m_streaming && now && *now > m_startFromMs && !m_pendingPosition) {
        m_startPoll.stop();
        Q_EMIT playbackStarted();
    } else if (m_startClock.elapsed() > startPollLimitMs) {
        m_startPoll.stop();
    }
}

void GstAudioBackend::reportError(Error error, const QString &message)
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    m_playing = false;
    m_startPoll.stop();
    Q_EMIT errorOccurred(error, message.isEmpty() ? u"the file cannot be played"_s : message);
}

void GstAudioBackend::onAboutToFinish(GstElement *playbin, void *self)
{
    // Streaming thread: queue the next file now, so playbin joins it to this one without a gap.
    auto *backend = static_cast<GstAudioBackend *>(self);
    const std::lock_guard lock(backend->m_nextMutex);
    if (backend->m_nextFile.isEmpty())
        return;
    g_object_set(playbin, "uri", QUrl::fromLocalFile(backend->m_nextFile).toEncoded().constData(), nullptr);
    backend->m_gain.setNextTrackGain(backend->m_nextGain);
    backend->m_queuedFile = std::exchange(backend->m_nextFile, QString());
}
