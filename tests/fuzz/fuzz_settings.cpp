// SPDX-License-Identifier: GPL-3.0-or-later
// The settings file a parent edits by hand (INI: KEY = value lines, comments, sections), read by the real
// SettingsLoader from disk as the box does at start.

#include "config/settingsloader.h"
#include "fuzzcheck.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    silenceLogs();
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));

    const Result<QHash<QString, QString>> values = SettingsLoader::parseIni(text, u"fuzz.conf"_s);
    if (values) {
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty() && it.key() == it.key().trimmed()
                       && it.key() == it.key().toUpper());
            FUZZ_CHECK(!it.key().contains(u'=') && !it.key().contains(u'\n'));
            FUZZ_CHECK(it.value() == it.value().trimmed() && !it.value().contains(u'\n'));
        }
    } else {
        FUZZ_CHECK(values.error().type == ErrorType::Validation
                   && values.error().message.startsWith("fuzz.conf:"_L1));
    }

    static QTemporaryDir dir;
    const QString path = dir.filePath(u"openmusicbox.conf"_s);
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(text) == text.size());
    file.close();

    const Result<Settings> settings = SettingsLoader::load(path, QProcessEnvironment(), {});
    if (!settings) {
        FUZZ_CHECK(settings.error().type == ErrorType::Validation && !settings.error().message.isEmpty());
        return 0;
    }
    // A file the box accepts names only known keys and leaves the settings consistent.
    FUZZ_CHECK(values.ok());
    for (auto it = values->cbegin(); it != values->cend(); ++it)
        FUZZ_CHECK(SettingsLoader::isKnownKey(it.key()));
    FUZZ_CHECK(settings->volumeMin <= settings->volumeDefault
               && settings->volumeDefault <= settings->volumeMax);
    FUZZ_CHECK(settings->positionThrottleMinMs <= settings->positionUpdateIntervalMs);
    return 0;
}
