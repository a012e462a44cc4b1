// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a track's title, artist and album on a real library (TrackDetailsRepository through
// PlaylistService::editTrack): only the given fields change, "" clears artist and album, the file keeps its
// name, the playlist's revision moves once, search finds the new words, and the pages get state:track_updated
// and state:playlist with that revision.

#include "library/audioplacer.h"
#include "library/searchrepository.h"
#include "playlistharness.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TrackDetailsRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void onlyTheGivenFieldsChange();
    void emptyTextClearsArtistAndAlbum();
    void unknownPlaylistOrTrackIsNotFound();

private:
    std::unique_ptr<PlaylistHarness> m_harness;
    QString m_playlist;
    QString m_track;
};

void tst_TrackDetailsRepository::init()
{
    m_harness = std::make_unique<PlaylistHarness>();
    QVERIFY(m_harness->isValid());
    m_playlist = m_harness->createPlaylist(u"Bedtime"_s);
    const QString prepared
        = m_harness->folderOf(m_playlist) + u'/' + AudioPlacer::partialName(u"owl"_s, u"mp3"_s);
    QFile file(prepared);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("owl");
    file.close();
    PlaylistRepository::NewTrack track;
    track.title = u"owl"_s;
    track.filename = u"owl.mp3"_s;
    track.artist = u"Someone"_s;
    track.album = u"Night"_s;
    const auto added = m_harness->playlists().importTrack(m_playlist, track, prepared);
    QVERIFY(added.ok());
    m_track = added->id;
    m_harness->clearEvents();
}

void tst_TrackDetailsRepository::cleanup()
{
    m_harness.reset();
}

void tst_TrackDetailsRepository::onlyTheGivenFieldsChange()
{
    const qint64 before = m_harness->repository().find(m_playlist)->playlistSeq;
    TrackDetailsRepository::Edit edit;
    edit.title = u"The Little Owl"_s;
    const auto edited = m_harness->playlists().editTrack(m_playlist, m_track, edit);
    QVERIFY(edited.ok());
    QCOMPARE(edited->track.title, u"The Little Owl"_s);
    QCOMPARE(edited->track.artist, std::optional<QString>(u"Someone"_s));
    QCOMPARE(edited->track.album, std::optional<QString>(u"Night"_s));
    QCOMPARE(edited->track.filename, u"owl.mp3"_s);
    QVERIFY(QFile::exists(edited->track.filePath));
    QCOMPARE(edited->playlist.playlistSeq, before + 1);

    QCOMPARE(m_harness->eventNames(), QStringList({u"state:track_updated"_s, u"state:playlist"_s}));
    const auto event = m_harness->events().first().payload;
    QCOMPARE(event[u"playlist_seq"_s].toInteger(), before + 1);
    QCOMPARE(event[u"data"_s][u"track"_s][u"title"_s].toString(), u"The Little Owl"_s);
    QCOMPARE(event[u"data"_s][u"updates"_s].toObject(), QJsonObject({{u"title"_s, u"The Little Owl"_s}}));

    SearchRepository search(m_harness->database());
    const auto found = search.search(u"little"_s, 10);
    QVERIFY(found.ok());
    QCOMPARE(found->tracks.size(), 1);
}

void tst_TrackDetailsRepository::emptyTextClearsArtistAndAlbum()
{
    TrackDetailsRepository::Edit edit;
    edit.artist = u""_s;
    edit.album = u"Day"_s;
    const auto edited = m_harness->playlists().editTrack(m_playlist, m_track, edit);
    QVERIFY(edited.ok());
    QCOMPARE(edited->track.title, u"owl"_s);
    QVERIFY(!edited->track.artist);
    QCOMPARE(edited->track.album, std::optional<QString>(u"Day"_s));
    const QJsonObject updates = m_harness->events().first().payload[u"data"_s][u"updates"_s].toObject();
    QCOMPARE(updates, QJsonObject({{u"artist"_s, QJsonValue::Null}, {u"album"_s, u"Day"_s}}));
}

void tst_TrackDetailsRepository::unknownPlaylistOrTrackIsNotFound()
{
    TrackDetailsRepository::Edit edit;
    edit.title = u"x"_s;
    const auto noPlaylist = m_harness->playlists().editTrack(u"missing"_s, m_track, edit);
    QCOMPARE(noPlaylist.error().type, ErrorType::NotFound);
    QCOMPARE(noPlaylist.error().details[u"resource"_s].toString(), u"playlist"_s);
    const QString other = m_harness->createPlaylist(u"Other"_s);
    const auto elsewhere = m_harness->playlists().editTrack(other, m_track, edit);
    QCOMPARE(elsewhere.error().type, ErrorType::NotFound);
    QCOMPARE(elsewhere.error().details[u"resource"_s].toString(), u"track"_s);
    QCOMPARE(m_harness->repository().find(m_playlist)->tracks.first().title, u"owl"_s);
    QCOMPARE(m_harness->repository().find(other)->playlistSeq, 1);
}

QTEST_GUILESS_MAIN(tst_TrackDetailsRepository)
#include "tst_trackdetailsrepository.moc"
