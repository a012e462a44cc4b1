// SPDX-License-Identifier: GPL-3.0-or-later
// FolderImage: which file of a playlist folder is its picture (cover before folder, jpg before jpeg before
// png, any letter case) and which files are not.
#include "library/folderimage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FolderImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheBestName_data();
    void picksTheBestName();
    void namesThatAreNotFolderImages_data();
    void namesThatAreNotFolderImages();
};

void tst_FolderImage::picksTheBestName_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList {u"01 song.mp3"_s, u"notes.txt"_s} << QString();
    QTest::newRow("cover.jpg") << QStringList {u"01 song.mp3"_s, u"cover.jpg"_s} << u"cover.jpg"_s;
    QTest::newRow("upper case") << QStringList {u"Cover.JPG"_s} << u"Cover.JPG"_s;
    QTest::newRow("cover before folder") << QStringList {u"folder.jpg"_s, u"COVER.png"_s} << u"COVER.png"_s;
    QTest::newRow("jpg before jpeg before png")
        << QStringList {u"cover.png"_s, u"cover.jpeg"_s, u"cover.jpg"_s} << u"cover.jpg"_s;
    QTest::newRow("folder.jpeg") << QStringList {u"Folder.jpeg"_s, u"back.jpg"_s} << u"Folder.jpeg"_s;
}

void tst_FolderImage::picksTheBestName()
{
    QFETCH(QStringList, files);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(FolderImage::find(dir.path()), expected.isEmpty() ? QString() : dir.filePath(expected));
}

void tst_FolderImage::namesThatAreNotFolderImages_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name :
         {u"cover.gif"_s, u"cover.jpg.mp3"_s, u"mycover.jpg"_s, u"cover"_s, u"front.jpg"_s, u".cover.jpg"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void tst_FolderImage::namesThatAreNotFolderImages()
{
    QFETCH(QString, name);
    QVERIFY(!FolderImage::isFolderImageName(name));
}

QTEST_GUILESS_MAIN(tst_FolderImage)
#include "tst_folderimage.moc"
