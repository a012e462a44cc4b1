// SPDX-License-Identifier: GPL-3.0-or-later
// Which Host headers name the box and which page origins may drive it, and the CORS headers each one gets.
#include "server/originpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OriginPolicy policy(const QStringList &corsOrigins)
{
    return OriginPolicy({corsOrigins, OriginPolicy::boxNamesFor(u"MusicBox"_s, {u"Box.Example.Org"_s}),
                         [] { return QList<QHostAddress> {QHostAddress(u"192.168.1.20"_s)}; }});
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

class tst_OriginPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostNamesTheBox_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("localhost") << QByteArray("localhost:8000") << true;
        QTest::newRow("host name, any case") << QByteArray("musicbox") << true;
        QTest::newRow("mDNS name") << QByteArray("musicbox.local:8000") << true;
        QTest::newRow("fully qualified with dot") << QByteArray("musicbox.local.") << true;
        QTest::newRow("ALLOWED_HOSTS entry") << QByteArray("box.example.org") << true;
        QTest::newRow("loopback v4") << QByteArray("127.0.0.1:8000") << true;
        QTest::newRow("loopback v6") << QByteArray("[::1]:8000") << true;
        QTest::newRow("own LAN address") << QByteArray("192.168.1.20") << true;
        QTest::newRow("address reached") << QByteArray("10.0.0.7:8000") << true;
        QTest::newRow("rebinding name") << QByteArray("evil.example:8000") << false;
        QTest::newRow("suffix of a box name") << QByteArray("musicbox.evil.example") << false;
        QTest::newRow("other address") << QByteArray("192.168.1.21") << false;
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("bare v6 literal") << QByteArray("::1") << false;
        QTest::newRow("unclosed bracket") << QByteArray("[::1") << false;
        QTest::newRow("junk after bracket") << QByteArray("[::1]x") << false;
    }
    void hostNamesTheBox()
    {
        QFETCH(QByteArray, host);
        QFETCH(bool, allowed);
        QCOMPARE(policy({}).isBoxHost(host, QHostAddress(u"10.0.0.7"_s)), allowed);
    }

    void originMayDrive_data()
    {
        QTest::addColumn<QStringList>("cors");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QByteArray>("allowOrigin");
        QTest::addColumn<QByteArray>("credentials");
        const QStringList none;
        const QStringList listed {u"http://parent.example"_s};
        const QStringList any {u"*"_s};
        QTest::newRow("no origin: not a page")
            << none << QByteArray() << true << QByteArray() << QByteArray();
        QTest::newRow("the box's own page")
            << none << QByteArray("http://musicbox.local:8000") << true << QByteArray() << QByteArray();
        QTest::newRow("own page, other case")
            << none << QByteArray("http://MusicBox.local:8000") << true << QByteArray() << QByteArray();
        QTest::newRow("foreign page")
            << none << QByteArray("http://evil.example") << false << QByteArray() << QByteArray();
        QTest::newRow("same host, other port")
            << none << QByteArray("http://musicbox.local:9000") << false << QByteArray() << QByteArray();
        QTest::newRow("null origin") << none << QByteArray("null") << false << QByteArray() << QByteArray();
        QTest::newRow("listed origin") << listed << QByteArray("http://parent.example") << true
                                       << QByteArray("http://parent.example") << QByteArray("true");
        QTest::newRow("unlisted with a list")
            << listed << QByteArray("http://parent.example.evil") << false << QByteArray() << QByteArray();
        QTest::newRow("star, never with credentials")
            << any << QByteArray("http://evil.example") << true << QByteArray("*") << QByteArray();
    }
    void originMayDrive()
    {
        QFETCH(QStringList, cors);
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        QFETCH(QByteArray, allowOrigin);
        QFETCH(QByteArray, credentials);
        const OriginPolicy origins = policy(cors);
        const QByteArray host = "musicbox.local:8000";
        QCOMPARE(origins.allowsOrigin(origin, host), allowed);
        const HeaderList headers = origins.corsHeaders(origin, host);
        QCOMPARE(headerValue(headers, "Access-Control-Allow-Origin"), allowOrigin);
        QCOMPARE(headerValue(headers, "Access-Control-Allow-Credentials"), credentials);
        // A page of another allowed origin may read where a deleted playlist went (its "Undo").
        QCOMPARE(headerValue(headers, "Access-Control-Expose-Headers"),
                 allowOrigin.isEmpty() ? QByteArray() : QByteArray("X-Trash-Entry-Id, X-Idempotent-Replay"));
    }
};

QTEST_APPLESS_MAIN(tst_OriginPolicy)
#include "tst_originpolicy.moc"
