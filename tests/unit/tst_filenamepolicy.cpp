// SPDX-License-Identifier: GPL-3.0-or-later
// Upload names: base name, refusals (traversal, control characters, extensions), what is stored, and the
// stem-2.ext rule for clashes.
#include "library/filenamepolicy.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FileNamePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseName_data();
    void baseName();
    void refusal_data();
    void refusal();
    void storable_data();
    void storable();
    void storableFitsInNameMax();
    void unique();
};

void tst_FileNamePolicy::baseName_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"owl.mp3"_s << u"owl.mp3"_s;
    QTest::newRow("unix traversal") << u"../../etc/passwd.mp3"_s << u"passwd.mp3"_s;
    QTest::newRow("windows path") << u"C:\\Users\\kid\\Music\\song.flac"_s << u"song.flac"_s;
    QTest::newRow("mixed") << u"a/b\\c/..\\d.ogg"_s << u"d.ogg"_s;
    QTest::newRow("trailing slash") << u"music/"_s << u""_s;
    QTest::newRow("dot dot") << u"x/.."_s << u".."_s;
}

void tst_FileNamePolicy::baseName()
{
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    QCOMPARE(FileNamePolicy::baseName(requested), expected);
}

void tst_FileNamePolicy::refusal_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("refused");
    QTest::newRow("mp3") << u"owl.mp3"_s << false;
    QTest::newRow("upper-case extension") << u"OWL.MP3"_s << false;
    QTest::newRow("unicode") << u"Schlaflied für Öhrchen.flac"_s << false;
    QTest::newRow("empty") << u""_s << true;
    QTest::newRow("dot") << u"."_s << true;
    QTest::newRow("dot dot") << u".."_s << true;
    QTest::newRow("no extension") << u"owl"_s << true;
    QTest::newRow("text file") << u"notes.txt"_s << true;
    QTest::newRow("double extension") << u"song.mp3.exe"_s << true;
    QTest::newRow("newline") << u"a\nb.mp3"_s << true;
    QTest::newRow("nul") << QString(u"a"_s + QChar(0) + u".mp3"_s) << true;
    QTest::newRow("delete char") << QString(u"a"_s + QChar(0x7f) + u".mp3"_s) << true;
    QTest::newRow("256 characters") << QString(QString(252, u'x') + u".mp3"_s) << true;
    QTest::newRow("255 characters") << QString(QString(251, u'x') + u".mp3"_s) << false;
}

void tst_FileNamePolicy::refusal()
{
    QFETCH(QString, name);
    QFETCH(bool, refused);
    const QStringList allowed {u"mp3"_s, u"wav"_s, u"flac"_s, u"ogg"_s};
    QCOMPARE(FileNamePolicy::refusal(name, allowed).has_value(), refused);
}

void tst_FileNamePolicy::storable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unchanged") << u"owl song.mp3"_s << u"owl song.mp3"_s;
    QTest::newRow("hidden") << u".hidden.mp3"_s << u"hidden.mp3"_s;
    QTest::newRow("only extension") << u".mp3"_s << u"track.mp3"_s;
    QTest::newRow("dots and spaces first") << u" . .x.wav"_s << u"x.wav"_s;
    QTest::newRow("separators") << u"a/b\\c.mp3"_s << u"a_b_c.mp3"_s;
    QTest::newRow("tab") << u"a\tb.mp3"_s << u"a_b.mp3"_s;
    // Found by fuzzing: a "suffix" of 300 bytes made a name over NAME_MAX.
    QTest::newRow("endless extension")
        << u"a."_s + QString(300, u'x') << u"a."_s + QString(FileNamePolicy::maxNameBytes - 8 - 2, u'x');
}

void tst_FileNamePolicy::storable()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(FileNamePolicy::storable(name), expected);
}

void tst_FileNamePolicy::storableFitsInNameMax()
{
    // 200 characters of 3-byte UTF-8 are 600 bytes: the stem is cut on a character boundary.
    const QString name = QString(200, QChar(0x4e2d)) + u".mp3"_s;
    const QString stored = FileNamePolicy::storable(name);
    QVERIFY(stored.toUtf8().size() <= FileNamePolicy::maxNameBytes - 8);
    QVERIFY(stored.endsWith(u".mp3"_s));
    QCOMPARE(QString::fromUtf8(stored.toUtf8()), stored);
    const QString title = FileNamePolicy::fromTitle(u"  Good\nnight / moon  "_s, u"MP3"_s);
    QCOMPARE(title, u"Good night _ moon.mp3"_s);
}

void tst_FileNamePolicy::unique()
{
    QSet<QString> taken {u"owl.mp3"_s, u"owl-2.mp3"_s};
    const auto isTaken = [&taken](const QString &name) { return taken.contains(name); };
    QCOMPARE(FileNamePolicy::unique(u"cat.mp3"_s, isTaken), u"cat.mp3"_s);
    QCOMPARE(FileNamePolicy::unique(u"owl.mp3"_s, isTaken), u"owl-3.mp3"_s);
    taken.insert(u"archive.tar.gz"_s);
    QCOMPARE(FileNamePolicy::unique(u"archive.tar.gz"_s, isTaken), u"archive.tar-2.gz"_s);
}

QTEST_GUILESS_MAIN(tst_FileNamePolicy)
#include "tst_filenamepolicy.moc"
