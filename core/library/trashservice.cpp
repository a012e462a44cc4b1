// SPDX-License-Identifier: GPL-3.0-or-later
#include "trashservice.h"

#include "common/clock.h"
#include "common/ids.h"
#include "common/timeformat.h"
#include "filejournal.h"
#include "filenamepolicy.h"
#include "playlistfolders.h"
#include "playlistrepository.h"
#include "system/logging.h"
#include "trashbin.h"
#include "trashrepository.h"
#include "trashrowrestorer.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int dayMs = 24 * 60 * 60 * 1000;

QString now()
{
    return TimeFormat::isoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace

TrashService::TrashService(Config config, TrashRepository &entries, TrashBin &bin, TrashRowRestorer &rows,
                           PlaylistRepository &playlists, FileJournal &journal, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_entries(entries)
    , m_bin(bin)
    , m_rows(rows)
    , m_playlists(playlists)
    , m_journal(journal)
    , m_clock(clock)
{
    m_purgeTimer.setInterval(dayMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &TrashService::purgeExpired);
}

Result<QList<TrashEntry>> TrashService::entries() const
{
    return m_entries.all();
}

QString TrashService::freeTitle(const QString &title) const
{
    QString candidate = title;
    for (int n = 2; m_rows.titleTaken(candidate); ++n)
        candidate = u"%1 (%2)"_s.arg(title).arg(n);
    return candidate;
}

Result<TrashService::Restored> TrashService::restore(const QString &entryId)
{
    const std::optional<TrashEntry> entry = m_entries.find(entryId);
    if (!entry)
        return ServiceError::notFound(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "trash_entry")),
                                      entryId);
    const Result<Restored> result
        = entry->kind == TrashEntry::Kind::Playlist ? restorePlaylist(*entry) : restoreTracks(*entry);
    if (!result)
        return result;
    // Empty once every file went back; a file that could not move stays, and so does the folder.
    QDir().rmdir(m_bin.entryDir(entryId));
    qCInfo(lcLibrary).noquote() << "restored from the trash:" << result->tracks.size() << "tracks into"
                                << result->playlist.title;
    Q_EMIT restored(*result);
    Q_EMIT entryRemoved(entryId, u"restored"_s);
    return result;
}

Result<TrashService::Restored> TrashService::restorePlaylist(const TrashEntry &entry)
{
    Restored result;
    result.entryId = entry.id;
    result.playlistCreated = true;
    Playlist playlist = entry.playlist;
    if (m_playlists.find(playlist.id))
        playlist.id = Ids::newUuid();
    playlist.title = freeTitle(entry.playlist.title);
    if (playlist.title != entry.playlist.title)
        result.titleBefore = entry.playlist.title;
    playlist.folder = PlaylistFolders::unique(m_playlists, playlist.title);
    playlist.playlistSeq += 2; // above the revision state:playlist_deleted carried
    playlist.updatedAt = now();
    const QString from = m_bin.entryDir(entry.id);
    QDir().mkpath(from); // so the playlist gets its folder even if the trash lost its files
    QList<Track> tracks;
    for (Track track : entry.tracks) {
        if (!track.isStream() && !QFileInfo::exists(from + u'/' + track.filename)) {
            qCWarning(lcLibrary).noquote() << "not restored, its file is gone:" << track.filename;
            continue;
        }
        if (m_rows.trackIdTaken(track.id))
            track.id = Ids::newUuid();
        tracks.append(track);
    }
    result.tagRestored = entry.playlist.nfcTagId && !m_rows.tagTaken(*entry.playlist.nfcTagId);
    result.tagTaken = entry.playlist.nfcTagId && !result.tagRestored;
    const bool resumes = entry.resumePoint
        && std::any_of(tracks.cbegin(), tracks.cend(),
                       [&](const Track &track) { return track.id == entry.resumePoint->trackId; });
    const Status status = m_journal.commit(
        [&]() -> Status {
            if (Status s = m_rows.insertPlaylist(playlist); !s)
                return s;
            for (const Track &track : std::as_const(tracks)) {
                if (Status s = m_rows.insertTrack(playlist.id, track); !s)
                    return s;
            }
            if (result.tagRestored) {
                if (Status s = m_rows.linkTag(*entry.playlist.nfcTagId, playlist.id); !s)
                    return s;
            }
            if (resumes) {
                if (Status s = m_rows.restoreResumePoint(playlist.id, *entry.resumePoint); !s)
                    return s;
            }
            return m_entries.remove(entry.id);
        },
        {{FileJournal::FileOp::Kind::Rename, from, m_playlists.musicDir() + u'/' + playlist.folder}});
    if (!status)
        return status.error();
    result.playlist = *m_playlists.find(playlist.id);
    result.tracks = result.playlist.tracks;
    return result;
}

Result<TrashService::Restored> TrashService::restoreTracks(const TrashEntry &entry)
{
    Restored result;
    result.entryId = entry.id;
    const std::optional<Playlist> existing = m_playlists.find(entry.playlist.id);
    Playlist into;
    if (existing) {
        into = *existing;
    } else {
        // Its playlist is gone (deleted too, maybe in the trash): one named after it is made.
        result.playlistCreated = true;
        into.id = Ids::newUuid();
        into.title = freeTitle(entry.playlist.title);
        if (into.title != entry.playlist.title)
            result.titleBefore = entry.playlist.title;
        into.folder = PlaylistFolders::unique(m_playlists, into.title);
        into.createdAt = into.updatedAt = now();
        into.description = u""_s;
        // The folder first: an empty folder left by a power cut is harmless, a row without its folder is not.
        if (!QDir().mkpath(m_playlists.musicDir() + u'/' + into.folder))
            return ServiceError::internal(
                u"restore"_s,
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "cannot create the folder %1"))
                    .arg(into.folder));
    }
    const QString folder = m_playlists.musicDir() + u'/' + into.folder;
    const QString from = m_bin.entryDir(entry.id);
    QSet<int> numbers;
    QSet<QString> names;
    for (const Track &track : std::as_const(into.tracks)) {
        numbers.insert(track.trackNumber);
        names.insert(track.filename);
    }
    QList<Track> tracks = entry.tracks;
    std::sort(tracks.begin(), tracks.end(),
              [](const Track &a, const Track &b) { return a.trackNumber < b.trackNumber; });
    QList<Track> restoring;
    QList<FileJournal::FileOp> moves;
    for (Track track : std::as_const(tracks)) {
        if (!track.isStream() && !QFileInfo::exists(from + u'/' + track.filename)) {
            qCWarning(lcLibrary).noquote() << "not restored, its file is gone:" << track.filename;
            continue;
        }
        if (numbers.contains(track.trackNumber))
            track.trackNumber
                = numbers.isEmpty() ? 1 : *std::max_element(numbers.cbegin(), numbers.cend()) + 1;
        numbers.insert(track.trackNumber);
        if (track.isStream()) {
            // No file to move; its placeholder name follows its id when it gets a new one.
            if (m_rows.trackIdTaken(track.id))
                track.id = Ids::newUuid();
            restoring.append(track);
            continue;
        }
        const QString name = FileNamePolicy::unique(track.filename, [&](const QString &candidate) {
            return names.contains(candidate) || QFileInfo::exists(folder + u'/' + candidate);
        });
        names.insert(name);
        moves.append({FileJournal::FileOp::Kind::Rename, from + u'/' + track.filename, folder + u'/' + name});
        if (name != track.filename)
            result.renamedFiles.append({track.id, track.filename, name});
        track.filename = name;
        if (m_rows.trackIdTaken(track.id))
            track.id = Ids::newUuid();
        restoring.append(track);
    }
    const Status status = m_journal.commit(
        [&]() -> Status {
            if (!existing) {
                if (Status s = m_rows.insertPlaylist(into); !s)
                    return s;
            }
            for (const Track &track : std::as_const(restoring)) {
                if (Status s = m_rows.insertTrack(into.id, track); !s)
                    return s;
            }
            if (existing && !restoring.isEmpty()) {
                // One revision per track, as if each were added (one state:track_added each).
                if (Status s = m_rows.bumpRevision(into.id, int(restoring.size())); !s)
                    return s;
            }
            return m_entries.remove(entry.id);
        },
        moves);
    if (!status)
        return status.error();
    result.playlist = *m_playlists.find(into.id);
    for (const Track &track : std::as_const(restoring)) {
        if (const Track *put = result.playlist.trackById(track.id))
            result.tracks.append(*put);
    }
    return result;
}

Status TrashService::removeEntry(const QString &entryId)
{
    return m_journal.commit([&] { return m_entries.remove(entryId); },
                            {{FileJournal::FileOp::Kind::Remove, m_bin.entryDir(entryId), {}}});
}

Status TrashService::deleteForever(const QString &entryId)
{
    const Status removed = removeEntry(entryId);
    if (!removed)
        return removed;
    qCInfo(lcLibrary).noquote() << "trash entry deleted for good:" << entryId;
    Q_EMIT entryRemoved(entryId, u"deleted"_s);
    return removed;
}

int TrashService::purgeExpired()
{
    const QString cutoff = TimeFormat::isoUtc(m_clock.nowUtc().addDays(-m_config.retentionDays));
    const Result<QStringList> expired = m_entries.deletedBefore(cutoff);
    if (!expired) {
        qCWarning(lcLibrary).noquote() << "trash purge:" << expired.error().message;
        return 0;
    }
    int purged = 0;
    for (const QString &id : *expired) {
        if (const Status removed = removeEntry(id); !removed) {
            qCWarning(lcLibrary).noquote() << "trash purge of" << id << ":" << removed.error().message;
            continue;
        }
        ++purged;
        Q_EMIT entryRemoved(id, u"expired"_s);
    }
    if (purged > 0)
        qCInfo(lcLibrary) << "purged" << purged << "trash entries older than" << m_config.retentionDays
                          << "days";
    return purged;
}

void TrashService::startDailyPurge()
{
    purgeExpired();
    m_purgeTimer.start();
}
