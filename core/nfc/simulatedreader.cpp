// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedreader.h"

#include "common/ids.h"
#include "system/logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

SimulatedReader::SimulatedReader(QObject *parent)
    : NfcReader(parent)
{ }

SimulatedReader::~SimulatedReader() = default;

NfcReader::Status SimulatedReader::status() const
{
    return {m_running, u"mock"_s, {}, {}};
}

void SimulatedReader::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_fd >= 0 && !m_notifier) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &SimulatedReader::readTerminal);
    }
    qCInfo(lcNfc) << "simulated NFC reader ready";
    Q_EMIT statusChanged();
}

void SimulatedReader::stop()
{
    if (!m_running)
        return;
    remove();
    m_running = false;
    delete m_notifier;
    m_notifier = nullptr;
    Q_EMIT statusChanged();
}

void SimulatedReader::readCommandsFrom(int fd)
{
    m_fd = fd;
}

bool SimulatedReader::place(const QString &tagId)
{
    const QString tag = Ids::normalizeTagId(tagId);
    if (tag.isEmpty())
        return false;
    if (tag == m_current)
        return true;
    remove();
    m_current = tag;
    Q_EMIT tagDetected(tag);
    return true;
}

void SimulatedReader::remove()
{
    if (m_current.isEmpty())
        return;
    const QString previous = std::exchange(m_current, QString());
    Q_EMIT tagRemoved(previous);
}

QString SimulatedReader::executeCommand(const QString &line)
{
    const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const QString verb = words.first().toLower();
    if ((verb == u"place"_s || verb == u"p"_s) && words.size() == 2) {
        if (!place(words.at(1)))
            return u"not a tag id (4..64 hex digits): %1"_s.arg(words.at(1));
        return u"placed %1"_s.arg(m_current);
    }
    if ((verb == u"remove"_s || verb == u"r"_s) && words.size() == 1) {
        if (m_current.isEmpty())
            return u"no tag on the reader"_s;
        const QString tag = m_current;
        remove();
        return u"removed %1"_s.arg(tag);
    }
    if (verb == u"status"_s)
        return m_current.isEmpty() ? u"no tag on the reader"_s : u"tag %1 on the reader"_s.arg(m_current);
    return u"commands: place <tag hex> | remove | status"_s;
}

void SimulatedReader::readTerminal()
{
    char chunk[256];
    const ssize_t n = ::read(m_fd, chunk, sizeof chunk);
    if (n <= 0) {
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        // End of input (stdin is /dev/null or closed): stop listening, or the notifier would fire forever.
        m_notifier->setEnabled(false);
        return;
    }
    m_pending.append(chunk, n);
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(newline)).trimmed();
        m_pending.remove(0, newline + 1);
        const QString answer = executeCommand(line);
        if (!answer.isEmpty()) {
            std::fprintf(stdout, "nfc: %s\n", qPrintable(answer));
            std::fflush(stdout);
        }
    }
}
