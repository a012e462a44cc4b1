// SPDX-License-Identifier: GPL-3.0-or-later
// UI=none never starts a platform plugin or QtQuick; UI=kiosk does, in the same process; a kiosk without a
// display says so and keeps serving. Read from the real binary's memory map (/proc/<pid>/maps).
#include "httpclient.h"
#include "serverprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_UiMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlessLoadsNoPlatformPluginAndNoQtQuick();
    void kioskStartsTheScreenInTheSameProcess();
    void kioskWithoutDisplayRunsHeadless();

private:
    static QString mapsOf(ServerProcess &server);
    static QStringList screenLibraries(const QString &maps);
};

QString tst_UiMode::mapsOf(ServerProcess &server)
{
    QFile maps(u"/proc/%1/maps"_s.arg(server.process().processId()));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(maps.readAll());
}

// What a screen brings into a process: a QPA platform plugin, the QML engine's modules and the scene graph's
// libraries loaded for a window.
QStringList tst_UiMode::screenLibraries(const QString &maps)
{
    static const QRegularExpression screenish(
        uR"((/plugins/platforms/\S+|/qt6/qml/\S+|libQt6QuickControls2\S*|libQt6QuickTemplates2\S*))"_s);
    QStringList found;
    auto it = screenish.globalMatch(maps);
    while (it.hasNext())
        found.append(it.next().captured(1));
    found.removeDuplicates();
    return found;
}

void tst_UiMode::headlessLoadsNoPlatformPluginAndNoQtQuick()
{
    ServerProcess server;
    server.setEnvironmentValue(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // would be used if anything asked
    QVERIFY(server.start());
    HttpClient http(server.baseUrl());
    QCOMPARE(http.get(u"/api/health"_s).status, 200);
    // The audio backend and the reader start after listening: wait until they have, then look.
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(u"audio output"_s), 10000);
    const QString maps = mapsOf(server);
    QVERIFY(!maps.isEmpty());
    const QStringList loaded = screenLibraries(maps);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded.join(u", "_s)));
    QVERIFY(!server.output().contains(u"omb.ui"_s));
}

void tst_UiMode::kioskStartsTheScreenInTheSameProcess()
{
    ServerProcess server({u"--ui"_s, u"kiosk"_s});
    server.setEnvironmentValue(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(u"screen on offscreen"_s), 10000);
    const QStringList loaded = screenLibraries(mapsOf(server));
    QVERIFY2(loaded.filter(u"libqoffscreen"_s).size() == 1, qPrintable(loaded.join(u", "_s)));
    QVERIFY2(!loaded.filter(u"/qt6/qml/QtQuick"_s).isEmpty(), qPrintable(loaded.join(u", "_s)));
    HttpClient http(server.baseUrl());
    QCOMPARE(http.get(u"/api/health"_s).status, 200);
}

void tst_UiMode::kioskWithoutDisplayRunsHeadless()
{
    ServerProcess server({u"--ui"_s, u"kiosk"_s});
    server.setEnvironmentValue(u"QT_QPA_PLATFORM"_s, u"no-such-display"_s);
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(u"no display"_s), 10000);
    QVERIFY(server.output().contains(u"the box runs headless"_s));
    QVERIFY(!server.output().contains(u"screen on"_s));
    HttpClient http(server.baseUrl());
    QCOMPARE(http.get(u"/api/health"_s).status, 200);
    QVERIFY(screenLibraries(mapsOf(server)).filter(u"/qt6/qml/"_s).isEmpty());
    QVERIFY(server.terminate());
}

QTEST_GUILESS_MAIN(tst_UiMode)
#include "tst_uimode.moc"
