// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i2cdevice.h"

// A peripheral behind a Linux i2c-dev node (/dev/i2c-N): open(), ioctl(I2C_SLAVE, address), then every
// read() and write() is one transaction with that address.
class LinuxI2cDevice : public I2cDevice
{
public:
    LinuxI2cDevice(QString path, int address);
    ~LinuxI2cDevice() override;

    I2cTransfer open() override;
    void close() override;
    I2cTransfer write(const QByteArray &bytes) override;
    I2cTransfer read(qsizetype length) override;

private:
    QString m_path;
    int m_address;
    int m_fd = -1;
};
