// SPDX-License-Identifier: GPL-3.0-or-later
#include "logline.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace LogLine {

namespace {
QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug"_L1;
    case QtInfoMsg:
        return "info"_L1;
    case QtWarningMsg:
        return "warning"_L1;
    case QtCriticalMsg:
        return "critical"_L1;
    case QtFatalMsg:
        return "fatal"_L1;
    }
    return "info"_L1;
}
} // namespace

Sink stderrSink()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM"); // "<device>:<inode>"
    const qsizetype colon = stream.indexOf(':');
    if (colon <= 0)
        return Sink::Plain;
    struct stat info
    { };
    if (::fstat(STDERR_FILENO, &info) != 0)
        return Sink::Plain;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inodeOk);
    const bool same
        = deviceOk && inodeOk && device == qulonglong(info.st_dev) && inode == qulonglong(info.st_ino);
    return same ? Sink::Journal : Sink::Plain;
}

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

QString format(Sink sink, QtMsgType type, const char *category, const QString &message, const QDateTime &time)
{
    const QLatin1String categoryName(category ? category : "default");
    if (sink == Sink::Journal)
        return u"<%1>%2: %3"_s.arg(syslogPriority(type)).arg(categoryName, message);
    return u"%1 %2 %3: %4"_s.arg(time.toString(Qt::ISODateWithMs), levelName(type), categoryName, message);
}

} // namespace LogLine
