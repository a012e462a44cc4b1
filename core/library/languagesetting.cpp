// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetting.h"

#include "database.h"
#include "sqlstatement.h"
#include "system/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString settingName = u"language"_s;
} // namespace

LanguageSetting::LanguageSetting(Database &database, const QString &configured, const QLocale &system,
                                 QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_language(resolve(configured, system))
    , m_chosen(spoken().contains(configured))
{ }

QStringList LanguageSetting::spoken()
{
    return {u"en"_s, u"fr"_s, u"de"_s};
}

QString LanguageSetting::resolve(const QString &setting, const QLocale &system)
{
    if (spoken().contains(setting))
        return setting;
    const QString fromSystem = QLocale::languageToCode(system.language());
    return spoken().contains(fromSystem) ? fromSystem : u"en"_s;
}

void LanguageSetting::load()
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT value FROM settings WHERE name = ?"_s);
    query.addBindValue(settingName);
    if (!query.exec() || !query.next())
        return; // never chosen: the configured one stays
    const QString stored = query.value(0).toString();
    if (!spoken().contains(stored)) {
        qCWarning(lcDb).noquote() << "the stored language" << stored << "is not one the box speaks; kept"
                                  << m_language;
        return;
    }
    m_language = stored;
    m_chosen = true;
}

Status LanguageSetting::setLanguage(const QString &language)
{
    if (!spoken().contains(language))
        return ServiceError::validation(
            u"language"_s,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "must be one of: %1"))
                .arg(spoken().join(u", "_s)));
    if (language == m_language && m_chosen)
        return Done {};
    const Status saved = SqlStatement::execute(
        m_database.connection(), u"save the language"_s,
        u"INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
        {settingName, language});
    if (!saved)
        return saved;
    m_chosen = true;
    if (language == m_language)
        return Done {};
    m_language = language;
    qCInfo(lcDb).noquote() << "language" << language;
    Q_EMIT languageChanged(m_language);
    return Done {};
}
