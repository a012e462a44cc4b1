// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532serialtransport.h"

#include "system/logging.h"

#include <QSerialPort>

using namespace Qt::StringLiterals;

Pn532SerialTransport::Pn532SerialTransport(QString portName, QObject *parent)
    : Pn532Transport(parent)
    , m_portName(std::move(portName))
{ }

Pn532SerialTransport::~Pn532SerialTransport()
{
    if (m_port)
        m_port->close();
}

QString Pn532SerialTransport::kind() const
{
    return u"pn532_uart"_s;
}

QByteArray Pn532SerialTransport::wakeUpPreamble() const
{
    return Pn532Codec::wakeUp();
}

void Pn532SerialTransport::open()
{
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
        Q_EMIT openFailed(error);
        return;
    }
    qCInfo(lcNfc).noquote() << "serial port" << m_portName << "open";
    m_port = port;
    m_buffer.clear();
    connect(port, &QSerialPort::readyRead, this, &Pn532SerialTransport::readAvailable);
    connect(port, &QSerialPort::errorOccurred, this, [this, port](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError || port != m_port)
            return;
        Q_EMIT failed(u"serial port %1: %2"_s.arg(m_portName, port->errorString()));
    });
    Q_EMIT opened();
}

void Pn532SerialTransport::close()
{
    m_buffer.clear();
    if (!m_port)
        return;
    QSerialPort *port = std::exchange(m_port, nullptr);
    port->disconnect(this);
    port->close();
    // The port may be in the middle of emitting the error that brought us here.
    port->deleteLater();
}

void Pn532SerialTransport::sendCommand(const QByteArray &frame)
{
    if (m_port)
        m_port->write(frame);
}

void Pn532SerialTransport::abort()
{
    m_buffer.clear();
    if (m_port)
        m_port->write(Pn532Codec::ack());
}

void Pn532SerialTransport::readAvailable()
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
        Q_EMIT frameReceived(frame);
        if (!m_port)
            return; // the frame made the reader close the port
    }
}
