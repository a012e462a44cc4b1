// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i2cdevice.h"
#include "pn532codec.h"
#include "pn532i2cframing.h"

#include <QObject>
#include <QTimer>

#include <memory>

// One PN532 exchange at a time over an I2cDevice: writes a command, polls the status byte on a timer until
// the chip is ready, reads the ACK, polls again and reads the answer. A corrupt frame is asked for again with
// a NACK (a bounded number of times); a short read is read again. Each transfer is one call to the device, so
// this object lives on a thread of its own (Pn532I2cTransport) and never blocks the event loop; it decides
// nothing about timeouts, which stay with Pn532Reader. Every signal carries the id of the call it answers.
class Pn532I2cBus : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int statusPollMs = 2; // between two status reads while the chip works
        qsizetype answerReadLength
            = 64; // status + the longest answer the reader asks for (a 10-byte UID: 25)
        int nacksPerFrame = 2; // NACKs for one corrupt frame before waiting for the reader's timeout
        int rereadsPerFrame = 3; // reads of one short or incomplete frame, likewise
    };

    Pn532I2cBus(std::unique_ptr<I2cDevice> device, Timing timing, QObject *parent = nullptr);
    ~Pn532I2cBus() override;

    void open(quint64 id);
    void close();
    void sendCommand(const QByteArray &frame, quint64 id);
    void abort(quint64 id);

Q_SIGNALS:
    void opened(quint64 id);
    void openFailed(const QString &error, quint64 id);
    void frameReceived(const Pn532Frame &frame, quint64 id);
    void failed(const QString &reason, quint64 id);

private:
    enum class Stage { Closed, Idle, AwaitingAck, AwaitingAnswer };

    void pollStatus();
    void readFrame();
    bool write(const QByteArray &bytes);
    void fail(const QString &reason);
    void retry(bool corrupt);

    std::unique_ptr<I2cDevice> m_device;
    Timing m_timing;
    QTimer m_pollTimer;
    Stage m_stage = Stage::Closed;
    quint64 m_id = 0;
    int m_nacks = 0;
    int m_rereads = 0;
};
