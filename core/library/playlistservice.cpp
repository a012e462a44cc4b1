// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistservice.h"

#include "common/jsonvalues.h"
#include "filejournal.h"
#include "filenamepolicy.h"
#include "playlistfolders.h"
#include "system/logging.h"
#include "trashbin.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

PlaylistService::PlaylistService(PlaylistRepository &repository, FileJournal &journal, TrashBin &trash,
                                 TrackDetailsRepository &trackDetails, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_journal(journal)
    , m_trash(trash)
    , m_trackDetails(trackDetails)
    , m_json(repository.listing())
{ }

QString PlaylistService::folderPath(const Playlist &playlist) const
{
    return m_repository.musicDir() + u'/' + playlist.folder;
}

Result<Playlist> PlaylistService::create(const QString &title, const QString &description)
{
    const QString folder = PlaylistFolders::unique(m_repository, title);
    // The folder comes first: an empty folder left by a kill is harmless, a row without its folder is not.
    if (!QDir().mkpath(m_repository.musicDir() + u'/' + folder))
        return ServiceError::internal(
            u"create playlist"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the folder %1")).arg(folder));
    const auto created = m_repository.create(title, description, folder);
    if (!created)
        return created;
    qCInfo(lcLibrary).noquote() << "playlist created:" << title;
    Q_EMIT playlistCreated(*created);
    return created;
}

Result<Playlist> PlaylistService::update(const QString &playlistId, const PlaylistRepository::Edit &edit)
{
    const auto current = m_repository.find(playlistId);
    if (!current)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    PlaylistRepository::Edit change = edit;
    change.folder.reset();
    QList<FileJournal::FileOp> moves;
    if (edit.title && *edit.title != current->title) {
        const QString newFolder = PlaylistFolders::unique(m_repository, *edit.title, current->folder);
        if (newFolder != current->folder) {
            change.folder = newFolder;
            moves.append({FileJournal::FileOp::Kind::Rename, folderPath(*current),
                          m_repository.musicDir() + u'/' + newFolder});
        }
    }
    Result<Playlist> updated = ServiceError::internal(u"update playlist"_s, u"not run"_s);
    const Status status = m_journal.commit(
        [&]() -> Status {
            updated = m_repository.update(playlistId, change);
            return updated ? Status(Done {}) : Status(updated.error());
        },
        moves);
    if (!status)
        return status.error();
    QJsonObject updates;
    if (edit.title)
        updates.insert(u"title"_s, updated->title);
    if (edit.description)
        updates.insert(u"description"_s, updated->description);
    if (edit.maxVolume)
        updates.insert(u"max_volume"_s, orNull(updated->maxVolume));
    if (edit.startVolume)
        updates.insert(u"start_volume"_s, orNull(updated->startVolume));
    Q_EMIT playlistUpdated(*updated, updates);
    Q_EMIT playlistChanged(playlistId);
    return updated;
}

void PlaylistService::announceCover(const QString &playlistId)
{
    const std::optional<Playlist> playlist = m_repository.find(playlistId);
    if (!playlist)
        return;
    Q_EMIT playlistUpdated(*playlist, {{u"cover_url"_s, playlist->toSummaryJson().value(u"cover_url"_s)}});
}

Result<QString> PlaylistService::remove(const QString &playlistId)
{
    const auto current = m_repository.find(playlistId);
    if (!current)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    // The player unloads, NFC sessions and uploads of this playlist are cancelled before it goes.
    Q_EMIT playlistAboutToBeRemoved(playlistId);
    // Read after the player saved where it was: the resume point goes into the trash with the playlist.
    const TrashBin::Staged staged = m_trash.stagePlaylist(*current, folderPath(*current));
    const Status status = m_journal.commit(
        [&]() -> Status {
            const Status removed = m_repository.remove(playlistId);
            return removed ? m_trash.record(staged.entry) : removed;
        },
        staged.moves);
    if (!status)
        return status.error();
    qCInfo(lcLibrary).noquote() << "playlist moved to the trash:" << current->title;
    Q_EMIT playlistDeleted(playlistId, current->playlistSeq + 1);
    Q_EMIT movedToTrash(staged.entry);
    return staged.entry.id;
}

Result<Playlist> PlaylistService::reorder(const QString &playlistId, const QStringList &trackIdsInOrder)
{
    const auto reordered = m_repository.reorder(playlistId, trackIdsInOrder);
    if (!reordered)
        return reordered;
    QJsonArray order;
    for (const Track &track : reordered->tracks)
        order.append(track.id);
    Q_EMIT playlistUpdated(*reordered, {{u"track_order"_s, order}});
    Q_EMIT playlistChanged(playlistId);
    return reordered;
}

Result<PlaylistService::DeleteResult> PlaylistService::deleteTracks(const QString &playlistId,
                                                                    const QList<int> &trackNumbers)
{
    const auto current = m_repository.find(playlistId);
    if (!current)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    DeleteResult result;
    QList<Track> deletedTracks;
    QStringList deletedIds;
    for (int number : trackNumbers) {
        const Track *track = current->trackByNumber(number);
        if (!track) {
            if (!result.missing.contains(number))
                result.missing.append(number);
            continue;
        }
        if (result.deleted.contains(number))
            continue;
        result.deleted.append(number);
        deletedIds.append(track->id);
        deletedTracks.append(*track);
    }
    Result<Playlist> updated = *current;
    if (!result.deleted.isEmpty()) {
        const TrashBin::Staged staged = m_trash.stageTracks(*current, deletedTracks);
        const Status status = m_journal.commit(
            [&]() -> Status {
                updated = m_repository.removeTracks(playlistId, result.deleted);
                return updated ? m_trash.record(staged.entry) : Status(updated.error());
            },
            staged.moves);
        if (!status)
            return status.error();
        result.trashEntryId = staged.entry.id;
        Q_EMIT tracksDeleted(*updated, result.deleted, deletedIds);
        Q_EMIT movedToTrash(staged.entry);
        Q_EMIT playlistChanged(playlistId);
    }
    result.playlist = *updated;
    return result;
}

Result<PlaylistService::TrackEditResult> PlaylistService::editTrack(const QString &playlistId,
                                                                    const QString &trackId,
                                                                    const TrackDetailsRepository::Edit &edit)
{
    if (!m_repository.find(playlistId))
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    if (const Status updated = m_trackDetails.update(playlistId, trackId, edit); !updated)
        return updated.error();
    const auto playlist = m_repository.find(playlistId);
    const Track *track = playlist ? playlist->trackById(trackId) : nullptr;
    if (!track)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track")), trackId);
    QJsonObject updates;
    if (edit.title)
        updates.insert(u"title"_s, track->title);
    if (edit.artist)
        updates.insert(u"artist"_s,
                       track->artist ? QJsonValue(*track->artist) : QJsonValue(QJsonValue::Null));
    if (edit.album)
        updates.insert(u"album"_s, track->album ? QJsonValue(*track->album) : QJsonValue(QJsonValue::Null));
    qCInfo(lcLibrary).noquote() << "track edited:" << track->title << "in" << playlist->title;
    const TrackEditResult result {*playlist, *track};
    Q_EMIT trackUpdated(result.playlist, result.track, updates);
    Q_EMIT playlistChanged(playlistId);
    return result;
}

Result<PlaylistService::MoveResult> PlaylistService::moveTrack(const QString &sourcePlaylistId,
                                                               const QString &trackId,
                                                               const QString &targetPlaylistId,
                                                               std::optional<int> targetPosition)
{
    const auto source = m_repository.find(sourcePlaylistId);
    if (!source)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      sourcePlaylistId);
    const auto target = m_repository.find(targetPlaylistId);
    if (!target)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      targetPlaylistId);
    const Track *track = source->trackById(trackId);
    if (!track)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "track")), trackId);
    const int position
        = std::clamp(targetPosition.value_or(target->maxTrackNumber() + 1), 1, target->maxTrackNumber() + 1);
    const QString targetFolder = folderPath(*target);
    const QString filename = track->isStream()
        ? track->filename
        : FileNamePolicy::unique(track->filename, [&](const QString &name) {
              return QFileInfo::exists(targetFolder + u'/' + name);
          });
    const Track before = *track;
    QList<FileJournal::FileOp> moves;
    if (!before.isStream())
        moves.append({FileJournal::FileOp::Kind::Rename, before.filePath, targetFolder + u'/' + filename});
    Result<Track> moved = ServiceError::internal(u"move track"_s, u"not run"_s);
    const Status status = m_journal.commit(
        [&]() -> Status {
            moved = m_repository.moveTrack(trackId, targetPlaylistId, position, filename);
            return moved ? Status(Done {}) : Status(moved.error());
        },
        moves);
    if (!status)
        return status.error();

    MoveResult result {*moved, *m_repository.find(sourcePlaylistId), *m_repository.find(targetPlaylistId)};
    Q_EMIT tracksDeleted(result.source, {before.trackNumber}, {trackId});
    Q_EMIT trackAdded(result.target, result.track);
    Q_EMIT playlistChanged(sourcePlaylistId);
    Q_EMIT playlistChanged(targetPlaylistId);
    return result;
}

Result<Track> PlaylistService::importTrack(const QString &playlistId,
                                           const PlaylistRepository::NewTrack &newTrack,
                                           const QString &preparedPath,
                                           const std::function<void(const Track &)> &announce)
{
    auto playlist = m_repository.find(playlistId);
    if (!playlist)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    const QString folder = folderPath(*playlist);
    PlaylistRepository::NewTrack named = newTrack;
    named.filename = FileNamePolicy::unique(newTrack.filename, [&](const QString &name) {
        return std::any_of(playlist->tracks.cbegin(), playlist->tracks.cend(),
                           [&name](const Track &track) { return track.filename == name; })
            || QFileInfo::exists(folder + u'/' + name);
    });
    Result<Track> added = ServiceError::internal(u"import track"_s, u"not run"_s);
    const Status status = m_journal.commit(
        [&]() -> Status {
            added = m_repository.addTrack(playlistId, named);
            return added ? Status(Done {}) : Status(added.error());
        },
        {{FileJournal::FileOp::Kind::Rename, preparedPath, folder + u'/' + named.filename}});
    if (!status)
        return status.error();
    if (announce)
        announce(*added);
    playlist = m_repository.find(playlistId);
    Q_EMIT trackAdded(*playlist, *added);
    Q_EMIT playlistChanged(playlistId);
    return added;
}

Result<Track> PlaylistService::addStream(const QString &playlistId, const QString &url, const QString &title)
{
    if (!m_repository.find(playlistId))
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    PlaylistRepository::NewTrack stream;
    stream.title = title.isEmpty() ? QUrl(url).host() : title;
    stream.streamUrl = url;
    const auto added = m_repository.addTrack(playlistId, stream);
    if (!added)
        return added;
    qCInfo(lcLibrary).noquote() << "stream added:" << stream.title << url;
    Q_EMIT trackAdded(*m_repository.find(playlistId), *added);
    Q_EMIT playlistChanged(playlistId);
    return added;
}

Result<PlaylistService::TagChange> PlaylistService::assignTag(const QString &playlistId, const QString &tagId)
{
    const auto target = m_repository.find(playlistId);
    if (!target)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "playlist")),
                                      playlistId);
    TagChange change {tagId, playlistId, target->title, std::nullopt, false};
    if (target->nfcTagId == tagId)
        return change; // a playlist's own tag: nothing changes
    const auto previous = m_repository.assignTag(playlistId, tagId);
    if (!previous)
        return previous.error();
    change.previousPlaylistId = *previous;
    change.changed = true;
    if (*previous) {
        if (const auto old = m_repository.find(**previous))
            Q_EMIT playlistUpdated(*old, {{u"nfc_tag_id"_s, QJsonValue::Null}});
    }
    if (const auto updated = m_repository.find(playlistId))
        Q_EMIT playlistUpdated(*updated, {{u"nfc_tag_id"_s, tagId}});
    return change;
}

Result<PlaylistService::TagChange> PlaylistService::releaseTag(const QString &tagId)
{
    const auto owner = m_repository.releaseTag(tagId);
    if (!owner)
        return owner.error();
    const auto playlist = m_repository.find(*owner);
    if (playlist)
        Q_EMIT playlistUpdated(*playlist, {{u"nfc_tag_id"_s, QJsonValue::Null}});
    return TagChange {tagId, *owner, playlist ? playlist->title : QString(), std::nullopt, true};
}

PlaylistJsonCache::List PlaylistService::playlistSummaries() const
{
    auto summaries = m_json.summaries();
    if (!summaries) {
        qCWarning(lcLibrary).noquote() << "playlist summaries:" << summaries.error().message;
        return {"[]", 0, 0};
    }
    return *summaries;
}

QJsonObject PlaylistService::playlistsSnapshot() const
{
    const QJsonArray summaries = QJsonDocument::fromJson(playlistSummaries().json).array();
    return {{u"playlists"_s, summaries}, {u"total"_s, summaries.size()}};
}

Result<PlaylistJsonCache::List> PlaylistService::playlistsPage(int page, int limit) const
{
    return m_json.page(page, limit);
}
