// SPDX-License-Identifier: GPL-3.0-or-later
// The real screen (Main.qml, offscreen) over a whole box in this process, for how it looks: finger-sized
// targets, the language switching live, every label fitting its control in English, French and German (the
// main screen, the parents' settings, both tabs of the new-tag sheet, the PIN pad), and screenshots at
// 800x480 and 1280x800 in <build>/artifacts.
#include "kioskfixture.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_KioskScreenLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void targetsAreFingerSized();
    void theLanguageChangesLive();
    void theLanguageFollowsAChangeOverHttp();
    void labelsFitTheirControls_data();
    void labelsFitTheirControls();
    void screenshots_data();
    void screenshots();

private:
    QStringList labelsThatDoNotFit();
    // Places an unknown tag and shows the sheet's action cards; closeSheet() cancels and lifts it.
    void openSheetOnTheActions(const QString &tag);
    void closeSheet(const QString &tag);
    QString unknownTag() { return u"04f1f2f3%1"_s.arg(++m_tagsUsed, 2, 16, QChar(u'0')); }
    int m_tagsUsed = 0;
    bool save(const QString &name);
    QStringList m_textsSeen; // the walk found the texts it checks

    KioskFixture m_box;
};

void tst_KioskScreenLayout::initTestCase()
{
    m_box.start();
}

void tst_KioskScreenLayout::cleanupTestCase()
{
    m_box.stop();
}

void tst_KioskScreenLayout::targetsAreFingerSized()
{
    for (const QString &name :
         {u"previousButton"_s, u"playPauseButton"_s, u"nextButton"_s, u"shuffleButton"_s, u"repeatButton"_s,
          u"volumeSlider"_s, u"parentCorner"_s}) {
        QQuickItem *target = m_box.item(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY2(target->height() >= 48, qPrintable(u"%1: %2 px"_s.arg(name).arg(target->height())));
        if (name != "volumeSlider"_L1)
            QVERIFY2(target->width() >= 48, qPrintable(u"%1: %2 px"_s.arg(name).arg(target->width())));
    }
    const QString tag = unknownTag();
    openSheetOnTheActions(tag);
    QStringList sheetTargets {u"tagLinkCancel"_s, u"tagLinkPlaylistsTab"_s, u"tagLinkActionsTab"_s};
    for (const QString &action : m_box.screen().viewModels().tagLink.actions())
        sheetTargets.append(u"tagAction_"_s + action);
    for (const QString &name : sheetTargets) {
        QQuickItem *target = m_box.item(name);
        QVERIFY2(target && target->isVisible(), qPrintable(name));
        QVERIFY2(target->height() >= 48 && target->width() >= 48,
                 qPrintable(u"%1: %2x%3 px"_s.arg(name).arg(target->width()).arg(target->height())));
    }
    closeSheet(tag);
}

void tst_KioskScreenLayout::theLanguageChangesLive()
{
    QQuickWindow *window = m_box.screen().window();
    ParentModeViewModel &parentMode = m_box.screen().viewModels().parentMode;
    parentMode.setOpen(true);
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"language_fr"_s));
    QTRY_COMPARE(window->title(), u"Boîte à musique"_s);
    QCOMPARE(parentMode.language(), u"fr"_s);
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"language_de"_s));
    QTRY_COMPARE(window->title(), u"Musikbox"_s);
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"language_en"_s));
    QTRY_COMPARE(window->title(), u"Music box"_s);
    parentMode.setOpen(false);
}

// The box has one language: a parent's choice on a web page reaches the screen.
void tst_KioskScreenLayout::theLanguageFollowsAChangeOverHttp()
{
    QQuickWindow *window = m_box.screen().window();
    QCOMPARE(m_box.http().put(u"/api/settings/language"_s, {{u"language"_s, u"de"_s}}).status, 200);
    QTRY_COMPARE(window->title(), u"Musikbox"_s);
    QCOMPARE(m_box.screen().viewModels().parentMode.language(), u"de"_s);
    QCOMPARE(m_box.http().put(u"/api/settings/language"_s, {{u"language"_s, u"en"_s}}).status, 200);
    QTRY_COMPARE(window->title(), u"Music box"_s);
}

void tst_KioskScreenLayout::openSheetOnTheActions(const QString &tag)
{
    QCOMPARE(m_box.placeTag(tag), 200);
    QTRY_VERIFY(m_box.screen().viewModels().tagLink.isActive());
    QVERIFY(m_box.waitForFrame());
    m_box.tap(m_box.item(u"tagLinkActionsTab"_s));
    QTRY_VERIFY(m_box.item(u"tagLinkActions"_s)->isVisible());
    QQuickItem *last = nullptr;
    QTRY_VERIFY((last = m_box.item(u"tagAction_sleep_60"_s)) && last->width() > 0);
}

void tst_KioskScreenLayout::closeSheet(const QString &tag)
{
    m_box.screen().viewModels().tagLink.cancel();
    QCOMPARE(m_box.removeTag(tag), 200);
    QVERIFY(m_box.waitUntilNoTag());
}

// Every visible text on the screen and its sheets: a label wider than its control that is not elided spills
// over; one that is truncated or elided loses words. Only data (playlist and track titles, tag names, the
// status line) may be elided.
QStringList tst_KioskScreenLayout::labelsThatDoNotFit()
{
    static const QStringList mayElide {u"playlistGrid"_s, u"nowPlayingPanel"_s, u"linkedTags"_s,
                                       u"statusText"_s, u"tagLinkGrid"_s};
    QStringList failures;
    QList<std::pair<QQuickItem *, bool>> pending {{m_box.screen().window()->contentItem(), false}};
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
        m_textsSeen.append(text);
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

void tst_KioskScreenLayout::labelsFitTheirControls_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {u"en"_s, u"fr"_s, u"de"_s}) {
        for (const QSize size : {QSize(800, 480), QSize(1280, 800)})
            QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }
}

void tst_KioskScreenLayout::labelsFitTheirControls()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QQuickWindow *window = m_box.screen().window();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    m_textsSeen.clear();
    ParentModeViewModel &parentMode = m_box.screen().viewModels().parentMode;
    QVERIFY(parentMode.setLanguage(language));
    QStringList failures;
    const auto look = [&](const QString &where) {
        QVERIFY(m_box.waitForFrame());
        for (const QString &failure : labelsThatDoNotFit())
            failures.append(where + u": "_s + failure);
    };

    look(u"main"_s);
    parentMode.setOpen(true);
    QObject *settings = window->findChild<QObject *>(u"parentSettings"_s);
    QVERIFY(settings);
    QTRY_VERIFY(settings->property("visible").toBool());
    look(u"parents' settings"_s);
    parentMode.setOpen(false);

    const QString tag = unknownTag();
    QCOMPARE(m_box.placeTag(tag), 200);
    QTRY_VERIFY(m_box.screen().viewModels().tagLink.isActive());
    look(u"tag link sheet"_s);
    m_box.tap(m_box.item(u"tagLinkActionsTab"_s));
    QTRY_VERIFY(m_box.item(u"tagLinkActions"_s)->isVisible());
    look(u"tag link sheet, action cards"_s);
    for (const QString &action : m_box.screen().viewModels().tagLink.actions()) {
        const QString label = m_box.item(u"tagAction_"_s + action)->property("text").toString();
        QVERIFY2(m_textsSeen.contains(label), qPrintable(action + u": "_s + label));
    }
    closeSheet(tag);

    QCOMPARE(m_box.http().put(u"/api/settings/pin"_s, {{u"pin"_s, u"2468"_s}}).status, 200);
    parentMode.requestOpen();
    QTRY_VERIFY(parentMode.isPinAsked());
    look(u"PIN pad"_s);
    parentMode.enterPin(u"12"_s); // the format error
    look(u"PIN pad, format error"_s);
    parentMode.cancelPin();
    QCOMPARE(m_box.http()
                 .put(u"/api/settings/pin"_s, {{u"pin"_s, QJsonValue::Null}, {u"current_pin"_s, u"2468"_s}})
                 .status,
             200);
    QVERIFY(parentMode.setLanguage(u"en"_s));
    QVERIFY2(m_textsSeen.size() > 50, qPrintable(QString::number(m_textsSeen.size())));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

bool tst_KioskScreenLayout::save(const QString &name)
{
    QQuickWindow *window = m_box.screen().window();
    if (!m_box.waitForFrame())
        return false;
    const QImage image = window->grabWindow();
    const QString folder = qEnvironmentVariable("OMB_ARTIFACTS_DIR", QDir::tempPath());
    const QString file = u"%1/%2-%3x%4.png"_s.arg(folder, name).arg(window->width()).arg(window->height());
    if (image.size() != window->size() || !QDir().mkpath(folder) || !image.save(file))
        return false;
    qInfo().noquote() << "screenshot:" << file;
    return true;
}

void tst_KioskScreenLayout::screenshots_data()
{
    labelsFitTheirControls_data();
}

// The main screen and the new-tag sheet on its action cards.
void tst_KioskScreenLayout::screenshots()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QVERIFY(m_box.screen().viewModels().parentMode.setLanguage(language));
    QQuickWindow *window = m_box.screen().window();
    window->resize(size);
    QTRY_COMPARE(window->size(), size);
    QVERIFY(save(u"screen-"_s + language));
    const QString tag = unknownTag();
    openSheetOnTheActions(tag);
    QVERIFY(save(u"screen-newtag-actions-"_s + language));
    closeSheet(tag);
    QVERIFY(m_box.screen().viewModels().parentMode.setLanguage(u"en"_s));
}

QTEST_MAIN(tst_KioskScreenLayout)
#include "tst_kioskscreen_layout.moc"
