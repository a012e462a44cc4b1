// SPDX-License-Identifier: GPL-3.0-or-later
// The real screen (Main.qml, offscreen) over a whole box in this process: taps reach the player, an unknown
// tag opens the link sheet and a pick links it, HTTP changes reach the screen. Screenshots at 800x480 and
// 1280x800 go to <build>/artifacts.
#include "coverfixtures.h"
#include "httpclient.h"
#include "kioskscreen.h"
#include "parental/idleshutdown.h"
#include "testpaths.h"
#include "uploadclient.h"

#include "compositionroot.h"
#include "system/logbuffer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_KioskScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tapOnTheGridPlays();
    void anUnknownTagIsLinkedFromTheSheet();
    void volumeSetOverHttpMovesTheSlider();
    void targetsAreFingerSized();
    void aLongPressOnTheCornerOpensTheParentsSettings();
    void aParentsPinIsAskedFirstWhenOneIsSet();
    void theLanguageChangesLive();
    void theLanguageFollowsAChangeOverHttp();
    void theScreenDimsWhenIdleAndWakesOnATouchOrATag();
    void theIdleShutdownWarningShowsUntilATouch();
    void labelsFitTheirControls_data();
    void labelsFitTheirControls();
    void screenshots_data();
    void screenshots();
    // Last: aLongPressOnTheCornerOpensTheParentsSettings waits for a frame that does not come when other
    // tests run right before it (volumeSetOverHttpMovesTheSlider alone does that too), so the order above
    // stays.
    void aCoverShowsAsAnImage();

private:
    QQuickItem *item(const QString &objectName) const;
    static QQuickItem *descendant(QQuickItem *root, const QString &objectName);
    void tap(QQuickItem *target);
    QString playlistId(const QString &title);
    bool waitForFrame();
    QStringList labelsThatDoNotFit();
    int m_labelsSeen = 0; // the walk found the texts it checks

    QTemporaryDir m_data;
    LogBuffer m_logs;
    std::unique_ptr<CompositionRoot> m_root;
    std::unique_ptr<KioskScreen> m_screen;
    std::unique_ptr<HttpClient> m_http;
};

void tst_KioskScreen::initTestCase()
{
    QVERIFY(m_data.isValid());
    Settings settings;
    settings.port = 0;
    settings.bindAddress = u"127.0.0.1"_s;
    settings.dataDir = m_data.path();
    settings.nfcReader = u"simulated"_s;
    settings.mdnsAnnounce = false;
    settings.ui = u"kiosk"_s;
    settings.coverTool = TestPaths::coverTool();
    m_root = std::make_unique<CompositionRoot>(settings, m_logs);
    QCOMPARE(m_root->start(), QString());
    m_http = std::make_unique<HttpClient>(u"http://127.0.0.1:%1"_s.arg(m_root->port()));
    for (const QString &title : {u"Animal Songs"_s, u"Bedtime Stories"_s, u"Counting"_s})
        QCOMPARE(m_http->post(u"/api/playlists"_s, {{u"title"_s, title}}).status, 201);

    m_screen = std::make_unique<KioskScreen>(m_root->screenServices());
    QVERIFY(m_screen->load());
    QVERIFY(m_screen->window());
    // The demo playlist (three synthesized tunes) is written and imported after the start.
    QTRY_COMPARE_WITH_TIMEOUT(m_screen->viewModels().playlists.rowCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_screen->viewModels()
                .playlists.index(m_screen->viewModels().playlists.rowOf(playlistId(u"Demo"_s)))
                .data(PlaylistListModel::TrackCountRole)
                .toInt()
            == 3,
        20000);
    QVERIFY(waitForFrame());
}

void tst_KioskScreen::cleanupTestCase()
{
    m_screen.reset();
    m_root.reset();
}

// The visual tree from the window's root item, overlays (the sheets) included.
QQuickItem *tst_KioskScreen::item(const QString &objectName) const
{
    return descendant(m_screen->window()->contentItem(), objectName);
}

QQuickItem *tst_KioskScreen::descendant(QQuickItem *root, const QString &objectName)
{
    QList<QQuickItem *> pending {root};
    while (!pending.isEmpty()) {
        QQuickItem *candidate = pending.takeFirst();
        if (candidate->objectName() == objectName)
            return candidate;
        pending.append(candidate->childItems());
    }
    return nullptr;
}

void tst_KioskScreen::tap(QQuickItem *target)
{
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_screen->window(), Qt::LeftButton, {}, centre.toPoint());
}

QString tst_KioskScreen::playlistId(const QString &title)
{
    const PlaylistListModel &playlists = m_screen->viewModels().playlists;
    for (int row = 0; row < playlists.rowCount(); ++row) {
        if (playlists.titleAt(row) == title)
            return playlists.playlistIdAt(row);
    }
    return {};
}

bool tst_KioskScreen::waitForFrame()
{
    QSignalSpy swapped(m_screen->window(), &QQuickWindow::frameSwapped);
    // The scene graph's own request: QWindow::requestUpdate is dropped while the window thinks one is
    // pending, and after a change of language no frame came for it.
    m_screen->window()->update();
    return swapped.wait(5000);
}

void tst_KioskScreen::tapOnTheGridPlays()
{
    const QString demo = playlistId(u"Demo"_s);
    QQuickItem *tile = nullptr;
    QTRY_VERIFY((tile = item(u"playlistTile_%1"_s.arg(m_screen->viewModels().playlists.rowOf(demo)))));
    tap(tile);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_http->get(u"/api/player/status"_s).data().toObject().value(u"is_playing"_s).toBool(), 5000);
    const QJsonObject player = m_http->get(u"/api/player/status"_s).data().toObject();
    QCOMPARE(player.value(u"active_playlist_id"_s).toString(), demo);
    QTRY_COMPARE(item(u"trackTitle"_s)->property("text").toString(),
                 player.value(u"active_track"_s).toObject().value(u"title"_s).toString());

    tap(item(u"playPauseButton"_s));
    QTRY_VERIFY(!m_http->get(u"/api/player/status"_s).data().toObject().value(u"is_playing"_s).toBool());
}

// PROTOCOL.md §4.11: a picture in an uploaded file becomes the playlist's cover; its grid tile shows it as an
// Image (loaded asynchronously from the stored file) over the letter.
void tst_KioskScreen::aCoverShowsAsAnImage()
{
    QVERIFY2(QFileInfo(TestPaths::coverTool()).isExecutable(), "OMB_COVER_TOOL must name the cover tool");
    const QString counting = playlistId(u"Counting"_s);
    const QString wav = m_data.filePath(u"counting.wav"_s);
    QFile file(wav);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(UploadClient::wav(32 * 1024)) > 0);
    file.close();
    QVERIFY(CoverFixtures::embed(wav, CoverFixtures::image("jpeg", 300, 300, 0x22aa44)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    UploadClient uploads(*m_http);
    const auto uploaded = uploads.upload(counting, u"one two three.wav"_s, file.readAll());
    QVERIFY2(uploaded.status < 300, uploaded.body.constData());

    PlaylistListModel &playlists = m_screen->viewModels().playlists;
    QTRY_VERIFY_WITH_TIMEOUT(
        !playlists.index(playlists.rowOf(counting)).data(PlaylistListModel::CoverUrlRole).toUrl().isEmpty(),
        20000);
    const QUrl cover
        = playlists.index(playlists.rowOf(counting)).data(PlaylistListModel::CoverUrlRole).toUrl();
    QVERIFY(cover.isLocalFile());
    QVERIFY(QFileInfo(cover.toLocalFile()).isFile());

    QQuickItem *tile = nullptr;
    QTRY_VERIFY((tile = item(u"playlistTile_%1"_s.arg(playlists.rowOf(counting)))));
    QQuickItem *image = nullptr;
    QTRY_VERIFY((image = descendant(tile, u"coverImage"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(image->property("source").toUrl(), cover, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(image->property("visible").toBool(), 10000); // visible once Ready
    QVERIFY(image->property("sourceSize").toSize().width() <= 512);
}

void tst_KioskScreen::anUnknownTagIsLinkedFromTheSheet()
{
    const QString tag = u"04c0ffee42"_s;
    QObject *sheet = m_screen->window()->findChild<QObject *>(u"tagLinkSheet"_s);
    QVERIFY(sheet);
    QVERIFY(!sheet->property("visible").toBool());
    QCOMPARE(m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tag}, {u"action"_s, u"place"_s}}).status,
             200);
    QTRY_VERIFY(sheet->property("visible").toBool());
    QVERIFY(waitForFrame());

    const QString bedtime = playlistId(u"Bedtime Stories"_s);
    QQuickItem *tile = nullptr;
    QTRY_VERIFY((tile = item(u"sheetTile_%1"_s.arg(m_screen->viewModels().playlists.rowOf(bedtime)))));
    QTRY_VERIFY(tile->isVisible() && tile->width() > 0);
    tap(tile);
    QTRY_VERIFY(!sheet->property("visible").toBool());
    const QJsonObject playlist = m_http->get(u"/api/playlists/"_s + bedtime).data().toObject();
    QCOMPARE(playlist.value(u"nfc_tag_id"_s).toString(), tag);
    QCOMPARE(m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tag}, {u"action"_s, u"remove"_s}}).status,
             200);
}

void tst_KioskScreen::volumeSetOverHttpMovesTheSlider()
{
    QQuickItem *slider = item(u"volumeSlider"_s);
    QVERIFY(slider);
    QCOMPARE(m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 33}}).status, 200);
    QTRY_COMPARE(slider->property("value").toDouble(), 33.0);
    QCOMPARE(m_http->post(u"/api/player/volume"_s, {{u"volume"_s, 71}}).status, 200);
    QTRY_COMPARE(slider->property("value").toDouble(), 71.0);
}

void tst_KioskScreen::targetsAreFingerSized()
{
    for (const QString &name :
         {u"previousButton"_s, u"playPauseButton"_s, u"nextButton"_s, u"shuffleButton"_s, u"repeatButton"_s,
          u"volumeSlider"_s, u"parentCorner"_s}) {
        QQuickItem *target = item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->height() >= 48, qPrintable(u"%1: %2 px"_s.arg(name).arg(target->height())));
        if (name != "volumeSlider"_L1)
            QVERIFY2(target->width() >= 48, qPrintable(u"%1: %2 px"_s.arg(name).arg(target->width())));
    }
}

void tst_KioskScreen::aLongPressOnTheCornerOpensTheParentsSettings()
{
    QObject *settings = m_screen->window()->findChild<QObject *>(u"parentSettings"_s);
    QVERIFY(settings);
    QQuickItem *corner = item(u"parentCorner"_s);
    const QPoint centre = corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
    QTest::mouseClick(m_screen->window(), Qt::LeftButton, {}, centre); // a child's tap: nothing
    QVERIFY(!settings->property("visible").toBool());
    QTest::mousePress(m_screen->window(), Qt::LeftButton, {}, centre);
    QTRY_VERIFY_WITH_TIMEOUT(settings->property("visible").toBool(), 6000);
    QTest::mouseRelease(m_screen->window(), Qt::LeftButton, {}, centre);
    QVERIFY(waitForFrame());
    tap(item(u"parentSettingsClose"_s));
    QTRY_VERIFY(!settings->property("visible").toBool());
}

void tst_KioskScreen::aParentsPinIsAskedFirstWhenOneIsSet()
{
    QCOMPARE(m_http->put(u"/api/settings/pin"_s, {{u"pin"_s, u"2468"_s}}).status, 200);
    QObject *settings = m_screen->window()->findChild<QObject *>(u"parentSettings"_s);
    QObject *pad = m_screen->window()->findChild<QObject *>(u"pinPad"_s);
    QVERIFY(settings && pad);
    ParentModeViewModel &parentMode = m_screen->viewModels().parentMode;
    parentMode.requestOpen(); // what the corner's long press calls
    QTRY_VERIFY(pad->property("visible").toBool());
    QVERIFY(!settings->property("visible").toBool());
    QVERIFY(waitForFrame());
    const auto type = [&](const QString &pin) {
        for (const QChar digit : pin)
            tap(item(u"pinKey"_s + digit));
        tap(item(u"pinOk"_s));
    };
    type(u"1111"_s);
    QTRY_COMPARE_WITH_TIMEOUT(parentMode.pinError(), u"wrong"_s, 10000);
    QCOMPARE(parentMode.pinDetail(), 4);
    QTRY_VERIFY(item(u"pinError"_s)->property("text").toString().contains(u"4"_s));
    QVERIFY(!settings->property("visible").toBool());
    type(u"2468"_s);
    QTRY_VERIFY_WITH_TIMEOUT(settings->property("visible").toBool(), 10000);
    QVERIFY(!pad->property("visible").toBool());
    tap(item(u"parentSettingsClose"_s));
    QTRY_VERIFY(!settings->property("visible").toBool());
    // Cancel leaves the settings shut; without a PIN the press opens them at once again.
    parentMode.requestOpen();
    QTRY_VERIFY(pad->property("visible").toBool());
    QVERIFY(waitForFrame());
    tap(item(u"pinCancel"_s));
    QTRY_VERIFY(!pad->property("visible").toBool());
    QVERIFY(!settings->property("visible").toBool());
    QCOMPARE(
        m_http->put(u"/api/settings/pin"_s, {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, u"2468"_s}})
            .status,
        200);
    parentMode.requestOpen();
    QTRY_VERIFY(settings->property("visible").toBool());
    parentMode.setOpen(false);
    QTRY_VERIFY(!settings->property("visible").toBool());
}

void tst_KioskScreen::theLanguageChangesLive()
{
    QQuickWindow *window = m_screen->window();
    ParentModeViewModel &parentMode = m_screen->viewModels().parentMode;
    parentMode.setOpen(true);
    QVERIFY(waitForFrame());
    tap(item(u"language_fr"_s));
    QTRY_COMPARE(window->title(), u"Boîte à musique"_s);
    QCOMPARE(parentMode.language(), u"fr"_s);
    tap(item(u"language_de"_s));
    QTRY_COMPARE(window->title(), u"Musikbox"_s);
    tap(item(u"language_en"_s));
    QTRY_COMPARE(window->title(), u"Music box"_s);
    parentMode.setOpen(false);
}

// The box has one language: a parent's choice on a web page reaches the screen.
void tst_KioskScreen::theLanguageFollowsAChangeOverHttp()
{
    QQuickWindow *window = m_screen->window();
    QCOMPARE(m_http->put(u"/api/settings/language"_s, {{u"language"_s, u"de"_s}}).status, 200);
    QTRY_COMPARE(window->title(), u"Musikbox"_s);
    QCOMPARE(m_screen->viewModels().parentMode.language(), u"de"_s);
    QCOMPARE(m_http->put(u"/api/settings/language"_s, {{u"language"_s, u"en"_s}}).status, 200);
    QTRY_COMPARE(window->title(), u"Music box"_s);
}

void tst_KioskScreen::theScreenDimsWhenIdleAndWakesOnATouchOrATag()
{
    ScreenDimmer &dimmer = m_screen->viewModels().dimmer;
    QQuickItem *overlay = item(u"dimOverlay"_s);
    QVERIFY(overlay);
    // The parents' settings offer the dim timeout.
    ParentModeViewModel &parentMode = m_screen->viewModels().parentMode;
    parentMode.setOpen(true);
    QVERIFY(waitForFrame());
    tap(item(u"dimAfter_300"_s));
    QCOMPARE(dimmer.dimAfterSec(), 300);
    parentMode.setOpen(false);

    QSignalSpy dimmed(&dimmer, &ScreenDimmer::dimmedChanged);
    QVERIFY(dimmer.setDimAfterSec(1));
    QVERIFY(dimmed.wait(5000));
    QVERIFY(dimmer.isDimmed());
    QTRY_VERIFY(overlay->isVisible());

    // The touch that wakes the screen does nothing else: the tile under it does not start.
    QCOMPARE(m_http->post(u"/api/player/pause"_s, {}).status, 200);
    QTRY_VERIFY(!m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool());
    QQuickItem *grid = item(u"playlistGrid"_s);
    QVERIFY(grid);
    QTest::mouseClick(m_screen->window(), Qt::LeftButton, {},
                      grid->mapToScene(QPointF(grid->width() / 2, 40)).toPoint());
    QVERIFY(!dimmer.isDimmed());
    QTRY_VERIFY(!overlay->isVisible());
    QVERIFY(!m_http->get(u"/api/player/status"_s).data()[u"is_playing"_s].toBool());

    // A tag wakes it too.
    QVERIFY(dimmed.wait(5000));
    QVERIFY(dimmer.isDimmed());
    QCOMPARE(m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, u"04aabbccdd"_s}, {u"action"_s, u"place"_s}})
                 .status,
             200);
    QTRY_VERIFY(!dimmer.isDimmed());
    QCOMPARE(
        m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, u"04aabbccdd"_s}, {u"action"_s, u"remove"_s}})
            .status,
        200);
    QVERIFY(dimmer.setDimAfterSec(0));
    m_screen->viewModels().tagLink.cancel();
}

void tst_KioskScreen::theIdleShutdownWarningShowsUntilATouch()
{
    QQuickItem *notice = item(u"shutdownNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    ShutdownNoticeViewModel &shutdown = m_screen->viewModels().shutdownNotice;
    // What IdleShutdown says a minute before the end (its timing is tst_idleshutdown's and the view model's
    // test).
    Q_EMIT m_root->screenServices().idleShutdown.shutdownPending(60000);
    QVERIFY(shutdown.isPending());
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(item(u"shutdownText"_s)->property("text").toString().contains(u"60 s"_s));
    Q_EMIT m_root->screenServices().idleShutdown.shutdownCancelled();
    QTRY_VERIFY(!notice->isVisible());
}

// Every visible text on the screen and its sheets: a label wider than its control that is not elided spills
// over; one that is truncated or elided loses words. Only data (playlist and track titles, tag names, the
// status line) may be elided.
QStringList tst_KioskScreen::labelsThatDoNotFit()
{
    static const QStringList mayElide {u"playlistGrid"_s, u"nowPlayingPanel"_s, u"linkedTags"_s,
                                       u"statusText"_s, u"tagLinkGrid"_s};
    QStringList failures;
    QList<std::pair<QQuickItem *, bool>> pending {{m_screen->window()->contentItem(), false}};
    while (!pending.isEmpty()) {
        const auto [candidate, elisionAllowed] = pending.takeFirst();
        if (!candidate->isVisible() || candidate->opacity() == 0)
            continue;
        const bool allowed = elisionAllowed || mayElide.contains(candidate->objectName());
        for (QQuickItem *child : candidate->childItems())
            pending.append({child, allowed});
        if (!candidate->inherits("QQuickText"))
            continue;
        const QString text = candidate->property("text").toString();
        if (text.isEmpty() || candidate->width() <= 0)
            continue;
        ++m_labelsSeen;
        const bool elides = candidate->property("elide").toInt() != 0;
        const bool wraps = candidate->property("wrapMode").toInt() != 0;
        const double needed = candidate->implicitWidth();
        if (!elides && !wraps && needed > candidate->width() + 1)
            failures.append(u"\"%1\" needs %2 px, has %3"_s.arg(text).arg(needed).arg(candidate->width()));
        else if (candidate->property("truncated").toBool() && !allowed)
            failures.append(
                u"\"%1\" is cut short (%2 px for %3)"_s.arg(text).arg(candidate->width()).arg(needed));
    }
    return failures;
}

void tst_KioskScreen::labelsFitTheirControls_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("de") << u"de"_s;
}

void tst_KioskScreen::labelsFitTheirControls()
{
    QFETCH(QString, language);
    QCOMPARE(m_screen->window()->size(), QSize(800, 480));
    m_labelsSeen = 0;
    ParentModeViewModel &parentMode = m_screen->viewModels().parentMode;
    QVERIFY(parentMode.setLanguage(language));
    QStringList failures;
    const auto look = [&](const QString &where) {
        QVERIFY(waitForFrame());
        for (const QString &failure : labelsThatDoNotFit())
            failures.append(where + u": "_s + failure);
    };

    look(u"main"_s);
    parentMode.setOpen(true);
    QObject *settings = m_screen->window()->findChild<QObject *>(u"parentSettings"_s);
    QVERIFY(settings);
    QTRY_VERIFY(settings->property("visible").toBool());
    look(u"parents' settings"_s);
    parentMode.setOpen(false);

    const QString tag = u"04f1f2f3f%1"_s.arg(QStringList {u"en"_s, u"fr"_s, u"de"_s}.indexOf(language));
    QCOMPARE(m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tag}, {u"action"_s, u"place"_s}}).status,
             200);
    QTRY_VERIFY(m_screen->viewModels().tagLink.isActive());
    look(u"tag link sheet"_s);
    m_screen->viewModels().tagLink.cancel();
    QCOMPARE(m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tag}, {u"action"_s, u"remove"_s}}).status,
             200);

    QCOMPARE(m_http->put(u"/api/settings/pin"_s, {{u"pin"_s, u"2468"_s}}).status, 200);
    parentMode.requestOpen();
    QTRY_VERIFY(parentMode.isPinAsked());
    look(u"PIN pad"_s);
    parentMode.enterPin(u"12"_s); // the format error
    look(u"PIN pad, format error"_s);
    parentMode.cancelPin();
    QCOMPARE(
        m_http->put(u"/api/settings/pin"_s, {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, u"2468"_s}})
            .status,
        200);
    QVERIFY(parentMode.setLanguage(u"en"_s));
    QVERIFY2(m_labelsSeen > 40, qPrintable(QString::number(m_labelsSeen)));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

void tst_KioskScreen::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {u"en"_s, u"fr"_s, u"de"_s}) {
        for (const QSize size : {QSize(800, 480), QSize(1280, 800)})
            QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }
}

void tst_KioskScreen::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(m_screen->viewModels().parentMode.setLanguage(language));
    QQuickWindow *window = m_screen->window();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    QVERIFY(waitForFrame());
    const QImage image = window->grabWindow();
    QCOMPARE(image.size(), size);
    const QString folder = qEnvironmentVariable("OMB_ARTIFACTS_DIR", QDir::tempPath());
    QVERIFY(QDir().mkpath(folder));
    const QString file
        = u"%1/screen-%2-%3x%4.png"_s.arg(folder, language).arg(size.width()).arg(size.height());
    QVERIFY(image.save(file));
    qInfo().noquote() << "screenshot:" << file;
}

QTEST_MAIN(tst_KioskScreen)
#include "tst_kioskscreen.moc"
