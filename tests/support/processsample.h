// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// CPU time and memory of a running process, read from /proc: what the benchmarks report.
struct ProcessSample
{
    double cpuSeconds = 0; // user + system time so far
    qint64 rssKb = 0; // VmRSS
    qint64 peakRssKb = 0; // VmHWM

    static ProcessSample of(qint64 pid);
};
