// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pn532transport.h"

#include <QByteArray>

class QSerialPort;

// A PN532 on a serial line (HSU, 115200 8N1), the only class that touches QtSerialPort: writes the host's
// frames, decodes whatever arrives through readyRead (noise, split and merged frames) and reports a port
// that fails or disappears (USB unplug). The first command after power-up needs the HSU wake-up preamble.
class Pn532SerialTransport : public Pn532Transport
{
    Q_OBJECT
public:
    explicit Pn532SerialTransport(QString portName, QObject *parent = nullptr);
    ~Pn532SerialTransport() override;

    QString kind() const override;
    QString port() const override { return m_portName; }
    void open() override;
    void close() override;
    QByteArray wakeUpPreamble() const override;
    void discardInput() override { m_buffer.clear(); }
    void sendCommand(const QByteArray &frame) override;
    void abort() override;

private:
    void readAvailable();

    QString m_portName;
    QSerialPort *m_port = nullptr;
    QByteArray m_buffer;
};
