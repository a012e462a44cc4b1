// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QLocale>
#include <QObject>
#include <QStringList>

class Database;

// The box's language, one for the screen and every web page: the parents' last choice (kept in the
// database's settings table, so it survives a restart), else the LANGUAGE setting, else the system's, else
// English. A change says so with languageChanged; the composition root turns it into `system:language`.
class LanguageSetting : public QObject
{
    Q_OBJECT
public:
    // `configured`: the LANGUAGE setting (en, fr, de, or empty for the system's).
    LanguageSetting(Database &database, const QString &configured, const QLocale &system = QLocale::system(),
                    QObject *parent = nullptr);

    static QStringList spoken(); // en, fr, de
    // en, fr or de: the setting, else the system locale's language, else English.
    static QString resolve(const QString &setting, const QLocale &system);

    // Reads the stored choice; after the database opened.
    void load();
    QString language() const { return m_language; }
    // Whether a parent picked it (stored, or LANGUAGE set); else it is only the system's guess, and a web
    // page keeps its browser's language.
    bool isChosen() const { return m_chosen; }
    // Stores and applies `language`; a validation error for one the box does not speak.
    Status setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    Database &m_database;
    QString m_language;
    bool m_chosen = false;
};
