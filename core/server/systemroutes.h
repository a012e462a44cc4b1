// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class HealthStatus;
class LogBuffer;
class Router;

// /api/health and /api/system/*: read-only views of the box, plus the restart request.
class SystemRoutes
{
public:
    struct Facts
    {
        QString dataDir;
        QString webRoot;
        QString epoch;
        QString audioOutput; // AUDIO_DEVICE, empty = the system default
    };
    // Read at each GET /api/system/info.
    struct Probes
    {
        std::function<QJsonObject()> library; // {playlists, tracks, duration_ms}
        std::function<QJsonObject()> reader; // NfcReader::Status as JSON
    };

    SystemRoutes(HealthStatus &health, const LogBuffer &logs, Facts facts, Probes probes,
                 std::function<QJsonObject()> stats, std::function<void()> restart);

    void registerOn(Router &router);

private:
    HealthStatus &m_health;
    const LogBuffer &m_logs;
    Facts m_facts;
    Probes m_probes;
    std::function<QJsonObject()> m_stats;
    std::function<void()> m_restart;
};
