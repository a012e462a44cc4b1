// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionroot.h"

#include "boxservices.h"
#include "library/database.h"
#include "playback/audiobackendplugin.h"
#include "pluginloader.h"
#include "system/logging.h"
#include "system/memoryrelease.h"

#include <QDBusConnection>
#include <QDir>
#include <QHostInfo>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr int statsLogIntervalMs = 5 * 60 * 1000;

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
    m_services = std::make_unique<BoxServices>(m_settings, m_logs, [this] { Q_EMIT restartRequested(); });
    BoxServices &s = *m_services;
    if (const QString error = openStorage(s); !error.isEmpty())
        return error;
    registerRoutes(s);
    connectServices(s);
    if (const QString error = listen(s); !error.isEmpty())
        return error;
    // GStreamer and its plugins load on a worker thread (about 40 ms), so the first requests are answered
    // meanwhile; the audio output is built after that, and the reader and the buttons start once it exists
    // (a tag on the box at power-on plays as soon as it is read).
    QtConcurrent::run(&GstAudioBackend::preload, m_settings.audioDevice).then(this, [&s, this] {
        startAudio(s);
        startInputs(s);
    });
    startLibrary(s);
    return {};
}

QString CompositionRoot::openStorage(BoxServices &s)
{
    const Result<bool> recovered = s.restoreJournal.recover();
    if (!recovered)
        return recovered.error().message;
    if (*recovered)
        qCInfo(lcApp) << "the library was restored from a backup";
    const QString databaseFile = m_settings.dataDir + u"/openmusicbox.db"_s;
    if (const Status opened = s.database.open(databaseFile); !opened)
        return u"cannot open the database %1: %2"_s.arg(databaseFile, opened.error().message);
    s.health.setReady(HealthStatus::Service::Database, true);
    s.parentAuth.load();
    s.state.restoreSequence(); // server_seq continues above everything a client may have seen
    if (const int finished = s.journal.replay(); finished > 0)
        qCInfo(lcLibrary) << "finished" << finished << "file operations a power cut had interrupted";
    s.trash.startDailyPurge(); // after the journal: a purge interrupted by a power cut is finished first
    // Before the library sync: half-assembled uploads and downloads of a killed run are never tracks.
    s.uploads.sweepLeftovers();
    s.downloader.sweepLeftovers();
    s.backups.sweepLeftovers();
    return {};
}

void CompositionRoot::registerRoutes(BoxServices &s)
{
    s.systemRoutes.registerOn(s.router);
    s.playlistRoutes.registerOn(s.router);
    s.searchRoutes.registerOn(s.router);
    s.coverRoutes.registerOn(s.router);
    s.playerRoutes.registerOn(s.router);
    s.settingsRoutes.registerOn(s.router);
    s.authRoutes.registerOn(s.router);
    s.nfcRoutes.registerOn(s.router);
    s.nfcRoutes.registerOperations(s.state);
    s.tagRoutes.registerOn(s.router);
    s.trashRoutes.registerOn(s.router);
    s.uploadRoutes.registerOn(s.router);
    s.youtubeRoutes.registerOn(s.router);
    s.backupRoutes.registerOn(s.router);
    s.gateway.registerRoutes();
    s.router.setFallback(
        [&s](const ApiRequest &request, ApiResponder respond) { respond(s.staticFiles.serve(request)); });
    // With a parents' PIN set, changes need the session cookie (PROTOCOL.md §4.10).
    s.router.setGate([&s](const ApiRequest &request, const QString &pattern) {
        return s.parentGate.checkRoute(request, pattern);
    });
    s.state.setOperationGate([&s](const RealtimeClient &client, const QString &event) {
        return s.parentGate.checkOperation(client, event);
    });
}

void CompositionRoot::connectServices(BoxServices &s)
{
    // The parents' rules over the player.
    s.player.setGate(&s.parental);
    connect(&s.player, &PlaybackController::startBlocked, &s.parental, &ParentalGuard::announceRefusal);
    s.playerState.setListeningSource([&s] { return s.parental.listeningJson(); });
    connect(&s.parental, &ParentalGuard::changed, &s.playerState, &PlayerStateService::refresh);
    s.parental.start();
    // The box's language: every page, the screen and the daemon's own messages follow a change, from wherever
    // it came.
    s.language.load();
    s.translator.apply(s.language.language());
    connect(&s.language, &LanguageSetting::languageChanged, &s.state, [&s](const QString &language) {
        s.translator.apply(language);
        s.state.publishFlat(u"system:language"_s, {{u"language"_s, language}}, Audience::global());
    });
    // The idle shutdown hears of every kind of activity: client requests, the player, tags and buttons.
    s.idleShutdown.setIdleMinutes(s.parental.settings().idleShutdownMin);
    connect(&s.parental, &ParentalGuard::changed, &s.idleShutdown,
            [&s] { s.idleShutdown.setIdleMinutes(s.parental.settings().idleShutdownMin); });
    s.router.setApiRequestObserver([&s] { s.idleShutdown.noteActivity(); });
    connect(&s.state, &StateManager::clientActed, &s.idleShutdown, &IdleShutdown::noteActivity);
    connect(&s.player, &PlaybackController::changed, &s.idleShutdown,
            [&s] { s.idleShutdown.playerChanged(s.player.isPlaying()); });
    connect(&s.nfc.presence(), &TagPresence::tagPlaced, &s.idleShutdown, &IdleShutdown::noteActivity);

    // A playlist that goes takes its uploads and downloads with it; the player unloads it first, so
    // state:player precedes state:playlist_deleted (PROTOCOL.md §4.1).
    connect(&s.playlistService, &PlaylistService::playlistAboutToBeRemoved, &s.uploads,
            &UploadService::cancelPlaylist);
    connect(&s.playlistService, &PlaylistService::playlistAboutToBeRemoved, &s.downloader,
            &YoutubeDownloader::cancelPlaylist);
    connect(&s.playlistService, &PlaylistService::playlistAboutToBeRemoved, &s.player,
            &PlaybackController::onPlaylistRemoved);
    connect(&s.playlistService, &PlaylistService::playlistChanged, &s.player,
            &PlaybackController::onPlaylistChanged);
    // Tracks put back into the loaded playlist join its playable list.
    connect(&s.trash, &TrashService::restored, &s.player, [&s](const TrashService::Restored &restored) {
        s.player.onPlaylistChanged(restored.playlist.id);
    });

    connect(&s.nfc.presence(), &TagPresence::tagPlaced, &s.nfc.presence(), [&s](const QString &tagId) {
        if (const Status used = s.tags.markUsed(tagId, s.clock.nowUtc()); !used)
            qCWarning(lcNfc).noquote()
                << "last use of tag" << tagId << "not recorded:" << used.error().message;
    });
    // A committed restore is put in place by the next start; the answer goes out first, and no change is
    // taken meanwhile (it would go into the library being replaced).
    connect(&s.restores, &RestoreService::committed, this, [this, &s] {
        s.router.refuseChangesUntilRestart();
        QTimer::singleShot(500, this, &CompositionRoot::restartRequested);
    });
    // Chimes: a tag the box does not know, a tag linked (page, screen or socket), a refused or ended play.
    connect(&s.nfc.playbackPolicy(), &TagPlaybackPolicy::unknownTagPlaced, &s.chimes,
            [&s] { s.chimes.play(Chime::UnknownTag); });
    connect(&s.nfc.associations(), &AssociationService::tagLinked, &s.chimes,
            [&s] { s.chimes.play(Chime::TagLinked); });
    connect(&s.parental, &ParentalGuard::playbackBlocked, &s.chimes, [&s] { s.chimes.play(Chime::Blocked); });
    // A chime's pipeline is built for it and dropped after it: a burst (the ready chime is the start's last).
    connect(&s.chimeOutput, &GstChimeOutput::finished, this, &CompositionRoot::releaseMemory);
    s.state.setPositionStatsProvider([&s] { return s.trackProgress.stats(); });
    connect(&s.http, &HttpApi::webSocketRequested, &s.gateway, &WebSocketGateway::handleUpgrade);
    connect(&s.player, &PlaybackController::changed, &s.systemd,
            [&s] { s.systemd.notifyStatus(PlayerStateService::summary(s.playerState.playerState())); });
}

QString CompositionRoot::listen(BoxServices &s)
{
    if (!s.http.listen(QHostAddress(m_settings.bindAddress), quint16(m_settings.port)))
        return u"cannot listen on %1:%2: %3"_s.arg(m_settings.bindAddress)
            .arg(m_settings.port)
            .arg(s.http.errorString());
    s.health.setReady(HealthStatus::Service::WebSocket, true);
    s.state.startStatsLogging(statsLogIntervalMs);
    // The database is open and the port listens: systemd may start what depends on the box.
    s.systemd.notifyReady();
    s.systemd.notifyStatus(PlayerStateService::summary(s.playerState.playerState()));
    if (m_settings.mdnsAnnounce) {
        s.avahi = std::make_unique<AvahiAnnouncer>(QDBusConnection::systemBus(),
                                                   announcedServices(m_settings, s.http.port()));
        s.avahi->start();
    }
    return {};
}

void CompositionRoot::startAudio(BoxServices &s)
{
    s.audio = createAudioBackend(s);
    s.player.attachBackend(s.audio.get());
    auto updateAudioHealth = [&s] {
        s.health.setReady(HealthStatus::Service::Audio,
                          s.audio->isOutputReady() && !s.trackProgress.isCircuitOpen());
    };
    connect(s.audio.get(), &AudioBackend::outputReadyChanged, &s.health, updateAudioHealth);
    connect(&s.trackProgress, &TrackProgressService::circuitOpenChanged, &s.health, updateAudioHealth);
    updateAudioHealth();
}

void CompositionRoot::startInputs(BoxServices &s)
{
    s.nfc.start();
#ifdef OMB_HAVE_GPIOD
    auto controls = std::make_unique<GpiodInputDevice>(ControlsConfig::fromSettings(m_settings), s.clock);
    connect(controls.get(), &InputDevice::commandTriggered, &s.controlCommands,
            &ControlCommandHandler::execute);
    connect(controls.get(), &InputDevice::commandTriggered, &s.idleShutdown, &IdleShutdown::noteActivity);
    if (controls->start())
        s.controls = std::move(controls);
#endif
}

// The library sync reads the tags of new files on a worker thread, after listen, so it never holds the first
// answer back. The demo library (first start only) is written before it, so the sync imports it. Loudness is
// measured after every import, in the background.
void CompositionRoot::startLibrary(BoxServices &s)
{
    connect(&s.librarySync, &LibrarySync::finished, this, &CompositionRoot::onLibrarySynced);
    // The box is ready once its library is: one chime after the first sync.
    connect(
        &s.librarySync, &LibrarySync::finished, &s.chimes, [&s] { s.chimes.play(Chime::Ready); },
        Qt::SingleShotConnection);
    connect(&s.playlistService, &PlaylistService::playlistChanged, &s.loudnessScanner,
            &LoudnessScanner::scan);
    connect(&s.trash, &TrashService::restored, &s.loudnessScanner, &LoudnessScanner::scan);
    connect(&s.playlistService, &PlaylistService::playlistChanged, &s.coverScanner, &CoverScanner::scan);
    connect(&s.trash, &TrashService::restored, &s.coverScanner, &CoverScanner::scan);
    connect(&s.coverScanner, &CoverScanner::coverChanged, &s.playlistService,
            &PlaylistService::announceCover);
    connect(&s.coverScanner, &CoverScanner::coverChanged, &s.player, &PlaybackController::onPlaylistChanged);
    connect(&s.demoLibrary, &DemoLibrary::finished, &s.librarySync, [&s] { s.librarySync.sync(); });
    QTimer::singleShot(0, &s.demoLibrary, [&s] {
        QDir().mkpath(s.playlists.musicDir());
        s.demoLibrary.ensure();
    });
}

// After a burst of work: what it freed, and the database pages it read, go back to the system.
void CompositionRoot::releaseMemory()
{
    m_services->database.releaseCache();
    MemoryRelease::afterBurst();
}

// Every sync, at start or asked for (POST /api/playlists/sync), ends here: what it changed reaches the
// player, the clients and the loudness scanner.
void CompositionRoot::onLibrarySynced(const LibrarySync::Summary &summary)
{
    BoxServices &s = *m_services;
    for (const QString &id : summary.changedPlaylistIds)
        s.player.onPlaylistChanged(id);
    for (const QString &id : summary.removedPlaylistIds)
        s.player.onPlaylistRemoved(id);
    if (summary.changed())
        s.playlistNotifier.publishPlaylists(u"sync"_s);
    else
        s.playlistService.playlistSummaries(); // built now, not by the first of a reconnect storm's joins
    releaseMemory(); // the sync's file list, freed on its worker thread, and the pages it read
    s.loudnessScanner.scan();
    // Once per start: pictures whose files went missing are looked for again, and every folder is looked at
    // (an image may have been added); later syncs only look at what is new.
    if (!m_coversRechecked) {
        m_coversRechecked = true;
        if (const Status rechecked = s.coverRepository.recheck(s.covers); !rechecked.ok())
            qCWarning(lcApp).noquote() << "covers not rechecked:" << rechecked.error().message;
        // The start's last burst: what the look at every folder freed on the workers goes back too.
        connect(&s.coverScanner, &CoverScanner::caughtUp, this, &CompositionRoot::releaseMemory,
                Qt::SingleShotConnection);
        s.coverScanner.recheckFolders();
    } else {
        s.coverScanner.scan();
    }
}

std::unique_ptr<AudioBackend> CompositionRoot::createAudioBackend(BoxServices &s) const
{
    if (m_settings.audioBackend != "gstreamer"_L1) {
        if (auto *plugin = PluginLoader().load<AudioBackendPlugin>(u"openmusicbox-qtaudio"_s))
            return plugin->createBackend(m_settings.audioDevice);
        qCWarning(lcApp) << "AUDIO_BACKEND=qt but its plugin is missing; playing through GStreamer";
    }
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
    BoxServices &s = *m_services;
    return {m_settings,           s.player,        s.trackProgress, s.playlistService, s.state,
            s.nfc.associations(), s.nfc.actions(), s.nfc.status(),  s.parentAuth,      s.language,
            s.idleShutdown};
}

void CompositionRoot::applyReloadedSettings(const Settings &settings)
{
    Logging::applyLevel(settings.logLevel);
    m_settings.logLevel = settings.logLevel;
    qCInfo(lcApp) << "configuration reloaded; log level" << settings.logLevel;
}
