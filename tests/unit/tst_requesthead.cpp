// SPDX-License-Identifier: GPL-3.0-or-later
// The request head the front door and the WebSocket gateway read: request line, case-insensitive headers,
// the upgrade test and a declared body size that is never negative or garbage.
#include "server/requesthead.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RequestHead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLineAndHeaders()
    {
        const ApiRequest head = RequestHead::parse(
            "get /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHOST: Box.local:8000\r\n"
            "Connection: keep-alive, Upgrade\r\nUpgrade: WebSocket\r\nno colon here\r\n: empty name\r\n");
        QCOMPARE(head.method, QByteArray("GET"));
        QCOMPARE(head.path, u"/socket.io/"_s);
        QCOMPARE(head.queryValue(u"EIO"_s), u"4"_s);
        QCOMPARE(head.header("host"), QByteArray("Box.local:8000"));
        QVERIFY(RequestHead::isWebSocketUpgrade(head));
        QCOMPARE(head.headers.size(), 3);
    }

    void contentLength_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("length");
        QTest::newRow("absent") << QByteArray() << qint64(0);
        QTest::newRow("number") << QByteArray("1234") << qint64(1234);
        QTest::newRow("negative") << QByteArray("-5") << qint64(0);
        QTest::newRow("garbage") << QByteArray("12abc") << qint64(0);
        QTest::newRow("huge") << QByteArray("99999999999999999999999") << qint64(0);
    }
    void contentLength()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, length);
        const QByteArray head
            = "POST / HTTP/1.1\r\n" + (value.isEmpty() ? QByteArray() : "Content-Length: " + value);
        QCOMPARE(RequestHead::contentLength(RequestHead::parse(head)), length);
    }

    void emptyAndBrokenHeadsParse()
    {
        QVERIFY(RequestHead::parse({}).method.isEmpty());
        QVERIFY(!RequestHead::isWebSocketUpgrade(RequestHead::parse("\r\n\r\n\x00\xff")));
        // Found by fuzzing: a line whose name is only white space gave a header with an empty name.
        const ApiRequest head = RequestHead::parse("GET / HTTP/1.1\r\n \r: x\r\n\t: y\r\nHost: box");
        QCOMPARE(head.headers.size(), 1);
        QCOMPARE(head.header("host"), QByteArray("box"));
    }
};

QTEST_APPLESS_MAIN(tst_RequestHead)
#include "tst_requesthead.moc"
