// SPDX-License-Identifier: GPL-3.0-or-later
// The real screen (Main.qml, offscreen) over a whole box in this process, for listening: taps reach the
// player, HTTP changes reach the screen, covers show, the screen dims and shows the idle shutdown's warning.
#include "coverfixtures.h"
#include "kioskfixture.h"
#include "parental/idleshutdown.h"
#include "testpaths.h"
#include "uploadclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_KioskScreenPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tapOnTheGridPlays();
    void volumeSetOverHttpMovesTheSlider();
    void theScreenDimsWhenIdleAndWakesOnATouchOrATag();
    void theIdleShutdownWarningShowsUntilATouch();
    void aCoverShowsAsAnImage();

private:
    KioskFixture m_box;
};

void tst_KioskScreenPlayback::initTestCase()
{
    m_box.start();
}

void tst_KioskScreenPlayback::cleanupTestCase()
{
    m_box.stop();
}

void tst_KioskScreenPlayback::tapOnTheGridPlays()
{
    const QString demo = m_box.playlistId(u"Demo"_s);
    QQuickItem *tile = nullptr;
    QTRY_VERIFY(
        (tile = m_box.item(u"playlistTile_%1"_s.arg(m_box.screen().viewModels().playlists.rowOf(demo)))));
    QVERIFY(m_box.waitForFrame());
    m_box.tap(tile);
    QTRY_VERIFY_WITH_TIMEOUT(m_box.isPlaying(), 5000);
    const QJsonObject player = m_box.http().get(u"/api/player/status"_s).data().toObject();
    QCOMPARE(player.value(u"active_playlist_id"_s).toString(), demo);
    QTRY_COMPARE(m_box.item(u"trackTitle"_s)->property("text").toString(),
                 player.value(u"active_track"_s).toObject().value(u"title"_s).toString());

    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"playPauseButton"_s));
    QTRY_VERIFY(!m_box.isPlaying());
}

void tst_KioskScreenPlayback::volumeSetOverHttpMovesTheSlider()
{
    QQuickItem *slider = m_box.item(u"volumeSlider"_s);
    QVERIFY(slider);
    QCOMPARE(m_box.http().post(u"/api/player/volume"_s, {{u"volume"_s, 33}}).status, 200);
    QTRY_COMPARE(slider->property("value").toDouble(), 33.0);
    QCOMPARE(m_box.http().post(u"/api/player/volume"_s, {{u"volume"_s, 71}}).status, 200);
    QTRY_COMPARE(slider->property("value").toDouble(), 71.0);
}

void tst_KioskScreenPlayback::theScreenDimsWhenIdleAndWakesOnATouchOrATag()
{
    ScreenDimmer &dimmer = m_box.screen().viewModels().dimmer;
    QQuickItem *overlay = m_box.item(u"dimOverlay"_s);
    QVERIFY(overlay);
    // The parents' settings offer the dim timeout.
    ParentModeViewModel &parentMode = m_box.screen().viewModels().parentMode;
    parentMode.setOpen(true);
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"dimAfter_300"_s));
    QCOMPARE(dimmer.dimAfterSec(), 300);
    parentMode.setOpen(false);

    QSignalSpy dimmed(&dimmer, &ScreenDimmer::dimmedChanged);
    QVERIFY(dimmer.setDimAfterSec(1));
    QVERIFY(dimmed.wait(5000));
    QVERIFY(dimmer.isDimmed());
    QTRY_VERIFY(overlay->isVisible());

    // The touch that wakes the screen does nothing else: the tile under it does not start.
    QCOMPARE(m_box.http().post(u"/api/player/pause"_s, {}).status, 200);
    QTRY_VERIFY(!m_box.isPlaying());
    QQuickItem *grid = m_box.item(u"playlistGrid"_s);
    QVERIFY(grid);
    QVERIFY(m_box.waitForFrame());
    QTest::mouseClick(m_box.screen().window(), Qt::LeftButton, {},
                      grid->mapToScene(QPointF(grid->width() / 2, 40)).toPoint());
    QVERIFY(!dimmer.isDimmed());
    QTRY_VERIFY(!overlay->isVisible());
    QVERIFY(!m_box.isPlaying());

    // A tag wakes it too.
    QVERIFY(dimmed.wait(5000));
    QVERIFY(dimmer.isDimmed());
    QCOMPARE(m_box.placeTag(u"04aabbccdd"_s), 200);
    QTRY_VERIFY(!dimmer.isDimmed());
    QCOMPARE(m_box.removeTag(u"04aabbccdd"_s), 200);
    QVERIFY(dimmer.setDimAfterSec(0));
    m_box.screen().viewModels().tagLink.cancel();
}

void tst_KioskScreenPlayback::theIdleShutdownWarningShowsUntilATouch()
{
    QQuickItem *notice = m_box.item(u"shutdownNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    ShutdownNoticeViewModel &shutdown = m_box.screen().viewModels().shutdownNotice;
    // What IdleShutdown says a minute before the end (its timing is tst_idleshutdown's and the view model's
    // test).
    Q_EMIT m_box.root().screenServices().idleShutdown.shutdownPending(60000);
    QVERIFY(shutdown.isPending());
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(m_box.item(u"shutdownText"_s)->property("text").toString().contains(u"60 s"_s));
    Q_EMIT m_box.root().screenServices().idleShutdown.shutdownCancelled();
    QTRY_VERIFY(!notice->isVisible());
}

// PROTOCOL.md §4.11: a picture in an uploaded file becomes the playlist's cover; its grid tile shows it as an
// Image (loaded asynchronously from the stored file) over the letter.
void tst_KioskScreenPlayback::aCoverShowsAsAnImage()
{
    QVERIFY2(QFileInfo(TestPaths::coverTool()).isExecutable(), "OMB_COVER_TOOL must name the cover tool");
    const QString counting = m_box.playlistId(u"Counting"_s);
    const QString wav = m_box.dataPath() + u"/counting.wav"_s;
    QFile file(wav);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(UploadClient::wav(32 * 1024)) > 0);
    file.close();
    QVERIFY(CoverFixtures::embed(wav, CoverFixtures::image("jpeg", 300, 300, 0x22aa44)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    UploadClient uploads(m_box.http());
    const auto uploaded = uploads.upload(counting, u"one two three.wav"_s, file.readAll());
    QVERIFY2(uploaded.status < 300, uploaded.body.constData());

    PlaylistListModel &playlists = m_box.screen().viewModels().playlists;
    QTRY_VERIFY_WITH_TIMEOUT(
        !playlists.index(playlists.rowOf(counting)).data(PlaylistListModel::CoverUrlRole).toUrl().isEmpty(),
        20000);
    const QUrl cover
        = playlists.index(playlists.rowOf(counting)).data(PlaylistListModel::CoverUrlRole).toUrl();
    QVERIFY(cover.isLocalFile());
    QVERIFY(QFileInfo(cover.toLocalFile()).isFile());

    QQuickItem *tile = nullptr;
    QTRY_VERIFY((tile = m_box.item(u"playlistTile_%1"_s.arg(playlists.rowOf(counting)))));
    QQuickItem *image = nullptr;
    QTRY_VERIFY((image = KioskFixture::descendant(tile, u"coverImage"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(image->property("source").toUrl(), cover, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(image->property("visible").toBool(), 10000); // visible once Ready
    QVERIFY(image->property("sourceSize").toSize().width() <= 512);
}

QTEST_MAIN(tst_KioskScreenPlayback)
#include "tst_kioskscreen_playback.moc"
