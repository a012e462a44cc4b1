// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxservices.h"

#include "config/settings.h"
#include "system/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace {
// The cover tool is built next to the box and installed in the libexec dir (tools/cover); COVER_TOOL names
// another.
QString coverToolPath(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    const QString besideTheBox = QCoreApplication::applicationDirPath() + u"/openmusicbox-cover"_s;
    if (QFileInfo(besideTheBox).isExecutable())
        return besideTheBox;
    const QString installed = QStringLiteral(OMB_LIBEXEC_DIR) + u"/openmusicbox-cover"_s;
    if (QFileInfo(installed).isExecutable())
        return installed;
    qCWarning(lcApp) << "the cover tool openmusicbox-cover was not found: no cover art";
    return {};
}
} // namespace

BoxServices::BoxServices(const Settings &settings, LogBuffer &logs, std::function<void()> requestRestart)
    : playlists(database, settings.dataDir + u"/music"_s)
    , operations(clock, settings.operationDedupWindowSec)
    // Every hook reads a service declared further down: they are called once clients join, after listen.
    , snapshots({.playlists =
                     [this] {
                         const PlaylistJsonCache::List summaries = playlistService.playlistSummaries();
                         return SnapshotSource::PlaylistSummaries {summaries.json, summaries.count};
                     },
                 .playerState = [this] { return playerState.playerState(); },
                 .trackPosition = [this] { return trackProgress.trackPosition(); },
                 .playlist = [this](const QString &id) -> std::optional<QJsonObject> {
                     if (const std::optional<Playlist> playlist = playlists.find(id))
                         return playlist->toJson();
                     return std::nullopt;
                 },
                 .nfcStatus = [this] { return nfc.status().status(); }})
    , state({.outboxSizeLimit = settings.outboxSizeLimit,
             .positionIntervalMs = settings.positionUpdateIntervalMs,
             .positionThrottleMs = settings.positionThrottleMinMs},
            {.sequenceStore = &sequenceStore, .snapshots = &snapshots, .operations = &operations})
    , trashBin(settings.dataDir + u"/trash"_s, trashEntries, resumePoints, clock)
    , trash({.retentionDays = settings.trashRetentionDays}, trashEntries, trashBin, trashRows, playlists,
            journal, clock)
    , covers(CoverStore::folderIn(settings.dataDir))
    , coverScanner(coverRepository,
                   CoverImport(covers, CoverConverter({.program = coverToolPath(settings.coverTool)})))
    , demoLibrary(counters, playlists.musicDir(), settings.demoLibrary)
    , playlistRoutes(playlistService,
                     [this](std::function<void(Result<int>)> done) {
                         librarySync.sync(
                             [done](const LibrarySync::Summary &summary) { done(summary.playlistsCount); });
                     })
    , uploads({.stagingDir = settings.dataDir + u"/uploads"_s,
               .maxFileBytes = settings.uploadMaxFileBytes,
               .chunkSize = settings.uploadChunkSize,
               .ttlSec = settings.uploadSessionTtlSec,
               .allowedExtensions = settings.uploadAllowedExtensions},
              playlistService, clock)
    , downloader({.program = settings.ytdlpPath, .workDir = settings.dataDir + u"/downloads"_s},
                 playlistService)
    , youtubeSearch(settings.ytdlpPath)
    , restoreJournal(settings.dataDir)
    , backups({.dataDir = settings.dataDir, .boxVersion = QStringLiteral(OMB_VERSION)}, database, clock)
    , restores({.dataDir = settings.dataDir,
                .chunkSize = settings.uploadChunkSize,
                .ttlSec = settings.uploadSessionTtlSec,
                .newestSchema = Database::schemaVersion},
               restoreJournal, clock)
    , player(PlaybackController::Config::fromSettings(settings), playerLibrary, clock)
    , sleepTimer({.fadeMs = settings.sleepFadeSec * 1000}, player, clock)
    , trackProgress(player, state,
                    {.intervalMs = settings.positionUpdateIntervalMs,
                     .throttleMs = settings.positionThrottleMinMs,
                     .failureLimit = settings.positionFailureLimit,
                     .backoffMs = settings.positionBackoffMs})
    , playerRateLimit(clock, settings.rateLimitPlayerMax, settings.rateLimitPlayerWindowSec)
    , language(database, settings.language)
    , shutdownCommand(settings.shutdownCommand)
    // A sink name means something to GStreamer's sink only; with the Qt backend chimes use the default
    // output.
    , chimeOutput(settings.audioBackend == "gstreamer"_L1 ? settings.audioDevice : QString())
    , nfc(settings, playlistService, player, sleepTimer, tags, state, health, clock)
    , origins({.corsOrigins = settings.corsAllowedOrigins,
               .boxNames = OriginPolicy::boxNamesFor(QHostInfo::localHostName(), settings.allowedHosts),
               .addresses = &QNetworkInterface::allAddresses})
    , router(
          operations, [this] { return state.currentSeq(); }, origins)
    , staticFiles(settings.webRoot)
    , systemRoutes(
          health, logs,
          {.dataDir = QDir(settings.dataDir).absolutePath(),
           .webRoot
           = staticFiles.root() == QLatin1String(StaticFiles::embeddedRoot) ? QString() : staticFiles.root(),
           .epoch = state.epoch(),
           .audioOutput = settings.audioDevice},
          {.library = [this] { return librarySummary.toJson(); },
           .reader = [this] { return nfc.status().status().value(u"reader"_s).toObject(); }},
          [this] { return state.stats(); }, std::move(requestRestart))
    , http(router, origins,
           {.maxBodyBytes = settings.maxRequestBodyBytes(),
            .headerTimeoutMs = settings.httpHeaderTimeoutMs,
            .connections
            = {.total = settings.maxConnections, .perAddress = settings.maxConnectionsPerAddress}})
    , gateway(state, router, origins,
              {.pingIntervalMs = settings.eioPingIntervalMs,
               .pingTimeoutMs = settings.eioPingTimeoutMs,
               .maxPayload = settings.eioMaxPayload,
               .clientTimeoutSec = settings.clientTimeoutSec,
               .send = {.bufferBytes = settings.clientSendBufferBytes,
                        .maxQueued = settings.outboxSizeLimit,
                        .retryMax = settings.outboxRetryMax}})
{ }
