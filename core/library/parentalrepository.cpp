// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentalrepository.h"

#include "database.h"
#include "sqlstatement.h"
#include "system/logging.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString settingsName = u"parental"_s;
} // namespace

ParentalRepository::ParentalRepository(Database &database)
    : m_database(database)
{ }

ParentalSettings ParentalRepository::settings() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT value FROM settings WHERE name = ?"_s);
    query.addBindValue(settingsName);
    if (!query.exec() || !query.next())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toByteArray());
    const auto settings = ParentalSettings::fromJson(document.object());
    if (!settings) {
        qCWarning(lcDb).noquote() << "the stored parental settings do not read:" << settings.error().message;
        return {};
    }
    return *settings;
}

Status ParentalRepository::saveSettings(const ParentalSettings &settings)
{
    return SqlStatement::execute(
        m_database.connection(), u"save parental settings"_s,
        u"INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
        {settingsName, QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact))});
}

qint64 ParentalRepository::listenedMs(const QDate &day) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT listened_ms FROM listening_days WHERE day = ?"_s);
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Status ParentalRepository::saveListened(const QDate &day, qint64 ms)
{
    return SqlStatement::execute(m_database.connection(), u"save listening time"_s,
                                 u"INSERT INTO listening_days (day, listened_ms) VALUES (?, ?) "
                                 "ON CONFLICT (day) DO UPDATE SET listened_ms = excluded.listened_ms"_s,
                                 {day.toString(Qt::ISODate), ms});
}
