// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boxsnapshots.h"
#include "countersequencestore.h"

#include "backup/backupservice.h"
#include "backup/restorejournal.h"
#include "backup/restoreservice.h"
#include "common/systemclock.h"
#include "library/counterrepository.h"
#include "library/coverrepository.h"
#include "library/coverscanner.h"
#include "library/coverstore.h"
#include "library/database.h"
#include "library/demolibrary.h"
#include "library/filejournal.h"
#include "library/languagesetting.h"
#include "library/librarysummary.h"
#include "library/librarysync.h"
#include "library/loudnessanalyzer.h"
#include "library/loudnessrepository.h"
#include "library/loudnessscanner.h"
#include "library/parentalrepository.h"
#include "library/pinrepository.h"
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
#include "parental/parentauth.h"
#include "playback/chimes.h"
#include "playback/gstaudiobackend.h"
#include "playback/gstchimeoutput.h"
#include "playback/playbackcontroller.h"
#include "playback/playerstateservice.h"
#include "playback/repositoryplayerlibrary.h"
#include "playback/sleeptimer.h"
#include "playback/trackfailurenotifier.h"
#include "playback/trackprogressservice.h"
#include "realtime/operationtracker.h"
#include "realtime/playlistnotifier.h"
#include "realtime/statemanager.h"
#include "realtime/trashnotifier.h"
#include "server/authroutes.h"
#include "server/backuproutes.h"
#include "server/coverroutes.h"
#include "server/httpapi.h"
#include "server/nfcroutes.h"
#include "server/originpolicy.h"
#include "server/parentgate.h"
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
#include "system/boxtranslator.h"
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

#include <functional>
#include <memory>

class LogBuffer;
struct Settings;

// Every service of the box, owned by value and declared in construction order (destruction runs the other way
// round); built from the settings alone. The composition root connects them and starts them.
struct BoxServices
{
    BoxServices(const Settings &settings, LogBuffer &logs, std::function<void()> requestRestart);

    SystemClock clock; // the one clock of the box
    HealthStatus health;
    Database database;
    FileJournal journal {database};
    PlaylistRepository playlists;
    OperationTracker operations;
    CounterRepository counters {database};
    CounterSequenceStore sequenceStore {counters};
    BoxSnapshots snapshots;
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
    CoverStore covers;
    CoverRepository coverRepository {database, playlists.musicDir()};
    CoverScanner coverScanner;
    DemoLibrary demoLibrary;
    LibrarySummary librarySummary {database};
    PlaylistRoutes playlistRoutes;
    SearchRepository search {database};
    SearchRoutes searchRoutes {search};
    CoverRoutes coverRoutes {covers};
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
    TrackFailureNotifier trackFailures {player, state};
    TrackProgressService trackProgress;
    RateLimiter playerRateLimit;
    PlayerRoutes playerRoutes {player, playerState, sleepTimer, playerRateLimit};
    ParentalRepository parentalRepository {database};
    ParentalGuard parental {{}, parentalRepository, player, state, clock};
    LanguageSetting language;
    BoxTranslator translator; // the daemon's own words (error messages) in the box's language
    SettingsRoutes settingsRoutes {parental, playerState, language};
    PinRepository pins {database};
    ParentAuth parentAuth {{}, pins, clock};
    ParentGate parentGate {parentAuth};
    AuthRoutes authRoutes {parentAuth};
    ProcessShutdownCommand shutdownCommand;
    IdleShutdown idleShutdown {{}, shutdownCommand, clock};
    IdleShutdownNotifier idleShutdownNotifier {idleShutdown, state};
    GstChimeOutput chimeOutput; // beside either backend; GStreamer starts at the first chime
    Chimes chimes {chimeOutput, player, [this] { return parental.settings().soundsEnabled; }};
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
};
