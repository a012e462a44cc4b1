// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// The protocol's time formats in one place (PROTOCOL.md "Units").
namespace TimeFormat {
QString isoUtc(const QDateTime &time); // 2026-11-28T16:50:00.123Z
QDateTime fromIsoUtc(const QString &text);
double unixSeconds(const QDateTime &time); // seconds with a millisecond fraction
double nowUnixSeconds();
qint64 nowUnixMs();
} // namespace TimeFormat
