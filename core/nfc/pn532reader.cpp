// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532reader.h"

#include "system/logging.h"

using namespace Qt::StringLiterals;

namespace {
// Bounded retries make InListPassiveTarget answer "no target" within a few ms instead of waiting for a tag.
constexpr quint8 passiveActivationRetries = 0x02;
constexpr quint8 pn532Ic = 0x32;
} // namespace

Pn532Reader::Pn532Reader(std::unique_ptr<Pn532Transport> transport, Timing timing, QObject *parent)
    : NfcReader(parent)
    , m_transport(std::move(transport))
    , m_timing(timing)
{
    m_commandTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    m_reopenTimer.setSingleShot(true);
    connect(&m_commandTimer, &QTimer::timeout, this, [this] {
        commandFailed(m_awaitingAck ? u"no ACK from the reader"_s : u"no answer from the reader"_s);
    });
    connect(&m_pollTimer, &QTimer::timeout, this, &Pn532Reader::poll);
    connect(&m_reopenTimer, &QTimer::timeout, this, [this] {
        if (m_open)
            initialise();
        else
            openTransport();
    });
    connect(m_transport.get(), &Pn532Transport::opened, this, &Pn532Reader::transportOpened);
    connect(m_transport.get(), &Pn532Transport::openFailed, this, &Pn532Reader::openFailed);
    connect(m_transport.get(), &Pn532Transport::frameReceived, this, &Pn532Reader::handleFrame);
    connect(m_transport.get(), &Pn532Transport::failed, this, [this](const QString &reason) {
        // A vanished device (USB unplug, closed pty, an I2C bus that stopped answering) or a broken line:
        // start again from a fresh open.
        closeTransport(reason);
        scheduleRecovery();
    });
}

Pn532Reader::~Pn532Reader()
{
    m_running = false;
    m_transport->disconnect(this);
    m_transport->close();
}

NfcReader::Status Pn532Reader::status() const
{
    return {m_available, m_transport->kind(), m_transport->port(), m_lastError};
}

void Pn532Reader::start()
{
    if (m_running)
        return;
    m_running = true;
    openTransport();
}

void Pn532Reader::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_reopenTimer.stop();
    closeTransport({});
}

void Pn532Reader::openTransport()
{
    if (!m_running)
        return;
    ++m_reopenAttempts;
    m_phase = Phase::Opening;
    m_transport->open();
}

void Pn532Reader::openFailed(const QString &error)
{
    if (m_lastError != error || m_available)
        qCWarning(lcNfc).noquote() << error;
    setAvailable(false, error);
    m_phase = Phase::Closed;
    scheduleRecovery();
}

void Pn532Reader::transportOpened()
{
    m_open = true;
    initialise();
}

void Pn532Reader::closeTransport(const QString &reason)
{
    m_commandTimer.stop();
    m_pollTimer.stop();
    m_pendingHandler = nullptr;
    m_pendingCode = 0;
    m_awaitingAck = false;
    m_phase = Phase::Closed;
    m_open = false;
    m_transport->close();
    if (!reason.isEmpty())
        qCWarning(lcNfc).noquote() << reason;
    reportUid({});
    setAvailable(false, reason.isEmpty() ? m_lastError : reason);
}

void Pn532Reader::scheduleRecovery()
{
    if (!m_running)
        return;
    m_reopenDelayMs
        = m_reopenDelayMs == 0 ? m_timing.reopenMinMs : qMin(m_reopenDelayMs * 2, m_timing.reopenMaxMs);
    m_reopenTimer.start(m_reopenDelayMs);
}

void Pn532Reader::initialise()
{
    if (!m_open)
        return;
    m_phase = Phase::Initialising;
    m_pollTimer.stop();
    m_transport->discardInput();
    ++m_initialisations;
    qCDebug(lcNfc) << "initialising the PN532";
    send(m_transport->wakeUpPreamble() + Pn532Codec::samConfigurationNormal(), Pn532Codec::SamConfiguration,
         [this](const Pn532Frame &) {
             send(Pn532Codec::getFirmwareVersion(), Pn532Codec::GetFirmwareVersion,
                  [this](const Pn532Frame &frame) {
                      const auto version = Pn532Codec::parseFirmwareVersion(frame);
                      if (!version || version->ic != pn532Ic) {
                          commandFailed(u"the device does not answer as a PN532"_s);
                          return;
                      }
                      m_firmware = u"PN5%1 v%2.%3"_s.arg(QString::number(version->ic, 16))
                                       .arg(version->version)
                                       .arg(version->revision);
                      send(Pn532Codec::rfConfigurationMaxRetries(passiveActivationRetries),
                           Pn532Codec::RfConfiguration, [this](const Pn532Frame &) {
                               qCInfo(lcNfc).noquote() << m_firmware << "ready on" << m_transport->port();
                               m_phase = Phase::Polling;
                               m_consecutiveFailures = 0;
                               m_failedInitialisations = 0;
                               m_reopenDelayMs = 0;
                               setAvailable(true, m_lastError);
                               poll();
                           });
                  });
         });
}

void Pn532Reader::poll()
{
    if (m_phase != Phase::Polling || m_pendingHandler)
        return;
    send(Pn532Codec::inListPassiveTarget106A(), Pn532Codec::InListPassiveTarget,
         [this](const Pn532Frame &frame) {
             const auto uid = Pn532Codec::parseInListPassiveTarget(frame);
             if (!uid) {
                 commandFailed(u"malformed InListPassiveTarget answer"_s);
                 return;
             }
             m_consecutiveFailures = 0;
             if (!m_available)
                 setAvailable(true, m_lastError);
             reportUid(*uid);
             m_pollTimer.start(m_timing.pollIntervalMs);
         });
}

void Pn532Reader::send(const QByteArray &frame, quint8 commandCode, Handler handler)
{
    if (!m_open)
        return;
    m_pendingCode = commandCode;
    m_pendingHandler = std::move(handler);
    m_awaitingAck = true;
    m_commandTimer.start(m_timing.ackTimeoutMs);
    m_transport->sendCommand(frame);
}

void Pn532Reader::handleFrame(const Pn532Frame &frame)
{
    if (!m_pendingHandler)
        return; // a late answer to a command that already timed out
    switch (frame.type) {
    case Pn532Frame::Type::Ack:
        if (m_awaitingAck) {
            m_awaitingAck = false;
            m_commandTimer.start(m_timing.responseTimeoutMs);
        }
        return;
    case Pn532Frame::Type::Nack:
        commandFailed(u"the reader sent a NACK"_s);
        return;
    case Pn532Frame::Type::Error:
        commandFailed(u"the reader sent an error frame"_s);
        return;
    case Pn532Frame::Type::Information:
        break;
    }
    if (frame.tfi != Pn532Codec::pn532ToHost || frame.code() != quint8(m_pendingCode + 1))
        return;
    // The ACK may have been lost in noise; the answer alone proves the command ran.
    m_commandTimer.stop();
    m_awaitingAck = false;
    m_pendingCode = 0;
    const Handler handler = std::exchange(m_pendingHandler, nullptr);
    handler(frame);
}

void Pn532Reader::commandFailed(const QString &reason)
{
    m_commandTimer.stop();
    m_pendingHandler = nullptr;
    m_pendingCode = 0;
    m_awaitingAck = false;
    if (!m_open)
        return;
    m_transport->abort();
    if (!m_open)
        return; // the abort found the device gone
    ++m_consecutiveFailures;
    qCDebug(lcNfc).noquote() << reason << "(" << m_consecutiveFailures << "in a row)";
    if (m_phase == Phase::Polling && m_consecutiveFailures < m_timing.failuresBeforeReinit) {
        m_pollTimer.start(m_timing.pollIntervalMs);
        return;
    }
    if (m_phase == Phase::Initialising && ++m_failedInitialisations >= 2) {
        // A vanished device can leave a descriptor that neither answers nor fails: open the device afresh.
        m_failedInitialisations = 0;
        closeTransport(reason + u" - reopening the port"_s);
        scheduleRecovery();
        return;
    }
    // The watchdog: the chip stopped answering (or never did); wake it and configure it again.
    if (m_available || m_lastError != reason)
        qCWarning(lcNfc).noquote() << reason << "- re-initialising the reader";
    m_phase = Phase::Initialising;
    setAvailable(false, reason);
    scheduleRecovery();
}

void Pn532Reader::setAvailable(bool available, const QString &error)
{
    if (m_available == available && m_lastError == error)
        return;
    m_available = available;
    m_lastError = error;
    Q_EMIT statusChanged();
}

void Pn532Reader::reportUid(const QByteArray &uid)
{
    const QString hex = Pn532Codec::uidToHex(uid);
    if (hex == m_currentUid)
        return;
    const QString previous = std::exchange(m_currentUid, hex);
    if (!previous.isEmpty())
        Q_EMIT tagRemoved(previous);
    if (!hex.isEmpty())
        Q_EMIT tagDetected(hex);
}
