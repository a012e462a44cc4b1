// SPDX-License-Identifier: GPL-3.0-or-later
// UI=none never maps QtGui, QtQml, QtQuick or QtMultimedia, nor starts a platform plugin; UI=kiosk loads the
// screen's plugin and starts it in the same process; a kiosk without a display or without its plugin says so
// and keeps serving; AUDIO_BACKEND=qt loads its own plugin. Read from the real binary's memory map
// (/proc/<pid>/maps).
#include "httpclient.h"
#include "serverprocess.h"
#include "testpaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_UiMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlessLoadsNoPlatformPluginAndNoQtQuick();
    void headlessNeverMapsQtGui();
    void kioskStartsTheScreenInTheSameProcess();
    void kioskWithoutDisplayRunsHeadless();
    void kioskWithoutItsPluginRunsHeadless();
    void qtAudioBackendComesFromItsPlugin();

private:
    static QString mapsOf(ServerProcess &server);
    static QStringList screenLibraries(const QString &maps);
    static QStringList guiLibraries(const QString &maps);
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

// The libraries a headless box must never map: the screen's and QtMultimedia's (which brings QtGui along).
QStringList tst_UiMode::guiLibraries(const QString &maps)
{
    static const QRegularExpression guiish(
        uR"((\S*(libQt6Gui|libQt6Quick|libQt6Qml|libQt6Multimedia|openmusicbox-kiosk|openmusicbox-qtaudio)\S*))"_s);
    QStringList found;
    auto it = guiish.globalMatch(maps);
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

void tst_UiMode::headlessNeverMapsQtGui()
{
    ServerProcess server({u"--nfc"_s, u"simulated"_s});
    QVERIFY(server.start());
    HttpClient http(server.baseUrl());
    QCOMPARE(http.get(u"/api/health"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(u"audio output"_s)
                                 && server.output().contains(u"simulated NFC reader ready"_s),
                             10000);
    const QString maps = mapsOf(server);
    QVERIFY(maps.contains(u"libQt6Core"_s)); // the maps were read
    const QStringList loaded = guiLibraries(maps);
    QVERIFY2(loaded.isEmpty(), qPrintable(loaded.join(u", "_s)));
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
    QVERIFY(!guiLibraries(mapsOf(server)).filter(u"openmusicbox-kiosk.so"_s).isEmpty());
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

// A binary without the screen's plugin next to it (nor installed): one clear line, and the box serves.
void tst_UiMode::kioskWithoutItsPluginRunsHeadless()
{
    QTemporaryDir alone;
    QVERIFY(alone.isValid());
    const QString binary = alone.filePath(u"openmusicbox"_s);
    QVERIFY(QFile::copy(TestPaths::serverBinary(), binary));
    const QByteArray original = qgetenv("OMB_SERVER_BINARY");
    qputenv("OMB_SERVER_BINARY", binary.toLocal8Bit());
    ServerProcess server({u"--ui"_s, u"kiosk"_s});
    server.setEnvironmentValue(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (QFile::exists(QStringLiteral(OMB_INSTALLED_PLUGIN_DIR "/openmusicbox-kiosk.so")))
        QFAIL("the package is installed on this machine: its plugin would be found");
    const bool started = server.start(); // reads OMB_SERVER_BINARY
    qputenv("OMB_SERVER_BINARY", original);
    QVERIFY(started);
    QVERIFY(server.output().contains(u"the screen's plugin is missing; the box runs headless"_s));
    HttpClient http(server.baseUrl());
    QCOMPARE(http.get(u"/api/health"_s).status, 200);
    QVERIFY2(guiLibraries(mapsOf(server)).isEmpty(), qPrintable(guiLibraries(mapsOf(server)).join(u", "_s)));
    QVERIFY(server.terminate());
}

void tst_UiMode::qtAudioBackendComesFromItsPlugin()
{
    ServerProcess server;
    server.setEnvironmentValue(u"OMB_AUDIO_BACKEND"_s, u"qt"_s);
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(u"audio output"_s), 10000);
    const QStringList loaded = guiLibraries(mapsOf(server));
    QVERIFY2(!loaded.filter(u"openmusicbox-qtaudio.so"_s).isEmpty(), qPrintable(loaded.join(u", "_s)));
    QVERIFY2(!loaded.filter(u"libQt6Multimedia"_s).isEmpty(), qPrintable(loaded.join(u", "_s)));
    QVERIFY2(loaded.filter(u"libQt6Quick"_s).isEmpty(), qPrintable(loaded.join(u", "_s)));
    QVERIFY(!server.output().contains(u"its plugin is missing"_s));
}

QTEST_GUILESS_MAIN(tst_UiMode)
#include "tst_uimode.moc"
