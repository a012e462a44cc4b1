// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replaygain.h"

#include <QObject>
#include <QString>

#include <optional>

using GstElement = struct _GstElement;
using GstMessage = struct _GstMessage;

// Measures one file's loudness at a time with GStreamer's rganalysis (ReplayGain, reference 89 dB): the file
// is decoded as fast as the CPU allows, on GStreamer's threads, never on the event loop. ReplayGain tags the
// file already carries are used as they are (rganalysis forced=false skips the analysis then).
class LoudnessAnalyzer : public QObject
{
    Q_OBJECT
public:
    explicit LoudnessAnalyzer(QObject *parent = nullptr);
    ~LoudnessAnalyzer() override;

    bool isBusy() const { return m_pipeline != nullptr; }
    // Starts measuring; false when a measurement is under way or GStreamer cannot build the pipeline.
    bool analyze(const QString &filePath);

Q_SIGNALS:
    void measured(const QString &filePath, const ReplayGain::Measure &measure);
    void failed(const QString &filePath, const QString &message);

private:
    void handleMessage(GstMessage *message);
    void finish(const std::optional<QString> &error);
    void tearDown();

    GstElement *m_pipeline = nullptr;
    QString m_filePath;
    std::optional<double> m_gainDb;
    std::optional<double> m_peak;
};
