// SPDX-License-Identifier: GPL-3.0-or-later
#include "logbuffer.h"

#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
LogBuffer *g_installed = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = u"%1 %2 %3: %4"_s.arg(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
        QLatin1String(context.category ? context.category : "default"), message);
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
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
