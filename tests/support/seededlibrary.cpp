// SPDX-License-Identifier: GPL-3.0-or-later
#include "seededlibrary.h"

#include "library/database.h"
#include "library/loudnessrepository.h"
#include "library/playlistrepository.h"
#include "library/wavencoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace SeededLibrary {

QStringList seed(const QString &dataDir, int playlists, int tracksEach, const QString &firstTrack,
                 qint64 firstTrackMs)
{
    Database database;
    if (!database.open(dataDir + u"/openmusicbox.db"_s))
        qFatal("cannot open the database in %s", qPrintable(dataDir));
    const QString musicDir = dataDir + u"/music"_s;
    PlaylistRepository repository(database, musicDir);
    LoudnessRepository loudness(database, musicDir);
    const QByteArray wav = WavEncoder::encode(QList<qint16>(800, 0), 8000);
    QStringList ids;
    const auto add
        = [&](const QString &playlistId, const QString &folder, const PlaylistRepository::NewTrack &track,
              const QByteArray &bytes, const QString &copyFrom) -> Status {
        const QString path = musicDir + u'/' + folder + u'/' + track.filename;
        if (copyFrom.isEmpty()) {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return ServiceError::internal(u"seed"_s, u"cannot write "_s + path);
        } else if (!QFile::copy(copyFrom, path)) {
            return ServiceError::internal(u"seed"_s, u"cannot copy "_s + copyFrom);
        }
        const Result<Track> added = repository.addTrack(playlistId, track);
        if (!added)
            return added.error();
        return loudness.store(added->id, {-6.0, 0.5});
    };
    const Status seeded = database.transaction([&]() -> Status {
        for (int p = 0; p < playlists; ++p) {
            const QString folder = u"Playlist %1"_s.arg(p, 4, 10, QLatin1Char('0'));
            QDir().mkpath(musicDir + u'/' + folder);
            const Result<Playlist> playlist = repository.create(folder, {}, folder);
            if (!playlist)
                return playlist.error();
            ids.append(playlist->id);
            if (p == 0 && !firstTrack.isEmpty()) {
                const QString file = u"00 "_s + QFileInfo(firstTrack).fileName();
                if (const Status s = add(playlist->id, folder,
                                         {u"Long"_s, file, firstTrackMs, {}, {}, false, 0}, {}, firstTrack);
                    !s)
                    return s;
            }
            for (int t = 0; t < tracksEach; ++t) {
                const QString file = u"%1 Song.wav"_s.arg(t + 1, 2, 10, QLatin1Char('0'));
                if (const Status s = add(playlist->id, folder,
                                         {u"Song %1"_s.arg(t + 1), file, 100, {}, {}, false, 0}, wav, {});
                    !s)
                    return s;
            }
        }
        // Looked at for covers, found none: the cover scanner has nothing to do either.
        QSqlQuery covers(database.connection());
        if (!covers.exec(u"UPDATE playlists SET cover = ''"_s)
            || !covers.exec(u"UPDATE tracks SET cover = ''"_s))
            return ServiceError::internal(u"seed"_s, covers.lastError().text());
        return Done {};
    });
    if (!seeded)
        qFatal("seeding the library failed: %s", qPrintable(seeded.error().message));
    return ids;
}

} // namespace SeededLibrary
