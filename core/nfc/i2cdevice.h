// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// What one I2C transfer did: the bytes read (for a read), or why it failed.
struct I2cTransfer
{
    QByteArray data;
    QString error; // empty: done

    bool ok() const { return error.isEmpty(); }
};

// One peripheral on an I2C bus, one blocking transfer per call: the Linux i2c-dev node (LinuxI2cDevice) or a
// fake in the tests. Calls come from one thread at a time (Pn532I2cBus's), never from the event loop's.
class I2cDevice
{
public:
    virtual ~I2cDevice() = default;

    virtual I2cTransfer open() = 0;
    virtual void close() = 0;
    virtual I2cTransfer write(const QByteArray &bytes) = 0;
    // Up to `length` bytes in one read transaction; fewer is a short read, not an error.
    virtual I2cTransfer read(qsizetype length) = 0;
};
