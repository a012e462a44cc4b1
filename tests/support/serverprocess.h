// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// The real openmusicbox binary as a child process on 127.0.0.1 with a free port and its own data folder, for
// integration tests that need a whole box (crash tests kill it with SIGKILL and start it again on the same
// data).
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraArguments = {}, QString dataDir = {});
    ~ServerProcess();

    // Starts the box and waits (on its output, not on time) until it reports its port. False on failure.
    bool start(int timeoutMs = 20000);
    // After the box was asked to restart itself (it execs itself, so the process stays): waits until it
    // listens again and takes its new port.
    bool waitForRestart(int timeoutMs = 20000);
    void kill(); // SIGKILL: what a power cut looks like to the software
    bool terminate(int timeoutMs = 10000); // SIGTERM and wait for a clean exit

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString dataDir() const { return m_dataDir; }
    QString runtimeDir() const { return m_runtimeDir.path(); } // the box's RUNTIME_DIRECTORY, as systemd's
    QString output() const { return m_output; } // everything the process printed (stdout + stderr)
    QProcess &process() { return m_process; }
    void setEnvironmentValue(const QString &name, const QString &value);

private:
    bool waitForListening(qsizetype from, int timeoutMs);

    QStringList m_arguments;
    QTemporaryDir m_ownDataDir;
    QTemporaryDir m_runtimeDir;
    QString m_dataDir;
    QProcess m_process;
    QProcessEnvironment m_environment;
    QString m_output;
    quint16 m_port = 0;
    qsizetype m_listenedUpTo = 0; // the output after the last "listening on" line
};
