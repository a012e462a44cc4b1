// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nfc/i2cdevice.h"
#include "pn532chipmodel.h"

#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>

// A PN532 on a fake I2C bus, answering with Pn532ChipModel (the same card behaviour as Pn532Simulator on the
// serial line) in the chip's I2C framing: a status byte starts every read, the ACK is readable once the
// command is written, the answer responseDelayMs after the ACK was read; a NACK from the host sends the last
// frame again, the host's ACK aborts. device() hands out the I2cDevice the reader owns (called on the bus's
// thread); the test drives the chip from its own thread: every member is safe to call from both.
class FakePn532I2c
{
public:
    FakePn532I2c();
    ~FakePn532I2c();

    std::unique_ptr<I2cDevice> device(const QString &path = QStringLiteral("/dev/i2c-fake"));

    void placeTagHex(const QString &hex);
    void liftTag();
    void setResponseDelayMs(int ms);
    void setSilent(bool silent); // commands are taken, nothing becomes ready
    void unplug(); // every open and transfer fails with "No such device" until replug()
    void replug();
    // A hung bus: the next transfers block (on the bus's thread) until setStalled(false).
    void setStalled(bool stalled);
    bool isBlockingATransfer() const;
    void corruptNextReads(int count); // the data checksum of the next frames read is wrong
    // Called on the bus's thread when an InListPassiveTarget answer carrying a UID is built.
    void setTargetAnswerHook(std::function<void(const QByteArray &uid)> hook);

    int commandCount(quint8 code) const;
    int opens() const;
    int nacksReceived() const;
    int wakeUps() const;

private:
    class Device;
    struct State;
    std::shared_ptr<State> m_state;
};
