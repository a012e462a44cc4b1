// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ServerProcess::ServerProcess(QStringList extraArguments, QString dataDir)
    : m_arguments(std::move(extraArguments))
    , m_dataDir(dataDir.isEmpty() ? m_ownDataDir.path() : dataDir)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Tests get an empty library unless they ask for the demo one.
    m_environment.insert(u"OMB_DEMO_LIBRARY"_s, u"false"_s);
    // Test boxes stay off the machine's Avahi (tst_avahiannouncer covers the announcement on a private bus).
    m_environment.insert(u"OMB_MDNS_ANNOUNCE"_s, u"false"_s);
    // A test box that goes idle never turns the computer running the tests off; the idle shutdown tests set
    // their own command.
    m_environment.insert(u"OMB_SHUTDOWN_COMMAND"_s, u"true"_s);
    // The runtime directory systemd gives the unit (RuntimeDirectory=), where the box keeps its Qt plugin
    // folder (QtPluginFolder).
    m_environment.insert(u"RUNTIME_DIRECTORY"_s, m_runtimeDir.path());
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

void ServerProcess::setEnvironmentValue(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

bool ServerProcess::start(int timeoutMs)
{
    m_port = 0;
    m_process.setProcessEnvironment(m_environment);
    QStringList arguments {u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_dataDir};
    arguments += m_arguments;
    m_process.start(TestPaths::serverBinary(), arguments);
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    if (!waitForListening(m_output.size(), timeoutMs)) {
        qWarning().noquote() << "server did not start:" << m_output;
        return false;
    }
    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                     [this] { m_output += QString::fromUtf8(m_process.readAll()); });
    return true;
}

bool ServerProcess::waitForRestart(int timeoutMs)
{
    const qsizetype from = m_listenedUpTo;
    QObject::disconnect(&m_process, &QProcess::readyRead, &m_process, nullptr);
    const bool listening = waitForListening(from, timeoutMs);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                     [this] { m_output += QString::fromUtf8(m_process.readAll()); });
    return listening;
}

bool ServerProcess::waitForListening(qsizetype from, int timeoutMs)
{
    static const QRegularExpression listening(u"listening on http://[^:]+:(\\d+)"_s);
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const auto match = listening.match(m_output, from);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            m_listenedUpTo = match.capturedEnd();
            return true;
        }
        // Waiting on the child's output is a wait on a condition, not on time.
        if (deadline.hasExpired()
            || !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
        m_output += QString::fromUtf8(m_process.readAll());
    }
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_output += QString::fromUtf8(m_process.readAll());
}

bool ServerProcess::terminate(int timeoutMs)
{
    m_process.terminate();
    const bool finished = m_process.waitForFinished(timeoutMs);
    m_output += QString::fromUtf8(m_process.readAll());
    return finished && m_process.exitStatus() == QProcess::NormalExit;
}

QString ServerProcess::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}
