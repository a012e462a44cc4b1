// SPDX-License-Identifier: GPL-3.0-or-later
// The tar layout of backups: what the writer makes, the reader reads back, and a damaged block is refused.

#include "backup/tarformat.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_TarFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerRoundTrip_data();
    void headerRoundTrip();
    void entryBytesMatchTheHeaders();
    void zeroBlockEndsTheArchive();
    void damagedHeaderIsRefused_data();
    void damagedHeaderIsRefused();
    void paxRecords_data();
    void paxRecords();
};

void tst_TarFormat::headerRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("needsPax");
    QTest::newRow("short ascii") << u"music/Owls/owl.mp3"_s << qint64(1234) << false;
    QTest::newRow("empty file") << u"trash/e1/x.wav"_s << qint64(0) << false;
    QTest::newRow("accents") << u"music/Chansons/Frère Jacques.mp3"_s << qint64(512) << true;
    QTest::newRow("longer than 100") << u"music/"_s + QString(120, u'a') + u".mp3"_s << qint64(513) << true;
    QTest::newRow("255-byte name") << u"music/Album/"_s + QString(251, u'b') + u".ogg"_s << qint64(7) << true;
    QTest::newRow("4 GiB") << u"music/big.wav"_s << qint64(4) * 1024 * 1024 * 1024 << false;
}

void tst_TarFormat::headerRoundTrip()
{
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(bool, needsPax);

    const QByteArray header = TarFormat::fileHeader(path, size, 1796572800);
    QCOMPARE(header.size() % TarFormat::blockSize, 0);
    QCOMPARE(header.size() > TarFormat::blockSize, needsPax);
    bool isEnd = true;
    const auto first = TarFormat::parseHeader(header.left(TarFormat::blockSize), &isEnd);
    QVERIFY(first);
    QVERIFY(!isEnd);
    QString parsedPath = first->path;
    if (needsPax) {
        QCOMPARE(first->type, TarFormat::Header::Type::PaxExtended);
        const auto pax = TarFormat::paxPath(header.mid(TarFormat::blockSize, first->size));
        QVERIFY(pax);
        parsedPath = *pax;
        const auto file = TarFormat::parseHeader(header.right(TarFormat::blockSize), &isEnd);
        QVERIFY(file);
        QCOMPARE(file->type, TarFormat::Header::Type::File);
        QCOMPARE(file->size, size);
    } else {
        QCOMPARE(first->type, TarFormat::Header::Type::File);
        QCOMPARE(first->size, size);
    }
    QCOMPARE(parsedPath, path);
}

void tst_TarFormat::entryBytesMatchTheHeaders()
{
    for (const qint64 size : {qint64(0), qint64(1), qint64(511), qint64(512), qint64(513)}) {
        const QString longPath = u"music/"_s + QString(150, u'x');
        QCOMPARE(TarFormat::entryBytes(u"a.mp3"_s, size), 512 + size + TarFormat::paddingFor(size));
        QCOMPARE(TarFormat::entryBytes(longPath, size),
                 TarFormat::fileHeader(longPath, size, 0).size() + size + TarFormat::paddingFor(size));
        QCOMPARE((size + TarFormat::paddingFor(size)) % 512, 0);
    }
    QCOMPARE(TarFormat::endOfArchive(), QByteArray(1024, '\0'));
}

void tst_TarFormat::zeroBlockEndsTheArchive()
{
    bool isEnd = false;
    QVERIFY(!TarFormat::parseHeader(QByteArray(512, '\0'), &isEnd));
    QVERIFY(isEnd);
}

void tst_TarFormat::damagedHeaderIsRefused_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<char>("value");
    QTest::newRow("name byte changed") << 3 << 'X';
    QTest::newRow("size not octal") << 124 << '9';
    QTest::newRow("checksum not octal") << 148 << 'z';
    QTest::newRow("type changed") << 156 << '2';
}

void tst_TarFormat::damagedHeaderIsRefused()
{
    QFETCH(int, offset);
    QFETCH(char, value);
    QByteArray block = TarFormat::fileHeader(u"music/a.mp3"_s, 100, 0);
    block[offset] = value;
    bool isEnd = false;
    QVERIFY(!TarFormat::parseHeader(block, &isEnd));
    QVERIFY(!isEnd);
    QVERIFY(!TarFormat::parseHeader(block.left(100), &isEnd));
}

void tst_TarFormat::paxRecords_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("path");
    QTest::newRow("path") << QByteArray("16 path=a/b.mp3\n") << true << u"a/b.mp3"_s;
    QTest::newRow("other keys kept out")
        << QByteArray("20 mtime=1796572800\n16 path=a/b.mp3\n") << true << u"a/b.mp3"_s;
    QTest::newRow("no path") << QByteArray("20 mtime=1796572800\n") << true << QString();
    QTest::newRow("padding after") << QByteArray("16 path=a/b.mp3\n\0\0\0", 19) << true << u"a/b.mp3"_s;
    QTest::newRow("length too long") << QByteArray("99 path=a\n") << false << QString();
    QTest::newRow("length not a number") << QByteArray("x path=a\n") << false << QString();
    QTest::newRow("no equals sign") << QByteArray("9 pathab\n") << false << QString();
    QTest::newRow("no newline at the end") << QByteArray("10 path=ab") << false << QString();
}

void tst_TarFormat::paxRecords()
{
    QFETCH(QByteArray, records);
    QFETCH(bool, valid);
    QFETCH(QString, path);
    const std::optional<QString> parsed = TarFormat::paxPath(records);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, path);
}

QTEST_APPLESS_MAIN(tst_TarFormat)
#include "tst_tarformat.moc"
