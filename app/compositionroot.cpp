// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionroot.h"

#include "realtime/operationtracker.h"
#include "realtime/statemanager.h"
#include "server/httpapi.h"
#include "server/router.h"
#include "server/staticfiles.h"
#include "server/systemroutes.h"
#include "system/healthstatus.h"
#include "system/logbuffer.h"
#include "system/logging.h"

#include <QDir>
#include <QHostAddress>

using namespace Qt::StringLiterals;

// Members are declared in construction order; destruction runs the other way round.
struct CompositionRoot::Services
{
    HealthStatus health;
    OperationTracker operations;
    StateManager state;
    Router router;
    StaticFiles staticFiles;
    SystemRoutes systemRoutes;
    HttpApi http;

    Services(const Settings &settings, LogBuffer &logs, CompositionRoot &root)
        : operations(settings.operationDedupWindowSec)
        , router(
              operations, [this] { return state.currentSeq(); }, settings.corsAllowedOrigins)
        , staticFiles(settings.webRoot)
        , systemRoutes(
              health, logs,
              {QDir(settings.dataDir).absolutePath(),
               staticFiles.root() == QLatin1String(StaticFiles::embeddedRoot) ? QString()
                                                                              : staticFiles.root(),
               state.epoch()},
              [this] { return state.stats(); }, [&root] { Q_EMIT root.restartRequested(); })
        , http(router, settings.maxRequestBodyBytes())
    { }
};

CompositionRoot::CompositionRoot(const Settings &settings, LogBuffer &logs, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_logs(logs)
{ }

CompositionRoot::~CompositionRoot()
{
    shutdown();
}

QString CompositionRoot::start()
{
    if (!QDir().mkpath(m_settings.dataDir))
        return u"cannot create the data folder %1"_s.arg(m_settings.dataDir);

    m_services = std::make_unique<Services>(m_settings, m_logs, *this);
    Services &s = *m_services;

    s.systemRoutes.registerOn(s.router);
    s.router.setFallback(
        [&s](const ApiRequest &request, ApiResponder respond) { respond(s.staticFiles.serve(request)); });

    if (!s.http.listen(QHostAddress(m_settings.bindAddress), quint16(m_settings.port)))
        return u"cannot listen on %1:%2: %3"_s.arg(m_settings.bindAddress)
            .arg(m_settings.port)
            .arg(s.http.errorString());
    return {};
}

void CompositionRoot::shutdown()
{
    if (!m_services)
        return;
    qCInfo(lcApp) << "shutting down";
    m_services.reset();
}

quint16 CompositionRoot::port() const
{
    return m_services ? m_services->http.port() : 0;
}

void CompositionRoot::applyReloadedSettings(const Settings &settings)
{
    Logging::applyLevel(settings.logLevel);
    m_settings.logLevel = settings.logLevel;
    qCInfo(lcApp) << "configuration reloaded; log level" << settings.logLevel;
}
