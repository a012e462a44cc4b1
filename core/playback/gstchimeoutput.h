// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chimeoutput.h"
#include "gainstage.h"

#include <QObject>
#include <QString>

#include <memory>

using GstElement = struct _GstElement;
using GstMessage = struct _GstMessage;
class GstSinkChain;

// Plays chimes through a small GStreamer pipeline of their own (appsrc -> GstSinkChain), beside the music's
// playbin: the same kind of sink as the music, so with a sound server (PulseAudio, PipeWire) the chime is
// mixed over the music there and the music's stream is never touched. Works beside either AudioBackend.
// GStreamer is initialised at the first chime, never before the box listens.
class GstChimeOutput : public QObject, public ChimeOutput
{
    Q_OBJECT
public:
    // `device`: a sound server sink name; empty = the default.
    explicit GstChimeOutput(const QString &device, QObject *parent = nullptr);
    ~GstChimeOutput() override;

    void play(const QList<qint16> &samples, int sampleRate, double gain) override;
    bool isPlaying() const { return m_pipeline != nullptr; }
    QString sinkName() const; // of the last chime's pipeline

Q_SIGNALS:
    // The chime was played to its end, or could not be (`ok` false; the log says why).
    void finished(bool ok);

private:
    bool build(int sampleRate);
    void handleMessage(GstMessage *message);
    void release();

    QString m_device;
    GainStage m_gain;
    std::unique_ptr<GstSinkChain> m_chain;
    GstElement *m_pipeline = nullptr;
    GstElement *m_source = nullptr; // owned by the pipeline
    quint64 m_generation = 0; // one per pipeline built
};
