// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nfcreader.h"
#include "pn532codec.h"

#include <QByteArray>
#include <QTimer>

#include <functional>

class QSerialPort;

// A PN532 on a serial line (HSU, 115200 8N1), the only class that touches QtSerialPort. Everything is
// asynchronous: a command is written, its ACK and answer arrive through readyRead, timers bound every wait.
// Sequence: wake up + SAMConfiguration (normal mode), GetFirmwareVersion, RFConfiguration (bounded
// passive-activation retries so a poll returns without a tag), then InListPassiveTarget about every
// pollIntervalMs. A watchdog re-initialises the chip after consecutive unanswered commands; a port that
// fails or disappears (USB unplug) is closed and reopened with exponential back-off.
class Pn532SerialReader : public NfcReader
{
    Q_OBJECT
public:
    struct Timing
    {
        int pollIntervalMs = 100;
        int ackTimeoutMs = 200;
        int responseTimeoutMs = 600;
        int failuresBeforeReinit = 2;
        int reopenMinMs = 250;
        int reopenMaxMs = 8000;
    };

    explicit Pn532SerialReader(QString portName, QObject *parent = nullptr);
    Pn532SerialReader(QString portName, Timing timing, QObject *parent = nullptr);
    ~Pn532SerialReader() override;

    Status status() const override;
    void start() override;
    void stop() override;

    // Facts for diagnostics and tests.
    int initialisations() const { return m_initialisations; }
    int reopenAttempts() const { return m_reopenAttempts; }
    QString firmware() const { return m_firmware; }

private:
    using Handler = std::function<void(const Pn532Frame &)>;
    enum class Phase { Closed, Initialising, Polling };

    void openPort();
    void closePort(const QString &reason);
    void scheduleRecovery();
    void initialise();
    void poll();
    void send(const QByteArray &frame, quint8 commandCode, Handler handler);
    void readAvailable();
    void handleFrame(const Pn532Frame &frame);
    void commandFailed(const QString &reason);
    void setAvailable(bool available, const QString &error);
    void reportUid(const QByteArray &uid);

    QString m_portName;
    Timing m_timing;
    QSerialPort *m_port = nullptr;
    QByteArray m_buffer;
    Phase m_phase = Phase::Closed;
    bool m_running = false;
    bool m_awaitingAck = false;
    quint8 m_pendingCode = 0;
    Handler m_pendingHandler;
    QTimer m_commandTimer;
    QTimer m_pollTimer;
    QTimer m_reopenTimer;
    int m_reopenDelayMs = 0;
    int m_consecutiveFailures = 0;
    int m_failedInitialisations = 0;
    int m_initialisations = 0;
    int m_reopenAttempts = 0;
    bool m_available = false;
    QString m_lastError;
    QString m_firmware;
    QString m_currentUid;
};
