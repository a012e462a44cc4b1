// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gainstage.h"
#include "localoutputs.h"

#include <QString>

#include <atomic>
#include <memory>

using GstElement = struct _GstElement;

// The end of the GStreamer playback pipeline: converts to float, passes every sample through a GainStage, and
// hands it to the sound server. pulsesink with a short buffer when a PulseAudio-protocol server answers (also
// PipeWire's), else autoaudiosink (ALSA where there is a card, or a clock-synced fake sink with no output at
// all). Because the gain is applied here, right before the sink, a fade is in the very samples the listener
// hears; the chain records the stream time at which a ramp was fully applied, so the backend can wait until
// that point is heard.
class GstSinkChain
{
public:
    static constexpr int serverBufferMs = 60;
    static constexpr int sliceMs = 20; // the longest buffer an audio sink is handed

    GstSinkChain(GainStage &gain, const QString &device);
    // Starts the sound output once, as a chain would, from any thread: autoaudiosink loads and tries the
    // outputs it knows (ALSA, OSS) the first time, the largest part of building the first chain.
    static void warmUp(const QString &device);
    // autoaudiosink passes over the outputs `outputs` lacks from now on, in this process
    // (GstStartup::passOver). Every chain without a server does it with what LocalOutputs::find sees: a card
    // plugged in later is played to after the box restarts.
    static void passOverMissing(const LocalOutputs &outputs);
    ~GstSinkChain();
    GstSinkChain(const GstSinkChain &) = delete;
    GstSinkChain &operator=(const GstSinkChain &) = delete;

    GstElement *bin() const { return m_bin; } // owned by the pipeline once set as its audio-sink
    QString sinkName() const { return m_sinkName; }
    GstElement *sink() const { return m_sink; } // owned by bin()

    // Forget the last ramp end, before asking for a new ramp.
    void clearRampEnd() { m_rampEndNs.store(-1); }
    // Stream time (ns) just after the sample where the last ramp ended; -1 while it has not ended.
    qint64 rampEndNs() const { return m_rampEndNs.load(); }

    struct ProbeState; // the streaming thread's view, defined in the .cpp

private:
    static GstElement *makeServerSink(const QString &device, QString *name);

    GainStage &m_gain;
    GstElement *m_bin = nullptr;
    GstElement *m_slicer = nullptr;
    GstElement *m_sink = nullptr;
    QString m_sinkName;
    std::unique_ptr<ProbeState> m_probe;
    std::atomic<qint64> m_rampEndNs {-1};
};
