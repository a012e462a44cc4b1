// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532serialreader.h"

#include "system/logging.h"

#include <QSerialPort>

using namespace Qt::StringLiterals;

namespace {
// Bounded retries make InListPassiveTarget answer "no target" within a few ms instead of waiting for a tag.
constexpr quint8 passiveActivationRetries = 0x02;
constexpr quint8 pn532Ic = 0x32;
} // namespace

Pn532SerialReader::Pn532SerialReader(QString portName, QObject *parent)
    : Pn532SerialReader(std::move(portName), Timing {}, parent)
{ }

Pn532SerialReader::Pn532SerialReader(QString portName, Timing timing, QObject *parent)
    : NfcReader(parent)
    , m_portName(std::move(portName))
    , m_timing(timing)
{
    m_commandTimer.setSingleShot(true);
    m_pollTimer.setSingleShot(true);
    m_reopenTimer.setSingleShot(true);
    connect(&m_commandTimer, &QTimer::timeout, this, [this] {
        commandFailed(m_awaitingAck ? u"no ACK from the reader"_s : u"no answer from the reader"_s);
    });
    connect(&m_pollTimer, &QTimer::timeout, this, &Pn532SerialReader::poll);
    connect(&m_reopenTimer, &QTimer::timeout, this, [this] {
        if (m_port && m_port->isOpen())
            initialise();
        else
            openPort();
    });
}

Pn532SerialReader::~Pn532SerialReader()
{
    m_running = false;
    if (m_port)
        m_port->close();
}

NfcReader::Status Pn532SerialReader::status() const
{
    return {m_available, u"pn532_uart"_s, m_portName, m_lastError};
}

void Pn532SerialReader::start()
{
    if (m_running)
        return;
    m_running = true;
    openPort();
}

void Pn532SerialReader::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_reopenTimer.stop();
    closePort({});
}

void Pn532SerialReader::openPort()
{
    if (!m_running)
        return;
    ++m_reopenAttempts;
    auto *port = new QSerialPort(this);
    port->setPortName(m_portName);
    port->setBaudRate(QSerialPort::Baud115200);
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(QSerialPort::NoFlowControl);
    if (!port->open(QIODevice::ReadWrite)) {
        const QString error = u"cannot open %1: %2"_s.arg(m_portName, port->errorString());
        delete port;
        if (m_lastError != error || m_available)
            qCWarning(lcNfc).noquote() << error;
        setAvailable(false, error);
        m_phase = Phase::Closed;
        scheduleRecovery();
        return;
    }
    qCInfo(lcNfc).noquote() << "serial port" << m_portName << "open";
    m_port = port;
    connect(port, &QSerialPort::readyRead, this, &Pn532SerialReader::readAvailable);
    connect(port, &QSerialPort::errorOccurred, this, [this, port](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || port != m_port)
            return;
        // A vanished device (USB unplug, closed pty) or a broken line: start again from a fresh open.
        closePort(u"serial port %1: %2"_s.arg(m_portName, port->errorString()));
        scheduleRecovery();
    });
    initialise();
}

void Pn532SerialReader::closePort(const QString &reason)
{
    m_commandTimer.stop();
    m_pollTimer.stop();
    m_pendingHandler = nullptr;
    m_pendingCode = 0;
    m_awaitingAck = false;
    m_buffer.clear();
    m_phase = Phase::Closed;
    if (m_port) {
        QSerialPort *port = std::exchange(m_port, nullptr);
        port->disconnect(this);
        port->close();
        // The port may be in the middle of emitting the error that brought us here.
        port->deleteLater();
    }
    if (!reason.isEmpty())
        qCWarning(lcNfc).noquote() << reason;
    reportUid({});
    setAvailable(false, reason.isEmpty() ? m_lastError : reason);
}

void Pn532SerialReader::scheduleRecovery()
{
    if (!m_running)
        return;
    m_reopenDelayMs
        = m_reopenDelayMs == 0 ? m_timing.reopenMinMs : qMin(m_reopenDelayMs * 2, m_timing.reopenMaxMs);
    m_reopenTimer.start(m_reopenDelayMs);
}

void Pn532SerialReader::initialise()
{
    if (!m_port)
        return;
    m_phase = Phase::Initialising;
    m_pollTimer.stop();
    m_buffer.clear();
    ++m_initialisations;
    qCDebug(lcNfc) << "initialising the PN532";
    send(Pn532Codec::wakeUp() + Pn532Codec::samConfigurationNormal(), Pn532Codec::SamConfiguration,
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
                               qCInfo(lcNfc).noquote() << m_firmware << "ready on" << m_portName;
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

void Pn532SerialReader::poll()
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

void Pn532SerialReader::send(const QByteArray &frame, quint8 commandCode, Handler handler)
{
    if (!m_port)
        return;
    m_pendingCode = commandCode;
    m_pendingHandler = std::move(handler);
    m_awaitingAck = true;
    m_commandTimer.start(m_timing.ackTimeoutMs);
    m_port->write(frame);
}

void Pn532SerialReader::readAvailable()
{
    if (!m_port)
        return;
    m_buffer += m_port->readAll();
    const Pn532DecodeResult decoded = Pn532Codec::decode(m_buffer);
    m_buffer.remove(0, decoded.consumed);
    if (decoded.discardedBytes > 0 || decoded.rejectedFrames > 0)
        qCDebug(lcNfc) << "line noise:" << decoded.discardedBytes << "bytes," << decoded.rejectedFrames
                       << "bad frames";
    // A frame can never be this long; whatever is here is noise that merely looked like a header.
    constexpr qsizetype bufferLimit = 4096;
    if (m_buffer.size() > bufferLimit)
        m_buffer.clear();
    for (const Pn532Frame &frame : decoded.frames) {
        handleFrame(frame);
        if (!m_port)
            return;
    }
}

void Pn532SerialReader::handleFrame(const Pn532Frame &frame)
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

void Pn532SerialReader::commandFailed(const QString &reason)
{
    m_commandTimer.stop();
    m_pendingHandler = nullptr;
    m_pendingCode = 0;
    m_awaitingAck = false;
    m_buffer.clear();
    if (!m_port)
        return;
    // An ACK from the host aborts whatever the chip may still be doing (user manual §6.2.1.3).
    m_port->write(Pn532Codec::ack());
    if (!m_port)
        return;
    ++m_consecutiveFailures;
    qCDebug(lcNfc).noquote() << reason << "(" << m_consecutiveFailures << "in a row)";
    if (m_phase == Phase::Polling && m_consecutiveFailures < m_timing.failuresBeforeReinit) {
        m_pollTimer.start(m_timing.pollIntervalMs);
        return;
    }
    if (m_phase == Phase::Initialising && ++m_failedInitialisations >= 2) {
        // A vanished device can leave a descriptor that neither answers nor fails: open the port afresh.
        m_failedInitialisations = 0;
        closePort(reason + u" - reopening the port"_s);
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

void Pn532SerialReader::setAvailable(bool available, const QString &error)
{
    if (m_available == available && m_lastError == error)
        return;
    m_available = available;
    m_lastError = error;
    Q_EMIT statusChanged();
}

void Pn532SerialReader::reportUid(const QByteArray &uid)
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
