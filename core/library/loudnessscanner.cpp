// SPDX-License-Identifier: GPL-3.0-or-later
#include "loudnessscanner.h"

#include "loudnessanalyzer.h"
#include "system/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int batchSize = 32;
} // namespace

LoudnessScanner::LoudnessScanner(LoudnessRepository &repository, LoudnessAnalyzer &analyzer, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_analyzer(analyzer)
{
    connect(&m_analyzer, &LoudnessAnalyzer::measured, this, &LoudnessScanner::onMeasured);
    connect(&m_analyzer, &LoudnessAnalyzer::failed, this, &LoudnessScanner::onFailed);
}

void LoudnessScanner::scan()
{
    if (!m_current)
        measureNext();
}

void LoudnessScanner::measureNext()
{
    while (true) {
        if (m_batch.isEmpty()) {
            for (const auto &track : m_repository.unmeasured(batchSize + int(m_skipped.size()))) {
                if (!m_skipped.contains(track.trackId))
                    m_batch.append(track);
            }
        }
        if (m_batch.isEmpty()) {
            m_current.reset();
            Q_EMIT caughtUp();
            return;
        }
        m_current = m_batch.takeFirst();
        if (m_analyzer.analyze(m_current->filePath))
            return;
        qCWarning(lcLibrary).noquote() << "cannot start measuring the loudness of" << m_current->filePath;
        m_skipped.insert(m_current->trackId);
    }
}

void LoudnessScanner::onMeasured(const QString &filePath, const ReplayGain::Measure &measure)
{
    if (!m_current || m_current->filePath != filePath)
        return;
    const QString trackId = m_current->trackId;
    if (const Status stored = m_repository.store(trackId, measure); !stored.ok()) {
        // The track went away while it was measured: nothing to keep.
        qCInfo(lcLibrary).noquote() << "loudness of" << trackId << "not stored:" << stored.error().message;
        m_skipped.insert(trackId);
    } else {
        qCInfo(lcLibrary).noquote() << "loudness of" << filePath << "gain" << measure.gainDb << "dB peak"
                                    << measure.peak;
        Q_EMIT trackMeasured(trackId);
    }
    measureNext();
}

void LoudnessScanner::onFailed(const QString &filePath, const QString &message)
{
    if (!m_current || m_current->filePath != filePath)
        return;
    qCWarning(lcLibrary).noquote() << "cannot measure the loudness of" << filePath << ":" << message;
    m_skipped.insert(m_current->trackId);
    measureNext();
}
