// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532i2creader.h"

#include "linuxi2cdevice.h"
#include "pn532i2ctransport.h"

using namespace Qt::StringLiterals;

Pn532I2cReader::Pn532I2cReader(const QString &device, int address, QObject *parent)
    : Pn532I2cReader(std::make_unique<LinuxI2cDevice>(device, address), portName(device, address), Timing {},
                     Pn532I2cBus::Timing {}, parent)
{ }

Pn532I2cReader::Pn532I2cReader(std::unique_ptr<I2cDevice> device, const QString &port, Timing timing,
                               Pn532I2cBus::Timing busTiming, QObject *parent)
    : Pn532Reader(std::make_unique<Pn532I2cTransport>(std::move(device), port, busTiming), timing, parent)
{ }

QString Pn532I2cReader::portName(const QString &device, int address)
{
    return u"%1@0x%2"_s.arg(device, QString::number(address, 16).rightJustified(2, u'0'));
}
