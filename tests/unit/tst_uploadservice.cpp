// SPDX-License-Identifier: GPL-3.0-or-later
// UploadService's sessions against a real library in a temporary folder: chunk rules, expiry with an injected
// clock, a full disk with injected free space, cancellation, and the start-up sweep.
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

class tst_UploadService : public UploadServiceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void chunksOutOfOrder();
    void duplicateChunkKeepsTheFirstData();
    void wrongChunkSizesAreRefused();
    void tooLargeAndBadInit_data();
    void tooLargeAndBadInit();
    void expirySweepRemovesData();
    void diskFull();
    void cancelAndPlaylistDeletion();
    void startSweepRemovesLeftovers();
};

void tst_UploadService::chunksOutOfOrder()
{
    const QByteArray wav = UploadClient::wav(3 * 1048576 + 5000);
    const QString sessionId = upload(wav, u"order.wav"_s, {3, 1, 0, 2});
    QVERIFY(!sessionId.isEmpty());
    const auto progress = m_harness->eventsNamed(u"upload:progress"_s);
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.at(0).payload[u"chunk_index"_s].toInt(), 3);
    QCOMPARE(progress.at(2).payload[u"complete"_s].toBool(), false);
    QCOMPARE(progress.at(3).payload[u"complete"_s].toBool(), true);
    QVERIFY(finalize(sessionId).ok());
    QFile stored(m_harness->folderOf(m_playlist) + u"/order.wav"_s);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll() == wav);
}

void tst_UploadService::duplicateChunkKeepsTheFirstData()
{
    const QByteArray wav = UploadClient::wav(1048576 + 1000);
    const auto session = m_uploads->init(m_playlist, u"dup.wav"_s, wav.size(), std::nullopt, std::nullopt);
    QVERIFY(session.ok());
    const QByteArrayView first = QByteArrayView(wav).first(1048576);
    QVERIFY(m_uploads->putChunk(m_playlist, session->sessionId, 0, first).ok());
    const QByteArray other(1048576, 'z');
    const auto again = m_uploads->putChunk(m_playlist, session->sessionId, 0, other);
    QVERIFY(again.ok());
    QCOMPARE(again->duplicate, true);
    QCOMPARE(again->session.receivedChunks, 1);
    QCOMPARE(m_harness->eventsNamed(u"upload:progress"_s).size(), 1);
    QVERIFY(m_uploads->putChunk(m_playlist, session->sessionId, 1, QByteArrayView(wav).sliced(1048576)).ok());
    QVERIFY(finalize(session->sessionId).ok());
    QFile stored(m_harness->folderOf(m_playlist) + u"/dup.wav"_s);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(stored.readAll() == wav);
}

void tst_UploadService::wrongChunkSizesAreRefused()
{
    const qint64 size = 2 * 1048576 + 10;
    const auto session = m_uploads->init(m_playlist, u"sizes.mp3"_s, size, std::nullopt, std::nullopt);
    QVERIFY(session.ok());
    const QString id = session->sessionId;
    auto put = [&](int index, qsizetype bytes) {
        return m_uploads->putChunk(m_playlist, id, index, QByteArray(bytes, 'a'));
    };

    QCOMPARE(put(0, 1048575).error().type, ErrorType::Validation); // too short
    QCOMPARE(put(0, 1048577).error().type, ErrorType::PayloadTooLarge);
    QCOMPARE(put(0, 1048577).error().details[u"max_bytes"_s].toInteger(), 1048576);
    QCOMPARE(put(2, 11).error().type, ErrorType::PayloadTooLarge); // the last chunk is exactly the rest
    QCOMPARE(put(2, 9).error().type, ErrorType::Validation);
    QCOMPARE(put(3, 10).error().type, ErrorType::Validation); // index out of range
    QCOMPARE(put(-1, 10).error().type, ErrorType::Validation);
    QCOMPARE(m_uploads->putChunk(m_playlist, u"nope"_s, 0, QByteArray(10, 'a')).error().type,
             ErrorType::NotFound);
    // Another playlist's session is unknown here.
    const QString other = m_harness->createPlaylist(u"Other"_s);
    QCOMPARE(m_uploads->putChunk(other, id, 2, QByteArray(10, 'a')).error().type, ErrorType::NotFound);
    QVERIFY(put(2, 10).ok());
    QCOMPARE(m_uploads->session(m_playlist, id)->receivedChunks, 1);
    QCOMPARE(m_harness->eventsNamed(u"upload:progress"_s).size(), 1);
    QCOMPARE(QDir(stagingDir() + u'/' + id).entryList(QDir::Files), QStringList({u"2.chunk"_s}));
}

void tst_UploadService::tooLargeAndBadInit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("error");
    QTest::newRow("too large") << u"big.mp3"_s << qint64(8 * 1024 * 1024 + 1) << 0
                               << int(ErrorType::PayloadTooLarge);
    QTest::newRow("empty file") << u"a.mp3"_s << qint64(0) << 0 << int(ErrorType::Validation);
    QTest::newRow("chunk too small") << u"a.mp3"_s << qint64(100) << 65535 << int(ErrorType::Validation);
    QTest::newRow("chunk too big") << u"a.mp3"_s << qint64(100) << 1048577 << int(ErrorType::Validation);
    QTest::newRow("bad extension") << u"a.exe"_s << qint64(100) << 0 << int(ErrorType::Validation);
    QTest::newRow("dot dot") << u"../.."_s << qint64(100) << 0 << int(ErrorType::Validation);
    QTest::newRow("control character") << u"a\u0007.mp3"_s << qint64(100) << 0 << int(ErrorType::Validation);
}

void tst_UploadService::tooLargeAndBadInit()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(int, chunk);
    QFETCH(int, error);
    const auto session = m_uploads->init(m_playlist, name, size,
                                         chunk ? std::optional<int>(chunk) : std::nullopt, std::nullopt);
    QVERIFY(!session.ok());
    QCOMPARE(int(session.error().type), error);
    QCOMPARE(m_uploads->sessionCount(), 0);
    QCOMPARE(m_uploads->init(u"missing"_s, u"a.mp3"_s, 10, std::nullopt, std::nullopt).error().type,
             ErrorType::NotFound);
}

void tst_UploadService::expirySweepRemovesData()
{
    const auto session = m_uploads->init(m_playlist, u"slow.mp3"_s, 2 * 1048576, std::nullopt, std::nullopt);
    QVERIFY(session.ok());
    const QString dir = stagingDir() + u'/' + session->sessionId;
    m_clock.advance(3000 * 1000);
    QVERIFY(m_uploads->putChunk(m_playlist, session->sessionId, 0, QByteArray(1048576, 'a')).ok());
    QCOMPARE(m_uploads->session(m_playlist, session->sessionId)->expiresAt(), m_clock.nowUtc().addSecs(3600));
    m_clock.advance(3599 * 1000); // activity moved the expiry
    QCOMPARE(m_uploads->sweepExpired(), 0);
    QVERIFY(QFile::exists(dir + u"/0.chunk"_s));
    m_clock.advance(1000);
    QCOMPARE(m_uploads->sweepExpired(), 1);
    QVERIFY(!QDir(dir).exists());
    QCOMPARE(m_uploads->session(m_playlist, session->sessionId).error().type, ErrorType::NotFound);
    QCOMPARE(m_uploads->putChunk(m_playlist, session->sessionId, 1, QByteArray(1048576, 'a')).error().type,
             ErrorType::NotFound);
}

void tst_UploadService::diskFull()
{
    qint64 free = 3 * 1048576;
    m_uploads->setFreeSpace([&free](const QString &) { return free; });
    const auto refused = m_uploads->init(m_playlist, u"big.wav"_s, 2 * 1048576, std::nullopt, std::nullopt);
    QCOMPARE(refused.error().type, ErrorType::InsufficientStorage);
    QCOMPARE(refused.error().details[u"required_bytes"_s].toInteger(), 4 * 1048576);
    QCOMPARE(refused.error().details[u"available_bytes"_s].toInteger(), 3 * 1048576);

    free = 100 * 1048576;
    const QByteArray wav = UploadClient::wav(1048576 + 100);
    const auto session = m_uploads->init(m_playlist, u"big.wav"_s, wav.size(), std::nullopt, std::nullopt);
    QVERIFY(session.ok());
    QVERIFY(m_uploads->putChunk(m_playlist, session->sessionId, 0, QByteArrayView(wav).first(1048576)).ok());
    free = 10; // the disk filled up meanwhile
    const auto chunk
        = m_uploads->putChunk(m_playlist, session->sessionId, 1, QByteArrayView(wav).sliced(1048576));
    QCOMPARE(chunk.error().type, ErrorType::InsufficientStorage);
    QCOMPARE(QDir(stagingDir() + u'/' + session->sessionId).entryList(QDir::Files | QDir::Hidden),
             QStringList({u"0.chunk"_s})); // nothing half-written
    free = 100 * 1048576;
    QVERIFY(m_uploads->putChunk(m_playlist, session->sessionId, 1, QByteArrayView(wav).sliced(1048576)).ok());
    free = 10;
    const auto done = finalize(session->sessionId);
    QCOMPARE(done.error().type, ErrorType::InsufficientStorage);
    QCOMPARE(m_uploads->session(m_playlist, session->sessionId)->status, UploadSession::Status::Failed);
    QCOMPARE(m_harness->eventsNamed(u"upload:error"_s).first().payload[u"error_type"_s].toString(),
             u"insufficient_storage"_s);
    QVERIFY(PlaylistHarness::filesIn(m_harness->folderOf(m_playlist)).isEmpty());
    QVERIFY(!QDir(stagingDir() + u'/' + session->sessionId).exists());
}

void tst_UploadService::cancelAndPlaylistDeletion()
{
    const auto session = m_uploads->init(m_playlist, u"a.mp3"_s, 1048576 + 5, std::nullopt, std::nullopt);
    QVERIFY(m_uploads->putChunk(m_playlist, session->sessionId, 1, QByteArray(5, 'x')).ok());
    const auto cancelled = m_uploads->cancel(m_playlist, session->sessionId);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, UploadSession::Status::Cancelled);
    QVERIFY(!QDir(stagingDir() + u'/' + session->sessionId).exists());
    QCOMPARE(m_harness->eventsNamed(u"upload:error"_s).size(), 1);
    QCOMPARE(m_harness->eventsNamed(u"upload:error"_s).first().payload[u"error_type"_s].toString(),
             u"cancelled"_s);
    QVERIFY(m_uploads->cancel(m_playlist, session->sessionId).ok()); // again: same answer, no event
    QCOMPARE(m_harness->eventsNamed(u"upload:error"_s).size(), 1);
    QCOMPARE(m_uploads->putChunk(m_playlist, session->sessionId, 0, QByteArray(1048576, 'x')).error().type,
             ErrorType::Conflict);

    // Deleting the playlist cancels its open uploads.
    QObject::connect(&m_harness->playlists(), &PlaylistService::playlistAboutToBeRemoved, m_uploads.get(),
                     &UploadService::cancelPlaylist);
    const auto open = m_uploads->init(m_playlist, u"b.mp3"_s, 100, std::nullopt, std::nullopt);
    // The cancellation hangs on the announcement, which comes before the row and folder go.
    m_harness->playlists().remove(m_playlist);
    QCOMPARE(m_harness->eventsNamed(u"upload:error"_s).size(), 2);
    QCOMPARE(m_harness->eventsNamed(u"upload:error"_s).last().payload[u"session_id"_s].toString(),
             open->sessionId);
    QCOMPARE(m_uploads->session(m_playlist, open->sessionId).error().type, ErrorType::NotFound);
    QVERIFY(!QDir(stagingDir() + u'/' + open->sessionId).exists());
}

void tst_UploadService::startSweepRemovesLeftovers()
{
    QVERIFY(QDir().mkpath(stagingDir() + u"/0b7c1e9a-dead-4bee-8f00-000000000000"_s));
    QFile chunk(stagingDir() + u"/0b7c1e9a-dead-4bee-8f00-000000000000/0.chunk"_s);
    QVERIFY(chunk.open(QIODevice::WriteOnly) && chunk.write("x") == 1);
    chunk.close();
    const QString folder = m_harness->folderOf(m_playlist);
    QFile partial(folder + u'/' + AudioPlacer::partialName(u"killed"_s, u"mp3"_s));
    QVERIFY(partial.open(QIODevice::WriteOnly) && partial.write("half") == 4);
    partial.close();
    QFile keep(folder + u"/keep.mp3"_s);
    QVERIFY(keep.open(QIODevice::WriteOnly) && keep.write("kept") == 4);
    keep.close();

    m_uploads->sweepLeftovers();
    QVERIFY(QDir(stagingDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    // The music folder is swept on a worker thread.
    QTRY_COMPARE(PlaylistHarness::filesIn(folder), QStringList({u"keep.mp3"_s}));
}

QTEST_GUILESS_MAIN(tst_UploadService)
#include "tst_uploadservice.moc"
