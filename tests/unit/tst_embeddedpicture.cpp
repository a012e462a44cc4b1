// SPDX-License-Identifier: GPL-3.0-or-later
// EmbeddedPicture over every container the box imports: the picture comes back byte for byte, a front cover
// wins over another picture, a file without one says None, an oversized one says TooLarge without copying.
#include "audiofixtures.h"
#include "coverfixtures.h"
#include "library/embeddedpicture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EmbeddedPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readsThePictureOfEachFormat_data();
    void readsThePictureOfEachFormat();
    void frontCoverWinsOverOtherPictures_data();
    void frontCoverWinsOverOtherPictures();
    void fileWithoutPictureHasNone();
    void oversizedPictureIsNotCopied();
    void notAudioIsUnreadable();

private:
    QString audio(const QString &format);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_EmbeddedPicture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_EmbeddedPicture::cleanup()
{
    m_dir.reset();
}

QString tst_EmbeddedPicture::audio(const QString &format)
{
    const QString path = AudioFixtures::make(m_dir->path(), u"track"_s, format, 500);
    if (path.isEmpty())
        qWarning("no %s encoder (sox or gst-launch-1.0) on this machine", qPrintable(format));
    return path;
}

void tst_EmbeddedPicture::readsThePictureOfEachFormat_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"mp3"_s, u"wav"_s, u"flac"_s, u"ogg"_s, u"m4a"_s})
        QTest::newRow(qPrintable(format)) << format;
}

void tst_EmbeddedPicture::readsThePictureOfEachFormat()
{
    QFETCH(QString, format);
    const QString path = audio(format);
    QVERIFY(!path.isEmpty());
    const QByteArray picture = CoverFixtures::image("jpeg", 40, 30);
    QVERIFY(CoverFixtures::embed(path, picture));

    const EmbeddedPicture::Result read = EmbeddedPicture::read(path, 1 << 20);
    QCOMPARE(read.outcome, EmbeddedPicture::Outcome::Found);
    QCOMPARE(read.bytes, picture);
}

void tst_EmbeddedPicture::frontCoverWinsOverOtherPictures_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : {u"mp3"_s, u"flac"_s, u"ogg"_s})
        QTest::newRow(qPrintable(format)) << format;
}

void tst_EmbeddedPicture::frontCoverWinsOverOtherPictures()
{
    QFETCH(QString, format);
    const QString path = audio(format);
    QVERIFY(!path.isEmpty());
    const QByteArray other = CoverFixtures::image("png", 10, 10, 0xff0000);
    const QByteArray front = CoverFixtures::image("jpeg", 20, 20, 0x00ff00);
    QVERIFY(CoverFixtures::embed(path, other, false));
    QVERIFY(CoverFixtures::embed(path, front, true));

    const EmbeddedPicture::Result read = EmbeddedPicture::read(path, 1 << 20);
    QCOMPARE(read.outcome, EmbeddedPicture::Outcome::Found);
    QCOMPARE(read.bytes, front);
}

void tst_EmbeddedPicture::fileWithoutPictureHasNone()
{
    const QString path = audio(u"mp3"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(EmbeddedPicture::read(path, 1 << 20).outcome, EmbeddedPicture::Outcome::None);
}

void tst_EmbeddedPicture::oversizedPictureIsNotCopied()
{
    const QString path = audio(u"flac"_s);
    QVERIFY(!path.isEmpty());
    const QByteArray picture = CoverFixtures::image("png", 300, 300) + QByteArray(200000, 'x');
    QVERIFY(CoverFixtures::embed(path, picture));

    const EmbeddedPicture::Result read = EmbeddedPicture::read(path, 100000);
    QCOMPARE(read.outcome, EmbeddedPicture::Outcome::TooLarge);
    QCOMPARE(read.size, picture.size());
    QVERIFY(read.bytes.isEmpty());
}

void tst_EmbeddedPicture::notAudioIsUnreadable()
{
    const QString path = m_dir->filePath(u"notes.mp3"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some words, no audio here");
    file.close();
    QVERIFY(EmbeddedPicture::read(path, 1 << 20).outcome != EmbeddedPicture::Outcome::Found);
    QCOMPARE(EmbeddedPicture::read(m_dir->filePath(u"missing.mp3"_s), 1 << 20).outcome,
             EmbeddedPicture::Outcome::Unreadable);
}

QTEST_GUILESS_MAIN(tst_EmbeddedPicture)
#include "tst_embeddedpicture.moc"
