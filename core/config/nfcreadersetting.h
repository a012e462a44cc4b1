// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// What an NFC_READER value names: none, the simulated reader, a PN532 on a serial line (pn532:<port>) or a
// PN532 on an I2C bus (pn532-i2c:<i2c-dev device>[@<7-bit address>], the address 0x24 unless given).
struct NfcReaderSetting
{
    enum class Kind { None, Simulated, Pn532Serial, Pn532I2c };

    static constexpr int defaultI2cAddress = 0x24;
    static constexpr auto expected
        = "none, simulated, pn532:<serial port> or pn532-i2c:<i2c device>[@<address>]";

    Kind kind = Kind::None;
    QString device; // the serial port or the i2c-dev node
    int i2cAddress = defaultI2cAddress;

    static std::optional<NfcReaderSetting> parse(const QString &value);
};
