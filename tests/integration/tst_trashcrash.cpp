// SPDX-License-Identifier: GPL-3.0-or-later
// A power cut while things go into and out of the trash: the server is killed with SIGKILL in the middle of a
// burst of playlist deletes, track deletes, restores and deletes for good, many times over. After every
// restart each audio file the test made is exactly once either in the library (a track row and its file) or
// in the trash (an entry and its file), unless the test asked for its entry to be deleted for good; the
// database passes integrity_check.

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
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_TrashCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringTrashMoves();

private:
    QNetworkReply *send(const QByteArray &method, const QString &url, const QJsonObject &body = {});
    QJsonObject call(const QByteArray &method, const QString &url, const QJsonObject &body = {});
    // Where each file name is now: "music" or "trash", checked on disk; a name found twice fails.
    QHash<QString, QString> locate(const QString &dataDir);

    QNetworkAccessManager m_network;
};

QNetworkReply *tst_TrashCrash::send(const QByteArray &method, const QString &url, const QJsonObject &body)
{
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject tst_TrashCrash::call(const QByteArray &method, const QString &url, const QJsonObject &body)
{
    QNetworkReply *reply = send(method, url, body);
    if (!reply->isFinished())
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object()[u"data"_s].toObject();
}

QHash<QString, QString> tst_TrashCrash::locate(const QString &dataDir)
{
    QHash<QString, QString> where;
    Database database;
    if (!database.open(dataDir + u"/openmusicbox.db"_s).ok())
        return where;
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next() || query.value(0).toString() != "ok"_L1)
        return {{u"integrity"_s, u"failed"_s}};
    query.exec(u"SELECT p.folder, t.filename FROM tracks t JOIN playlists p ON p.id = t.playlist_id"_s);
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QString path = dataDir + u"/music/"_s + query.value(0).toString() + u'/' + name;
        where.insert(name,
                     where.contains(name)      ? u"twice"_s
                         : QFile::exists(path) ? u"music"_s
                                               : u"no file"_s);
    }
    query.exec(u"SELECT id, content FROM trash_entries"_s);
    while (query.next()) {
        const QJsonObject content = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        for (const QJsonValue &track : content[u"tracks"_s].toArray()) {
            const QString name = track[u"filename"_s].toString();
            const QString path = dataDir + u"/trash/"_s + query.value(0).toString() + u'/' + name;
            where.insert(name,
                         where.contains(name)      ? u"twice"_s
                             : QFile::exists(path) ? u"trash"_s
                                                   : u"no file"_s);
        }
    }
    return where;
}

void tst_TrashCrash::killDuringTrashMoves()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QByteArray wav = WavEncoder::encode(QList<qint16>(800, 0), 8000);
    QSet<QString> made; // every file name the test wrote (unique across the run, so no restore renames)
    QSet<QString> mayVanish; // files of entries the test asked to delete for good
    constexpr int rounds = 10;
    const quint32 seed = qEnvironmentVariableIsSet("OMB_TEST_SEED")
        ? qEnvironmentVariable("OMB_TEST_SEED").toUInt()
        : QRandomGenerator::global()->generate();
    qInfo("random seed %u (OMB_TEST_SEED=%u replays this run)", seed, seed);
    QRandomGenerator random(seed);

    for (int round = 0; round <= rounds; ++round) {
        ServerProcess server({}, dataDir.path());
        QVERIFY2(server.start(), qPrintable(server.output()));
        const QString base = server.baseUrl();

        // Nothing lost: every file is in exactly one place, with its row or entry.
        const QHash<QString, QString> where = locate(dataDir.path());
        QVERIFY2(!where.contains(u"integrity"_s), "integrity_check failed");
        for (auto it = where.cbegin(); it != where.cend(); ++it)
            QVERIFY2(it.value() == "music"_L1 || it.value() == "trash"_L1,
                     qPrintable(u"%1: %2 (round %3)"_s.arg(it.key(), it.value()).arg(round)));
        for (const QString &name : std::as_const(made))
            QVERIFY2(where.contains(name) || mayVanish.contains(name),
                     qPrintable(u"%1 was lost (round %2)"_s.arg(name).arg(round)));
        qInfo("round %d: %lld files in the library, %lld in the trash, %lld deleted for good", round,
              qlonglong(std::count(where.cbegin(), where.cend(), u"music"_s)),
              qlonglong(std::count(where.cbegin(), where.cend(), u"trash"_s)),
              qlonglong(made.size() - where.size()));
        if (round == rounds) {
            QVERIFY(server.terminate());
            break;
        }

        // Two new playlists of two real files each.
        for (int i = 0; i < 2; ++i) {
            const QJsonObject created = call("POST", base + u"/api/playlists"_s,
                                             {{u"title"_s, u"Round %1 list %2"_s.arg(round).arg(i)}});
            const QString folder = dataDir.path() + u"/music/"_s + created[u"title"_s].toString();
            for (int f = 0; f < 2; ++f) {
                const QString name = u"r%1-p%2-t%3.wav"_s.arg(round).arg(i).arg(f);
                QFile file(folder + u'/' + name);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(wav);
                made.insert(name);
            }
        }
        call("POST", base + u"/api/playlists/sync"_s);
        const QJsonArray playlists
            = call("GET", base + u"/api/playlists?limit=100"_s)[u"playlists"_s].toArray();
        const QJsonArray trash = call("GET", base + u"/api/trash"_s)[u"entries"_s].toArray();

        // The burst: every request at once, the kill lands somewhere inside.
        QList<QNetworkReply *> inFlight;
        for (const QJsonValue &playlist : playlists) {
            const QString id = playlist[u"id"_s].toString();
            if (random.bounded(2) == 0)
                inFlight.append(send("DELETE", base + u"/api/playlists/"_s + id));
            else
                inFlight.append(send("DELETE", base + u"/api/playlists/%1/tracks"_s.arg(id),
                                     {{u"track_numbers"_s, QJsonArray {1}}}));
        }
        for (const QJsonValue &entry : trash) {
            const QString id = entry[u"id"_s].toString();
            if (random.bounded(4) == 0) {
                for (const QJsonValue &track : entry[u"tracks"_s].toArray())
                    mayVanish.insert(track[u"filename"_s].toString());
                inFlight.append(send("DELETE", base + u"/api/trash/"_s + id));
            } else {
                inFlight.append(send("POST", base + u"/api/trash/%1/restore"_s.arg(id)));
            }
        }
        QTimer::singleShot(random.bounded(2, 60), this, [&server] { server.kill(); });
        QTRY_VERIFY_WITH_TIMEOUT(server.process().state() == QProcess::NotRunning, 20000);
        for (QNetworkReply *reply : std::as_const(inFlight)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
        }
        qDeleteAll(inFlight);
    }
}

QTEST_GUILESS_MAIN(tst_TrashCrash)
#include "tst_trashcrash.moc"
