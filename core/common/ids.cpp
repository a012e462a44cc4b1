// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Ids {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newSid()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString sid(20, Qt::Uninitialized);
    for (QChar &c : sid)
        c = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);
    return sid;
}

bool isValidBodyId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,100}$"_s);
    return pattern.match(id).hasMatch();
}

bool isValidClientOpId(const QString &id)
{
    return isValidBodyId(id);
}

QString normalizeTagId(const QString &raw)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{4,64}$"_s);
    QString tag = raw;
    tag.remove(u':').remove(u'-').remove(u' ');
    tag = tag.toLower();
    return pattern.match(tag).hasMatch() ? tag : QString();
}

} // namespace Ids
