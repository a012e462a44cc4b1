// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nfcreader.h"
#include "pn532codec.h"
#include "pn532transport.h"

#include <QTimer>

#include <functional>
#include <memory>

// The PN532 protocol of the box, whatever the wire (Pn532Transport): SAMConfiguration (normal mode, after the
// transport's wake-up preamble), GetFirmwareVersion, RFConfiguration (bounded passive-activation retries so a
// poll returns without a tag), then InListPassiveTarget about every pollIntervalMs, reporting placements and
// removals. Timers bound every wait; a watchdog re-initialises the chip after consecutive unanswered
// commands; a device that fails or disappears is closed and opened again with exponential back-off.
class Pn532Reader : public NfcReader
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

    Pn532Reader(std::unique_ptr<Pn532Transport> transport, Timing timing, QObject *parent = nullptr);
    ~Pn532Reader() override;

    Status status() const override;
    void start() override;
    void stop() override;

    // Facts for diagnostics and tests.
    int initialisations() const { return m_initialisations; }
    int reopenAttempts() const { return m_reopenAttempts; }
    QString firmware() const { return m_firmware; }

private:
    using Handler = std::function<void(const Pn532Frame &)>;
    enum class Phase { Closed, Opening, Initialising, Polling };

    void openTransport();
    void transportOpened();
    void openFailed(const QString &error);
    void closeTransport(const QString &reason);
    void scheduleRecovery();
    void initialise();
    void poll();
    void send(const QByteArray &frame, quint8 commandCode, Handler handler);
    void handleFrame(const Pn532Frame &frame);
    void commandFailed(const QString &reason);
    void setAvailable(bool available, const QString &error);
    void reportUid(const QByteArray &uid);

    std::unique_ptr<Pn532Transport> m_transport;
    Timing m_timing;
    Phase m_phase = Phase::Closed;
    bool m_open = false;
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
