// SPDX-License-Identifier: GPL-3.0-or-later
#include "processsample.h"

#include <QFile>
#include <QList>
#include <QString>

#include <unistd.h>

using namespace Qt::StringLiterals;

ProcessSample ProcessSample::of(qint64 pid)
{
    ProcessSample result;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // After "pid (name) ", field 0 is the state: utime and stime are fields 11 and 12 from there.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        result.cpuSeconds = double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
            / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const qint64 kb = line.simplified().split(' ').value(1).toLongLong();
            if (line.startsWith("VmRSS:"))
                result.rssKb = kb;
            else if (line.startsWith("VmHWM:"))
                result.peakRssKb = kb;
        }
    }
    return result;
}
