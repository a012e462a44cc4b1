// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "settings.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

// Builds Settings from its four layers: defaults < INI config file < OMB_* environment < command line.
// An unknown key in the file, or a value a key does not accept in any layer, is an error naming the key.
class SettingsLoader
{
public:
    struct KeyInfo
    {
        QString key;
        QString description;
    };

    // commandLine: KEY -> value, as the app's QCommandLineParser collected them.
    static Result<Settings> load(const QString &configFile, const QProcessEnvironment &environment,
                                 const QHash<QString, QString> &commandLine);
    // Parses one INI text (KEY = value lines, # and ; comments, [sections] ignored).
    static Result<QHash<QString, QString>> parseIni(const QByteArray &text, const QString &origin);
    static QList<KeyInfo> keys();
    static bool isKnownKey(const QString &key);
};
