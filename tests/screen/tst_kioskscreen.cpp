// SPDX-License-Identifier: GPL-3.0-or-later
// The real screen (Main.qml, offscreen) over a whole box in this process: taps reach the player, an unknown
// tag opens the link sheet and a pick links it, HTTP changes reach the screen. Screenshots at 800x480 and
// 1280x800 go to <build>/artifacts.
#include "coverfixtures.h"
#include "httpclient.h"
#include "kioskscreen.h"
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
    void screenshots_data();
    void screenshots();
    // Last: aLongPressOnTheCornerOpensTheParentsSettings waits for a frame that does not come when other tests
    // run right before it (volumeSetOverHttpMovesTheSlider alone does that too), so the order above stays.
    void aCoverShowsAsAnImage();

private:
    QQuickItem *item(const QString &objectName) const;
    static QQuickItem *descendant(QQuickItem *root, const QString &objectName);
    void tap(QQuickItem *target);
    QString playlistId(const QString &title);
    bool waitForFrame();

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
    m_screen->window()->requestUpdate();
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
