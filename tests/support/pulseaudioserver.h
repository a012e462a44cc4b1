// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A private PulseAudio sound server for one test: a null sink named "rec" whose monitor a SoundRecorder
// records, reachable only through its own socket (PULSE_SERVER). This is the sound path of Raspberry Pi OS
// (PipeWire's pulse layer) and of desktops, with no sound hardware.
class PulseAudioServer
{
public:
    PulseAudioServer();
    ~PulseAudioServer();

    // Starts the server and waits until it answers; on failure `error` says why.
    bool start(QString *error);
    QString address() const; // "unix:<dir>/native", for PULSE_SERVER or `-s`
    static QString sinkName() { return QStringLiteral("rec"); }

private:
    QTemporaryDir m_dir;
    QProcess m_server;
};
