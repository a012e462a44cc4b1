// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortranslation.h"

#include "errortemplatematcher.h"
#include "errortemplates.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString exactly(const QString &english)
{
    return QCoreApplication::translate(ErrorTranslation::context, english.toUtf8().constData());
}

// The catalogue's templates never change while the box runs: compiled on first use, then only read.
const ErrorTemplateMatcher &templates()
{
    static const ErrorTemplateMatcher matcher(ErrorTemplates::sources());
    return matcher;
}
} // namespace

QString ErrorTranslation::message(const QString &english)
{
    const QString translated = exactly(english);
    if (translated != english)
        return translated;
    // A value may itself be a message with values ("YouTube search failed: no answer within 10 s").
    return templates().translate(english, exactly, message);
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
