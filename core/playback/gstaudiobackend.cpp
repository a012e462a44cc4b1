// SPDX-License-Identifier: GPL-3.0-or-later
#include "gstaudiobackend.h"

#include "common/gstbusforwarder.h"
#include "common/gststartup.h"
#include "decoderbatch.h"
#include "gstsinkchain.h"
#include "system/logging.h"

#include <QFileInfo>
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

} // namespace

void GstAudioBackend::preload(const QString &device)
{
    if (!GstStartup::start())
        return; // the constructor says why
    // The sinks are not listed: GstSinkChain::warmUp builds them, which loads them.
    for (const char *name : {"playbin", "audioconvert", "capsfilter", "audioresample"}) {
        if (GstElementFactory *factory = gst_element_factory_find(name)) {
            if (GstPluginFeature *loaded = gst_plugin_feature_load(GST_PLUGIN_FEATURE(factory)))
                gst_object_unref(loaded);
            gst_object_unref(factory);
        }
    }
    GstSinkChain::warmUp(device);
}

GstAudioBackend::GstAudioBackend(const QString &device, GainLookup gainForFile, QObject *parent)
    : AudioBackend(parent)
    , m_gainForFile(std::move(gainForFile))
    , m_gain(rampMs)
    , m_fade({[this] { return m_chain ? m_chain->rampEndNs() : -1; }, [this] { return queryPositionNs(); },
              GstSinkChain::serverBufferMs * GST_MSECOND, fadeLimitMs})
{
    m_startPoll.setTimerType(Qt::PreciseTimer);
    m_startPoll.setInterval(watchIntervalMs);
    connect(&m_startPoll, &QTimer::timeout, this, &GstAudioBackend::onStartPoll);

    if (QString error; !GstStartup::start(&error)) {
        qCWarning(lcPlayer).noquote() << "GStreamer cannot start:" << error;
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
    DecoderBatch::applyTo(m_pipeline);
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
    {
        // What follows the old file is forgotten now, so that the controller's prepareNext right after this
        // call is kept, and nothing joins the old file while it fades.
        const std::lock_guard lock(m_nextMutex);
        m_nextFile.clear();
        m_loadPending = true;
    }
    // Whatever plays fades out and is heard fading before the new file starts.
    fadeOutThen([this, filePath, startMs] { load(filePath, startMs); });
}

void GstAudioBackend::load(const QString &filePath, qint64 startMs)
{
    gst_element_set_state(m_pipeline, GST_STATE_READY); // the streaming threads of what played have stopped
    m_loadSeqnum = gst_util_seqnum_next();
    m_streaming = false;
    {
        const std::lock_guard lock(m_nextMutex);
        m_queuedFile.clear();
        m_loadPending = false;
        m_nextAwaited = true;
    }
    m_currentFile = filePath;
    m_streamStarts = 0;
    m_duration = 0;
    m_errorReported = false;
    m_gain.setTrackGain(linearFromDecibels(m_gainForFile ? m_gainForFile(filePath) : 0.0));
    // Every start ramps in: the sink may drop the first few milliseconds of a new stream, so even a file's
    // own onset can be heard from the middle of a wave.
    m_gain.jumpTo(0.0);
    m_gain.rampTo(level());
    g_object_set(m_pipeline, "uri", sourceUrl(filePath).toEncoded().constData(), nullptr);
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
    // A file that cannot be read is not joined to this one: playbin would fail on it while this one still
    // plays. The controller gets to it at the end of this track and hears its error then.
    if (!filePath.isEmpty() && !QFileInfo(filePath).isReadable()) {
        prepareNext(QString());
        return;
    }
    const double gain
        = filePath.isEmpty() || !m_gainForFile ? 1.0 : linearFromDecibels(m_gainForFile(filePath));
    {
        const std::lock_guard lock(m_nextMutex);
        m_nextFile = filePath;
        m_nextGain = gain;
        m_nextAwaited = false;
    }
    m_nextGiven.notify_all();
}

void GstAudioBackend::resume()
{
    if (!m_pipeline)
        return;
    m_playing = true;
    if (m_fade.isWaiting()) {
        // Resumed while the pause was still fading: fade back in, nothing stops.
        m_fade.cancel();
        m_gain.rampTo(level());
        startWatchingForSound(queryPosition().value_or(0));
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
        seekPipeline(from);
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
    {
        const std::lock_guard lock(m_nextMutex);
        m_nextAwaited = false; // nothing follows: the streaming thread does not wait for it
    }
    m_nextGiven.notify_all();
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
        seekPipeline(positionMs);
        m_gain.rampTo(level());
    });
}

void GstAudioBackend::setVolume(double gain)
{
    m_volume = qBound(0.0, gain, 1.0);
    if (m_playing && !m_fade.isWaiting())
        m_gain.rampTo(level());
}

void GstAudioBackend::glideVolume(double gain, int overMs)
{
    m_volume = qBound(0.0, gain, 1.0);
    if (m_playing && !m_fade.isWaiting())
        m_gain.glideTo(level(), overMs);
}

void GstAudioBackend::setMuted(bool muted)
{
    m_muted = muted;
    if (m_playing && !m_fade.isWaiting())
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

void GstAudioBackend::seekPipeline(qint64 positionMs)
{
    const auto flags = GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE);
    gst_element_seek_simple(m_pipeline, GST_FORMAT_TIME, flags, positionMs * GST_MSECOND);
}

std::optional<qint64> GstAudioBackend::queryPosition() const
{
    const std::optional<qint64> ns = queryPositionNs();
    return ns ? std::optional(*ns / GST_MSECOND) : std::nullopt;
}

std::optional<qint64> GstAudioBackend::queryPositionNs() const
{
    // The pipeline would answer with the sink's position too, after asking it through every bin on the way:
    // that walk was half the cost of a position tick.
    gint64 position = 0;
    if (!m_pipeline || !gst_element_query_position(m_chain->sink(), GST_FORMAT_TIME, &position)
        || position < 0)
        return std::nullopt;
    return position;
}

void GstAudioBackend::fadeOutThen(std::function<void()> then)
{
    const bool silent = m_gain.isSettled() && m_gain.targetLevel() == 0.0;
    if (!m_streaming || silent) {
        m_fade.cancel();
        then();
        return;
    }
    if (!m_fade.isWaiting()) {
        // In this order: a volume ramp that ends between the two cannot pass for the end of the fade.
        m_gain.rampTo(0.0);
        m_chain->clearRampEnd();
    }
    m_fade.waitThen(std::move(then)); // the fade under way serves the newest request too
}

void GstAudioBackend::startWatchingForSound(qint64 fromMs)
{
    m_startFromMs = fromMs;
    m_startClock.start();
    m_startPoll.start();
}

void GstAudioBackend::onStartPoll()
{
    const std::optional<qint64> now = position(); // also lets a start seek that has landed go
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
