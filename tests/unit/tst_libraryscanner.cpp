// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryScanner: what counts as library content, the file-name order and the titles made from names.

#include "library/libraryscanner.h"
#include "library/wavencoder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class tst_LibraryScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ignoredNames_data();
    void ignoredNames();
    void naturalOrder();
    void titleFromFileName_data();
    void titleFromFileName();
    void titleFromFolderName_data();
    void titleFromFolderName();
    void scanReadsOnlyUnknownFiles();
    void cancelledScanStops();
};

void tst_LibraryScanner::ignoredNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ignored");
    QTest::addRow("plain") << u"song.mp3"_s << false;
    QTest::addRow("hidden") << u".song.mp3"_s << true;
    QTest::addRow("partial") << u"song.mp3.part"_s << true;
    QTest::addRow("partial upper case") << u"song.mp3.PART"_s << true;
    QTest::addRow("temporary") << u"song.tmp"_s << true;
    QTest::addRow("staging folder") << u".demo-1234"_s << true;
    QTest::addRow("part inside the name") << u"part one.mp3"_s << false;
    QTest::addRow("empty") << QString() << true;
}

void tst_LibraryScanner::ignoredNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ignored);
    QCOMPARE(LibraryScanner::isIgnoredName(name), ignored);
}

void tst_LibraryScanner::naturalOrder()
{
    QStringList names {u"10 Ten.mp3"_s,   u"2 Two.mp3"_s,   u"01 One.mp3"_s,
                       u"b.mp3"_s,        u"A.mp3"_s,       u"Track 100.mp3"_s,
                       u"Track 20.mp3"_s, u"Track 3.mp3"_s, u"99999999999999999999 big.mp3"_s};
    std::sort(names.begin(), names.end(), LibraryScanner::naturalLess);
    const QStringList expected {
        u"01 One.mp3"_s,   u"2 Two.mp3"_s, u"10 Ten.mp3"_s,  u"99999999999999999999 big.mp3"_s,
        u"A.mp3"_s,        u"b.mp3"_s,     u"Track 3.mp3"_s, u"Track 20.mp3"_s,
        u"Track 100.mp3"_s};
    QCOMPARE(names, expected);
    // A strict weak order: never both ways, and equal names are not less.
    QVERIFY(!LibraryScanner::naturalLess(u"a1"_s, u"a1"_s));
    QVERIFY(LibraryScanner::naturalLess(u"a01"_s, u"a1"_s) != LibraryScanner::naturalLess(u"a1"_s, u"a01"_s));
    QVERIFY(LibraryScanner::naturalLess(u"A"_s, u"a"_s) != LibraryScanner::naturalLess(u"a"_s, u"A"_s));
    // Transitive with digits of other scripts (found by fuzzing): Arabic-Indic three, ten, z.
    const QString arabicThree(QChar(0x0663));
    QVERIFY(LibraryScanner::naturalLess(u"10"_s, u"z"_s));
    QVERIFY(LibraryScanner::naturalLess(arabicThree, u"10"_s)
            <= LibraryScanner::naturalLess(arabicThree, u"z"_s));
}

void tst_LibraryScanner::titleFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("title");
    QTest::addRow("number and space")
        << u"01 Twinkle Twinkle Little Star.wav"_s << u"Twinkle Twinkle Little Star"_s;
    QTest::addRow("number and dash") << u"03 - Frere Jacques.mp3"_s << u"Frere Jacques"_s;
    QTest::addRow("number and dot") << u"7. Seven.flac"_s << u"Seven"_s;
    QTest::addRow("underscores") << u"my_favourite_song.ogg"_s << u"my favourite song"_s;
    QTest::addRow("a year is a title") << u"1984.mp3"_s << u"1984"_s;
    QTest::addRow("only a number") << u"05.mp3"_s << u"05"_s;
    QTest::addRow("dots inside") << u"Mr. Sun.v2.mp3"_s << u"Mr. Sun.v2"_s;
    QTest::addRow("unicode") << u"02 Été à la plage.m4a"_s << u"Été à la plage"_s;
    QTest::addRow("extra spaces") << u"  lots   of   space .mp3"_s << u"lots of space"_s;
    QTest::addRow("only spaces (found by fuzzing)") << u"   "_s << u"Track"_s;
}

void tst_LibraryScanner::titleFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, title);
    QCOMPARE(LibraryScanner::titleFromFileName(fileName), title);
}

void tst_LibraryScanner::titleFromFolderName_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("title");
    QTest::addRow("plain") << u"Bedtime Songs"_s << u"Bedtime Songs"_s;
    QTest::addRow("control characters") << u"Bed\ttime\u0001"_s << u"Bed time"_s;
    QTest::addRow("too long") << QString(300, u'x') << QString(255, u'x');
    QTest::addRow("blank") << u"   "_s << u"Playlist"_s;
}

void tst_LibraryScanner::titleFromFolderName()
{
    QFETCH(QString, folder);
    QFETCH(QString, title);
    QCOMPARE(LibraryScanner::titleFromFolderName(folder), title);
}

void tst_LibraryScanner::scanReadsOnlyUnknownFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"A"_s)));
    for (const QString &name : {u"known.wav"_s, u"new.wav"_s}) {
        QFile file(dir.filePath(u"A/"_s + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(WavEncoder::encode(QList<qint16>(800, 0), 8000));
    }
    const LibraryScanner::Scan scan = LibraryScanner::scan(dir.path(), {{u"A"_s, {u"known.wav"_s}}});
    QVERIFY(scan.musicDirReadable);
    QCOMPARE(scan.folders.size(), 1);
    const LibraryScanner::Folder &folder = scan.folders.first();
    QCOMPARE(folder.files.size(), 2);
    QCOMPARE(folder.files[0].name, u"known.wav"_s);
    QVERIFY(!folder.files[0].probed);
    QCOMPARE(folder.files[1].name, u"new.wav"_s);
    QVERIFY(folder.files[1].probed);
    QVERIFY(folder.files[1].metadata);
    QCOMPARE(folder.files[1].metadata->durationMs, Q_INT64_C(100));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"music folder .* missing"_s));
    QVERIFY(!LibraryScanner::scan(dir.filePath(u"absent"_s), {}).musicDirReadable);
}

void tst_LibraryScanner::cancelledScanStops()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"A"_s)));
    QFile file(dir.filePath(u"A/x.wav"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(WavEncoder::encode(QList<qint16>(800, 0), 8000));
    file.close();
    const std::atomic<bool> cancelled = true;
    const LibraryScanner::Scan scan = LibraryScanner::scan(dir.path(), {}, &cancelled);
    QVERIFY(scan.folders.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LibraryScanner)
#include "tst_libraryscanner.moc"
