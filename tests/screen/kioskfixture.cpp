// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskfixture.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

KioskFixture::KioskFixture() = default;

KioskFixture::~KioskFixture()
{
    stop();
}

void KioskFixture::start()
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
    PlaylistListModel &playlists = m_screen->viewModels().playlists;
    QTRY_COMPARE_WITH_TIMEOUT(playlists.rowCount(), 4, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(playlists.index(playlists.rowOf(playlistId(u"Demo"_s)))
                                     .data(PlaylistListModel::TrackCountRole)
                                     .toInt()
                                 == 3,
                             20000);
    QVERIFY(waitForFrame());
}

void KioskFixture::stop()
{
    m_screen.reset();
    m_root.reset();
}

QQuickItem *KioskFixture::item(const QString &objectName) const
{
    return descendant(m_screen->window()->contentItem(), objectName);
}

QQuickItem *KioskFixture::descendant(QQuickItem *root, const QString &objectName)
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

void KioskFixture::tap(QQuickItem *target)
{
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_screen->window(), Qt::LeftButton, {}, centre.toPoint());
}

QString KioskFixture::playlistId(const QString &title) const
{
    const PlaylistListModel &playlists = m_screen->viewModels().playlists;
    for (int row = 0; row < playlists.rowCount(); ++row) {
        if (playlists.titleAt(row) == title)
            return playlists.playlistIdAt(row);
    }
    return {};
}

bool KioskFixture::waitForFrame()
{
    QQuickWindow *window = m_screen->window();
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        window->update();
        if (!swapped.isEmpty() || swapped.wait(500))
            return true;
    }
    return false;
}

int KioskFixture::placeTag(const QString &tagId)
{
    return m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tagId}, {u"action"_s, u"place"_s}}).status;
}

int KioskFixture::removeTag(const QString &tagId)
{
    return m_http->post(u"/api/nfc/simulate"_s, {{u"tag_id"_s, tagId}, {u"action"_s, u"remove"_s}}).status;
}

bool KioskFixture::waitUntilNoTag()
{
    return QTest::qWaitFor(
        [this] { return m_http->get(u"/api/nfc/status"_s).data()[u"current_tag_id"_s].isNull(); }, 10000);
}

bool KioskFixture::isPlaying()
{
    return m_http->get(u"/api/player/status"_s).data().toObject().value(u"is_playing"_s).toBool();
}
