// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pn532codec.h"

#include <QObject>
#include <QString>

// How host frames reach a PN532 and its frames come back: a serial line (HSU) or an I2C bus. Pn532Reader
// holds the protocol (initialisation, polling, watchdog, re-open); a transport only moves frames. Every call
// returns at once; what happens later is told by the signals, always on the thread that owns the transport.
class Pn532Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString kind() const = 0; // NfcStatus.reader.kind
    virtual QString port() const = 0; // NfcStatus.reader.port

    // Answers with opened() or openFailed().
    virtual void open() = 0;
    // Drops the device and everything under way; no signal of the earlier opening arrives afterwards.
    virtual void close() = 0;
    // Bytes that must precede the first command after power-up (HSU's wake-up); empty where none is needed.
    virtual QByteArray wakeUpPreamble() const { return {}; }
    // Forgets bytes that arrived but form no frame yet (before the chip is initialised again).
    virtual void discardInput() { }
    // A command frame (preamble allowed in front); its ACK and its answer come back through frameReceived.
    virtual void sendCommand(const QByteArray &frame) = 0;
    // The host's ACK: aborts whatever the chip may still be doing (user manual §6.2.1.3).
    virtual void abort() = 0;

Q_SIGNALS:
    void opened();
    void openFailed(const QString &error);
    void frameReceived(const Pn532Frame &frame);
    // The device broke or went away after opening: the reader closes and opens it again.
    void failed(const QString &reason);
};
