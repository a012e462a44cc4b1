// SPDX-License-Identifier: GPL-3.0-or-later
// UploadService's finalize against a real library in a temporary folder: assembly, probe, atomic placement
// and import, names that stay in their folder, metadata, and refusals that leave nothing behind.
#include "library/audioplacer.h"
#include "uploadclient.h"
#include "uploadservicefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_UploadFinalize : public UploadServiceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void happyPathInThreeChunks();
    void nonAudioIsRefusedAndLeavesNothing();
    void traversalNamesStayInTheFolder();
    void nameClashGetsASuffix();
    void metadataOverrideAndRepeatedFinalize();
    void finalizeWithMissingChunks();
    void fileHashIsChecked();
    void preparedFileIsHiddenUntilItsRowIsCommitted();
};

void tst_UploadFinalize::happyPathInThreeChunks()
{
    const QByteArray wav = UploadClient::wav(2621440 - 100);
    QVERIFY(wav.size() > 2 * 1048576 && wav.size() <= 3 * 1048576);
    const auto session = m_uploads->init(m_playlist, u"owl.wav"_s, wav.size(), std::nullopt, std::nullopt);
    QVERIFY(session.ok());
    QCOMPARE(session->totalChunks, 3);
    QCOMPARE(session->missingChunks(), QList<int>({0, 1, 2}));
    QCOMPARE(session->toJson()[u"status"_s].toString(), u"in_progress"_s);

    for (int i = 0; i < 3; ++i) {
        const auto put = m_uploads->putChunk(
            m_playlist, session->sessionId, i,
            QByteArrayView(wav).sliced(i * 1048576, qMin(1048576, int(wav.size()) - i * 1048576)));
        QVERIFY(put.ok());
        QCOMPARE(put->duplicate, false);
        QCOMPARE(put->session.receivedChunks, i + 1);
    }
    const auto progress = m_harness->eventsNamed(u"upload:progress"_s);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().payload[u"complete"_s].toBool(), true);
    QCOMPARE(progress.first().payload[u"complete"_s].toBool(), false);
    QCOMPARE(progress.last().payload[u"progress"_s].toDouble(), 100.0);
    QCOMPARE(progress.first().audience.rooms, QStringList({u"playlist:"_s + m_playlist, u"playlists"_s}));

    const auto done = finalize(session->sessionId);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(done->status, UploadSession::Status::Completed);
    QVERIFY(done->track.has_value());
    QCOMPARE(done->track->filename, u"owl.wav"_s);
    QCOMPARE(done->track->title, u"owl"_s);
    QVERIFY(qAbs(done->track->durationMs - (wav.size() - 44) * 1000 / (2 * 22050)) < 50);

    const QString folder = m_harness->folderOf(m_playlist);
    QCOMPARE(PlaylistHarness::filesIn(folder), QStringList({u"owl.wav"_s}));
    QFile stored(folder + u"/owl.wav"_s);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll() == wav);
    QVERIFY(!QDir(stagingDir() + u'/' + session->sessionId).exists());
    QCOMPARE(m_harness->repository().find(m_playlist)->tracks.size(), 1);

    const QStringList names = m_harness->eventNames();
    QVERIFY(names.contains(u"upload:complete"_s));
    QVERIFY(names.contains(u"state:track_added"_s));
    const auto complete = m_harness->eventsNamed(u"upload:complete"_s).first().payload;
    QCOMPARE(complete[u"session_id"_s].toString(), session->sessionId);
    QCOMPARE(complete[u"filename"_s].toString(), u"owl.wav"_s);
    QCOMPARE(complete[u"track"_s][u"id"_s].toString(), done->track->id);
}

void tst_UploadFinalize::nonAudioIsRefusedAndLeavesNothing()
{
    const QByteArray text = QByteArray("this is a shopping list, not a song\n").repeated(40000);
    const QString sessionId = upload(text, u"song.mp3"_s);
    QVERIFY(!sessionId.isEmpty());
    const auto done = finalize(sessionId);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().type, ErrorType::Validation);
    QCOMPARE(m_uploads->session(m_playlist, sessionId)->status, UploadSession::Status::Failed);
    const auto errors = m_harness->eventsNamed(u"upload:error"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().payload[u"error_type"_s].toString(), u"validation_error"_s);
    QCOMPARE(errors.first().payload[u"session_id"_s].toString(), sessionId);
    QVERIFY(PlaylistHarness::filesIn(m_harness->folderOf(m_playlist)).isEmpty());
    QVERIFY(!QDir(stagingDir() + u'/' + sessionId).exists());
    QVERIFY(m_harness->repository().find(m_playlist)->tracks.isEmpty());
    QVERIFY(m_harness->eventsNamed(u"state:track_added"_s).isEmpty());
    // A failed session cannot be finalized again.
    QCOMPARE(finalize(sessionId).error().type, ErrorType::Conflict);
}

void tst_UploadFinalize::traversalNamesStayInTheFolder()
{
    const QByteArray wav = UploadClient::wav(70000);
    const QString sessionId = upload(wav, u"../../../escape.wav"_s);
    QVERIFY(!sessionId.isEmpty());
    QCOMPARE(m_uploads->session(m_playlist, sessionId)->fileName, u"escape.wav"_s);
    QVERIFY(finalize(sessionId).ok());
    QCOMPARE(PlaylistHarness::filesIn(m_harness->folderOf(m_playlist)), QStringList({u"escape.wav"_s}));
    QVERIFY(!QFile::exists(m_harness->dataDir() + u"/escape.wav"_s));
    QVERIFY(!QFile::exists(m_harness->musicDir() + u"/escape.wav"_s));

    const QString hidden = upload(wav, u"C:\\kid\\.secret.wav"_s);
    QVERIFY(finalize(hidden).ok());
    QVERIFY(PlaylistHarness::filesIn(m_harness->folderOf(m_playlist)).contains(u"secret.wav"_s));
}

void tst_UploadFinalize::nameClashGetsASuffix()
{
    const QByteArray wav = UploadClient::wav(70000);
    for (int i = 0; i < 3; ++i)
        QVERIFY(finalize(upload(wav, u"owl.wav"_s)).ok());
    QCOMPARE(PlaylistHarness::filesIn(m_harness->folderOf(m_playlist)),
             QStringList({u"owl-2.wav"_s, u"owl-3.wav"_s, u"owl.wav"_s}));
    const auto tracks = m_harness->repository().find(m_playlist)->tracks;
    QCOMPARE(tracks.size(), 3);
    QCOMPARE(tracks.last().trackNumber, 3);
    QCOMPARE(tracks.last().filename, u"owl-3.wav"_s);
}

void tst_UploadFinalize::metadataOverrideAndRepeatedFinalize()
{
    const QString sessionId = upload(UploadClient::wav(70000), u"tune.wav"_s);
    UploadService::MetadataOverride metadata;
    metadata.title = u"The Owl Song"_s;
    metadata.artist = u"Grandma"_s;
    const auto done = finalize(sessionId, metadata);
    QVERIFY(done.ok());
    QCOMPARE(done->track->title, u"The Owl Song"_s);
    QCOMPARE(done->track->artist.value_or(QString()), u"Grandma"_s);
    const int eventsBefore = int(m_harness->eventNames().size());
    const auto again = finalize(sessionId);
    QVERIFY(again.ok());
    QCOMPARE(again->track->id, done->track->id);
    QCOMPARE(int(m_harness->eventNames().size()), eventsBefore);
    QCOMPARE(m_harness->repository().find(m_playlist)->tracks.size(), 1);
}

void tst_UploadFinalize::finalizeWithMissingChunks()
{
    const QByteArray wav = UploadClient::wav(3 * 1048576);
    const QString sessionId = upload(wav, u"gaps.wav"_s, {1});
    const auto done = finalize(sessionId);
    QCOMPARE(done.error().type, ErrorType::Conflict);
    QCOMPARE(done.error().details[u"missing_chunks"_s].toArray(), QJsonArray({0, 2, 3}));
    // Not a failure: the session stays open for the missing chunks.
    QCOMPARE(m_uploads->session(m_playlist, sessionId)->status, UploadSession::Status::InProgress);
    QVERIFY(m_harness->eventsNamed(u"upload:error"_s).isEmpty());
}

void tst_UploadFinalize::fileHashIsChecked()
{
    const QByteArray wav = UploadClient::wav(70000);
    const QByteArray sha256 = QCryptographicHash::hash(wav, QCryptographicHash::Sha256).toHex();
    auto uploadWithHash = [&](const QString &hash) {
        const auto session = m_uploads->init(m_playlist, u"hashed.wav"_s, wav.size(), std::nullopt, hash);
        m_uploads->putChunk(m_playlist, session->sessionId, 0, wav);
        return finalize(session->sessionId);
    };
    QVERIFY(uploadWithHash(u"sha256:"_s + QString::fromLatin1(sha256)).ok());
    QVERIFY(uploadWithHash(
                QString::fromLatin1(QCryptographicHash::hash(wav, QCryptographicHash::Md5).toHex().toUpper()))
                .ok());
    QVERIFY(uploadWithHash(u"not-a-known-hash-format"_s).ok()); // kept, not checked
    const auto wrong = uploadWithHash(QString(64, u'0'));
    QCOMPARE(wrong.error().type, ErrorType::Validation);
    QCOMPARE(wrong.error().details[u"errors"_s][0][u"field"_s].toString(), u"file_hash"_s);
    QCOMPARE(PlaylistHarness::filesIn(m_harness->folderOf(m_playlist)).size(), 3);
}

// A power cut between the placement and the row must not leave a file the library sync would adopt under a
// name of its own: the prepared file stays hidden, is swept at the next start, and gets its name with its
// row.
void tst_UploadFinalize::preparedFileIsHiddenUntilItsRowIsCommitted()
{
    const QString folder = m_harness->folderOf(m_playlist);
    QFile source(stagingDir() + u"/owl-source.wav"_s);
    QVERIFY(QDir().mkpath(stagingDir()) && source.open(QIODevice::WriteOnly));
    source.write(UploadClient::wav(70000));
    source.close();
    AudioPlacer::Job job;
    job.sources = {source.fileName()};
    job.folder = folder;
    job.fileName = u"owl.wav"_s;
    const std::atomic_bool notCancelled = false;

    job.token = u"cut"_s;
    const auto cut = AudioPlacer::place(job, notCancelled);
    QVERIFY(cut.ok());
    QVERIFY(AudioPlacer::isPartialName(QFileInfo(cut->filePath).fileName()));
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty()); // nothing a library scan would list
    // What the next start does: a partial older than the sweep goes, and only that one.
    QCOMPARE(AudioPlacer::removePartials(m_harness->repository().musicDir(),
                                         QDateTime::currentDateTimeUtc().addSecs(-3600)),
             0);
    QCOMPARE(AudioPlacer::removePartials(m_harness->repository().musicDir(), QDateTime::currentDateTimeUtc()),
             1);
    QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(m_harness->repository().find(m_playlist)->tracks.isEmpty());

    job.token = u"whole"_s;
    const auto placed = AudioPlacer::place(job, notCancelled);
    QVERIFY(placed.ok());
    PlaylistRepository::NewTrack track;
    track.title = u"Owl"_s;
    track.filename = placed->fileName;
    track.durationMs = placed->metadata.durationMs;
    const auto imported = m_harness->playlists().importTrack(m_playlist, track, placed->filePath);
    QVERIFY(imported.ok());
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList {u"owl.wav"_s});
    QCOMPARE(imported->filename, u"owl.wav"_s);
}

QTEST_GUILESS_MAIN(tst_UploadFinalize)
#include "tst_uploadfinalize.moc"
