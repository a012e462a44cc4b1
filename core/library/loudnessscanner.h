// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loudnessrepository.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class LoudnessAnalyzer;

// Measures every track that has no loudness yet and stores the result (PROTOCOL.md §7.3 "Loudness"): at start
// and after every import, one file at a time in the background. A file that cannot be measured is left
// unmeasured (it plays at 0 dB gain) and not retried until the next start.
class LoudnessScanner : public QObject
{
    Q_OBJECT
public:
    LoudnessScanner(LoudnessRepository &repository, LoudnessAnalyzer &analyzer, QObject *parent = nullptr);

    void scan(); // picks up whatever is unmeasured; harmless while a scan runs
    bool isScanning() const { return m_current.has_value(); }

Q_SIGNALS:
    void trackMeasured(const QString &trackId);
    void caughtUp(); // nothing left to measure

private:
    void measureNext();
    void onMeasured(const QString &filePath, const ReplayGain::Measure &measure);
    void onFailed(const QString &filePath, const QString &message);

    LoudnessRepository &m_repository;
    LoudnessAnalyzer &m_analyzer;
    QList<LoudnessRepository::UnmeasuredTrack> m_batch;
    std::optional<LoudnessRepository::UnmeasuredTrack> m_current;
    QSet<QString> m_skipped; // track ids that failed
};
