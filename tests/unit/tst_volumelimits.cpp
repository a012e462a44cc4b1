// SPDX-License-Identifier: GPL-3.0-or-later
// VolumeLimits and the player's volume limits (PROTOCOL.md §6.1 "Volume"): the effective maximum is the
// smallest of VOLUME_MAX, the loaded playlist's max_volume and the parental cap; requests above it are
// clamped; a playlist's start_volume applies when it starts; a limit that comes down lowers the volume.

#include "playback/volumecurve.h"
#include "playback/volumelimits.h"
#include "playerfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// -1 in a table = no limit.
std::optional<int> limit(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}
} // namespace

class tst_VolumeLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fx = std::make_unique<PlayerFixture>(); }
    void cleanup() { m_fx.reset(); }
    void arithmetic_data();
    void arithmetic();
    void playlistStart_data();
    void playlistStart();
    void editOfTheLoadedPlaylistApplies();
    void capComesAndGoes();

private:
    void load(const QString &id, int maxVolume, int startVolume);

    std::unique_ptr<PlayerFixture> m_fx;
};

void tst_VolumeLimits::load(const QString &id, int maxVolume, int startVolume)
{
    Playlist playlist = FakePlayerLibrary::makePlaylist(id, 2);
    playlist.maxVolume = limit(maxVolume);
    playlist.startVolume = limit(startVolume);
    m_fx->library.add(playlist);
}

void tst_VolumeLimits::arithmetic_data()
{
    QTest::addColumn<int>("boxMin");
    QTest::addColumn<int>("boxMax");
    QTest::addColumn<int>("playlistMax");
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("applied");
    QTest::newRow("no limits") << 0 << 100 << -1 << -1 << 90 << 100 << 90;
    QTest::newRow("box maximum") << 0 << 80 << -1 << -1 << 90 << 80 << 80;
    QTest::newRow("playlist below the box") << 0 << 80 << 60 << -1 << 90 << 60 << 60;
    QTest::newRow("playlist above the box") << 0 << 80 << 95 << -1 << 90 << 80 << 80;
    QTest::newRow("cap smallest") << 0 << 80 << 60 << 30 << 90 << 30 << 30;
    QTest::newRow("playlist smallest") << 0 << 80 << 20 << 30 << 90 << 20 << 20;
    QTest::newRow("request under every limit") << 0 << 80 << 60 << 30 << 25 << 30 << 25;
    QTest::newRow("playlist limit 0 is silence") << 0 << 100 << 0 << -1 << 50 << 0 << 0;
    QTest::newRow("a limit below VOLUME_MIN gives VOLUME_MIN") << 10 << 100 << 5 << -1 << 50 << 10 << 10;
    QTest::newRow("below VOLUME_MIN") << 10 << 100 << 60 << -1 << 3 << 60 << 10;
}

void tst_VolumeLimits::arithmetic()
{
    QFETCH(int, boxMin);
    QFETCH(int, boxMax);
    QFETCH(int, playlistMax);
    QFETCH(int, cap);
    QFETCH(int, requested);
    VolumeLimits limits(boxMin, boxMax);
    limits.setPlaylistMax(limit(playlistMax));
    limits.setRuleCap(limit(cap));
    QTEST(limits.maximum(), "maximum");
    QTEST(limits.clamp(requested), "applied");
}

void tst_VolumeLimits::playlistStart_data()
{
    QTest::addColumn<int>("before"); // the volume when the playlist starts
    QTest::addColumn<int>("playlistMax");
    QTest::addColumn<int>("startVolume");
    QTest::addColumn<int>("volume"); // after the start
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("requested"); // then asked for
    QTest::addColumn<int>("applied");
    QTest::newRow("no limits keep the volume") << 70 << -1 << -1 << 70 << 100 << 90 << 90;
    QTest::newRow("start volume") << 70 << -1 << 30 << 30 << 100 << 90 << 90;
    QTest::newRow("maximum lowers a louder volume") << 70 << 40 << -1 << 40 << 40 << 90 << 40;
    QTest::newRow("maximum keeps a quieter volume") << 20 << 40 << -1 << 20 << 40 << 35 << 35;
    QTest::newRow("start volume above the maximum") << 20 << 40 << 60 << 40 << 40 << 41 << 40;
    QTest::newRow("both") << 90 << 50 << 25 << 25 << 50 << 100 << 50;
}

void tst_VolumeLimits::playlistStart()
{
    QFETCH(int, before);
    QFETCH(int, playlistMax);
    QFETCH(int, startVolume);
    QFETCH(int, requested);
    load(u"quiet"_s, playlistMax, startVolume);
    m_fx->controller->setVolume(before);
    QVERIFY(m_fx->controller->startPlaylist(u"quiet"_s, PlaybackController::StartMode::FromStart).ok());
    QTEST(m_fx->controller->volume(), "volume");
    QTEST(m_fx->controller->maxVolume(), "maximum");
    QCOMPARE(m_fx->backend.gain(), VolumeCurve::gain(m_fx->controller->volume()));

    const auto outcome = m_fx->controller->setVolume(requested);
    QTEST(m_fx->controller->volume(), "applied");
    QCOMPARE(outcome.message.contains(u"clamped"_s), m_fx->controller->volume() != requested);

    // Resuming is not a start: the start volume does not come back.
    m_fx->controller->pause();
    m_fx->controller->setVolume(10);
    m_fx->controller->play();
    QCOMPARE(m_fx->controller->volume(), 10);

    // Another playlist without limits: the maximum is the box's again, the volume stays.
    load(u"free"_s, -1, -1);
    QVERIFY(m_fx->controller->startPlaylist(u"free"_s, PlaybackController::StartMode::FromStart).ok());
    QCOMPARE(m_fx->controller->maxVolume(), 100);
    QCOMPARE(m_fx->controller->volume(), 10);
}

void tst_VolumeLimits::editOfTheLoadedPlaylistApplies()
{
    load(u"songs"_s, -1, -1);
    m_fx->controller->setVolume(80);
    QVERIFY(m_fx->controller->startPlaylist(u"songs"_s, PlaybackController::StartMode::FromStart).ok());
    load(u"songs"_s, 45, -1); // the parents set a maximum while it plays
    m_fx->controller->onPlaylistChanged(u"songs"_s);
    QCOMPARE(m_fx->controller->maxVolume(), 45);
    QCOMPARE(m_fx->controller->volume(), 45);
    QVERIFY(m_fx->controller->isPlaying());

    m_fx->controller->onPlaylistRemoved(u"songs"_s); // unloaded: only the box's limits remain
    QCOMPARE(m_fx->controller->maxVolume(), 100);
}

void tst_VolumeLimits::capComesAndGoes()
{
    load(u"songs"_s, 60, -1);
    m_fx->controller->setVolume(55);
    QVERIFY(m_fx->controller->startPlaylist(u"songs"_s, PlaybackController::StartMode::FromStart).ok());
    m_fx->controller->setVolumeCap(30);
    QCOMPARE(m_fx->controller->maxVolume(), 30);
    QCOMPARE(m_fx->controller->volume(), 30);
    QCOMPARE(m_fx->backend.gain(), VolumeCurve::gain(30));
    m_fx->controller->setVolumeCap(std::nullopt);
    QCOMPARE(m_fx->controller->maxVolume(), 60);
    QCOMPARE(m_fx->controller->volume(), 30); // a limit going up does not raise the volume
    m_fx->controller->setVolume(100);
    QCOMPARE(m_fx->controller->volume(), 60);
}

QTEST_GUILESS_MAIN(tst_VolumeLimits)
#include "tst_volumelimits.moc"
