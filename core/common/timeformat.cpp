// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

namespace TimeFormat {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

double unixSeconds(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

double nowUnixSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

qint64 nowUnixMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace TimeFormat
