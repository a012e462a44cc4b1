// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532i2cbus.h"

#include "system/logging.h"

Pn532I2cBus::Pn532I2cBus(std::unique_ptr<I2cDevice> device, Timing timing, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
    , m_timing(timing)
{
    // A child, so that it moves to the bus's thread with it.
    m_pollTimer.setParent(this);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Pn532I2cBus::pollStatus);
}

Pn532I2cBus::~Pn532I2cBus()
{
    m_device->close();
}

void Pn532I2cBus::open(quint64 id)
{
    m_id = id;
    m_pollTimer.stop();
    const I2cTransfer opening = m_device->open();
    if (!opening.ok()) {
        m_stage = Stage::Closed;
        Q_EMIT openFailed(opening.error, id);
        return;
    }
    m_stage = Stage::Idle;
    Q_EMIT opened(id);
}

void Pn532I2cBus::close()
{
    m_pollTimer.stop();
    m_stage = Stage::Closed;
    m_device->close();
}

void Pn532I2cBus::sendCommand(const QByteArray &frame, quint64 id)
{
    m_id = id;
    m_pollTimer.stop();
    if (!write(frame))
        return;
    m_stage = Stage::AwaitingAck;
    m_nacks = 0;
    m_rereads = 0;
    m_pollTimer.start(m_timing.statusPollMs);
}

void Pn532I2cBus::abort(quint64 id)
{
    m_id = id;
    m_pollTimer.stop();
    if (write(Pn532Codec::ack()))
        m_stage = Stage::Idle;
}

bool Pn532I2cBus::write(const QByteArray &bytes)
{
    if (m_stage == Stage::Closed) {
        Q_EMIT failed(QStringLiteral("the I2C device is closed"), m_id);
        return false;
    }
    const I2cTransfer written = m_device->write(bytes);
    if (!written.ok()) {
        fail(written.error);
        return false;
    }
    return true;
}

void Pn532I2cBus::fail(const QString &reason)
{
    m_pollTimer.stop();
    m_stage = Stage::Closed;
    m_device->close();
    Q_EMIT failed(reason, m_id);
}

void Pn532I2cBus::pollStatus()
{
    if (m_stage != Stage::AwaitingAck && m_stage != Stage::AwaitingAnswer)
        return;
    const I2cTransfer status = m_device->read(Pn532I2cFraming::statusLength);
    if (!status.ok()) {
        fail(status.error);
        return;
    }
    if (!Pn532I2cFraming::isReady(status.data)) {
        m_pollTimer.start(m_timing.statusPollMs);
        return;
    }
    readFrame();
}

void Pn532I2cBus::readFrame()
{
    const qsizetype length
        = m_stage == Stage::AwaitingAck ? Pn532I2cFraming::ackReadLength : m_timing.answerReadLength;
    const I2cTransfer read = m_device->read(length);
    if (!read.ok()) {
        fail(read.error);
        return;
    }
    const Pn532I2cFraming::Read parsed = Pn532I2cFraming::parse(read.data);
    switch (parsed.kind) {
    case Pn532I2cFraming::Read::Kind::NotReady:
        m_pollTimer.start(m_timing.statusPollMs);
        return;
    case Pn532I2cFraming::Read::Kind::Corrupt:
        retry(true);
        return;
    case Pn532I2cFraming::Read::Kind::Incomplete:
        retry(false);
        return;
    case Pn532I2cFraming::Read::Kind::Frame:
        break;
    }
    m_nacks = 0;
    m_rereads = 0;
    // After the ACK the chip works on the command; anything else ends the exchange (NACK, error frame, or an
    // answer whose ACK was lost).
    m_stage = parsed.frame.type == Pn532Frame::Type::Ack && m_stage == Stage::AwaitingAck
        ? Stage::AwaitingAnswer
        : Stage::Idle;
    if (m_stage == Stage::AwaitingAnswer)
        m_pollTimer.start(m_timing.statusPollMs);
    Q_EMIT frameReceived(parsed.frame, m_id);
}

void Pn532I2cBus::retry(bool corrupt)
{
    if (corrupt) {
        qCDebug(lcNfc) << "corrupt PN532 frame on I2C, asking again";
        // The chip sends its last frame again when the host answers with a NACK.
        if (++m_nacks > m_timing.nacksPerFrame || !write(Pn532Codec::nack())) {
            m_stage = m_stage == Stage::Closed ? Stage::Closed : Stage::Idle;
            return;
        }
    } else {
        qCDebug(lcNfc) << "short read of a PN532 frame on I2C, reading again";
        if (++m_rereads > m_timing.rereadsPerFrame) {
            m_stage = Stage::Idle;
            return;
        }
    }
    m_pollTimer.start(m_timing.statusPollMs);
}
