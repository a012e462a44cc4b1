// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532testline.h"

#include "nfc/pn532i2creader.h"
#include "nfc/pn532serialreader.h"

using namespace Qt::StringLiterals;

std::unique_ptr<Pn532TestLine> Pn532TestLine::create(Transport transport)
{
    if (transport == Transport::Serial)
        return std::make_unique<SerialPn532Line>();
    return std::make_unique<I2cPn532Line>();
}

std::unique_ptr<Pn532Reader> SerialPn532Line::makeReader(const Pn532Reader::Timing &timing)
{
    return std::make_unique<Pn532SerialReader>(m_simulator.portPath(), timing);
}

bool I2cPn532Line::plugIn()
{
    m_chip.replug();
    return true;
}

std::unique_ptr<Pn532Reader> I2cPn532Line::makeReader(const Pn532Reader::Timing &timing)
{
    Pn532I2cBus::Timing bus;
    bus.statusPollMs = 1;
    return std::make_unique<Pn532I2cReader>(m_chip.device(devicePath()), port(), timing, bus);
}

QString I2cPn532Line::port() const
{
    return devicePath() + u"@0x24"_s;
}

QString I2cPn532Line::devicePath() const
{
    return u"/dev/i2c-fake"_s;
}
