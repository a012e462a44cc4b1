// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QStringList>

#include <deque>

// Keeps the most recent log lines in memory for GET /api/system/logs, and still writes every line to stderr
// (journald picks it up). Qt's message handler is process-global, so install() takes the one instance the
// composition root owns.
class LogBuffer
{
public:
    explicit LogBuffer(int capacity = 1000);
    ~LogBuffer();

    void install();
    void append(const QString &line);
    QStringList lastLines(int count) const;

private:
    mutable QMutex m_mutex;
    std::deque<QString> m_lines;
    int m_capacity;
};
