// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

// What a simulated PN532 answers, whatever the wire: the firmware version, the configuration commands, and
// InListPassiveTarget with the tag lying on it when the answer is built (as a real chip reads the field when
// it answers). Pn532Simulator serves it on a pseudo-terminal (HSU framing), FakePn532I2c on a fake I2C
// device.
class Pn532ChipModel
{
public:
    void placeTag(const QByteArray &uid) { m_tag = uid; }
    void liftTag() { m_tag.clear(); }
    QByteArray tag() const { return m_tag; }

    void countCommand(quint8 code) { ++m_commands[code]; }
    int commandCount(quint8 code) const { return m_commands.value(code); }
    int totalCommands() const;

    // A command the chip knows is ACKed and answered; any other gets an error frame at once.
    static bool knows(quint8 code);
    static bool answersWithTarget(quint8 code);
    // The answer frame to `code`, built now.
    QByteArray answer(quint8 code) const;

private:
    QByteArray m_tag;
    QHash<quint8, int> m_commands;
};
