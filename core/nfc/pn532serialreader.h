// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pn532reader.h"

// A PN532 on a serial line (`pn532:<port>`): the shared PN532 protocol over Pn532SerialTransport.
class Pn532SerialReader : public Pn532Reader
{
    Q_OBJECT
public:
    explicit Pn532SerialReader(QString portName, QObject *parent = nullptr);
    Pn532SerialReader(QString portName, Timing timing, QObject *parent = nullptr);
};
