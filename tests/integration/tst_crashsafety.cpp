// SPDX-License-Identifier: GPL-3.0-or-later
// A power cut at any instant: the server is killed with SIGKILL in the middle of a burst of playlist
// mutations, many times over. After every restart the database must pass integrity_check, every row's folder
// and files must exist, and no acknowledged change may be lost.

#include "library/database.h"
#include "library/wavencoder.h"
#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// A tenth of a second of silence: a real WAV that TagLib reads, small enough for thousands of files.
QByteArray tinyWav()
{
    return WavEncoder::encode(QList<qint16>(800, 0), 8000);
}

// What the test knows of one playlist: the last acknowledged title, and a change that may or may not have
// reached the disk when the power went.
struct Expectation
{
    static Expectation titled(const QString &title)
    {
        Expectation e;
        e.title = title;
        return e;
    }

    QString title;
    std::optional<QString> pendingTitle;
    bool deleted = false;
    bool deletePending = false;
};

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringMutations();

private:
    QNetworkReply *send(const QByteArray &method, const QString &url, const QJsonObject &body);
    void verifyConsistency(const QString &dataDir);

    QNetworkAccessManager m_network;
};

QNetworkReply *tst_CrashSafety::send(const QByteArray &method, const QString &url, const QJsonObject &body)
{
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void tst_CrashSafety::verifyConsistency(const QString &dataDir)
{
    Database database;
    QVERIFY(database.open(dataDir + u"/openmusicbox.db"_s).ok());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.exec(
        u"SELECT p.folder, t.filename FROM playlists p LEFT JOIN tracks t ON t.playlist_id = p.id"_s));
    while (query.next()) {
        const QString folder = dataDir + u"/music/"_s + query.value(0).toString();
        QVERIFY2(QDir(folder).exists(), qPrintable(folder));
        if (!query.value(1).isNull()) {
            const QString file = folder + u'/' + query.value(1).toString();
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
    }
}

void tst_CrashSafety::killDuringMutations()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    QHash<QString, Expectation> expected;
    constexpr int rounds = 12;
    // Which change each request makes and when the kill lands are random; OMB_TEST_SEED replays a run.
    const quint32 seed = qEnvironmentVariableIsSet("OMB_TEST_SEED")
        ? qEnvironmentVariable("OMB_TEST_SEED").toUInt()
        : QRandomGenerator::global()->generate();
    qInfo("random seed %u (OMB_TEST_SEED=%u replays this run)", seed, seed);
    QRandomGenerator random(seed);

    for (int round = 0; round < rounds; ++round) {
        ServerProcess server({}, dataDir.path());
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString base = server.baseUrl();
        verifyConsistency(dataDir.path());

        // Every acknowledged change is still there; a pending one either happened or did not.
        QNetworkReply *listing = send("GET", base + u"/api/playlists?limit=100"_s, {});
        QSignalSpy listed(listing, &QNetworkReply::finished);
        QVERIFY(listed.wait(10000));
        const QJsonArray now
            = QJsonDocument::fromJson(listing->readAll()).object()[u"data"_s][u"playlists"_s].toArray();
        listing->deleteLater();
        QHash<QString, QString> titles;
        for (const QJsonValue &p : now)
            titles.insert(p[u"id"_s].toString(), p[u"title"_s].toString());
        for (auto it = expected.begin(); it != expected.end();) {
            Expectation &e = it.value();
            if (e.deleted) {
                QVERIFY2(!titles.contains(it.key()), "an acknowledged delete was lost");
                it = expected.erase(it);
                continue;
            }
            if (!titles.contains(it.key())) {
                QVERIFY2(e.deletePending, "an acknowledged playlist was lost");
                it = expected.erase(it);
                continue;
            }
            const QString title = titles.value(it.key());
            QVERIFY2(title == e.title || (e.pendingTitle && title == *e.pendingTitle),
                     qPrintable(u"title %1, expected %2"_s.arg(title, e.title)));
            e = Expectation::titled(title);
            ++it;
        }

        // Give each new playlist a real track so that renames and deletes move files too.
        QList<QNetworkReply *> creations;
        for (int i = 0; i < 3; ++i)
            creations.append(send("POST", base + u"/api/playlists"_s,
                                  {{u"title"_s, u"Round %1 list %2"_s.arg(round).arg(i)}}));
        for (QNetworkReply *reply : creations) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
            const QJsonObject data = QJsonDocument::fromJson(reply->readAll()).object()[u"data"_s].toObject();
            QVERIFY(!data.isEmpty());
            expected.insert(data[u"id"_s].toString(), Expectation::titled(data[u"title"_s].toString()));
            QFile wav(dataDir.path() + u"/music/"_s + data[u"title"_s].toString() + u"/song.wav"_s);
            QVERIFY(wav.open(QIODevice::WriteOnly));
            wav.write(tinyWav());
            reply->deleteLater();
        }
        QNetworkReply *sync = send("POST", base + u"/api/playlists/sync"_s, {});
        QVERIFY(QSignalSpy(sync, &QNetworkReply::finished).wait(10000));
        sync->deleteLater();

        // The burst: one request in flight per playlist, all playlists at once; the kill lands somewhere
        // inside.
        QList<QNetworkReply *> inFlight;
        int serial = 0;
        bool killed = false;
        std::function<void(const QString &)> mutate = [&](const QString &id) {
            if (killed)
                return;
            Expectation &e = expected[id];
            const int choice = random.bounded(10);
            QNetworkReply *reply = nullptr;
            if (choice == 0) {
                e.deletePending = true;
                reply = send("DELETE", base + u"/api/playlists/"_s + id, {});
            } else {
                e.pendingTitle = u"Renamed %1-%2"_s.arg(round).arg(++serial);
                reply = send("PUT", base + u"/api/playlists/"_s + id, {{u"title"_s, *e.pendingTitle}});
            }
            inFlight.append(reply);
            connect(reply, &QNetworkReply::finished, this, [&, id, reply] {
                Expectation &current = expected[id];
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 204) {
                    current.deleted = true;
                } else if (status == 200) {
                    current.title = *current.pendingTitle;
                    current.pendingTitle.reset();
                    mutate(id);
                }
            });
        };
        for (const QString &id : expected.keys())
            mutate(id);
        QTimer::singleShot(random.bounded(5, 120), this, [&] {
            killed = true;
            server.kill();
        });
        QTRY_VERIFY_WITH_TIMEOUT(server.process().state() == QProcess::NotRunning, 20000);
        for (qsizetype i = 0; i < inFlight.size(); ++i) {
            if (!inFlight[i]->isFinished())
                QVERIFY(QSignalSpy(inFlight[i], &QNetworkReply::finished).wait(10000));
        }
        qDeleteAll(inFlight);
    }

    ServerProcess last({}, dataDir.path());
    QVERIFY(last.start());
    verifyConsistency(dataDir.path());
    QVERIFY(last.terminate());
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
