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
    static const QRegularExpression listening(u"listening on http://[^:]+:(\\d+)"_s);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        // Waiting on the child's output is a wait on a condition, not on time.
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        m_output += QString::fromUtf8(m_process.readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                             [this] { m_output += QString::fromUtf8(m_process.readAll()); });
            return true;
        }
    }
    qWarning().noquote() << "server did not start:" << m_output;
    return false;
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
