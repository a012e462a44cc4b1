// SPDX-License-Identifier: GPL-3.0-or-later
// Resume across a crash: a child server plays a playlist, is killed with SIGKILL mid-track, starts again on
// the same data folder; the saved point is at most 5 s old, and placing the playlist's tag resumes there,
// rewound RESUME_REWIND_MS.

#include "audiofixtures.h"
#include "httpclient.h"
#include "library/database.h"
#include "library/resumepointrepository.h"
#include "serverprocess.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString tag = u"04a1b2c3d4e5f6"_s;
}

class tst_PlaybackResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void resumesAfterSigkill();

private:
    QJsonObject status(HttpClient &http) { return http.get(u"/api/player/status"_s).data().toObject(); }

    std::unique_ptr<QTemporaryDir> m_dataDir;
};

void tst_PlaybackResume::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    const QString story = m_dataDir->path() + u"/music/Story"_s;
    QVERIFY(QDir().mkpath(story));
    QVERIFY(AudioFixtures::writeSineWav(story + u"/1-intro.wav"_s, 2000));
    QVERIFY(AudioFixtures::writeSineWav(story + u"/2-chapter.wav"_s, 40000));
}

void tst_PlaybackResume::cleanup()
{
    m_dataDir.reset();
}

void tst_PlaybackResume::resumesAfterSigkill()
{
    const QStringList arguments {u"--nfc"_s, u"simulated"_s};
    QString playlistId;
    QString chapterId;
    qint64 positionAtKill = 0;
    {
        ServerProcess server(arguments, m_dataDir->path());
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(
            http.get(u"/api/playlists"_s).data()[u"playlists"_s][0][u"track_count"_s].toInt() == 2, 15000);
        const QJsonObject playlist = http.get(u"/api/playlists"_s).data()[u"playlists"_s][0].toObject();
        playlistId = playlist[u"id"_s].toString();
        chapterId = playlist[u"tracks"_s][1][u"id"_s].toString();
        QCOMPARE(
            http.post(u"/api/nfc/associate"_s, {{u"tag_id"_s, tag}, {u"playlist_id"_s, playlistId}}).status,
            200);

        QCOMPARE(http.post(u"/api/playlists/%1/start"_s.arg(playlistId), {{u"track_id"_s, chapterId}}).status,
                 200);
        // Past one 5 s save and into the next interval, so the saved point is not simply the start.
        QTRY_VERIFY_WITH_TIMEOUT(status(http).value(u"position_ms"_s).toInteger() >= 8000, 15000);
        positionAtKill = status(http).value(u"position_ms"_s).toInteger();
        server.kill(); // a power cut
    }

    {
        Database database;
        QVERIFY(database.open(m_dataDir->path() + u"/openmusicbox.db"_s).ok());
        ResumePointRepository resumePoints(database);
        const auto point = resumePoints.find(playlistId);
        QVERIFY(point);
        QCOMPARE(point->trackId, chapterId);
        QVERIFY2(point->positionMs <= positionAtKill && positionAtKill - point->positionMs <= 5200,
                 qPrintable(u"saved %1 ms, killed at %2 ms"_s.arg(point->positionMs).arg(positionAtKill)));
    }

    ServerProcess restarted(arguments, m_dataDir->path());
    QVERIFY(restarted.start());
    HttpClient http(restarted.baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(http.get(u"/api/health"_s).data()[u"services"_s][u"audio"_s].toBool(), 10000);
    QCOMPARE(http.post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tag}, {u"action"_s, u"place"_s}}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status(http).value(u"state"_s).toString(), u"playing"_s, 5000);
    const QJsonObject resumed = status(http);
    QCOMPARE(resumed.value(u"active_track_id"_s).toString(), chapterId);
    const qint64 resumedAt = resumed.value(u"position_ms"_s).toInteger();
    // Within the 5 s save interval plus the 2 s rewind (and the moment the status request took).
    QVERIFY2(resumedAt <= positionAtKill && positionAtKill - resumedAt <= 7000 + 500,
             qPrintable(u"resumed at %1 ms, killed at %2 ms"_s.arg(resumedAt).arg(positionAtKill)));
    QVERIFY(resumedAt > 0);
}

QTEST_GUILESS_MAIN(tst_PlaybackResume)
#include "tst_playbackresume.moc"
