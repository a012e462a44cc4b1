// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadimporter.h"

#include "library/filenamepolicy.h"
#include "library/metadatareader.h"
#include "library/playlistservice.h"
#include "system/logging.h"
#include "ytdlp.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

ServiceError cancelledError()
{
    return {ErrorType::Conflict,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the download was cancelled")),
            {{u"reason"_s, u"cancelled"_s}}};
}

QStringList audioFiles(const QDir &dir, const QString &pattern)
{
    QStringList files;
    const QStringList names = dir.entryList({pattern}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (MetadataReader::isAudioFileName(name))
            files.append(dir.filePath(name));
    }
    return files;
}

// A playlist title made from a video title: one line, 1..255 characters.
QString playlistTitle(const QString &videoTitle)
{
    QString title;
    for (const QChar c : videoTitle.simplified())
        title += c.category() == QChar::Other_Control ? u' ' : c;
    title = title.simplified().left(255).trimmed();
    return title.isEmpty() ? u"YouTube download"_s : title;
}

template<typename T> void whenDone(QObject *context, QFuture<T> future, std::function<void(const T &)> then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace

DownloadImporter::DownloadImporter(PlaylistService &playlists, QObject *parent)
    : QObject(parent)
    , m_playlists(playlists)
{
    m_pool.setMaxThreadCount(1);
}

DownloadImporter::~DownloadImporter()
{
    for (const Job &job : std::as_const(m_jobs))
        job.cancelled->store(true);
    m_pool.waitForDone();
}

Result<DownloadImporter::Media> DownloadImporter::collect(const QString &workDir)
{
    const QDir dir(workDir);
    Media media;
    QJsonArray chapters;
    const QStringList infos = dir.entryList({u"*.info.json"_s}, QDir::Files, QDir::Name);
    if (!infos.isEmpty()) {
        QFile file(dir.filePath(infos.first()));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
            media.title = info.value(u"title"_s).toString();
            for (const auto *key : {"artist", "channel", "uploader"}) {
                media.uploader = info.value(QLatin1String(key)).toString();
                if (!media.uploader.isEmpty())
                    break;
            }
            chapters = info.value(u"chapters"_s).toArray();
        }
    }

    media.files = audioFiles(QDir(dir.filePath(Ytdlp::chapterFolder.toString())), u"*"_s);
    if (!media.files.isEmpty()) {
        for (const QString &path : std::as_const(media.files)) {
            // Chapter files are named by their 1-based section number.
            const QString stem = QFileInfo(path).completeBaseName();
            const int number = stem.toInt();
            const QString chapterTitle = number >= 1 && number <= chapters.size()
                ? chapters.at(number - 1).toObject().value(u"title"_s).toString().trimmed()
                : QString();
            media.titles.append(chapterTitle.isEmpty() ? u"%1 (%2)"_s.arg(media.title, stem) : chapterTitle);
        }
    } else {
        media.files = audioFiles(dir, Ytdlp::mainStem.toString() + u".*"_s);
        for (qsizetype i = 0; i < media.files.size(); ++i)
            media.titles.append(media.title);
    }
    if (media.files.isEmpty())
        return ServiceError::internal(
            u"download"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "yt-dlp finished without an audio file")));
    return media;
}

void DownloadImporter::start(const QString &taskId, const QString &workDir,
                             const std::optional<QString> &playlistId, Callback done)
{
    Job job {taskId, playlistId, std::move(done), std::make_shared<std::atomic_bool>(false), {}, {}};
    m_jobs.insert(taskId, job);
    whenDone<Result<Media>>(this, QtConcurrent::run(&m_pool, [workDir] { return collect(workDir); }),
                            [this, taskId](const Result<Media> &media) { collected(taskId, media); });
}

void DownloadImporter::cancel(const QString &taskId)
{
    const auto it = m_jobs.constFind(taskId);
    if (it != m_jobs.constEnd())
        it->cancelled->store(true);
}

void DownloadImporter::collected(const QString &taskId, const Result<Media> &media)
{
    Job &job = m_jobs[taskId];
    if (*job.cancelled)
        return finish(taskId, cancelledError());
    if (!media)
        return finish(taskId, media.error());
    job.media = *media;

    std::optional<Playlist> playlist;
    if (job.playlistId) {
        playlist = m_playlists.repository().find(*job.playlistId);
        if (!playlist)
            return finish(
                taskId,
                ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                       *job.playlistId));
    } else {
        const Result<Playlist> created = m_playlists.create(playlistTitle(media->title), QString());
        if (!created)
            return finish(taskId, created.error());
        playlist = *created;
        job.outcome.createdPlaylist = true;
    }
    job.outcome.playlistId = playlist->id;

    QList<AudioPlacer::Job> placements;
    for (qsizetype i = 0; i < media->files.size(); ++i) {
        AudioPlacer::Job placement;
        placement.sources = {media->files.at(i)};
        placement.folder = m_playlists.folderPath(*playlist);
        placement.fileName
            = FileNamePolicy::fromTitle(media->titles.at(i), FileNamePolicy::extension(media->files.at(i)));
        placement.token = taskId + u'-' + QString::number(i);
        placements.append(placement);
    }
    const std::shared_ptr<std::atomic_bool> cancelled = job.cancelled;
    whenDone<Result<QList<AudioPlacer::Placed>>>(
        this,
        QtConcurrent::run(&m_pool,
                          [placements, cancelled]() -> Result<QList<AudioPlacer::Placed>> {
                              QList<AudioPlacer::Placed> done;
                              for (const AudioPlacer::Job &placement : placements) {
                                  const Result<AudioPlacer::Placed> one
                                      = AudioPlacer::place(placement, *cancelled);
                                  if (!one) {
                                      for (const AudioPlacer::Placed &file : std::as_const(done))
                                          QFile::remove(file.filePath);
                                      return one.error();
                                  }
                                  done.append(*one);
                              }
                              return done;
                          }),
        [this, taskId](const Result<QList<AudioPlacer::Placed>> &result) { placed(taskId, result); });
}

void DownloadImporter::placed(const QString &taskId, const Result<QList<AudioPlacer::Placed>> &result)
{
    Job &job = m_jobs[taskId];
    if (!result)
        return finish(taskId, result.error());
    const QList<AudioPlacer::Placed> &files = *result;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (*job.cancelled) {
            for (qsizetype j = i; j < files.size(); ++j)
                QFile::remove(files.at(j).filePath);
            return finish(taskId, cancelledError());
        }
        const MetadataReader::AudioMetadata &tags = files.at(i).metadata;
        PlaylistRepository::NewTrack track;
        track.title = job.media.titles.at(i).trimmed();
        if (track.title.isEmpty())
            track.title = tags.title.value_or(QFileInfo(files.at(i).fileName).completeBaseName());
        track.filename = files.at(i).fileName;
        track.durationMs = tags.durationMs;
        track.artist = tags.artist
            ? tags.artist
            : (job.media.uploader.isEmpty() ? std::nullopt : std::optional<QString>(job.media.uploader));
        track.album = tags.album
            ? tags.album
            : (files.size() > 1 && !job.media.title.isEmpty() ? std::optional<QString>(job.media.title)
                                                              : std::nullopt);
        track.hasCover = tags.hasCover;
        const Result<Track> imported
            = m_playlists.importTrack(job.outcome.playlistId, track, files.at(i).filePath);
        if (!imported) {
            for (qsizetype j = i; j < files.size(); ++j)
                QFile::remove(files.at(j).filePath);
            return finish(taskId, imported.error());
        }
        job.outcome.tracks.append(*imported);
    }
    finish(taskId, job.outcome);
}

void DownloadImporter::finish(const QString &taskId, const Result<Outcome> &result)
{
    const Job job = m_jobs.take(taskId);
    // A playlist made for this download and left empty by a failure would only confuse: it goes too.
    if (!result && job.outcome.createdPlaylist && job.outcome.tracks.isEmpty()) {
        qCInfo(lcDownload).noquote() << "removing the empty playlist of failed download" << taskId;
        m_playlists.remove(job.outcome.playlistId);
    }
    job.done(result);
}
