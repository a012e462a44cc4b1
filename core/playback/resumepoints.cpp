// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumepoints.h"

#include "config/settings.h"
#include "system/logging.h"

namespace {
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;
} // namespace

ResumePoints::Config ResumePoints::Config::fromSettings(const Settings &settings)
{
    return {.enabled = settings.tagResumeEnabled,
            .rewindMs = settings.resumeRewindMs,
            .maxAgeDays = settings.resumeMaxAgeDays};
}

ResumePoints::ResumePoints(const Config &config, PlayerLibrary &library, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_library(library)
    , m_clock(clock)
{
    m_cadence.setInterval(config.saveIntervalMs);
    connect(&m_cadence, &QTimer::timeout, this, &ResumePoints::due);
}

std::optional<ResumePoints::Spot> ResumePoints::startingSpot(const QString &playlistId) const
{
    if (!m_config.enabled)
        return std::nullopt;
    const auto point = m_library.resumePoint(playlistId);
    if (!point)
        return std::nullopt;
    if (m_clock.nowUtc().toMSecsSinceEpoch() - point->savedAtMs > qint64(m_config.maxAgeDays) * msPerDay) {
        qCInfo(lcPlayer).noquote() << "resume point of" << playlistId << "is too old; starting from the top";
        return std::nullopt;
    }
    return Spot {point->trackId, qMax<qint64>(0, point->positionMs - m_config.rewindMs)};
}

void ResumePoints::save(const QString &playlistId, const QString &trackId, qint64 positionMs)
{
    m_library.saveResumePoint(playlistId, {trackId, positionMs, m_clock.nowUtc().toMSecsSinceEpoch()});
}

void ResumePoints::clear(const QString &playlistId)
{
    m_library.clearResumePoint(playlistId);
}
