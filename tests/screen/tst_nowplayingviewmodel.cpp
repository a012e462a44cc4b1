// SPDX-License-Identifier: GPL-3.0-or-later
// NowPlayingViewModel over the real player and position ticks, with the fake audio backend.
#include "nowplayingviewmodel.h"

#include "library/coverrepository.h"
#include "screenfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_NowPlayingViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsEmpty();
    void followsAStartedPlaylist();
    void aRadioIsLive();
    void buttonsCommandThePlayer();
    void volumeIsClampedAndNotifiedOnlyOnChange();
    void positionFollowsTheTicks();
    void repeatCycles();
    void coverIsTheTracksElseThePlaylists();

private:
    std::unique_ptr<ScreenFixture> m_box;
    std::unique_ptr<NowPlayingViewModel> m_model;
    QString m_songs;
};

void tst_NowPlayingViewModel::init()
{
    m_box = std::make_unique<ScreenFixture>();
    QVERIFY(m_box->isReady());
    m_songs = m_box->createPlaylist(u"Songs"_s, 3);
    QVERIFY(!m_songs.isEmpty());
    m_model = std::make_unique<NowPlayingViewModel>(m_box->player, m_box->progress, 10, 80);
}

void tst_NowPlayingViewModel::cleanup()
{
    m_model.reset();
    m_box.reset();
}

void tst_NowPlayingViewModel::startsEmpty()
{
    QVERIFY(!m_model->isLoaded());
    QVERIFY(!m_model->isPlaying());
    QCOMPARE(m_model->trackCount(), 0);
    QCOMPARE(m_model->coverLetter(), QString());
    QCOMPARE(m_model->volume(), 50);
    QCOMPARE(m_model->volumeMin(), 10);
    QCOMPARE(m_model->volumeMax(), 80);
}

void tst_NowPlayingViewModel::followsAStartedPlaylist()
{
    QSignalSpy track(m_model.get(), &NowPlayingViewModel::trackChanged);
    QSignalSpy playing(m_model.get(), &NowPlayingViewModel::playingChanged);
    QVERIFY(m_box->player.startPlaylist(m_songs, PlaybackController::StartMode::FromStart));
    QCOMPARE(track.count(), 1);
    QCOMPARE(playing.count(), 1);
    QVERIFY(m_model->isLoaded());
    QVERIFY(m_model->isPlaying());
    QCOMPARE(m_model->title(), u"Songs 1"_s);
    QCOMPARE(m_model->playlistTitle(), u"Songs"_s);
    QCOMPARE(m_model->coverLetter(), u"S"_s);
    QCOMPARE(m_model->trackNumber(), 1);
    QCOMPARE(m_model->trackCount(), 3);
    QVERIFY(m_model->canNext());
}

// A stream of unknown length has no duration to show: the screen says "Live" (NowPlayingPanel.qml).
void tst_NowPlayingViewModel::aRadioIsLive()
{
    const auto radio
        = m_box->library.playlists().addStream(m_songs, u"http://radio.example/live"_s, u"Radio"_s);
    QVERIFY(radio.ok());
    QVERIFY(m_box->player.startPlaylist(m_songs, PlaybackController::StartMode::FromStart, radio->id));
    QCOMPARE(m_model->title(), u"Radio"_s);
    QVERIFY(m_model->isLive());
    QCOMPARE(m_model->durationMs(), 0.0);
    QCOMPARE(m_box->audio.commands.last(), u"play:http://radio.example/live@0"_s);
    QSignalSpy track(m_model.get(), &NowPlayingViewModel::trackChanged);
    QVERIFY(m_box->player.startPlaylist(m_songs, PlaybackController::StartMode::FromStart));
    QVERIFY(!m_model->isLive());
    QCOMPARE(track.count(), 1);
}

void tst_NowPlayingViewModel::buttonsCommandThePlayer()
{
    QVERIFY(m_box->player.startPlaylist(m_songs, PlaybackController::StartMode::FromStart));
    m_model->togglePlayPause();
    QVERIFY(!m_box->player.isPlaying());
    QVERIFY(!m_model->isPlaying());
    QCOMPARE(m_box->audio.commands.last(), u"pause"_s);
    m_model->togglePlayPause();
    QVERIFY(m_model->isPlaying());
    m_model->next();
    QCOMPARE(m_model->trackNumber(), 2);
    QCOMPARE(m_model->title(), u"Songs 2"_s);
    m_model->previous();
    QCOMPARE(m_model->trackNumber(), 1);
    QSignalSpy modes(m_model.get(), &NowPlayingViewModel::modesChanged);
    m_model->toggleShuffle();
    QVERIFY(m_box->player.isShuffled());
    QVERIFY(m_model->shuffle());
    QCOMPARE(modes.count(), 1);
}

void tst_NowPlayingViewModel::volumeIsClampedAndNotifiedOnlyOnChange()
{
    QSignalSpy volume(m_model.get(), &NowPlayingViewModel::volumeChanged);
    m_model->setVolume(70);
    QCOMPARE(m_box->player.volume(), 70);
    QCOMPARE(m_model->volume(), 70);
    QCOMPARE(volume.count(), 1);
    m_model->setVolume(70);
    QCOMPARE(volume.count(), 1);
    // The same limits as every other client (VOLUME_MAX of the settings, 100 here).
    m_model->setVolume(150);
    QCOMPARE(m_model->volume(), 100);
    QCOMPARE(volume.count(), 2);
}

void tst_NowPlayingViewModel::positionFollowsTheTicks()
{
    QVERIFY(m_box->player.startPlaylist(m_songs, PlaybackController::StartMode::FromStart));
    QSignalSpy position(m_model.get(), &NowPlayingViewModel::positionChanged);
    m_box->audio.setPosition(4200);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->positionMs(), 4200.0, 2000);
    QVERIFY(position.count() >= 1);
    m_box->player.stop();
    QCOMPARE(m_model->positionMs(), 0.0);
}

void tst_NowPlayingViewModel::repeatCycles()
{
    QCOMPARE(m_model->repeat(), u"none"_s);
    m_model->cycleRepeat();
    QCOMPARE(m_model->repeat(), u"playlist"_s);
    m_model->cycleRepeat();
    QCOMPARE(m_model->repeat(), u"track"_s);
    QCOMPARE(m_box->player.repeat(), PlaybackController::Repeat::Track);
    m_model->cycleRepeat();
    QCOMPARE(m_model->repeat(), u"none"_s);
}

void tst_NowPlayingViewModel::coverIsTheTracksElseThePlaylists()
{
    const QString covers = u"/box/covers"_s;
    NowPlayingViewModel model(m_box->player, m_box->progress, 10, 80, covers);
    const QString own = QString(40, u'a') + u".jpg"_s;
    const QString folder = QString(40, u'b') + u".jpg"_s;
    const Playlist songs = m_box->library.repository().find(m_songs).value();
    CoverRepository repository(m_box->library.database(), {});
    using Kind = CoverRepository::Pending::Kind;
    QVERIFY(repository.store({Kind::Track, songs.tracks.at(1).id, m_songs, {}}, own).value());

    QVERIFY(m_box->player.startPlaylist(m_songs, PlaybackController::StartMode::FromStart));
    // Track 1 has no picture: the playlist's, which is the first track's that has one.
    QCOMPARE(model.coverUrl(), QUrl::fromLocalFile(covers + u'/' + own));

    QVERIFY(repository.store({Kind::Folder, m_songs, m_songs, {}}, folder).value());
    QSignalSpy track(&model, &NowPlayingViewModel::trackChanged);
    m_box->player.onPlaylistChanged(m_songs); // what the composition root does on coverChanged
    QCOMPARE(track.count(), 1);
    QCOMPARE(model.coverUrl(), QUrl::fromLocalFile(covers + u'/' + folder));

    QVERIFY(m_box->player.next().applied);
    QCOMPARE(model.coverUrl(), QUrl::fromLocalFile(covers + u'/' + own)); // its own wins
    QCOMPARE(m_model->coverUrl(), QUrl()); // without a covers folder: none
}

QTEST_GUILESS_MAIN(tst_NowPlayingViewModel)
#include "tst_nowplayingviewmodel.moc"
