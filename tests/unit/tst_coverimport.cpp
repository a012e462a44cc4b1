// SPDX-License-Identifier: GPL-3.0-or-later
// CoverImport with the real cover tool: a picture is stored once, as a JPEG of at most 512 px, named by its
// content; bad pictures (truncated, a decoder bomb's header, a 50 MB file, not an image) are refused with a
// reason and leave nothing behind; a missing tool asks to be retried instead of remembering "none".
#include "audiofixtures.h"
#include "coverfixtures.h"
#include "library/coverimport.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CoverImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void embeddedPictureIsStoredScaled();
    void identicalPicturesAreStoredOnce();
    void smallPictureKeepsItsSize();
    void transparentPngBecomesJpeg();
    void folderImageIsStored();
    void badPicturesAreRefused_data();
    void badPicturesAreRefused();
    void fiftyMegabyteFileIsNotRead();
    void badEmbeddedPictureIsRefused();
    void fileWithoutPictureHasNone();
    void missingToolIsRetriedLater();

private:
    CoverImport import(const QString &program) const;
    CoverImport import() const { return import(TestPaths::coverTool()); }
    QString writeFile(const QString &name, const QByteArray &content) const;
    QStringList stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CoverImport::init()
{
    QVERIFY2(QFileInfo(TestPaths::coverTool()).isExecutable(), "OMB_COVER_TOOL must name the cover tool");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"music"_s));
}

void tst_CoverImport::cleanup()
{
    m_dir.reset();
}

CoverImport tst_CoverImport::import(const QString &program) const
{
    return CoverImport(CoverStore(m_dir->filePath(u"covers"_s)), CoverConverter({.program = program}));
}

QString tst_CoverImport::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(u"music/"_s + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QStringList tst_CoverImport::stored() const
{
    return QDir(m_dir->filePath(u"covers"_s)).entryList(QDir::Files | QDir::Hidden);
}

void tst_CoverImport::embeddedPictureIsStoredScaled()
{
    const QString track = AudioFixtures::make(m_dir->filePath(u"music"_s), u"song"_s, u"mp3"_s, 300);
    QVERIFY(!track.isEmpty());
    const QByteArray picture = CoverFixtures::image("jpeg", 2000, 1000);
    QVERIFY(CoverFixtures::embed(track, picture));

    const CoverImport::Outcome outcome = import().fromAudio(track);
    QVERIFY2(outcome.name.has_value(), qPrintable(outcome.problem));
    QCOMPARE(*outcome.name, CoverStore::nameFor(picture));
    QCOMPARE(stored(), QStringList {*outcome.name});
    QCOMPARE(CoverFixtures::jpegSize(m_dir->filePath(u"covers/"_s + *outcome.name)), QSize(512, 256));
}

void tst_CoverImport::identicalPicturesAreStoredOnce()
{
    const QByteArray picture = CoverFixtures::image("jpeg", 600, 600);
    QStringList names;
    for (const QString &stem : {u"one"_s, u"two"_s}) {
        const QString track = AudioFixtures::make(m_dir->filePath(u"music"_s), stem, u"flac"_s, 300);
        QVERIFY(!track.isEmpty());
        QVERIFY(CoverFixtures::embed(track, picture));
        const CoverImport::Outcome outcome = import().fromAudio(track);
        QVERIFY2(outcome.name.has_value(), qPrintable(outcome.problem));
        names.append(*outcome.name);
    }
    QCOMPARE(names.at(0), names.at(1));
    const QString path = m_dir->filePath(u"covers/"_s + names.at(0));
    const QDateTime written = QFileInfo(path).lastModified();
    // A third import with a tool that cannot run still finds the stored picture: nothing is converted.
    const QString track = AudioFixtures::make(m_dir->filePath(u"music"_s), u"three"_s, u"flac"_s, 300);
    QVERIFY(CoverFixtures::embed(track, picture));
    QCOMPARE(import(m_dir->filePath(u"no-such-tool"_s)).fromAudio(track).name, names.at(0));
    QCOMPARE(stored(), QStringList {names.at(0)});
    QCOMPARE(QFileInfo(path).lastModified(), written);
}

void tst_CoverImport::smallPictureKeepsItsSize()
{
    const QString image = writeFile(u"cover.png"_s, CoverFixtures::image("png", 120, 80));
    const CoverImport::Outcome outcome = import().fromFolder(QFileInfo(image).path());
    QVERIFY2(outcome.name.has_value(), qPrintable(outcome.problem));
    QCOMPARE(CoverFixtures::jpegSize(m_dir->filePath(u"covers/"_s + *outcome.name)), QSize(120, 80));
}

void tst_CoverImport::transparentPngBecomesJpeg()
{
    writeFile(u"folder.png"_s, CoverFixtures::image("png", 64, 64, 0x000000, 0));
    const CoverImport::Outcome outcome = import().fromFolder(m_dir->filePath(u"music"_s));
    QVERIFY2(outcome.name.has_value(), qPrintable(outcome.problem));
    QImage stored(m_dir->filePath(u"covers/"_s + *outcome.name), "jpeg");
    QVERIFY(!stored.isNull());
    QVERIFY2(qGray(stored.pixel(32, 32)) > 240, "a transparent picture shows on white");
}

void tst_CoverImport::folderImageIsStored()
{
    const QByteArray picture = CoverFixtures::image("jpeg", 800, 1600);
    writeFile(u"Cover.JPG"_s, picture);
    const CoverImport::Outcome outcome = import().fromFolder(m_dir->filePath(u"music"_s));
    QVERIFY2(outcome.name.has_value(), qPrintable(outcome.problem));
    QCOMPARE(*outcome.name, CoverStore::nameFor(picture));
    QCOMPARE(CoverFixtures::jpegSize(m_dir->filePath(u"covers/"_s + *outcome.name)), QSize(256, 512));
}

void tst_CoverImport::badPicturesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    const QByteArray jpeg = CoverFixtures::image("jpeg", 400, 400);
    QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 3) << u"truncated"_s;
    const QByteArray png = CoverFixtures::image("png", 400, 400);
    QTest::newRow("truncated png") << png.left(png.size() / 2) << u"cannot be decoded"_s;
    QTest::newRow("30000x30000 png header") << CoverFixtures::pngHeaderOnly(30000, 30000) << u"30000x30000"_s;
    QTest::newRow("not an image") << QByteArray("these are words, not pixels\n").repeated(20)
                                  << u"not an image"_s;
    QTest::newRow("empty") << QByteArray() << u"not an image"_s;
}

void tst_CoverImport::badPicturesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    writeFile(u"cover.jpg"_s, content);
    const CoverImport::Outcome outcome = import().fromFolder(m_dir->filePath(u"music"_s));
    QVERIFY(!outcome.name);
    QVERIFY(!outcome.retryLater);
    QVERIFY2(outcome.problem.contains(reason), qPrintable(outcome.problem));
    QCOMPARE(stored().filter(u".jpg"_s), QStringList());
}

void tst_CoverImport::fiftyMegabyteFileIsNotRead()
{
    QFile huge(m_dir->filePath(u"music/folder.jpg"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.write(CoverFixtures::image("jpeg", 100, 100)) > 0);
    QVERIFY(huge.resize(50 * 1024 * 1024));
    huge.close();
    const CoverImport::Outcome outcome = import().fromFolder(m_dir->filePath(u"music"_s));
    QVERIFY(!outcome.name);
    QVERIFY(!outcome.retryLater);
    QVERIFY2(outcome.problem.contains(u"52428800 bytes"_s), qPrintable(outcome.problem));
    QCOMPARE(stored(), QStringList());
}

void tst_CoverImport::badEmbeddedPictureIsRefused()
{
    const QString track = AudioFixtures::make(m_dir->filePath(u"music"_s), u"song"_s, u"wav"_s, 300);
    QVERIFY(!track.isEmpty());
    QVERIFY(CoverFixtures::embed(track, CoverFixtures::pngHeaderOnly(30000, 30000)));
    const CoverImport::Outcome outcome = import().fromAudio(track);
    QVERIFY(!outcome.name);
    QVERIFY(!outcome.retryLater);
    QVERIFY2(outcome.problem.contains(u"30000x30000"_s), qPrintable(outcome.problem));
    QCOMPARE(stored(), QStringList()); // the temporary picture is gone too
}

void tst_CoverImport::fileWithoutPictureHasNone()
{
    const QString track = AudioFixtures::make(m_dir->filePath(u"music"_s), u"song"_s, u"ogg"_s, 300);
    QVERIFY(!track.isEmpty());
    const CoverImport::Outcome outcome = import().fromAudio(track);
    QVERIFY(!outcome.name);
    QVERIFY(outcome.problem.isEmpty());
    QVERIFY(import().fromFolder(m_dir->filePath(u"music"_s)).problem.isEmpty());
}

void tst_CoverImport::missingToolIsRetriedLater()
{
    writeFile(u"cover.jpg"_s, CoverFixtures::image("jpeg", 100, 100));
    const CoverImport::Outcome outcome
        = import(m_dir->filePath(u"no-such-tool"_s)).fromFolder(m_dir->filePath(u"music"_s));
    QVERIFY(!outcome.name);
    QVERIFY(outcome.retryLater);
    QVERIFY(!outcome.problem.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CoverImport)
#include "tst_coverimport.moc"
