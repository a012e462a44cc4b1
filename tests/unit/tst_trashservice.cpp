// SPDX-License-Identifier: GPL-3.0-or-later
// The trash on a real library (SQLite file, music and trash folders): deleting a playlist or tracks moves the
// rows, files, tag link and resume point there; restoring puts them back, renaming what is taken and never
// overwriting; deleting for good and the purge of expired entries remove the files; a power cut between the
// commit and the file moves is finished by the journal at the next start. Checked through the events the
// pages get.

#include "library/audioplacer.h"
#include "library/filenamepolicy.h"
#include "library/trashrowrestorer.h"
#include "library/trashservice.h"
#include "playlistharness.h"
#include "realtime/trashnotifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
constexpr qint64 startMs = 1767225600000; // 2026-01-01
} // namespace

class tst_TrashService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deletedPlaylistGoesToTheTrash();
    void restoredPlaylistComesBackWhole();
    void restoringIntoATakenTitleRenames();
    void aTagTakenMeanwhileStaysWithItsNewPlaylist();
    void deletedTracksComeBack();
    void restoredTracksGetFreeNumbersAndNames();
    void tracksWhosePlaylistIsGoneGetANewOne();
    void deleteForeverRemovesTheFiles();
    void unknownEntryIsNotFound();
    void purgeRemovesOnlyExpiredEntries();
    void powerCutAfterTheCommitIsFinishedAtStart();

private:
    QString addTrack(const QString &playlistId, const QString &filename, const QByteArray &bytes = "audio");
    QString onlyEntryId();
    QByteArray read(const QString &path);

    std::unique_ptr<PlaylistHarness> m_harness;
    std::unique_ptr<TrashRowRestorer> m_rows;
    std::unique_ptr<TrashService> m_trash;
    std::unique_ptr<TrashNotifier> m_notifier;
    QString m_playlist;
};

void tst_TrashService::init()
{
    m_harness = std::make_unique<PlaylistHarness>();
    QVERIFY(m_harness->isValid());
    m_harness->clock.set(startMs);
    m_rows = std::make_unique<TrashRowRestorer>(m_harness->database());
    m_trash = std::make_unique<TrashService>(TrashService::Config {30}, m_harness->trashEntries(),
                                             m_harness->trashBin(), *m_rows, m_harness->repository(),
                                             m_harness->journal(), m_harness->clock);
    m_notifier = std::make_unique<TrashNotifier>(m_harness->playlists(), *m_trash, m_harness->state);
    m_playlist = m_harness->createPlaylist(u"Bedtime"_s);
    QVERIFY(!m_playlist.isEmpty());
    addTrack(m_playlist, u"owl.mp3"_s, "owl");
    addTrack(m_playlist, u"moon.mp3"_s, "moon");
    m_harness->clearEvents();
}

void tst_TrashService::cleanup()
{
    m_notifier.reset();
    m_trash.reset();
    m_rows.reset();
    m_harness.reset();
}

QString tst_TrashService::addTrack(const QString &playlistId, const QString &filename,
                                   const QByteArray &bytes)
{
    const QString prepared = m_harness->folderOf(playlistId) + u'/'
        + AudioPlacer::partialName(filename, FileNamePolicy::extension(filename));
    QFile file(prepared);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    PlaylistRepository::NewTrack track;
    track.title = filename.section(u'.', 0, 0);
    track.filename = filename;
    track.durationMs = 1000;
    track.artist = u"Artist"_s;
    const auto added = m_harness->playlists().importTrack(playlistId, track, prepared);
    return added ? added->id : QString();
}

QString tst_TrashService::onlyEntryId()
{
    const auto entries = m_trash->entries();
    if (!entries || entries->size() != 1)
        return {};
    return entries->first().id;
}

QByteArray tst_TrashService::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_TrashService::deletedPlaylistGoesToTheTrash()
{
    m_harness->giveTag(m_playlist, u"04a1b2c3d4e5f6"_s);
    const auto before = m_harness->repository().find(m_playlist);
    QVERIFY(m_harness->resumePoints().save(m_playlist, before->tracks[1].id, 42000, startMs).ok());
    const QString folder = m_harness->folderOf(m_playlist);

    const auto removed = m_harness->playlists().remove(m_playlist);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, onlyEntryId());
    QVERIFY(!QDir(folder).exists());
    QVERIFY(!m_harness->repository().find(m_playlist));
    const QString kept = m_harness->trashBin().entryDir(*removed);
    QCOMPARE(PlaylistHarness::filesIn(kept), QStringList({u"moon.mp3"_s, u"owl.mp3"_s}));
    QCOMPARE(read(kept + u"/owl.mp3"_s), QByteArray("owl"));

    QCOMPARE(m_harness->eventNames(), QStringList({u"state:playlist_deleted"_s, u"state:trash_added"_s}));
    const QJsonObject entry
        = m_harness->eventsNamed(u"state:trash_added"_s).first().payload[u"data"_s][u"entry"_s].toObject();
    QCOMPARE(entry[u"id"_s].toString(), *removed);
    QCOMPARE(entry[u"kind"_s].toString(), u"playlist"_s);
    QCOMPARE(entry[u"playlist_id"_s].toString(), m_playlist);
    QCOMPARE(entry[u"playlist_title"_s].toString(), u"Bedtime"_s);
    QCOMPARE(entry[u"nfc_tag_id"_s].toString(), u"04a1b2c3d4e5f6"_s);
    QCOMPARE(entry[u"track_count"_s].toInt(), 2);
    QCOMPARE(entry[u"total_duration_ms"_s].toInteger(), 2000);
    QCOMPARE(entry[u"deleted_at"_s].toString(), u"2026-01-01T00:00:00.000Z"_s);
    QCOMPARE(entry[u"expires_at"_s].toString(), u"2026-01-31T00:00:00.000Z"_s);
}

void tst_TrashService::restoredPlaylistComesBackWhole()
{
    m_harness->giveTag(m_playlist, u"04a1b2c3d4e5f6"_s);
    const auto before = *m_harness->repository().find(m_playlist);
    QVERIFY(m_harness->repository().incrementPlayCount(before.tracks[0].id).ok());
    QVERIFY(m_harness->resumePoints().save(m_playlist, before.tracks[1].id, 42000, startMs).ok());
    const auto removed = m_harness->playlists().remove(m_playlist);
    QVERIFY(removed.ok());
    m_harness->clearEvents();

    const auto restored = m_trash->restore(*removed);
    QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
    QVERIFY(restored->playlistCreated);
    QVERIFY(!restored->titleBefore);
    QVERIFY(restored->tagRestored);
    QVERIFY(!restored->tagTaken);
    const auto after = m_harness->repository().find(m_playlist);
    QVERIFY(after);
    QCOMPARE(after->title, u"Bedtime"_s);
    QCOMPARE(after->folder, before.folder);
    QCOMPARE(after->nfcTagId, std::optional<QString>(u"04a1b2c3d4e5f6"_s));
    QCOMPARE(after->createdAt, before.createdAt);
    QVERIFY(after->playlistSeq > before.playlistSeq + 1); // above the revision of state:playlist_deleted
    QCOMPARE(after->tracks.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after->tracks[i].id, before.tracks[i].id);
        QCOMPARE(after->tracks[i].trackNumber, before.tracks[i].trackNumber);
        QCOMPARE(after->tracks[i].filename, before.tracks[i].filename);
        QCOMPARE(after->tracks[i].artist, before.tracks[i].artist);
        QVERIFY(QFile::exists(after->tracks[i].filePath));
    }
    QCOMPARE(after->tracks[0].playCount, 1);
    QCOMPARE(read(after->tracks[0].filePath), QByteArray("owl"));
    const auto point = m_harness->resumePoints().find(m_playlist);
    QVERIFY(point);
    QCOMPARE(point->trackId, before.tracks[1].id);
    QCOMPARE(point->positionMs, 42000);

    QVERIFY(!QDir(m_harness->trashBin().entryDir(*removed)).exists());
    QVERIFY(m_trash->entries()->isEmpty());
    QCOMPARE(m_harness->eventNames(), QStringList({u"state:playlist_created"_s, u"state:trash_removed"_s}));
    const auto created = m_harness->eventsNamed(u"state:playlist_created"_s).first().payload;
    QCOMPARE(created[u"playlist_seq"_s].toInteger(), after->playlistSeq);
    QCOMPARE(created[u"data"_s][u"playlist"_s][u"tracks"_s].toArray().size(), 2);
    const auto gone = m_harness->eventsNamed(u"state:trash_removed"_s).first().payload[u"data"_s].toObject();
    QCOMPARE(gone[u"entry_id"_s].toString(), *removed);
    QCOMPARE(gone[u"reason"_s].toString(), u"restored"_s);
}

void tst_TrashService::restoringIntoATakenTitleRenames()
{
    const auto removed = m_harness->playlists().remove(m_playlist);
    QVERIFY(removed.ok());
    const QString again = m_harness->createPlaylist(u"bedtime"_s); // case does not matter
    addTrack(again, u"owl.mp3"_s, "new owl");

    const auto restored = m_trash->restore(*removed);
    QVERIFY(restored.ok());
    QCOMPARE(restored->playlist.title, u"Bedtime (2)"_s);
    QCOMPARE(restored->titleBefore, std::optional<QString>(u"Bedtime"_s));
    QCOMPARE(read(restored->playlist.tracks[0].filePath), QByteArray("owl"));
    const auto other = m_harness->repository().find(again);
    QCOMPARE(read(other->tracks[0].filePath), QByteArray("new owl"));
    QVERIFY(restored->playlist.folder != other->folder);
}

void tst_TrashService::aTagTakenMeanwhileStaysWithItsNewPlaylist()
{
    m_harness->giveTag(m_playlist, u"04a1b2c3d4e5f6"_s);
    const auto removed = m_harness->playlists().remove(m_playlist);
    const QString other = m_harness->createPlaylist(u"Songs"_s);
    m_harness->giveTag(other, u"04a1b2c3d4e5f6"_s);

    const auto restored = m_trash->restore(*removed);
    QVERIFY(restored.ok());
    QVERIFY(!restored->tagRestored);
    QVERIFY(restored->tagTaken);
    QVERIFY(!restored->playlist.nfcTagId);
    QCOMPARE(m_harness->repository().findByTag(u"04a1b2c3d4e5f6"_s)->id, other);
}

void tst_TrashService::deletedTracksComeBack()
{
    const auto before = *m_harness->repository().find(m_playlist);
    const auto deleted = m_harness->playlists().deleteTracks(m_playlist, {1});
    QVERIFY(deleted.ok());
    QVERIFY(!deleted->trashEntryId.isEmpty());
    QCOMPARE(deleted->trashEntryId, onlyEntryId());
    QVERIFY(!QFile::exists(before.tracks[0].filePath));
    QCOMPARE(PlaylistHarness::filesIn(m_harness->trashBin().entryDir(deleted->trashEntryId)),
             QStringList({u"owl.mp3"_s}));
    QCOMPARE(m_harness->eventNames(),
             QStringList({u"state:track_deleted"_s, u"state:playlist"_s, u"state:trash_added"_s}));
    const auto entry = m_trash->entries()->first();
    QCOMPARE(entry.kind, TrashEntry::Kind::Tracks);
    QCOMPARE(entry.tracks.size(), 1);
    m_harness->clearEvents();

    const auto restored = m_trash->restore(deleted->trashEntryId);
    QVERIFY(restored.ok());
    QVERIFY(!restored->playlistCreated);
    QVERIFY(restored->renamedFiles.isEmpty());
    QCOMPARE(restored->tracks.size(), 1);
    QCOMPARE(restored->tracks[0].id, before.tracks[0].id);
    QCOMPARE(restored->tracks[0].trackNumber, 1);
    QCOMPARE(read(before.tracks[0].filePath), QByteArray("owl"));
    QCOMPARE(restored->playlist.tracks.size(), 2);
    QCOMPARE(m_harness->eventNames(),
             QStringList({u"state:track_added"_s, u"state:playlist"_s, u"state:trash_removed"_s}));
    const qint64 seq = m_harness->events()[0].payload[u"playlist_seq"_s].toInteger();
    QCOMPARE(seq, restored->playlist.playlistSeq);
    QCOMPARE(m_harness->events()[1].payload[u"playlist_seq"_s].toInteger(), seq);
    QVERIFY(!QDir(m_harness->trashBin().entryDir(deleted->trashEntryId)).exists());
}

void tst_TrashService::restoredTracksGetFreeNumbersAndNames()
{
    const auto deleted = m_harness->playlists().deleteTracks(m_playlist, {1});
    QVERIFY(deleted.ok());
    // Meanwhile a new owl.mp3 arrived and was put first: both the name and the number 1 are taken.
    const QString newOwl = addTrack(m_playlist, u"owl.mp3"_s, "new owl");
    QVERIFY(m_harness->repository().reorder(m_playlist, {newOwl}).ok()); // the new owl is now number 1

    const auto restored = m_trash->restore(deleted->trashEntryId);
    QVERIFY(restored.ok());
    QCOMPARE(restored->tracks.size(), 1);
    QCOMPARE(restored->tracks[0].filename, u"owl-2.mp3"_s);
    QCOMPARE(restored->tracks[0].trackNumber, 3);
    QCOMPARE(restored->renamedFiles.size(), 1);
    QCOMPARE(restored->renamedFiles[0].from, u"owl.mp3"_s);
    QCOMPARE(restored->renamedFiles[0].to, u"owl-2.mp3"_s);
    const QString folder = m_harness->folderOf(m_playlist);
    QCOMPARE(read(folder + u"/owl.mp3"_s), QByteArray("new owl"));
    QCOMPARE(read(folder + u"/owl-2.mp3"_s), QByteArray("owl"));
}

void tst_TrashService::tracksWhosePlaylistIsGoneGetANewOne()
{
    const auto deleted = m_harness->playlists().deleteTracks(m_playlist, {2});
    const auto removed = m_harness->playlists().remove(m_playlist);
    QVERIFY(deleted.ok() && removed.ok());
    m_harness->clearEvents();

    const auto restored = m_trash->restore(deleted->trashEntryId);
    QVERIFY(restored.ok());
    QVERIFY(restored->playlistCreated);
    QVERIFY(restored->playlist.id != m_playlist);
    QCOMPARE(restored->playlist.title, u"Bedtime"_s);
    QCOMPARE(restored->playlist.tracks.size(), 1);
    QCOMPARE(read(restored->playlist.tracks[0].filePath), QByteArray("moon"));
    QCOMPARE(m_harness->eventNames(), QStringList({u"state:playlist_created"_s, u"state:trash_removed"_s}));

    // The playlist itself comes back beside it, under a clear new name.
    const auto again = m_trash->restore(*removed);
    QVERIFY(again.ok());
    QCOMPARE(again->playlist.id, m_playlist);
    QCOMPARE(again->playlist.title, u"Bedtime (2)"_s);
    QCOMPARE(again->playlist.tracks.size(), 1);
    QCOMPARE(read(again->playlist.tracks[0].filePath), QByteArray("owl"));
}

void tst_TrashService::deleteForeverRemovesTheFiles()
{
    const auto removed = m_harness->playlists().remove(m_playlist);
    m_harness->clearEvents();
    QVERIFY(m_trash->deleteForever(*removed).ok());
    QVERIFY(!QDir(m_harness->trashBin().entryDir(*removed)).exists());
    QVERIFY(m_trash->entries()->isEmpty());
    QCOMPARE(m_harness->eventNames(), QStringList({u"state:trash_removed"_s}));
    QCOMPARE(m_harness->events()[0].payload[u"data"_s][u"reason"_s].toString(), u"deleted"_s);
    QCOMPARE(m_trash->deleteForever(*removed).error().type, ErrorType::NotFound);
}

void tst_TrashService::unknownEntryIsNotFound()
{
    for (const QString &id : {u"missing"_s, u".."_s, u""_s}) {
        const auto restored = m_trash->restore(id);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().type, ErrorType::NotFound);
        QCOMPARE(m_trash->deleteForever(id).error().type, ErrorType::NotFound);
    }
    QVERIFY(QDir(m_harness->musicDir()).exists());
    QVERIFY(QDir(m_harness->folderOf(m_playlist)).exists());
    QVERIFY(m_harness->events().isEmpty());
}

void tst_TrashService::purgeRemovesOnlyExpiredEntries()
{
    const auto old = m_harness->playlists().deleteTracks(m_playlist, {1});
    m_harness->clock.advance(20 * dayMs);
    const auto recent = m_harness->playlists().deleteTracks(m_playlist, {2});
    QVERIFY(old.ok() && recent.ok());
    m_harness->clock.advance(10 * dayMs); // the first is exactly 30 days old: kept
    QCOMPARE(m_trash->purgeExpired(), 0);
    m_harness->clearEvents();
    m_harness->clock.advance(1);
    QCOMPARE(m_trash->purgeExpired(), 1);
    QCOMPARE(m_trash->entries()->size(), 1);
    QCOMPARE(m_trash->entries()->first().id, recent->trashEntryId);
    QVERIFY(!QDir(m_harness->trashBin().entryDir(old->trashEntryId)).exists());
    QVERIFY(QDir(m_harness->trashBin().entryDir(recent->trashEntryId)).exists());
    QCOMPARE(m_harness->eventNames(), QStringList({u"state:trash_removed"_s}));
    QCOMPARE(m_harness->events()[0].payload[u"data"_s][u"reason"_s].toString(), u"expired"_s);
}

void tst_TrashService::powerCutAfterTheCommitIsFinishedAtStart()
{
    // The deletion's rows and journal entry committed, then the power went before the folder moved.
    const auto playlist = *m_harness->repository().find(m_playlist);
    const QString folder = m_harness->folderOf(m_playlist);
    const TrashBin::Staged staged = m_harness->trashBin().stagePlaylist(playlist, folder);
    const Status committed = m_harness->database().transaction([&]() -> Status {
        if (Status s = m_harness->repository().remove(m_playlist); !s)
            return s;
        if (Status s = m_harness->trashBin().record(staged.entry); !s)
            return s;
        QSqlQuery journal(m_harness->database().connection());
        journal.prepare(u"INSERT INTO pending_file_ops (kind, from_path, to_path) VALUES ('rename', ?, ?)"_s);
        journal.addBindValue(staged.moves[0].from);
        journal.addBindValue(staged.moves[0].to);
        return journal.exec() ? Status(Done {}) : ServiceError::internal(u"test"_s, u"journal"_s);
    });
    QVERIFY(committed.ok());
    QVERIFY(QDir(folder).exists()); // the files are still in the library folder, the row is in the trash

    QCOMPARE(FileJournal(m_harness->database()).replay(), 1); // the next start
    QVERIFY(!QDir(folder).exists());
    const auto restored = m_trash->restore(staged.entry.id);
    QVERIFY(restored.ok());
    QCOMPARE(restored->playlist.tracks.size(), 2);
    for (const Track &track : restored->playlist.tracks)
        QVERIFY(QFile::exists(track.filePath));
}

QTEST_GUILESS_MAIN(tst_TrashService)
#include "tst_trashservice.moc"
