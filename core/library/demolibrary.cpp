// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolibrary.h"

#include "counterrepository.h"
#include "libraryscanner.h"
#include "melodysynth.h"
#include "system/logging.h"
#include "wavencoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const auto offeredCounter = u"demo_library_offered"_s;
const auto temporaryPrefix = ".demo-"_L1;

struct Arrangement
{
    QList<MelodySynth::Voice> voices;
    double beatsPerMinute;
};

// Traditional tunes, in the public domain. Melodies an octave above middle C sound like a music box.
Arrangement arrangement(int index)
{
    switch (index) {
    case 0: { // Twinkle, Twinkle, Little Star
        const QString phraseA = u"C5:1 C5:1 G5:1 G5:1 A5:1 A5:1 G5:2 F5:1 F5:1 E5:1 E5:1 D5:1 D5:1 C5:2 "_s;
        const QString phraseB = u"G5:1 G5:1 F5:1 F5:1 E5:1 E5:1 D5:2 "_s;
        const QString bassA = u"C3:2 C3:2 F3:2 C3:2 F3:2 C3:2 G2:2 C3:2 "_s;
        const QString bassB = u"C3:2 F3:2 C3:2 G2:2 "_s;
        return {{{phraseA + phraseB + phraseB + phraseA, 1.0, 0, false},
                 {bassA + bassB + bassB + bassA + u"C3:2"_s, 0.45, 0, true}},
                112};
    }
    case 1: // Brahms' Lullaby (Wiegenlied), in 3/4
        return {{{u"E5:0.5 E5:0.5 G5:2 E5:0.5 E5:0.5 G5:2 E5:0.5 G5:0.5 C6:1.5 B5:0.5 A5:1 A5:1 G5:1 "
                  "D5:0.5 E5:0.5 F5:1 D5:1 D5:0.5 E5:0.5 F5:2 D5:0.5 F5:0.5 B5:0.5 A5:0.5 G5:1 B5:1 "
                  "C6:2 C5:0.5 C5:0.5 C6:2 A5:0.5 F5:0.5 G5:2 E5:0.5 C5:0.5 F5:1 G5:1 A5:1 G5:2 C5:0.5 "
                  "C5:0.5 C6:2 A5:0.5 F5:0.5 G5:2 F5:0.5 E5:0.5 D5:1 C5:1 D5:1 C5:3"_s,
                  1.0, 0, false},
                 {u"R:1 C3:3 C3:3 F3:3 G2:3 G2:3 G2:3 G2:3 C3:3 F3:3 C3:3 G2:3 C3:3 F3:3 C3:3 G2:3 C3:3"_s,
                  0.4, 0, true}},
                100};
    default: { // Frère Jacques, sung as a round: the second voice enters two bars later
        const QString tune = u"C5:1 D5:1 E5:1 C5:1 C5:1 D5:1 E5:1 C5:1 E5:1 F5:1 G5:2 E5:1 F5:1 G5:2 "
                             "G5:0.5 A5:0.5 G5:0.5 F5:0.5 E5:1 C5:1 G5:0.5 A5:0.5 G5:0.5 F5:0.5 E5:1 C5:1 "
                             "C5:1 G4:1 C5:2 C5:1 G4:1 C5:2"_s;
        return {{{tune, 1.0, 0, false}, {tune, 0.7, 8, false}, {u"C3:4 "_s.repeated(10), 0.35, 0, true}},
                116};
    }
    }
}

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeLeftovers(const QString &musicDir)
{
    const QDir root(musicDir);
    const QStringList filter {QString(temporaryPrefix) + u'*'};
    for (const QString &name : root.entryList(filter, QDir::Dirs | QDir::Hidden)) {
        qCInfo(lcLibrary).noquote() << "removing an unfinished demo folder" << name;
        QDir(root.filePath(name)).removeRecursively();
    }
}

} // namespace

DemoLibrary::DemoLibrary(CounterRepository &counters, QString musicDir, bool enabled, QObject *parent)
    : QObject(parent)
    , m_counters(counters)
    , m_musicDir(std::move(musicDir))
    , m_enabled(enabled)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, [this] {
        const Status written = m_watcher.result();
        if (!written) {
            qCWarning(lcLibrary).noquote() << "demo library not created:" << written.error().message;
            finish(false);
            return;
        }
        qCInfo(lcLibrary) << "demo library created";
        finish(true);
    });
}

DemoLibrary::~DemoLibrary()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

QString DemoLibrary::folderName()
{
    return u"Demo"_s;
}

QList<DemoLibrary::Tune> DemoLibrary::tunes()
{
    return {{u"01 Twinkle Twinkle Little Star.wav"_s, u"Twinkle, Twinkle, Little Star"_s},
            {u"02 Brahms Lullaby.wav"_s, u"Brahms' Lullaby"_s},
            {u"03 Frere Jacques.wav"_s, u"Frère Jacques"_s}};
}

void DemoLibrary::ensure()
{
    auto later = [this](bool created) {
        QMetaObject::invokeMethod(
            this, [this, created] { Q_EMIT finished(created); }, Qt::QueuedConnection);
    };
    if (!m_enabled || m_counters.value(offeredCounter).value_or(0) > 0)
        return later(false);
    const QDir root(m_musicDir);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const bool hasPlaylists = std::any_of(folders.cbegin(), folders.cend(), [](const QString &name) {
        return !LibraryScanner::isIgnoredName(name);
    });
    if (hasPlaylists) {
        // This box has music: the demo is never offered later, even if every playlist is deleted.
        if (const Status stored = m_counters.setValue(offeredCounter, 1); !stored)
            qCWarning(lcLibrary).noquote() << "cannot remember the demo library:" << stored.error().message;
        return later(false);
    }
    m_watcher.setFuture(QtConcurrent::run([musicDir = m_musicDir] { return write(musicDir); }));
}

void DemoLibrary::finish(bool created)
{
    if (const Status stored = m_counters.setValue(offeredCounter, 1); !stored)
        qCWarning(lcLibrary).noquote() << "cannot remember the demo library:" << stored.error().message;
    Q_EMIT finished(created);
}

Status DemoLibrary::write(const QString &musicDir)
{
    if (!QDir().mkpath(musicDir))
        return ServiceError::internal(u"demo library"_s, u"cannot create %1"_s.arg(musicDir));
    const QString target = QDir(musicDir).filePath(folderName());
    if (QFileInfo::exists(target))
        return ServiceError::internal(u"demo library"_s, u"%1 already exists"_s.arg(target));
    removeLeftovers(musicDir);

    // A hidden name keeps LibrarySync away from the folder until it is complete.
    const QString staging
        = QDir(musicDir).filePath(temporaryPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!QDir().mkpath(staging))
        return ServiceError::internal(u"demo library"_s, u"cannot create %1"_s.arg(staging));
    const QList<Tune> list = tunes();
    for (int i = 0; i < list.size(); ++i) {
        const Arrangement tune = arrangement(i);
        const QByteArray wav = WavEncoder::encode(MelodySynth::render(tune.voices, tune.beatsPerMinute),
                                                  MelodySynth::sampleRate,
                                                  {list[i].title, u"TheOpenMusicBox"_s, folderName()});
        QSaveFile file(QDir(staging).filePath(list[i].fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size() || !file.commit()) {
            QDir(staging).removeRecursively();
            return ServiceError::internal(u"demo library"_s,
                                          u"cannot write %1: %2"_s.arg(list[i].fileName, file.errorString()));
        }
    }
    syncPath(staging);
    if (!QDir().rename(staging, target)) {
        QDir(staging).removeRecursively();
        return ServiceError::internal(u"demo library"_s, u"cannot rename %1 to %2"_s.arg(staging, target));
    }
    syncPath(musicDir);
    return Done {};
}
