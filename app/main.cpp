// SPDX-License-Identifier: GPL-3.0-or-later
// The openmusicbox daemon: parses the command line, loads the settings and hands over to the composition
// root.

#include "compositionroot.h"
#include "config/settingsloader.h"
#include "pluginloader.h"
#include "screenplugin.h"
#include "system/logbuffer.h"
#include "system/logging.h"
#include "system/memoryrelease.h"
#include "system/qtpluginfolder.h"
#include "system/unixsignalhandler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"openmusicbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OMB_VERSION));
}

// UI=kiosk loads the screen's plugin, the only code that maps QtGui, QtQml and QtQuick. Without it (a build
// without the screen, a package without the file) the box runs headless.
ScreenPlugin *loadScreenPlugin(const Settings &settings)
{
    if (settings.ui != "kiosk"_L1)
        return nullptr;
    ScreenPlugin *plugin = PluginLoader().load<ScreenPlugin>(u"openmusicbox-kiosk"_s);
    if (!plugin)
        qCWarning(lcApp) << "UI=kiosk but the screen's plugin is missing; the box runs headless";
    return plugin;
}

// The screen builds a QGuiApplication (the platform plugin starts here); UI=none never touches QtGui.
std::unique_ptr<QCoreApplication> createApplication(ScreenPlugin *screenPlugin, int &argc, char **argv)
{
    if (screenPlugin)
        return screenPlugin->createApplication(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

struct CommandLine
{
    QString configFile;
    QHash<QString, QString> values; // settings key -> value
};

// Read before any application object exists: the UI setting decides whether it is a QCoreApplication or a
// QGuiApplication. Help, version and errors are printed the usual way through a plain QCoreApplication.
CommandLine parseCommandLine(int &argc, char **argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"TheOpenMusicBox: place an NFC tag, its playlist plays. Serves the web UI, the JSON API, Socket.IO and /ws on one port."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<std::pair<QCommandLineOption, QString>> options {
        {{u"config"_s, u"INI configuration file (KEY = value lines)."_s, u"file"_s}, QString()},
        {{u"data-dir"_s, u"Data folder: database, music, uploads (DATA_DIR, default ./var)."_s, u"dir"_s},
         u"DATA_DIR"_s},
        {{u"bind"_s, u"Address to listen on (BIND_ADDRESS, default 0.0.0.0)."_s, u"address"_s},
         u"BIND_ADDRESS"_s},
        {{u"port"_s, u"Port for HTTP, Socket.IO and /ws (PORT, default 8000; 0 = any free port)."_s,
          u"port"_s},
         u"PORT"_s},
        {{u"web-root"_s, u"Serve this folder at / instead of the embedded web UI (WEB_ROOT)."_s, u"dir"_s},
         u"WEB_ROOT"_s},
        {{u"nfc"_s,
          u"NFC reader: none, simulated, pn532:<serial port> or pn532-i2c:<i2c device>[@<address>] "
          "(NFC_READER)."_s,
          u"reader"_s},
         u"NFC_READER"_s},
        {{u"audio-device"_s, u"Audio output description; empty = system default (AUDIO_DEVICE)."_s,
          u"name"_s},
         u"AUDIO_DEVICE"_s},
        {{u"ui"_s, u"none (headless) or kiosk (the touch screen in the same process) (UI, default none)."_s,
          u"mode"_s},
         u"UI"_s},
        {{u"log-level"_s, u"debug, info, warning or error (LOG_LEVEL, default info)."_s, u"level"_s},
         u"LOG_LEVEL"_s},
    };
    for (const auto &[option, key] : options)
        parser.addOption(option);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!parser.parse(arguments) || parser.isSet(u"help"_s) || parser.isSet(u"version"_s)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        parser.process(app); // prints and exits
    }

    CommandLine result;
    result.configFile = parser.value(u"config"_s);
    for (const auto &[option, key] : options) {
        if (!key.isEmpty() && parser.isSet(option))
            result.values.insert(key, parser.value(option));
    }
    return result;
}

// SIGHUP: the same layers are read again; a bad file keeps the running settings.
Result<Settings> loadSettings(const CommandLine &commandLine)
{
    return SettingsLoader::load(commandLine.configFile, QProcessEnvironment::systemEnvironment(),
                                commandLine.values);
}

} // namespace

int main(int argc, char *argv[])
{
    MemoryRelease::limitArenas();
    LogBuffer logs;
    logs.install();

    const CommandLine commandLine = parseCommandLine(argc, argv);
    const Result<Settings> settings = loadSettings(commandLine);
    if (!settings) {
        std::fprintf(stderr, "openmusicbox: %s\n", qPrintable(settings.error().message));
        return 2;
    }
    Logging::applyLevel(settings->logLevel);
    QtPluginFolder::applyFromEnvironment();
    ScreenPlugin *const screenPlugin = loadScreenPlugin(*settings);
    const std::unique_ptr<QCoreApplication> app = createApplication(screenPlugin, argc, argv);
    setApplicationNames();

    bool restart = false;
    UnixSignalHandler signals;
    CompositionRoot root(*settings, logs);
    QObject::connect(&signals, &UnixSignalHandler::terminationRequested, app.get(), [&root](int number) {
        qCInfo(lcApp) << "signal" << number << "received; stopping";
        root.announceStopping();
        QCoreApplication::quit();
    });
    QObject::connect(&signals, &UnixSignalHandler::reloadRequested, &root, [&root, &commandLine] {
        const Result<Settings> reloaded = loadSettings(commandLine);
        if (!reloaded) {
            qCWarning(lcApp).noquote() << "configuration not reloaded:" << reloaded.error().message;
            return;
        }
        root.applyReloadedSettings(*reloaded);
    });
    QObject::connect(&root, &CompositionRoot::restartRequested, app.get(), [&restart] {
        restart = true;
        QCoreApplication::quit();
    });

    const QString error = root.start();
    if (!error.isEmpty()) {
        qCCritical(lcApp).noquote() << error;
        return 1;
    }
    // Tests and scripts read the bound port from this line (PORT=0 picks a free one).
    std::printf("openmusicbox: listening on http://%s:%u\n", qPrintable(settings->bindAddress), root.port());
    std::fflush(stdout);

    // Music never depends on the screen: without a display the box goes on headless.
    std::unique_ptr<QObject> screen;
    if (screenPlugin)
        screen = screenPlugin->startIfDisplay(root.screenServices());

    const int code = QCoreApplication::exec();
    screen.reset(); // the QML goes before the services it binds to
    root.shutdown();
    if (restart) {
        qCInfo(lcApp) << "restarting";
        ::execv("/proc/self/exe", argv);
        qCCritical(lcApp) << "restart failed";
        return 1;
    }
    return code;
}
