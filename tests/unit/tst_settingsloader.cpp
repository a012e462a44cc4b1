// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsLoader: defaults < INI file < OMB_ environment < command line; unknown keys and bad values are
// errors that name the key; comments, blank lines and sections are ignored.

#include "config/settingsloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Values = QHash<QString, QString>;
Q_DECLARE_METATYPE(Values)

class tst_SettingsLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void precedence_data();
    void precedence();
    void layersMergeKeyByKey();
    void uiComesFromEveryLayer();
    void unknownKeyInFileIsNamed();
    void unknownKeyOnCommandLineIsNamed();
    void unrelatedEnvironmentIsIgnored();
    void badValues_data();
    void badValues();
    void commentsAndSectionsAreIgnored();
    void malformedLineNamesTheLine();
    void missingConfigFileIsAnError();
    void listsAreParsed();
    void everyKeyIsDocumented();

private:
    QString writeConfig(const QByteArray &text);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SettingsLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_SettingsLoader::writeConfig(const QByteArray &text)
{
    const QString path = m_dir->filePath(u"musicbox.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return {};
    return path;
}

void tst_SettingsLoader::defaults()
{
    const auto settings = SettingsLoader::load({}, QProcessEnvironment(), {});
    QVERIFY(settings);
    QCOMPARE(settings->port, 8000);
    QCOMPARE(settings->bindAddress, u"0.0.0.0"_s);
    QCOMPARE(settings->dataDir, u"./var"_s);
    QCOMPARE(settings->logLevel, u"info"_s);
    QCOMPARE(settings->nfcReader, u"simulated"_s);
    QVERIFY(settings->demoLibrary);
    QCOMPARE(settings->volumeMin, 0);
    QCOMPARE(settings->volumeMax, 100);
    QVERIFY(settings->corsAllowedOrigins.isEmpty());
    QVERIFY(settings->allowedHosts.isEmpty());
    QCOMPARE(settings->operationDedupWindowSec, 300);
    QCOMPARE(settings->trashRetentionDays, 30);
    QCOMPARE(settings->shutdownCommand, u"systemctl poweroff"_s);
}

void tst_SettingsLoader::precedence_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<int>("expected");
    QTest::addRow("default") << QByteArray() << QString() << QString() << 8000;
    QTest::addRow("file") << QByteArray("PORT = 8100\n") << QString() << QString() << 8100;
    QTest::addRow("environment beats file") << QByteArray("PORT = 8100\n") << u"8200"_s << QString() << 8200;
    QTest::addRow("command line beats environment")
        << QByteArray("PORT = 8100\n") << u"8200"_s << u"8300"_s << 8300;
    QTest::addRow("command line beats file") << QByteArray("PORT = 8100\n") << QString() << u"8300"_s << 8300;
    QTest::addRow("environment alone") << QByteArray() << u"8200"_s << QString() << 8200;
}

void tst_SettingsLoader::precedence()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, environment);
    QFETCH(QString, commandLine);
    QFETCH(int, expected);
    QString configPath;
    if (!file.isEmpty()) {
        configPath = writeConfig(file);
        QVERIFY(!configPath.isEmpty());
    }
    QProcessEnvironment env;
    if (!environment.isEmpty())
        env.insert(u"OMB_PORT"_s, environment);
    Values cli;
    if (!commandLine.isEmpty())
        cli.insert(u"PORT"_s, commandLine);
    const auto settings = SettingsLoader::load(configPath, env, cli);
    QVERIFY2(settings, settings ? "" : qPrintable(settings.error().message));
    QCOMPARE(settings->port, expected);
}

void tst_SettingsLoader::layersMergeKeyByKey()
{
    const QString config = writeConfig("PORT = 8100\nDATA_DIR = /srv/box\nLOG_LEVEL = debug\n");
    QProcessEnvironment env;
    env.insert(u"OMB_DATA_DIR"_s, u"/env/box"_s);
    env.insert(u"OMB_VOLUME_MAX"_s, u"80"_s);
    const auto settings = SettingsLoader::load(config, env, {{u"LOG_LEVEL"_s, u"warning"_s}});
    QVERIFY(settings);
    QCOMPARE(settings->port, 8100); // only the file sets it
    QCOMPARE(settings->dataDir, u"/env/box"_s); // the environment overrides the file
    QCOMPARE(settings->logLevel, u"warning"_s); // the command line overrides the file
    QCOMPARE(settings->volumeMax, 80); // only the environment sets it
    QCOMPARE(settings->ui, u"none"_s); // headless unless asked
}

void tst_SettingsLoader::uiComesFromEveryLayer()
{
    QProcessEnvironment env;
    env.insert(u"OMB_UI"_s, u"kiosk"_s);
    const auto fromEnvironment = SettingsLoader::load({}, env, {});
    QVERIFY(fromEnvironment);
    QCOMPARE(fromEnvironment->ui, u"kiosk"_s);
    const auto fromCommandLine = SettingsLoader::load({}, env, {{u"UI"_s, u"none"_s}});
    QVERIFY(fromCommandLine);
    QCOMPARE(fromCommandLine->ui, u"none"_s);
}

void tst_SettingsLoader::unknownKeyInFileIsNamed()
{
    const QString config = writeConfig("PORT = 8100\nVOLUME_MAXIMUM = 80\n");
    const auto settings = SettingsLoader::load(config, QProcessEnvironment(), {});
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(u"VOLUME_MAXIMUM"_s), qPrintable(settings.error().message));
    QVERIFY2(settings.error().message.contains(config), qPrintable(settings.error().message));
}

void tst_SettingsLoader::unknownKeyOnCommandLineIsNamed()
{
    const auto settings = SettingsLoader::load({}, QProcessEnvironment(), {{u"NOT_A_KEY"_s, u"1"_s}});
    QVERIFY(!settings);
    QVERIFY(settings.error().message.contains(u"NOT_A_KEY"_s));
}

void tst_SettingsLoader::unrelatedEnvironmentIsIgnored()
{
    // The environment holds everything the shell has; only OMB_<known key> is read.
    QProcessEnvironment env;
    env.insert(u"OMB_SOMETHING_ELSE"_s, u"x"_s);
    env.insert(u"PORT"_s, u"1"_s);
    const auto settings = SettingsLoader::load({}, env, {});
    QVERIFY(settings);
    QCOMPARE(settings->port, 8000);
}

void tst_SettingsLoader::badValues_data()
{
    QTest::addColumn<QString>("layer");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("namedKey");
    const QList<std::tuple<const char *, Values, QString>> cases {
        {"port 70000", {{u"PORT"_s, u"70000"_s}}, u"PORT"_s},
        {"port not a number", {{u"PORT"_s, u"eighty"_s}}, u"PORT"_s},
        {"port negative", {{u"PORT"_s, u"-1"_s}}, u"PORT"_s},
        {"bool maybe", {{u"DEMO_LIBRARY"_s, u"maybe"_s}}, u"DEMO_LIBRARY"_s},
        {"nfc usb", {{u"NFC_READER"_s, u"usb"_s}}, u"NFC_READER"_s},
        {"nfc pn532 without port", {{u"NFC_READER"_s, u"pn532:"_s}}, u"NFC_READER"_s},
        {"nfc i2c without device", {{u"NFC_READER"_s, u"pn532-i2c:"_s}}, u"NFC_READER"_s},
        {"nfc i2c reserved address", {{u"NFC_READER"_s, u"pn532-i2c:/dev/i2c-1@0x78"_s}}, u"NFC_READER"_s},
        {"nfc i2c address not a number", {{u"NFC_READER"_s, u"pn532-i2c:/dev/i2c-1@x"_s}}, u"NFC_READER"_s},
        {"log level loud", {{u"LOG_LEVEL"_s, u"loud"_s}}, u"LOG_LEVEL"_s},
        {"ui window", {{u"UI"_s, u"window"_s}}, u"UI"_s},
        {"bind not an address", {{u"BIND_ADDRESS"_s, u"localhost:80"_s}}, u"BIND_ADDRESS"_s},
        {"volume min above max", {{u"VOLUME_MIN"_s, u"80"_s}, {u"VOLUME_MAX"_s, u"20"_s}}, u"VOLUME_MIN"_s},
        {"volume 101", {{u"VOLUME_MAX"_s, u"101"_s}}, u"VOLUME_MAX"_s},
        {"chunk below minimum", {{u"UPLOAD_CHUNK_SIZE"_s, u"1024"_s}}, u"UPLOAD_CHUNK_SIZE"_s},
        {"trash kept no day", {{u"TRASH_RETENTION_DAYS"_s, u"0"_s}}, u"TRASH_RETENTION_DAYS"_s},
        {"trash kept 11 years", {{u"TRASH_RETENTION_DAYS"_s, u"4000"_s}}, u"TRASH_RETENTION_DAYS"_s},
        {"shutdown command of nothing", {{u"SHUTDOWN_COMMAND"_s, u"\"\""_s}}, u"SHUTDOWN_COMMAND"_s},
    };
    for (const char *layer : {"file", "environment", "command line"}) {
        for (const auto &[name, values, key] : cases)
            QTest::addRow("%s: %s", layer, name) << QString::fromLatin1(layer) << values << key;
    }
}

void tst_SettingsLoader::badValues()
{
    QFETCH(QString, layer);
    QFETCH(Values, values);
    QFETCH(QString, namedKey);
    QString config;
    QProcessEnvironment env;
    Values cli;
    if (layer == "file"_L1) {
        QByteArray text;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            text += it.key().toUtf8() + " = " + it.value().toUtf8() + '\n';
        config = writeConfig(text);
    } else if (layer == "environment"_L1) {
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            env.insert(u"OMB_"_s + it.key(), it.value());
    } else {
        cli = values;
    }
    const auto settings = SettingsLoader::load(config, env, cli);
    QVERIFY(!settings);
    QVERIFY2(settings.error().message.contains(namedKey), qPrintable(settings.error().message));
}

void tst_SettingsLoader::commentsAndSectionsAreIgnored()
{
    const QString config = writeConfig("# the box in the nursery\n"
                                       "; an old-style comment\n"
                                       "\n"
                                       "[network]\n"
                                       "   PORT   =   9001   \n"
                                       "\r\n"
                                       "[player]\n"
                                       "volume_max = 70\n"
                                       "DEMO_LIBRARY = off\n"
                                       "NFC_READER = pn532:/dev/ttyUSB0\n");
    const auto settings = SettingsLoader::load(config, QProcessEnvironment(), {});
    QVERIFY2(settings, settings ? "" : qPrintable(settings.error().message));
    QCOMPARE(settings->port, 9001);
    QCOMPARE(settings->volumeMax, 70);
    QVERIFY(!settings->demoLibrary);
    QCOMPARE(settings->nfcReader, u"pn532:/dev/ttyUSB0"_s);
}

void tst_SettingsLoader::malformedLineNamesTheLine()
{
    const auto parsed
        = SettingsLoader::parseIni("PORT = 1\n# fine\nthis line has no equals sign\n", u"box.conf"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(u"box.conf:3"_s), qPrintable(parsed.error().message));
}

void tst_SettingsLoader::missingConfigFileIsAnError()
{
    const QString missing = m_dir->filePath(u"nowhere.conf"_s);
    const auto settings = SettingsLoader::load(missing, QProcessEnvironment(), {});
    QVERIFY(!settings);
    QVERIFY(settings.error().message.contains(missing));
}

void tst_SettingsLoader::listsAreParsed()
{
    QProcessEnvironment env;
    env.insert(u"OMB_CORS_ALLOWED_ORIGINS"_s, u"http://a.local; http://b.local;"_s);
    env.insert(u"OMB_UPLOAD_ALLOWED_EXTENSIONS"_s, u"MP3;Flac"_s);
    env.insert(u"OMB_ALLOWED_HOSTS"_s, u"MusicBox.Home.Arpa"_s);
    env.insert(u"OMB_MAX_CONNECTIONS_PER_ADDRESS"_s, u"8"_s);
    const auto settings = SettingsLoader::load({}, env, {});
    QVERIFY(settings);
    QCOMPARE(settings->corsAllowedOrigins, (QStringList {u"http://a.local"_s, u"http://b.local"_s}));
    QCOMPARE(settings->uploadAllowedExtensions, (QStringList {u"mp3"_s, u"flac"_s}));
    QCOMPARE(settings->allowedHosts, QStringList {u"musicbox.home.arpa"_s});
    QCOMPARE(settings->maxConnectionsPerAddress, 8);
}

void tst_SettingsLoader::everyKeyIsDocumented()
{
    const QList<SettingsLoader::KeyInfo> keys = SettingsLoader::keys();
    QVERIFY(keys.size() >= 40);
    for (const SettingsLoader::KeyInfo &info : keys) {
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.key));
        QVERIFY(SettingsLoader::isKnownKey(info.key));
    }
    for (const QString &key : {u"PORT"_s, u"DATA_DIR"_s, u"DEMO_LIBRARY"_s, u"NFC_READER"_s, u"VOLUME_MIN"_s})
        QVERIFY2(SettingsLoader::isKnownKey(key), qPrintable(key));
    QVERIFY(!SettingsLoader::isKnownKey(u"VOLUME_MAXIMUM"_s));
}

QTEST_GUILESS_MAIN(tst_SettingsLoader)
#include "tst_settingsloader.moc"
