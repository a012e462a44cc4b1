// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionroot.h"

#include "boxsnapshots.h"
#include "countersequencestore.h"

#include "backup/backupservice.h"
#include "backup/restorejournal.h"
#include "backup/restoreservice.h"
#include "common/systemclock.h"
#include "library/counterrepository.h"
#include "library/database.h"
#include "library/demolibrary.h"
#include "library/filejournal.h"
#include "library/librarysummary.h"
#include "library/librarysync.h"
#include "library/loudnessanalyzer.h"
#include "library/loudnessrepository.h"
#include "library/loudnessscanner.h"
#include "library/parentalrepository.h"
#include "library/playlistrepository.h"
#include "library/playlistservice.h"
#include "library/resumepointrepository.h"
#include "library/searchrepository.h"
#include "library/tagrepository.h"
#include "library/trackdetailsrepository.h"
#include "library/trashbin.h"
#include "library/trashrepository.h"
#include "library/trashrowrestorer.h"
#include "library/trashservice.h"
#include "nfc/nfcsubsystem.h"
#include "parental/idleshutdown.h"
#include "parental/idleshutdownnotifier.h"
#include "parental/parentalguard.h"
#include "playback/gstaudiobackend.h"
#include "playback/playbackcontroller.h"
#include "playback/playerstateservice.h"
#include "playback/qtaudiobackend.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/sleeptimer.h"
#include "playback/trackprogressservice.h"
#include "realtime/operationtracker.h"
#include "realtime/playlistnotifier.h"
#include "realtime/statemanager.h"
#include "realtime/trashnotifier.h"
#include "server/backuproutes.h"
#include "server/httpapi.h"
#include "server/nfcroutes.h"
#include "server/originpolicy.h"
#include "server/playerroutes.h"
#include "server/playlistroutes.h"
#include "server/ratelimiter.h"
#include "server/router.h"
#include "server/searchroutes.h"
#include "server/settingsroutes.h"
#include "server/staticfiles.h"
#include "server/systemroutes.h"
#include "server/tagroutes.h"
#include "server/trashroutes.h"
#include "server/websocketgateway.h"
#include "system/avahiannouncer.h"
#include "system/healthstatus.h"
#include "system/logbuffer.h"
#include "system/logging.h"
#include "system/processshutdowncommand.h"
#include "system/systemdnotifier.h"

#include "downloads/downloadnotifier.h"
#include "downloads/youtubedownloader.h"
#include "downloads/youtubesearch.h"
#include "server/uploadroutes.h"
#include "server/youtuberoutes.h"
#include "uploads/uploadnotifier.h"
#include "uploads/uploadservice.h"

#include "controls/controlcommandhandler.h"
#include "controls/inputdevice.h"
#ifdef OMB_HAVE_GPIOD
#include "controls/gpiodinputdevice.h"
#endif

#include <QDBusConnection>
#include <QDir>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// What the box announces (PROTOCOL.md §7.2): a web page for phones and laptops, and the box's own type with
// the paths an app needs.
QList<AvahiAnnouncer::Service> announcedServices(const Settings &settings, quint16 port)
{
    const QString name
        = settings.boxName.isEmpty() ? u"Music box (%1)"_s.arg(QHostInfo::localHostName()) : settings.boxName;
    return {{name, u"_http._tcp"_s, port, {"path=/"}},
            {name,
             u"_openmusicbox._tcp"_s,
             port,
             {"version=" OMB_VERSION, "api=/api", "ws=/ws", "socketio=/socket.io/"}}};
}
} // namespace

// Members are declared in construction order; destruction runs the other way round.
struct CompositionRoot::Services
{
    SystemClock clock; // the one clock of the box
    HealthStatus health;
    Database database;
    FileJournal journal {database};
    PlaylistRepository playlists;
    OperationTracker operations;
    CounterRepository counters {database};
    CounterSequenceStore sequenceStore {counters};
    BoxSnapshots snapshots; // its hooks are set in start(), once every service exists
    StateManager state;
    ResumePointRepository resumePoints {database};
    TrashRepository trashEntries {database};
    TrashBin trashBin;
    TrashRowRestorer trashRows {database};
    TrackDetailsRepository trackDetails {database};
    PlaylistService playlistService {playlists, journal, trashBin, trackDetails};
    PlaylistNotifier playlistNotifier {playlistService, state};
    TrashService trash;
    TrashNotifier trashNotifier {playlistService, trash, state};
    TrashRoutes trashRoutes {trash};
    LibrarySync librarySync {database, playlists, journal};
    LoudnessRepository loudness {database, playlists.musicDir()};
    LoudnessAnalyzer loudnessAnalyzer;
    LoudnessScanner loudnessScanner {loudness, loudnessAnalyzer};
    DemoLibrary demoLibrary;
    LibrarySummary librarySummary {database};
    PlaylistRoutes playlistRoutes;
    SearchRepository search {database};
    SearchRoutes searchRoutes {search};
    TagRepository tags {database};
    UploadService uploads;
    UploadNotifier uploadNotifier {uploads, state};
    UploadRoutes uploadRoutes {uploads};
    YoutubeDownloader downloader;
    DownloadNotifier downloadNotifier {downloader, state};
    YoutubeSearch youtubeSearch;
    YoutubeRoutes youtubeRoutes {downloader, youtubeSearch};
    RestoreJournal restoreJournal; // finishes or drops a restore before the database opens
    BackupService backups;
    RestoreService restores;
    BackupRoutes backupRoutes {backups, restores};
    RepositoryPlayerLibrary playerLibrary {playlists, resumePoints};
    PlaybackController player;
    SleepTimer sleepTimer;
    PlayerStateService playerState {player, sleepTimer, state};
    TrackProgressService trackProgress;
    RateLimiter playerRateLimit;
    PlayerRoutes playerRoutes {player, playerState, sleepTimer, playerRateLimit};
    ParentalRepository parentalRepository {database};
    ParentalGuard parental {{}, parentalRepository, player, state, clock};
    SettingsRoutes settingsRoutes {parental, playerState};
    ProcessShutdownCommand shutdownCommand;
    IdleShutdown idleShutdown {{}, shutdownCommand, clock};
    IdleShutdownNotifier idleShutdownNotifier {idleShutdown, state};
    std::unique_ptr<AudioBackend> audio; // opened after listen: the first answer must not wait for it
    NfcSubsystem nfc; // the reader starts after listen
    NfcRoutes nfcRoutes {nfc.associations(), nfc.actions(), nfc.status(), nfc.simulatedReader()};
    TagRoutes tagRoutes {tags, nfc.actions()};
    ControlCommandHandler controlCommands {player};
    std::unique_ptr<InputDevice> controls; // GPIO, after listen
    OriginPolicy origins;
    Router router;
    StaticFiles staticFiles;
    SystemRoutes systemRoutes;
    HttpApi http;
    WebSocketGateway gateway; // after http: its sessions answer held polls while http is alive
    SystemdNotifier systemd;
    std::unique_ptr<AvahiAnnouncer> avahi; // after listen, when MDNS_ANNOUNCE is on

    Services(const Settings &settings, LogBuffer &logs, CompositionRoot &root)
        : playlists(database, settings.dataDir + u"/music"_s)
        , operations(clock, settings.operationDedupWindowSec)
        , snapshots(settings.volumeDefault, [this] { return state.currentSeq(); })
        , state({settings.outboxSizeLimit, 1000, settings.positionUpdateIntervalMs,
                 settings.positionThrottleMinMs},
                {&sequenceStore, &snapshots, &operations})
        , trashBin(settings.dataDir + u"/trash"_s, trashEntries, resumePoints, clock)
        , trash({settings.trashRetentionDays}, trashEntries, trashBin, trashRows, playlists, journal, clock)
        , demoLibrary(counters, playlists.musicDir(), settings.demoLibrary)
        , playlistRoutes(playlistService,
                         [this](std::function<void(Result<int>)> done) {
                             librarySync.sync([this, done](const LibrarySync::Summary &summary) {
                                 playlistNotifier.publishPlaylists(u"sync"_s);
                                 done(summary.playlistsCount);
                             });
                         })
        , uploads({settings.dataDir + u"/uploads"_s, settings.uploadMaxFileBytes, settings.uploadChunkSize,
                   settings.uploadSessionTtlSec, settings.uploadAllowedExtensions},
                  playlistService, clock)
        , downloader({settings.ytdlpPath, settings.dataDir + u"/downloads"_s}, playlistService)
        , youtubeSearch(settings.ytdlpPath)
        , restoreJournal(settings.dataDir)
        , backups({settings.dataDir, QStringLiteral(OMB_VERSION)}, database, clock)
        , restores({settings.dataDir, settings.uploadChunkSize, settings.uploadSessionTtlSec,
                    Database::schemaVersion},
                   restoreJournal, clock)
        , player(PlaybackController::Config::fromSettings(settings), playerLibrary, clock)
        , sleepTimer({.fadeMs = settings.sleepFadeSec * 1000}, player, clock)
        , trackProgress(player, state,
                        {settings.positionUpdateIntervalMs, settings.positionThrottleMinMs,
                         settings.positionFailureLimit, settings.positionBackoffMs})
        , playerRateLimit(clock, settings.rateLimitPlayerMax, settings.rateLimitPlayerWindowSec)
        , shutdownCommand(settings.shutdownCommand)
        , nfc(settings, playlistService, player, sleepTimer, tags, state, health, clock)
        , origins({settings.corsAllowedOrigins,
                   OriginPolicy::boxNamesFor(QHostInfo::localHostName(), settings.allowedHosts),
                   &QNetworkInterface::allAddresses})
        , router(
              operations, [this] { return state.currentSeq(); }, origins)
        , staticFiles(settings.webRoot)
        , systemRoutes(
              health, logs,
              {QDir(settings.dataDir).absolutePath(),
               staticFiles.root() == QLatin1String(StaticFiles::embeddedRoot) ? QString()
                                                                              : staticFiles.root(),
               state.epoch(), settings.audioDevice},
              {[this] { return librarySummary.toJson(); },
               [this] { return nfc.status().status().value(u"reader"_s).toObject(); }},
              [this] { return state.stats(); }, [&root] { Q_EMIT root.restartRequested(); })
        , http(router, origins,
               {settings.maxRequestBodyBytes(),
                settings.httpHeaderTimeoutMs,
                {settings.maxConnections, settings.maxConnectionsPerAddress}})
        , gateway(state, router, origins,
                  {settings.eioPingIntervalMs,
                   settings.eioPingTimeoutMs,
                   settings.eioMaxPayload,
                   settings.clientTimeoutSec,
                   {settings.clientSendBufferBytes, settings.outboxSizeLimit, settings.outboxRetryMax, 100}})
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

    const Result<bool> recovered = s.restoreJournal.recover();
    if (!recovered)
        return recovered.error().message;
    if (*recovered)
        qCInfo(lcApp) << "the library was restored from a backup";
    const QString databaseFile = m_settings.dataDir + u"/openmusicbox.db"_s;
    if (const Status opened = s.database.open(databaseFile); !opened)
        return u"cannot open the database %1: %2"_s.arg(databaseFile, opened.error().message);
    s.health.setReady(HealthStatus::Service::Database, true);
    s.state.restoreSequence(); // server_seq continues above everything a client may have seen
    if (const int finished = s.journal.replay(); finished > 0)
        qCInfo(lcLibrary) << "finished" << finished << "file operations a power cut had interrupted";
    s.trash.startDailyPurge(); // after the journal: a purge interrupted by a power cut is finished first
    // Before the library sync: half-assembled uploads and downloads of a killed run are never tracks.
    s.uploads.sweepLeftovers();
    s.downloader.sweepLeftovers();
    s.backups.sweepLeftovers();

    s.systemRoutes.registerOn(s.router);
    s.playlistRoutes.registerOn(s.router);
    s.searchRoutes.registerOn(s.router);
    s.playerRoutes.registerOn(s.router);
    s.settingsRoutes.registerOn(s.router);
    s.player.setGate(&s.parental);
    connect(&s.player, &PlaybackController::startBlocked, &s.parental, &ParentalGuard::announceRefusal);
    s.playerState.setListeningSource([&s] { return s.parental.listeningJson(); });
    connect(&s.parental, &ParentalGuard::changed, &s.playerState, &PlayerStateService::refresh);
    s.parental.start();
    // The idle shutdown hears of every kind of activity: client requests, the player, tags and buttons.
    s.idleShutdown.setIdleMinutes(s.parental.settings().idleShutdownMin);
    connect(&s.parental, &ParentalGuard::changed, &s.idleShutdown,
            [&s] { s.idleShutdown.setIdleMinutes(s.parental.settings().idleShutdownMin); });
    s.router.setApiRequestObserver([&s] { s.idleShutdown.noteActivity(); });
    connect(&s.state, &StateManager::clientActed, &s.idleShutdown, &IdleShutdown::noteActivity);
    connect(&s.player, &PlaybackController::changed, &s.idleShutdown,
            [&s] { s.idleShutdown.playerChanged(s.player.isPlaying()); });
    connect(&s.nfc.presence(), &TagPresence::tagPlaced, &s.idleShutdown, &IdleShutdown::noteActivity);
    s.nfcRoutes.registerOn(s.router);
    s.tagRoutes.registerOn(s.router);
    s.trashRoutes.registerOn(s.router);
    s.uploadRoutes.registerOn(s.router);
    s.youtubeRoutes.registerOn(s.router);
    s.backupRoutes.registerOn(s.router);
    // A committed restore is put in place by the next start; the answer goes out first.
    connect(&s.restores, &RestoreService::committed, this,
            [this] { QTimer::singleShot(500, this, &CompositionRoot::restartRequested); });
    connect(&s.playlistService, &PlaylistService::playlistAboutToBeRemoved, &s.uploads,
            &UploadService::cancelPlaylist);
    connect(&s.playlistService, &PlaylistService::playlistAboutToBeRemoved, &s.downloader,
            &YoutubeDownloader::cancelPlaylist);
    s.nfcRoutes.registerOperations(s.state);
    connect(&s.nfc.presence(), &TagPresence::tagPlaced, &s.nfc.presence(), [&s](const QString &tagId) {
        if (const Status used = s.tags.markUsed(tagId, s.clock.nowUtc()); !used)
            qCWarning(lcNfc).noquote()
                << "last use of tag" << tagId << "not recorded:" << used.error().message;
    });
    connect(&s.playlistService, &PlaylistService::playlistChanged, &s.player,
            &PlaybackController::onPlaylistChanged);
    // Tracks put back into the loaded playlist join its playable list.
    connect(&s.trash, &TrashService::restored, &s.player, [&s](const TrashService::Restored &restored) {
        s.player.onPlaylistChanged(restored.playlist.id);
    });
    // Unloaded before the playlist goes, so state:player precedes state:playlist_deleted (PROTOCOL.md §4.1).
    connect(&s.playlistService, &PlaylistService::playlistAboutToBeRemoved, &s.player,
            &PlaybackController::onPlaylistRemoved);
    s.state.setPositionStatsProvider([&s] { return s.trackProgress.stats(); });
    s.snapshots.hooks.playlists = [&s] { return s.playlistService.playlistsSnapshot(); };
    s.snapshots.hooks.playerState = [&s] { return s.playerState.playerState(); };
    s.snapshots.hooks.trackPosition = [&s] { return s.trackProgress.trackPosition(); };
    s.snapshots.hooks.playlist = [&s](const QString &id) -> std::optional<QJsonObject> {
        if (const std::optional<Playlist> playlist = s.playlists.find(id))
            return playlist->toJson();
        return std::nullopt;
    };
    s.snapshots.hooks.nfcStatus = [&s] { return s.nfc.status().status(); };
    s.gateway.registerRoutes();
    connect(&s.http, &HttpApi::webSocketRequested, &s.gateway, &WebSocketGateway::handleUpgrade);
    s.router.setFallback(
        [&s](const ApiRequest &request, ApiResponder respond) { respond(s.staticFiles.serve(request)); });

    if (!s.http.listen(QHostAddress(m_settings.bindAddress), quint16(m_settings.port)))
        return u"cannot listen on %1:%2: %3"_s.arg(m_settings.bindAddress)
            .arg(m_settings.port)
            .arg(s.http.errorString());
    s.health.setReady(HealthStatus::Service::WebSocket, true);
    s.state.startStatsLogging(5 * 60 * 1000);
    // The database is open and the port listens: systemd may start what depends on the box.
    s.systemd.notifyReady();
    if (m_settings.mdnsAnnounce) {
        s.avahi = std::make_unique<AvahiAnnouncer>(QDBusConnection::systemBus(),
                                                   announcedServices(m_settings, s.http.port()));
        s.avahi->start();
    }
    s.systemd.notifyStatus(PlayerStateService::summary(s.playerState.playerState()));
    connect(&s.player, &PlaybackController::changed, &s.systemd,
            [&s] { s.systemd.notifyStatus(PlayerStateService::summary(s.playerState.playerState())); });

    // Opening audio (GStreamer's plugin scan) takes tens of ms: after listen, so the first request is
    // answered.
    QTimer::singleShot(0, this, [&s, this] {
        s.audio = createAudioBackend(s);
        s.player.attachBackend(s.audio.get());
        auto updateAudioHealth = [&s] {
            s.health.setReady(HealthStatus::Service::Audio,
                              s.audio->isOutputReady() && !s.trackProgress.isCircuitOpen());
        };
        connect(s.audio.get(), &AudioBackend::outputReadyChanged, &s.health, updateAudioHealth);
        connect(&s.trackProgress, &TrackProgressService::circuitOpenChanged, &s.health, updateAudioHealth);
        updateAudioHealth();
    });
    // Devices after listening: a slow or missing reader never holds back the first answer.
    QTimer::singleShot(0, this, [&s, this] {
        s.nfc.start();
#ifdef OMB_HAVE_GPIOD
        auto controls = std::make_unique<GpiodInputDevice>(ControlsConfig::fromSettings(m_settings), s.clock);
        connect(controls.get(), &InputDevice::commandTriggered, &s.controlCommands,
                &ControlCommandHandler::execute);
        connect(controls.get(), &InputDevice::commandTriggered, &s.idleShutdown, &IdleShutdown::noteActivity);
        if (controls->start())
            s.controls = std::move(controls);
#endif
    });

    // The library sync reads the tags of new files on a worker thread, after listen, so it never holds the
    // first answer back. The demo library (first start only) is written before it, so the sync imports it.
    // Loudness is measured after every import, in the background.
    connect(&s.librarySync, &LibrarySync::finished, &s.loudnessScanner, &LoudnessScanner::scan);
    connect(&s.playlistService, &PlaylistService::playlistChanged, &s.loudnessScanner,
            &LoudnessScanner::scan);
    connect(&s.trash, &TrashService::restored, &s.loudnessScanner, &LoudnessScanner::scan);
    connect(&s.librarySync, &LibrarySync::finished, &s.player, [&s](const LibrarySync::Summary &summary) {
        for (const QString &id : summary.changedPlaylistIds)
            s.player.onPlaylistChanged(id);
        for (const QString &id : summary.removedPlaylistIds)
            s.player.onPlaylistRemoved(id);
    });
    connect(&s.demoLibrary, &DemoLibrary::finished, &s.librarySync, [&s] {
        s.librarySync.sync([&s](const LibrarySync::Summary &summary) {
            if (summary.changed())
                s.playlistNotifier.publishPlaylists(u"sync"_s);
        });
    });
    QTimer::singleShot(0, &s.demoLibrary, [&s] {
        QDir().mkpath(s.playlists.musicDir());
        s.demoLibrary.ensure();
    });
    return {};
}

std::unique_ptr<AudioBackend> CompositionRoot::createAudioBackend(Services &s) const
{
    if (m_settings.audioBackend != "gstreamer"_L1)
        return std::make_unique<QtAudioBackend>(m_settings.audioDevice);
    const LoudnessRepository::Mode mode
        = LoudnessRepository::modeFromSetting(m_settings.loudnessNormalization);
    return std::make_unique<GstAudioBackend>(m_settings.audioDevice, [&s, mode](const QString &filePath) {
        return s.loudness.gainDbForFile(filePath, mode);
    });
}

void CompositionRoot::shutdown()
{
    if (!m_services)
        return;
    qCInfo(lcApp) << "shutting down";
    m_services->gateway.closeAll();
    m_services->nfc.stop();
    m_services->player.saveResumePoint();
    m_services.reset();
}

void CompositionRoot::announceStopping()
{
    if (m_services)
        m_services->systemd.notifyStopping();
}

quint16 CompositionRoot::port() const
{
    return m_services ? m_services->http.port() : 0;
}

ScreenServices CompositionRoot::screenServices() const
{
    Services &s = *m_services;
    return {m_settings,           s.player,      s.trackProgress, s.playlistService, s.state,
            s.nfc.associations(), s.nfc.status()};
}

void CompositionRoot::applyReloadedSettings(const Settings &settings)
{
    Logging::applyLevel(settings.logLevel);
    m_settings.logLevel = settings.logLevel;
    qCInfo(lcApp) << "configuration reloaded; log level" << settings.logLevel;
}
