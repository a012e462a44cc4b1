// SPDX-License-Identifier: GPL-3.0-or-later
#include "pulseaudioserver.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int startLimitMs = 15000;
} // namespace

PulseAudioServer::PulseAudioServer() = default;

PulseAudioServer::~PulseAudioServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QString PulseAudioServer::address() const
{
    return u"unix:"_s + m_dir.filePath(u"native"_s);
}

bool PulseAudioServer::start(QString *error)
{
    const QString pulseaudio = QStandardPaths::findExecutable(u"pulseaudio"_s);
    const QString pactl = QStandardPaths::findExecutable(u"pactl"_s);
    if (pulseaudio.isEmpty() || pactl.isEmpty()) {
        *error = u"pulseaudio and pactl are required (packages pulseaudio, pulseaudio-utils)"_s;
        return false;
    }
    const QString runtime = m_dir.filePath(u"run"_s);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    environment.insert(u"HOME"_s, m_dir.path());
    environment.remove(u"PULSE_SERVER"_s);
    m_server.setProcessEnvironment(environment);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(
        pulseaudio,
        {u"-n"_s, u"--daemonize=no"_s, u"--exit-idle-time=-1"_s, u"--use-pid-file=no"_s, u"-L"_s,
         u"module-native-protocol-unix auth-anonymous=1 socket=%1"_s.arg(m_dir.filePath(u"native"_s)),
         u"-L"_s, u"module-null-sink sink_name=%1 rate=44100"_s.arg(sinkName())});
    if (!m_server.waitForStarted(startLimitMs)) {
        *error = u"pulseaudio did not start: "_s + m_server.errorString();
        return false;
    }
    // Ready when a client gets an answer on the socket.
    bool answered = false;
    const bool settled = QTest::qWaitFor(
        [&] {
            if (m_server.state() == QProcess::NotRunning || !QFileInfo::exists(m_dir.filePath(u"native"_s)))
                return m_server.state() == QProcess::NotRunning;
            QProcess probe;
            probe.start(pactl, {u"-s"_s, address(), u"info"_s});
            answered = probe.waitForFinished(5000) && probe.exitCode() == 0;
            return answered;
        },
        startLimitMs);
    if (!settled || !answered)
        *error = u"pulseaudio did not answer: "_s + QString::fromLocal8Bit(m_server.readAll());
    return answered;
}
