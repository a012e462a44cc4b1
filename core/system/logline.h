// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// How one log line is written to stderr. On a terminal or in a file it carries its own timestamp and level
// name; when stderr is connected to journald (systemd sets JOURNAL_STREAM) it starts with a syslog priority
// prefix ("<4>") so the journal keeps the level, and carries no timestamp because the journal adds one.
namespace LogLine {

enum class Sink { Plain, Journal };

// Journal when JOURNAL_STREAM names the device and inode that stderr is really connected to (a child that
// inherited the variable but writes elsewhere keeps plain lines).
Sink stderrSink();

// The level as a syslog priority: debug 7, info 6, warning 4, critical 3, fatal 2.
int syslogPriority(QtMsgType type);

QString format(Sink sink, QtMsgType type, const char *category, const QString &message,
               const QDateTime &time);

} // namespace LogLine
