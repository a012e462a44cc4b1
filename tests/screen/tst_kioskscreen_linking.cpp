// SPDX-License-Identifier: GPL-3.0-or-later
// The real screen (Main.qml, offscreen) over a whole box in this process, for tags and parents: an unknown
// tag opens the new-tag sheet, which links it to a playlist or makes it an action card (seen over HTTP, and
// the card then does its action); the parents' settings behind the corner and their PIN.
#include "kioskfixture.h"

#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_KioskScreenLinking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anUnknownTagIsLinkedFromTheSheet();
    void anUnknownTagBecomesAnActionCardFromTheSheet();
    void aLongPressOnTheCornerOpensTheParentsSettings();
    void aParentsPinIsAskedFirstWhenOneIsSet();

private:
    QObject *sheet();
    KioskFixture m_box;
};

void tst_KioskScreenLinking::initTestCase()
{
    m_box.start();
}

void tst_KioskScreenLinking::cleanupTestCase()
{
    m_box.stop();
}

QObject *tst_KioskScreenLinking::sheet()
{
    return m_box.screen().window()->findChild<QObject *>(u"tagLinkSheet"_s);
}

void tst_KioskScreenLinking::anUnknownTagIsLinkedFromTheSheet()
{
    const QString tag = u"04c0ffee42"_s;
    QObject *sheet = this->sheet();
    QVERIFY(sheet);
    QVERIFY(!sheet->property("visible").toBool());
    QCOMPARE(m_box.placeTag(tag), 200);
    QTRY_VERIFY(sheet->property("visible").toBool());
    QVERIFY(m_box.waitForFrame());

    const QString bedtime = m_box.playlistId(u"Bedtime Stories"_s);
    QQuickItem *tile = nullptr;
    QTRY_VERIFY(
        (tile = m_box.item(u"sheetTile_%1"_s.arg(m_box.screen().viewModels().playlists.rowOf(bedtime)))));
    QTRY_VERIFY(tile->isVisible() && tile->width() > 0);
    m_box.tap(tile);
    QTRY_VERIFY(!sheet->property("visible").toBool());
    const QJsonObject playlist = m_box.http().get(u"/api/playlists/"_s + bedtime).data().toObject();
    QCOMPARE(playlist.value(u"nfc_tag_id"_s).toString(), tag);
    QCOMPARE(m_box.removeTag(tag), 200);
}

// The sheet's second tab: a tap on an action makes the tag an action card through the service behind
// POST /api/nfc/associate; placed again, the card does it (here: pause a playing playlist).
void tst_KioskScreenLinking::anUnknownTagBecomesAnActionCardFromTheSheet()
{
    const QString tag = u"04ca4d0001"_s;
    QObject *sheet = this->sheet();
    QVERIFY(sheet);
    QCOMPARE(m_box.placeTag(tag), 200);
    QTRY_VERIFY(sheet->property("visible").toBool());
    QVERIFY(m_box.waitForFrame());
    // The playlists first; nothing picked.
    QVERIFY(m_box.item(u"tagLinkGrid"_s)->isVisible());
    QVERIFY(!m_box.item(u"tagLinkActions"_s)->isVisible());

    m_box.tap(m_box.item(u"tagLinkActionsTab"_s));
    QTRY_VERIFY(m_box.item(u"tagLinkActions"_s)->isVisible());
    QVERIFY(!m_box.item(u"tagLinkGrid"_s)->isVisible());
    QQuickItem *pause = nullptr;
    QTRY_VERIFY((pause = m_box.item(u"tagAction_pause"_s)) && pause->isVisible() && pause->width() > 0);
    QVERIFY(m_box.waitForFrame());
    for (const QString &action : m_box.screen().viewModels().tagLink.actions()) {
        QQuickItem *button = m_box.item(u"tagAction_"_s + action);
        QVERIFY2(button && button->isVisible(), qPrintable(action));
        QVERIFY(!button->property("checked").toBool() && !button->property("highlighted").toBool());
    }
    m_box.tap(pause);
    QTRY_VERIFY(!sheet->property("visible").toBool());

    const QJsonArray tags = m_box.http().get(u"/api/nfc/tags"_s).data()[u"tags"_s].toArray();
    const auto card = std::find_if(tags.begin(), tags.end(), [&tag](const QJsonValue &linked) {
        return linked[u"tag_id"_s].toString() == tag;
    });
    QVERIFY(card != tags.end());
    QCOMPARE((*card)[u"action"_s].toString(), u"pause"_s);
    QVERIFY((*card)[u"playlist_id"_s].isNull());
    QCOMPARE(m_box.removeTag(tag), 200);
    QVERIFY(m_box.waitUntilNoTag());

    // Placed again, the card pauses what plays.
    const QString demo = m_box.playlistId(u"Demo"_s);
    QQuickItem *tile
        = m_box.item(u"playlistTile_%1"_s.arg(m_box.screen().viewModels().playlists.rowOf(demo)));
    QVERIFY(tile);
    QVERIFY(m_box.waitForFrame());
    m_box.tap(tile);
    QTRY_VERIFY_WITH_TIMEOUT(m_box.isPlaying(), 5000);
    QCOMPARE(m_box.placeTag(tag), 200);
    QTRY_VERIFY(!m_box.isPlaying());
    QVERIFY(!sheet->property("visible").toBool()); // a known tag: no sheet
    QCOMPARE(m_box.removeTag(tag), 200);
}

void tst_KioskScreenLinking::aLongPressOnTheCornerOpensTheParentsSettings()
{
    QObject *settings = m_box.screen().window()->findChild<QObject *>(u"parentSettings"_s);
    QVERIFY(settings);
    QQuickItem *corner = m_box.item(u"parentCorner"_s);
    QVERIFY(m_box.waitForFrame());
    QQuickWindow *window = m_box.screen().window();
    const QPoint centre = corner->mapToScene(QPointF(corner->width() / 2, corner->height() / 2)).toPoint();
    QTest::mouseClick(window, Qt::LeftButton, {}, centre); // a child's tap: nothing
    QVERIFY(!settings->property("visible").toBool());
    QTest::mousePress(window, Qt::LeftButton, {}, centre);
    QTRY_VERIFY_WITH_TIMEOUT(settings->property("visible").toBool(), 6000);
    QTest::mouseRelease(window, Qt::LeftButton, {}, centre);
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"parentSettingsClose"_s));
    QTRY_VERIFY(!settings->property("visible").toBool());
}

void tst_KioskScreenLinking::aParentsPinIsAskedFirstWhenOneIsSet()
{
    HttpClient &http = m_box.http();
    QCOMPARE(http.put(u"/api/settings/pin"_s, {{u"pin"_s, u"2468"_s}}).status, 200);
    QObject *settings = m_box.screen().window()->findChild<QObject *>(u"parentSettings"_s);
    QObject *pad = m_box.screen().window()->findChild<QObject *>(u"pinPad"_s);
    QVERIFY(settings && pad);
    ParentModeViewModel &parentMode = m_box.screen().viewModels().parentMode;
    parentMode.requestOpen(); // what the corner's long press calls
    QTRY_VERIFY(pad->property("visible").toBool());
    QVERIFY(!settings->property("visible").toBool());
    QVERIFY(m_box.waitForFrame());
    const auto type = [&](const QString &pin) {
        for (const QChar digit : pin)
            m_box.tap(m_box.item(u"pinKey"_s + digit));
        m_box.tap(m_box.item(u"pinOk"_s));
    };
    type(u"1111"_s);
    QTRY_COMPARE_WITH_TIMEOUT(parentMode.pinError(), u"wrong"_s, 10000);
    QCOMPARE(parentMode.pinDetail(), 4);
    QTRY_VERIFY(m_box.item(u"pinError"_s)->property("text").toString().contains(u"4"_s));
    QVERIFY(!settings->property("visible").toBool());
    type(u"2468"_s);
    QTRY_VERIFY_WITH_TIMEOUT(settings->property("visible").toBool(), 10000);
    QVERIFY(!pad->property("visible").toBool());
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"parentSettingsClose"_s));
    QTRY_VERIFY(!settings->property("visible").toBool());
    // Cancel leaves the settings shut; without a PIN the press opens them at once again.
    parentMode.requestOpen();
    QTRY_VERIFY(pad->property("visible").toBool());
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"pinCancel"_s));
    QTRY_VERIFY(!pad->property("visible").toBool());
    QVERIFY(!settings->property("visible").toBool());
    QCOMPARE(http.put(u"/api/settings/pin"_s, {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, u"2468"_s}})
                 .status,
             200);
    parentMode.requestOpen();
    QTRY_VERIFY(settings->property("visible").toBool());
    parentMode.setOpen(false);
    QTRY_VERIFY(!settings->property("visible").toBool());
}

QTEST_MAIN(tst_KioskScreenLinking)
#include "tst_kioskscreen_linking.moc"
