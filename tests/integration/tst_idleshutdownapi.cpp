// SPDX-License-Identifier: GPL-3.0-or-later
// The idle shutdown end to end (PROTOCOL.md §6.7) on the real box with the real minute, SHUTDOWN_COMMAND
// being a command that creates a file. Two minutes of idle time: a minute later every connection hears
// system:shutdown_pending; a page's keep-alive does not call it off, a request does
// (system:shutdown_cancelled) and the countdown starts again from there, so the command runs two minutes
// after that request and not at the first deadline. Every wait is a wait on an event or the file, with a
// deadline.

#include "httpclient.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int minuteMs = 60 * 1000;
constexpr int slackMs = 15 * 1000; // a loaded machine may answer late, never early
} // namespace

class tst_IdleShutdownApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRequestPutsTheShutdownOff();

private:
    static QList<WsTestClient::Event> named(const WsTestClient &ws, const QString &name)
    {
        QList<WsTestClient::Event> found;
        for (const WsTestClient::Event &event : ws.events()) {
            if (event.name == name)
                found.append(event);
        }
        return found;
    }
};

void tst_IdleShutdownApi::aRequestPutsTheShutdownOff()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString marker = scratch.filePath(u"powered-off"_s);
    ServerProcess server({u"--nfc"_s, u"none"_s});
    server.setEnvironmentValue(u"OMB_SHUTDOWN_COMMAND"_s, u"touch "_s + marker);
    QVERIFY(server.start());
    HttpClient http(server.baseUrl());
    WsTestClient ws;
    ws.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(server.port())));
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"connection_status"_s), 10000);

    QElapsedTimer sinceSetting;
    sinceSetting.start();
    const auto saved = http.put(u"/api/settings/parental"_s, {{u"idle_shutdown_min"_s, 2}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.data()[u"idle_shutdown_min"_s].toInt(), 2);

    // A minute before the end of the idle time, every connection is warned (this one joined no room).
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"system:shutdown_pending"_s), minuteMs + slackMs);
    QVERIFY2(sinceSetting.elapsed() >= minuteMs - 100, qPrintable(QString::number(sinceSetting.elapsed())));
    const qint64 firstInMs
        = named(ws, u"system:shutdown_pending"_s).constFirst().data[u"in_ms"_s].toInteger();
    QVERIFY2(firstInMs > minuteMs - 5000 && firstInMs <= minuteMs, qPrintable(QString::number(firstInMs)));
    QVERIFY(!QFile::exists(marker));

    // The page's keep-alive is no activity; joining a room is.
    ws.sendEvent(u"client_ping"_s, {{u"timestamp"_s, 1}});
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"client_pong"_s), 10000);
    QVERIFY(!ws.hasEvent(u"system:shutdown_cancelled"_s));
    QElapsedTimer sinceRequest;
    sinceRequest.start();
    ws.sendEvent(u"join:playlists"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ws.hasEvent(u"system:shutdown_cancelled"_s), 10000);

    // The countdown starts again at the request: warned a minute later, the command a minute after that.
    QTRY_VERIFY_WITH_TIMEOUT(named(ws, u"system:shutdown_pending"_s).size() == 2, minuteMs + slackMs);
    QVERIFY2(!QFile::exists(marker), "the command ran at the deadline the request had called off");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), minuteMs + slackMs);
    QVERIFY2(sinceRequest.elapsed() >= 2 * minuteMs - 100,
             qPrintable(QString::number(sinceRequest.elapsed())));
    QCOMPARE(named(ws, u"system:shutdown_cancelled"_s).size(), 1);
    QVERIFY2(server.output().contains(u"idle shutdown: running touch "_s), qPrintable(server.output()));
}

QTEST_GUILESS_MAIN(tst_IdleShutdownApi)
#include "tst_idleshutdownapi.moc"
