// SPDX-License-Identifier: GPL-3.0-or-later
#include "logbuffer.h"

#include "logline.h"

#include <QDateTime>

#include <cstdio>

namespace {
LogBuffer *g_installed = nullptr;
LogLine::Sink g_stderrSink = LogLine::Sink::Plain;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString line = LogLine::format(LogLine::Sink::Plain, type, context.category, message, now);
    const QString written = g_stderrSink == LogLine::Sink::Plain
        ? line
        : LogLine::format(g_stderrSink, type, context.category, message, now);
    std::fprintf(stderr, "%s\n", written.toLocal8Bit().constData());
    std::fflush(stderr);
    if (g_installed)
        g_installed->append(line);
}
} // namespace

LogBuffer::LogBuffer(int capacity)
    : m_capacity(capacity)
{ }

LogBuffer::~LogBuffer()
{
    if (g_installed == this) {
        g_installed = nullptr;
        qInstallMessageHandler(nullptr);
    }
}

void LogBuffer::install()
{
    g_installed = this;
    g_stderrSink = LogLine::stderrSink();
    qInstallMessageHandler(handleMessage);
}

void LogBuffer::append(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    m_lines.push_back(line);
    while (int(m_lines.size()) > m_capacity)
        m_lines.pop_front();
}

QStringList LogBuffer::lastLines(int count) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    const int start = qMax(0, int(m_lines.size()) - count);
    for (int i = start; i < int(m_lines.size()); ++i)
        result.append(m_lines[size_t(i)]);
    return result;
}
