// SPDX-License-Identifier: GPL-3.0-or-later
// MetadataReader: tags, duration and cover presence across the formats the box accepts, and no crash and no
// result on anything that is not audio.

#include "library/metadatareader.h"
#include "library/wavencoder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtEndian>
#include <QtMath>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QList<qint16> tone(int durationMs, int sampleRate = 44100)
{
    QList<qint16> samples(qsizetype(qint64(sampleRate) * durationMs / 1000));
    for (qsizetype i = 0; i < samples.size(); ++i)
        samples[i] = qint16(8000 * qSin(2 * M_PI * 440 * double(i) / sampleRate));
    return samples;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray fakePng()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(64, 'x');
}

// An ID3v2.3 tag with a title (TIT2) and, optionally, a front cover (APIC).
QByteArray id3v2Tag(const QByteArray &title, bool withCover)
{
    auto frame = [](const char *id, const QByteArray &payload) -> QByteArray {
        return QByteArray(id, 4) + be32(quint32(payload.size())) + QByteArray(2, '\0') + payload;
    };
    QByteArray frames = frame("TIT2", '\0' + title);
    if (withCover)
        frames += frame("APIC", QByteArray(1, '\0') + "image/png" + '\0' + '\x03' + '\0' + fakePng());
    const quint32 size = quint32(frames.size());
    QByteArray header = QByteArrayLiteral("ID3\x03\x00\x00");
    for (int shift : {21, 14, 7, 0})
        header.append(char((size >> shift) & 0x7f)); // syncsafe
    return header + frames;
}

// A FLAC picture block, base64 encoded as METADATA_BLOCK_PICTURE for Vorbis comments.
QByteArray metadataBlockPicture()
{
    const QByteArray mime = "image/png";
    const QByteArray picture = be32(3) + be32(quint32(mime.size())) + mime + be32(0) + be32(1) + be32(1)
        + be32(24) + be32(0) + be32(quint32(fakePng().size())) + fakePng();
    return picture.toBase64();
}

QByteArray withId3Chunk(QByteArray wav, const QByteArray &tag)
{
    QByteArray chunk = QByteArrayLiteral("id3 ");
    QByteArray size(4, '\0');
    qToLittleEndian(quint32(tag.size()), size.data());
    chunk += size + tag;
    if (tag.size() % 2)
        chunk += '\0';
    wav += chunk;
    qToLittleEndian(quint32(wav.size() - 8), wav.data() + 4);
    return wav;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_MetadataReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wavWithInfoTags();
    void wavWithoutTagsHasNoTitle();
    void wavWithId3CoverChunk();
    void encodedFormats_data();
    void encodedFormats();
    void mp3WithId3Cover();
    void garbageIsRejected_data();
    void garbageIsRejected();
    void emptyMissingAndFolderAreRejected();
    void wavWithoutSamplesIsRejected();
    void concurrentReads();
    void audioFileNames_data();
    void audioFileNames();

private:
    // Runs sox to synthesise a 1.5 s tone; skips the test when sox cannot write the format here.
    QString soxTone(const QString &name, const QStringList &comments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MetadataReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_MetadataReader::soxTone(const QString &name, const QStringList &comments)
{
    const QString sox = QStandardPaths::findExecutable(u"sox"_s);
    if (sox.isEmpty())
        return {};
    const QString path = m_dir->filePath(name);
    QStringList arguments {u"-n"_s, u"-r"_s, u"44100"_s, u"-c"_s, u"1"_s};
    for (const QString &comment : comments)
        arguments << u"--add-comment"_s << comment;
    arguments << path << u"synth"_s << u"1.5"_s << u"sine"_s << u"440"_s;
    QProcess process;
    process.start(sox, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0 || !QFile::exists(path))
        return {};
    return path;
}

void tst_MetadataReader::wavWithInfoTags()
{
    const QString path = m_dir->filePath(u"tone.wav"_s);
    QVERIFY(writeFile(
        path, WavEncoder::encode(tone(2000), 44100, {u"Schlaf, Kindlein"_s, u"Ünïcode"_s, u"Demo"_s})));

    const auto metadata = MetadataReader::read(path);
    QVERIFY(metadata);
    QVERIFY2(qAbs(metadata->durationMs - 2000) <= 5, qPrintable(QString::number(metadata->durationMs)));
    QCOMPARE(metadata->title, std::optional<QString>(u"Schlaf, Kindlein"_s));
    QCOMPARE(metadata->artist, std::optional<QString>(u"Ünïcode"_s));
    QCOMPARE(metadata->album, std::optional<QString>(u"Demo"_s));
    QVERIFY(!metadata->hasCover);
}

void tst_MetadataReader::wavWithoutTagsHasNoTitle()
{
    const QString path = m_dir->filePath(u"plain.wav"_s);
    QVERIFY(writeFile(path, WavEncoder::encode(tone(500, 22050), 22050)));

    const auto metadata = MetadataReader::read(path);
    QVERIFY(metadata);
    QVERIFY(qAbs(metadata->durationMs - 500) <= 5);
    QVERIFY(!metadata->title);
    QVERIFY(!metadata->artist);
    QVERIFY(!metadata->album);
}

void tst_MetadataReader::wavWithId3CoverChunk()
{
    const QString path = m_dir->filePath(u"covered.wav"_s);
    QVERIFY(writeFile(path, withId3Chunk(WavEncoder::encode(tone(1000), 44100), id3v2Tag("Covered", true))));

    const auto metadata = MetadataReader::read(path);
    QVERIFY(metadata);
    QVERIFY(metadata->hasCover);
    QCOMPARE(metadata->title, std::optional<QString>(u"Covered"_s));
}

void tst_MetadataReader::encodedFormats_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<bool>("withCover");
    for (const QString &extension : {u"flac"_s, u"ogg"_s}) {
        QTest::addRow("%s", qPrintable(extension)) << extension << false;
        QTest::addRow("%s with METADATA_BLOCK_PICTURE", qPrintable(extension)) << extension << true;
    }
}

void tst_MetadataReader::encodedFormats()
{
    QFETCH(QString, extension);
    QFETCH(bool, withCover);
    QStringList comments {u"Title=Hello Tone"_s, u"Artist=Someone"_s, u"Album=Tests"_s};
    if (withCover)
        comments << u"METADATA_BLOCK_PICTURE="_s + QString::fromLatin1(metadataBlockPicture());
    const QString path = soxTone(u"tone."_s + extension, comments);
    if (path.isEmpty())
        QSKIP("sox is missing or cannot write this format on this machine");

    const auto metadata = MetadataReader::read(path);
    QVERIFY(metadata);
    QVERIFY2(qAbs(metadata->durationMs - 1500) <= 30, qPrintable(QString::number(metadata->durationMs)));
    QCOMPARE(metadata->title, std::optional<QString>(u"Hello Tone"_s));
    QCOMPARE(metadata->artist, std::optional<QString>(u"Someone"_s));
    QCOMPARE(metadata->album, std::optional<QString>(u"Tests"_s));
    QCOMPARE(metadata->hasCover, withCover);
}

void tst_MetadataReader::mp3WithId3Cover()
{
    const QString plain = soxTone(u"plain.mp3"_s, {});
    if (plain.isEmpty())
        QSKIP("sox is missing or cannot write mp3 on this machine");

    const auto withoutCover = MetadataReader::read(plain);
    QVERIFY(withoutCover);
    // mp3 adds encoder delay and padding frames around the 1500 ms.
    QVERIFY2(qAbs(withoutCover->durationMs - 1500) <= 100,
             qPrintable(QString::number(withoutCover->durationMs)));
    QVERIFY(!withoutCover->hasCover);

    QFile file(plain);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString covered = m_dir->filePath(u"covered.mp3"_s);
    QVERIFY(writeFile(covered, id3v2Tag("Song With Cover", true) + file.readAll()));
    const auto metadata = MetadataReader::read(covered);
    QVERIFY(metadata);
    QVERIFY(metadata->hasCover);
    QCOMPARE(metadata->title, std::optional<QString>(u"Song With Cover"_s));
    QVERIFY(qAbs(metadata->durationMs - withoutCover->durationMs) <= 30);
}

void tst_MetadataReader::garbageIsRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<quint32>("seed");
    for (const QString &extension :
         {u"mp3"_s, u"wav"_s, u"flac"_s, u"ogg"_s, u"m4a"_s, u"opus"_s, u"aac"_s}) {
        for (int size : {1, 17, 4096, 300000}) {
            for (quint32 seed : {1u, 2u, 3u}) {
                QTest::addRow("%s %d bytes seed %u", qPrintable(extension), size, seed)
                    << (u"noise."_s + extension) << size << seed;
            }
        }
    }
    QTest::addRow("text named mp3") << u"notes.mp3"_s << -1 << 0u;
    QTest::addRow("RIFF header then noise") << u"broken.wav"_s << -2 << 7u;
    QTest::addRow("ID3 header then noise") << u"broken.mp3"_s << -3 << 8u;
    QTest::addRow("fLaC then noise") << u"broken.flac"_s << -4 << 9u;
}

void tst_MetadataReader::garbageIsRejected()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    auto noise = [&random](int count) {
        QByteArray bytes(count, '\0');
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        return bytes;
    };
    QByteArray bytes;
    switch (size) {
    case -1:
        bytes = "This is not music, just a shopping list.\nMilk\nBread\n";
        break;
    case -2:
        bytes = QByteArrayLiteral("RIFF\x10\x00\x01\x00WAVEfmt ") + noise(5000);
        break;
    case -3:
        bytes = QByteArrayLiteral("ID3\x03\x00\x00\x00\x00\x01\x00") + noise(20000);
        break;
    case -4:
        bytes = QByteArrayLiteral("fLaC") + noise(20000);
        break;
    default:
        bytes = noise(size);
    }
    const QString path = m_dir->filePath(name);
    QVERIFY(writeFile(path, bytes));
    QVERIFY(!MetadataReader::read(path));
}

void tst_MetadataReader::emptyMissingAndFolderAreRejected()
{
    const QString empty = m_dir->filePath(u"empty.mp3"_s);
    QVERIFY(writeFile(empty, {}));
    QVERIFY(!MetadataReader::read(empty));
    QVERIFY(!MetadataReader::read(m_dir->filePath(u"missing.mp3"_s)));
    QVERIFY(!MetadataReader::read(QString()));
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.mp3"_s));
    QVERIFY(!MetadataReader::read(m_dir->filePath(u"folder.mp3"_s)));
}

void tst_MetadataReader::wavWithoutSamplesIsRejected()
{
    const QString path = m_dir->filePath(u"silent.wav"_s);
    QVERIFY(writeFile(path, WavEncoder::encode({}, 44100, {u"Nothing"_s, {}, {}})));
    QVERIFY(!MetadataReader::read(path));
}

void tst_MetadataReader::concurrentReads()
{
    QStringList paths;
    for (int i = 0; i < 24; ++i) {
        const QString path = m_dir->filePath(u"t%1.wav"_s.arg(i));
        QVERIFY(
            writeFile(path, WavEncoder::encode(tone(100 + 10 * i, 8000), 8000, {u"T%1"_s.arg(i), {}, {}})));
        paths << path;
    }
    std::atomic<int> correct = 0;
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < paths.size(); ++i) {
            pool.start([&correct, path = paths.at(i), i] {
                const auto metadata = MetadataReader::read(path);
                if (metadata && metadata->title == u"T%1"_s.arg(i)
                    && qAbs(metadata->durationMs - (100 + 10 * i)) <= 2)
                    ++correct;
            });
        }
    }
    QVERIFY(pool.waitForDone(60000));
    QCOMPARE(correct.load(), 5 * int(paths.size()));
}

void tst_MetadataReader::audioFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("audio");
    QTest::addRow("mp3") << u"a.mp3"_s << true;
    QTest::addRow("upper case") << u"A SONG.FLAC"_s << true;
    QTest::addRow("wav") << u"01 x.wav"_s << true;
    QTest::addRow("ogg") << u"x.ogg"_s << true;
    QTest::addRow("m4a") << u"x.m4a"_s << true;
    QTest::addRow("aac") << u"x.aac"_s << true;
    QTest::addRow("opus") << u"x.opus"_s << true;
    QTest::addRow("text") << u"notes.txt"_s << false;
    QTest::addRow("cover") << u"cover.jpg"_s << false;
    QTest::addRow("no extension") << u"mp3"_s << false;
    QTest::addRow("only extension") << u".mp3"_s << false;
    QTest::addRow("partial download") << u"song.mp3.part"_s << false;
}

void tst_MetadataReader::audioFileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, audio);
    QCOMPARE(MetadataReader::isAudioFileName(name), audio);
}

QTEST_GUILESS_MAIN(tst_MetadataReader)
#include "tst_metadatareader.moc"
