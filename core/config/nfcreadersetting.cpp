// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcreadersetting.h"

using namespace Qt::StringLiterals;

namespace {

// 7-bit addresses outside the reserved ranges (0x00-0x02 and 0x78-0x7F), written 0x24 or 36.
std::optional<int> parseI2cAddress(const QString &text)
{
    bool ok = false;
    const int address
        = text.startsWith("0x"_L1, Qt::CaseInsensitive) ? text.mid(2).toInt(&ok, 16) : text.toInt(&ok, 10);
    if (!ok || address < 0x03 || address > 0x77)
        return std::nullopt;
    return address;
}

} // namespace

std::optional<NfcReaderSetting> NfcReaderSetting::parse(const QString &value)
{
    if (value == "none"_L1)
        return NfcReaderSetting {};
    if (value == "simulated"_L1)
        return NfcReaderSetting {Kind::Simulated, {}, defaultI2cAddress};
    const QString serialPrefix = u"pn532:"_s;
    if (value.startsWith(serialPrefix) && value.size() > serialPrefix.size())
        return NfcReaderSetting {Kind::Pn532Serial, value.mid(serialPrefix.size()), defaultI2cAddress};
    const QString i2cPrefix = u"pn532-i2c:"_s;
    if (!value.startsWith(i2cPrefix))
        return std::nullopt;
    QString device = value.mid(i2cPrefix.size());
    int address = defaultI2cAddress;
    const qsizetype at = device.lastIndexOf(u'@');
    if (at >= 0) {
        const std::optional<int> parsed = parseI2cAddress(device.mid(at + 1));
        if (!parsed)
            return std::nullopt;
        address = *parsed;
        device.truncate(at);
    }
    if (device.isEmpty())
        return std::nullopt;
    return NfcReaderSetting {Kind::Pn532I2c, device, address};
}
