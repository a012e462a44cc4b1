// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i2cdevice.h"
#include "pn532i2cbus.h"
#include "pn532reader.h"

#include <memory>

// A PN532 on an I2C bus (`pn532-i2c:<device>[@<address>]`): the shared PN532 protocol over Pn532I2cTransport.
// NfcStatus shows kind `pn532_i2c` and the port as `<device>@0x<address>`.
class Pn532I2cReader : public Pn532Reader
{
    Q_OBJECT
public:
    // The Linux i2c-dev node `device`, the chip at `address`.
    Pn532I2cReader(const QString &device, int address, QObject *parent = nullptr);
    // Any I2cDevice (the tests' fake PN532), named `port` in the status.
    Pn532I2cReader(std::unique_ptr<I2cDevice> device, const QString &port, Timing timing,
                   Pn532I2cBus::Timing busTiming = {}, QObject *parent = nullptr);

    static QString portName(const QString &device, int address);
};
