// SPDX-License-Identifier: GPL-3.0-or-later
// DemoLibrary: three pleasant, readable WAV tunes in a "Demo" folder that appears whole, offered once, and
// imported by LibrarySync with readable titles.

#include "library/counterrepository.h"
#include "library/database.h"
#include "library/demolibrary.h"
#include "library/filejournal.h"
#include "library/libraryscanner.h"
#include "library/librarysync.h"
#include "library/melodysynth.h"
#include "library/metadatareader.h"
#include "library/playlistrepository.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace Qt::StringLiterals;

class tst_DemoLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesThreeReadableTunes();
    void tunesArePcm16MonoAtCdRate();
    void tunesAreAudibleAndNotClipped();
    void leavesNoTemporaryFiles();
    void refusesAnExistingFolder();
    void removesAnUnfinishedStagingFolder();
    void ensureCreatesOnceOnAnEmptyBox();
    void ensureDoesNothingWhenDisabled();
    void ensureDoesNothingWhenMusicExists();
    void syncImportsTheDemoWithReadableTitles();
    void noteFrequencies();

private:
    QString musicPath() const { return m_dir->filePath(u"music"_s); }
    QString demoPath(const QString &file = {}) const;
    bool runEnsure(bool enabled);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CounterRepository> m_counters;
};

void tst_DemoLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"openmusicbox.db"_s)).ok());
    m_counters = std::make_unique<CounterRepository>(*m_database);
}

void tst_DemoLibrary::cleanup()
{
    m_counters.reset();
    m_database.reset();
    m_dir.reset();
}

QString tst_DemoLibrary::demoPath(const QString &file) const
{
    const QString folder = musicPath() + u'/' + DemoLibrary::folderName();
    return file.isEmpty() ? folder : folder + u'/' + file;
}

bool tst_DemoLibrary::runEnsure(bool enabled)
{
    DemoLibrary demo(*m_counters, musicPath(), enabled);
    QSignalSpy finished(&demo, &DemoLibrary::finished);
    demo.ensure();
    if (finished.count() != 0) // the answer always comes through the event loop
        return false;
    if (!finished.wait(60000))
        return false;
    return finished.first().first().toBool();
}

void tst_DemoLibrary::writesThreeReadableTunes()
{
    const Status written = DemoLibrary::write(musicPath());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    const QList<DemoLibrary::Tune> tunes = DemoLibrary::tunes();
    QCOMPARE(tunes.size(), 3);
    QCOMPARE(QDir(demoPath()).entryList(QDir::Files, QDir::Name).size(), 3);
    for (const DemoLibrary::Tune &tune : tunes) {
        const auto metadata = MetadataReader::read(demoPath(tune.fileName));
        QVERIFY2(metadata, qPrintable(tune.fileName));
        QVERIFY2(metadata->durationMs >= 18000 && metadata->durationMs <= 32000,
                 qPrintable(u"%1: %2 ms"_s.arg(tune.fileName).arg(metadata->durationMs)));
        QCOMPARE(metadata->title, std::optional<QString>(tune.title));
        QCOMPARE(metadata->album, std::optional<QString>(DemoLibrary::folderName()));
        QVERIFY(MetadataReader::isAudioFileName(tune.fileName));
    }
}

void tst_DemoLibrary::tunesArePcm16MonoAtCdRate()
{
    QVERIFY(DemoLibrary::write(musicPath()).ok());
    QFile file(demoPath(DemoLibrary::tunes().first().fileName));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(44);
    QCOMPARE(header.left(4), QByteArray("RIFF"));
    QCOMPARE(header.mid(8, 8), QByteArray("WAVEfmt "));
    QCOMPARE(qFromLittleEndian<quint16>(header.constData() + 20), quint16(1)); // PCM
    QCOMPARE(qFromLittleEndian<quint16>(header.constData() + 22), quint16(1)); // mono
    QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 24), quint32(44100));
    QCOMPARE(qFromLittleEndian<quint16>(header.constData() + 34), quint16(16));
    QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 4), quint32(file.size() - 8));
}

void tst_DemoLibrary::tunesAreAudibleAndNotClipped()
{
    QVERIFY(DemoLibrary::write(musicPath()).ok());
    for (const DemoLibrary::Tune &tune : DemoLibrary::tunes()) {
        QFile file(demoPath(tune.fileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const qsizetype dataSize = qFromLittleEndian<quint32>(bytes.constData() + 40);
        QVERIFY(44 + dataSize <= bytes.size());
        int peak = 0;
        double energy = 0;
        int fullScale = 0;
        for (qsizetype i = 44; i + 1 < 44 + dataSize; i += 2) {
            const int sample = qFromLittleEndian<qint16>(bytes.constData() + i);
            peak = std::max(peak, std::abs(sample));
            energy += double(sample) * sample;
            fullScale += std::abs(sample) >= 32767;
        }
        const double rms = std::sqrt(energy / double(dataSize / 2));
        QVERIFY2(peak > 10000 && peak < 20000, qPrintable(u"%1: peak %2"_s.arg(tune.fileName).arg(peak)));
        QVERIFY2(rms > 1000, qPrintable(u"%1: rms %2"_s.arg(tune.fileName).arg(rms)));
        QCOMPARE(fullScale, 0);
        // Faded in and out: the very first and last samples are silent.
        QCOMPARE(qFromLittleEndian<qint16>(bytes.constData() + 44), qint16(0));
        QVERIFY(std::abs(qFromLittleEndian<qint16>(bytes.constData() + 44 + dataSize - 2)) < 50);
    }
}

void tst_DemoLibrary::leavesNoTemporaryFiles()
{
    QVERIFY(DemoLibrary::write(musicPath()).ok());
    const QDir::Filters everything = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    QCOMPARE(QDir(musicPath()).entryList(everything), QStringList {DemoLibrary::folderName()});
    QStringList expected;
    for (const DemoLibrary::Tune &tune : DemoLibrary::tunes())
        expected << tune.fileName;
    QCOMPARE(QDir(demoPath()).entryList(everything, QDir::Name), expected);
}

void tst_DemoLibrary::refusesAnExistingFolder()
{
    QVERIFY(QDir().mkpath(demoPath()));
    QFile mine(demoPath(u"my song.mp3"_s));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.close();
    QVERIFY(!DemoLibrary::write(musicPath()).ok());
    QCOMPARE(QDir(demoPath()).entryList(QDir::Files), QStringList {u"my song.mp3"_s});
}

void tst_DemoLibrary::removesAnUnfinishedStagingFolder()
{
    // What a kill in the middle of writing leaves: a hidden staging folder with a partial file.
    const QString staging = musicPath() + u"/.demo-interrupted"_s;
    QVERIFY(QDir().mkpath(staging));
    QFile partial(staging + u"/01 Twinkle Twinkle Little Star.wav"_s);
    QVERIFY(partial.open(QIODevice::WriteOnly));
    partial.write("RIFF");
    partial.close();
    QVERIFY(LibraryScanner::isIgnoredName(u".demo-interrupted"_s));

    QVERIFY(DemoLibrary::write(musicPath()).ok());
    QVERIFY(!QFileInfo::exists(staging));
    QCOMPARE(QDir(demoPath()).entryList(QDir::Files).size(), 3);
}

void tst_DemoLibrary::ensureCreatesOnceOnAnEmptyBox()
{
    QVERIFY(runEnsure(true));
    QCOMPARE(QDir(demoPath()).entryList(QDir::Files).size(), 3);
    QVERIFY(m_counters->value(u"demo_library_offered"_s).value_or(0) > 0);

    // A parent deleted the demo: it does not come back at the next start.
    QVERIFY(QDir(demoPath()).removeRecursively());
    QVERIFY(!runEnsure(true));
    QVERIFY(!QFileInfo::exists(demoPath()));
}

void tst_DemoLibrary::ensureDoesNothingWhenDisabled()
{
    QVERIFY(!runEnsure(false));
    QVERIFY(!QFileInfo::exists(demoPath()));
    // Turning it on later on a still empty box still offers it.
    QVERIFY(runEnsure(true));
    QVERIFY(QFileInfo::exists(demoPath()));
}

void tst_DemoLibrary::ensureDoesNothingWhenMusicExists()
{
    QVERIFY(QDir().mkpath(musicPath() + u"/Our Songs"_s));
    QVERIFY(!runEnsure(true));
    QVERIFY(!QFileInfo::exists(demoPath()));
    QVERIFY(m_counters->value(u"demo_library_offered"_s).value_or(0) > 0);
}

void tst_DemoLibrary::syncImportsTheDemoWithReadableTitles()
{
    QVERIFY(runEnsure(true));
    PlaylistRepository repository(*m_database, musicPath());
    FileJournal journal(*m_database);
    LibrarySync sync(*m_database, repository, journal);
    std::optional<LibrarySync::Summary> summary;
    sync.sync([&summary](const LibrarySync::Summary &s) { summary = s; });
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 30000);
    QCOMPARE(summary->playlistsAdded, 1);

    const auto demo = repository.findByFolder(DemoLibrary::folderName());
    QVERIFY(demo);
    QCOMPARE(demo->title, u"Demo"_s);
    QCOMPARE(demo->trackCount(), 3);
    const QList<DemoLibrary::Tune> tunes = DemoLibrary::tunes();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(demo->tracks[i].trackNumber, i + 1);
        QCOMPARE(demo->tracks[i].filename, tunes[i].fileName);
        QCOMPARE(demo->tracks[i].title, tunes[i].title);
        QCOMPARE(demo->tracks[i].artist, std::optional<QString>(u"TheOpenMusicBox"_s));
        QVERIFY(demo->tracks[i].durationMs >= 18000);
        // Without its tag, the file name alone still reads well.
        QCOMPARE(LibraryScanner::titleFromFileName(tunes[i].fileName).isEmpty(), false);
        QVERIFY(!LibraryScanner::titleFromFileName(tunes[i].fileName).at(0).isDigit());
    }
}

void tst_DemoLibrary::noteFrequencies()
{
    QCOMPARE(MelodySynth::frequency(u"A4"), 440.0);
    QVERIFY(qAbs(MelodySynth::frequency(u"C5") - 523.2511) < 0.001);
    QVERIFY(qAbs(MelodySynth::frequency(u"C#5") - 554.3653) < 0.001);
    QVERIFY(qAbs(MelodySynth::frequency(u"Bb3") - 233.0819) < 0.001);
    QCOMPARE(MelodySynth::frequency(u"R"), 0.0);
    QCOMPARE(MelodySynth::frequency(u"H4"), 0.0);
    QCOMPARE(MelodySynth::frequency(u"C"), 0.0);
    QCOMPARE(MelodySynth::frequency(u"C99"), 0.0);
}

QTEST_GUILESS_MAIN(tst_DemoLibrary)
#include "tst_demolibrary.moc"
