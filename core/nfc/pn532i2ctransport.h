// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pn532i2cbus.h"
#include "pn532transport.h"

#include <QThread>

#include <memory>

// A PN532 on an I2C bus: a Pn532I2cBus on a thread of its own owns the device, so no I2C syscall (and no wait
// for the chip's ready bit) ever runs on the event loop. Calls are queued to the bus; its answers come back
// queued, and those of an earlier call (a command that was aborted, a device that was closed) are dropped.
class Pn532I2cTransport : public Pn532Transport
{
    Q_OBJECT
public:
    Pn532I2cTransport(std::unique_ptr<I2cDevice> device, QString port, Pn532I2cBus::Timing timing = {},
                      QObject *parent = nullptr);
    // Waits for the transfer under way, if any, to end.
    ~Pn532I2cTransport() override;

    QString kind() const override;
    QString port() const override { return m_port; }
    void open() override;
    void close() override;
    void sendCommand(const QByteArray &frame) override;
    void abort() override;

private:
    bool isCurrent(quint64 id) const { return id == m_current; }

    QString m_port;
    QThread m_thread;
    Pn532I2cBus *m_bus; // lives on m_thread, deleted when it finishes
    quint64 m_current = 0;
};
