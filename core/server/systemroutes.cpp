// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemroutes.h"

#include "common/fieldvalidator.h"
#include "router.h"
#include "system/healthstatus.h"
#include "system/logbuffer.h"
#include "system/machineprobe.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

SystemRoutes::SystemRoutes(HealthStatus &health, const LogBuffer &logs, Facts facts, Probes probes,
                           std::function<QJsonObject()> stats, std::function<void()> restart)
    : m_health(health)
    , m_logs(logs)
    , m_facts(std::move(facts))
    , m_probes(std::move(probes))
    , m_stats(std::move(stats))
    , m_restart(std::move(restart))
{ }

void SystemRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/health"_s, [this](const ApiRequest &) {
        const QJsonObject health = m_health.toJson();
        return ApiResponse::success(health, u"box is %1"_s.arg(health.value(u"status"_s).toString()));
    });

    router.add("GET", u"/api/system/info"_s, [this](const ApiRequest &) {
        const std::optional<double> temperature = MachineProbe::cpuTemperatureCelsius();
        const QJsonObject info {
            {u"version"_s, QStringLiteral(OMB_VERSION)},
            {u"protocol_version"_s, 1},
            {u"qt_version"_s, QString::fromLatin1(qVersion())},
            {u"hostname"_s, QHostInfo::localHostName()},
            {u"platform"_s,
             QString(QSysInfo::prettyProductName() + u" ("_s + QSysInfo::currentCpuArchitecture() + u')')},
            {u"uptime_s"_s, m_health.uptimeSeconds()},
            {u"data_dir"_s, m_facts.dataDir},
            {u"web_root"_s, m_facts.webRoot},
            {u"epoch"_s, m_facts.epoch},
            {u"storage"_s, MachineProbe::storage(m_facts.dataDir)},
            {u"library"_s, m_probes.library()},
            {u"cpu_temperature_c"_s, temperature ? QJsonValue(*temperature) : QJsonValue()},
            {u"audio_output"_s, m_facts.audioOutput.isEmpty() ? u"default"_s : m_facts.audioOutput},
            {u"nfc_reader"_s, m_probes.reader()}};
        return ApiResponse::success(info, u"system information"_s);
    });

    router.add("GET", u"/api/system/logs"_s, [this](const ApiRequest &request) {
        int lines = 100;
        if (request.query.hasQueryItem(u"lines"_s)) {
            bool ok = false;
            lines = request.queryValue(u"lines"_s).toInt(&ok);
            if (!ok || lines < 1 || lines > 1000)
                return ApiResponse::failure(ServiceError::validation(
                    u"lines"_s,
                    QString::fromUtf8(
                        QT_TRANSLATE_NOOP("ServiceError", "lines must be an integer from 1 to 1000"))));
        }
        const QJsonObject data {{u"lines"_s, QJsonArray::fromStringList(m_logs.lastLines(lines))},
                                {u"source"_s, u"memory"_s}};
        return ApiResponse::success(data, u"recent log lines"_s);
    });

    router.add("GET", u"/api/system/stats"_s, [this](const ApiRequest &) {
        return ApiResponse::success(m_stats(), u"real-time statistics"_s);
    });

    router.add("POST", u"/api/system/restart"_s, [this](const ApiRequest &) {
        constexpr int delayMs = 2000;
        QTimer::singleShot(delayMs, m_restart);
        return ApiResponse::success(
            QJsonObject {{u"status"_s, u"restart_scheduled"_s}, {u"delay_ms"_s, delayMs}},
            u"the box restarts in 2 s"_s, 202);
    });
}
