// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532serialreader.h"

#include "pn532serialtransport.h"

Pn532SerialReader::Pn532SerialReader(QString portName, QObject *parent)
    : Pn532SerialReader(std::move(portName), Timing {}, parent)
{ }

Pn532SerialReader::Pn532SerialReader(QString portName, Timing timing, QObject *parent)
    : Pn532Reader(std::make_unique<Pn532SerialTransport>(std::move(portName)), timing, parent)
{ }
