// SPDX-License-Identifier: GPL-3.0-or-later
// ParentGate: which routes need the parents' session while a PIN is set (reads and player controls never do),
// how the token is found in a Cookie header, and the cookie the box sets.

#include "server/parentgate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ParentGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardedRoutes_data();
    void guardedRoutes();
    void tokenInCookieHeader_data();
    void tokenInCookieHeader();
    void cookies();
};

void tst_ParentGate::guardedRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("guarded");
    const auto row = [](const char *method, const QString &pattern, bool guarded) {
        QTest::addRow("%s %s", method, qPrintable(pattern)) << QByteArray(method) << pattern << guarded;
    };
    // Reads are never guarded.
    row("GET", u"/api/playlists"_s, false);
    row("GET", u"/api/settings/parental"_s, false);
    row("GET", u"/api/system/backup"_s, false);
    row("HEAD", u"/api/playlists"_s, false);
    row("OPTIONS", u"/api/playlists"_s, false);
    // The player controls of the issue, and starting a playlist (the page's play button on a playlist).
    for (const QString &control :
         {u"play"_s, u"pause"_s, u"toggle"_s, u"next"_s, u"previous"_s, u"seek"_s, u"volume"_s})
        row("POST", u"/api/player/"_s + control, false);
    row("POST", u"/api/playlists/{id}/start"_s, false);
    // What it takes to unlock.
    row("POST", u"/api/auth/unlock"_s, false);
    row("POST", u"/api/auth/lock"_s, false);
    row("PUT", u"/api/settings/pin"_s, false);
    row("POST", u"/socket.io"_s, false);
    // Everything else that changes something.
    row("POST", u"/api/player/stop"_s, true);
    row("POST", u"/api/player/mute"_s, true);
    row("POST", u"/api/player/shuffle"_s, true);
    row("POST", u"/api/player/repeat"_s, true);
    row("POST", u"/api/player/sleep"_s, true);
    row("POST", u"/api/playlists"_s, true);
    row("PUT", u"/api/playlists/{id}"_s, true);
    row("POST", u"/api/playlists/{id}/streams"_s, true); // a radio added to a playlist
    row("DELETE", u"/api/playlists/{id}"_s, true);
    row("PUT", u"/api/settings/parental"_s, true);
    row("POST", u"/api/nfc/associate"_s, true);
    row("DELETE", u"/api/trash/{id}"_s, true);
    row("POST", u"/api/system/restart"_s, true);
    row("POST", u"/api/system/restore"_s, true);
    row("PUT", u"/api/playlists/{playlist_id}/uploads/{sid}/chunks/{index}"_s, true);
    row("POST", u"/api/youtube/download"_s, true);
    // The table names patterns, not paths: a path that merely looks alike is guarded.
    row("POST", u"/api/player/volume/extra"_s, true);
    row("PUT", u"/api/player/play"_s, true);
}

void tst_ParentGate::guardedRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pattern);
    QFETCH(bool, guarded);
    QCOMPARE(ParentGate::isGuarded(method, pattern), guarded);
}

void tst_ParentGate::tokenInCookieHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("none") << QByteArray() << QByteArray();
    QTest::newRow("alone") << QByteArray("omb_parent=abc123") << QByteArray("abc123");
    QTest::newRow("among others") << QByteArray("a=1; omb_parent=abc123; b=2") << QByteArray("abc123");
    QTest::newRow("no spaces") << QByteArray("a=1;omb_parent=abc123") << QByteArray("abc123");
    QTest::newRow("another cookie only") << QByteArray("omb_parental=abc123") << QByteArray();
    QTest::newRow("empty value") << QByteArray("omb_parent=") << QByteArray();
}

void tst_ParentGate::tokenInCookieHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, token);
    QCOMPARE(ParentGate::tokenIn(header), token);
}

void tst_ParentGate::cookies()
{
    const QByteArray set = ParentGate::setCookie("abc");
    QVERIFY(set.startsWith("omb_parent=abc;"));
    QVERIFY(set.contains("; HttpOnly"));
    QVERIFY(set.contains("; SameSite=Strict"));
    QVERIFY(set.contains("; Path=/"));
    QVERIFY(!set.contains("Max-Age"));
    const QByteArray cleared = ParentGate::clearCookie();
    QVERIFY(cleared.startsWith("omb_parent=;"));
    QVERIFY(cleared.contains("Max-Age=0"));
}

QTEST_APPLESS_MAIN(tst_ParentGate)
#include "tst_parentgate.moc"
