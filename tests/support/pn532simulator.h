// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pn532chipmodel.h"

#include <QByteArray>
#include <QObject>
#include <QTemporaryDir>

class QSocketNotifier;

// A PN532 on the master side of a pseudo-terminal, speaking the real HSU protocol (ACK, then the answer) to
// whatever opens portPath() — a stable symlink to the slave, like /dev/serial/by-id on a box. Tests place and
// lift tags, make it answer slowly, stop answering, send garbage, or close the line and plug it back in.
class Pn532Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Pn532Simulator(QObject *parent = nullptr);
    ~Pn532Simulator() override;

    bool open(); // a new pty behind portPath()
    void closeLine(); // the USB cable is pulled: the pty goes away with the symlink
    bool isOpen() const { return m_master >= 0; }
    QString portPath() const;

    void placeTag(const QByteArray &uid) { m_chip.placeTag(uid); }
    void placeTagHex(const QString &hex) { placeTag(QByteArray::fromHex(hex.toLatin1())); }
    void liftTag() { m_chip.liftTag(); }
    QByteArray tag() const { return m_chip.tag(); }

    void setResponseDelayMs(int ms) { m_responseDelayMs = ms; } // the answer comes this late (ACK at once)
    void setSilent(bool silent) { m_silent = silent; } // no ACK, no answer
    void setNoiseBeforeFrames(const QByteArray &noise) { m_noise = noise; } // written before every frame
    void setSplitWrites(bool split) { m_splitWrites = split; } // every frame byte by byte
    void sendRaw(const QByteArray &bytes);

    int commandCount(quint8 code) const { return m_chip.commandCount(code); }
    int totalCommands() const { return m_chip.totalCommands(); }
    int wakeUps() const { return m_wakeUps; }

Q_SIGNALS:
    void commandReceived(quint8 code);
    // An InListPassiveTarget answer that carries a UID has just been written (for latency measurements).
    void targetAnswerWritten(const QByteArray &uid);

private:
    void readMaster();
    void handleCommand(quint8 code, const QByteArray &parameters);
    void writeFrame(const QByteArray &frame);
    void writeBytes(const QByteArray &bytes);
    void answer(quint8 code);

    QTemporaryDir m_dir;
    int m_master = -1;
    int m_slave = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    Pn532ChipModel m_chip;
    QByteArray m_noise;
    int m_responseDelayMs = 0;
    bool m_silent = false;
    bool m_splitWrites = false;
    int m_wakeUps = 0;
    quint64 m_generation = 0; // answers scheduled before a closeLine() are dropped
};
