// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortranslation.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ErrorTranslation::message(const QString &english)
{
    return QCoreApplication::translate(context, english.toUtf8().constData());
}

QJsonObject ErrorTranslation::details(const QJsonObject &details)
{
    if (!details.value(u"errors"_s).isArray())
        return details;
    QJsonArray errors;
    for (const QJsonValue &error : details.value(u"errors"_s).toArray()) {
        QJsonObject entry = error.toObject();
        if (entry.value(u"message"_s).isString())
            entry.insert(u"message"_s, message(entry.value(u"message"_s).toString()));
        errors.append(entry);
    }
    QJsonObject translated = details;
    translated.insert(u"errors"_s, errors);
    return translated;
}
