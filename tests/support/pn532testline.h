// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakepn532i2c.h"
#include "nfc/pn532reader.h"
#include "pn532simulator.h"

#include <memory>

// A simulated PN532 on one of the box's wires and the reader for it, so that one test of a reader behaviour
// runs over every transport: the serial line (Pn532Simulator on a pseudo-terminal) or the I2C bus
// (FakePn532I2c). It makes the reader and drives the simulated card; what only one wire has is reached
// through the concrete line (SerialPn532Line::simulator(), I2cPn532Line::chip()).
class Pn532TestLine
{
public:
    enum class Transport { Serial, I2c };

    static std::unique_ptr<Pn532TestLine> create(Transport transport);
    virtual ~Pn532TestLine() = default;

    virtual bool plugIn() = 0; // the device is there (again)
    virtual void unplug() = 0; // the device goes away, with whatever tag lies on it
    virtual std::unique_ptr<Pn532Reader> makeReader(const Pn532Reader::Timing &timing) = 0;
    virtual QString port() const = 0; // as the reader's status names it
    virtual QString devicePath() const = 0; // as an error opening it names it
    // Before the reader goes: a transfer the test left hanging must finish first.
    virtual void releaseBus() { }

    virtual void placeTagHex(const QString &hex) = 0;
    virtual void liftTag() = 0;
    virtual void setResponseDelayMs(int ms) = 0;
    virtual void setSilent(bool silent) = 0; // no ACK, no answer
    virtual int commandCount(quint8 code) const = 0;
    virtual int wakeUps() const = 0;
};

class SerialPn532Line : public Pn532TestLine
{
public:
    bool plugIn() override { return m_simulator.open(); }
    void unplug() override { m_simulator.closeLine(); }
    std::unique_ptr<Pn532Reader> makeReader(const Pn532Reader::Timing &timing) override;
    QString port() const override { return m_simulator.portPath(); }
    QString devicePath() const override { return m_simulator.portPath(); }

    void placeTagHex(const QString &hex) override { m_simulator.placeTagHex(hex); }
    void liftTag() override { m_simulator.liftTag(); }
    void setResponseDelayMs(int ms) override { m_simulator.setResponseDelayMs(ms); }
    void setSilent(bool silent) override { m_simulator.setSilent(silent); }
    int commandCount(quint8 code) const override { return m_simulator.commandCount(code); }
    int wakeUps() const override { return m_simulator.wakeUps(); }

    Pn532Simulator &simulator() { return m_simulator; }

private:
    Pn532Simulator m_simulator;
};

class I2cPn532Line : public Pn532TestLine
{
public:
    bool plugIn() override;
    void unplug() override { m_chip.unplug(); }
    std::unique_ptr<Pn532Reader> makeReader(const Pn532Reader::Timing &timing) override;
    QString port() const override;
    QString devicePath() const override;
    void releaseBus() override { m_chip.setStalled(false); }

    void placeTagHex(const QString &hex) override { m_chip.placeTagHex(hex); }
    void liftTag() override { m_chip.liftTag(); }
    void setResponseDelayMs(int ms) override { m_chip.setResponseDelayMs(ms); }
    void setSilent(bool silent) override { m_chip.setSilent(silent); }
    int commandCount(quint8 code) const override { return m_chip.commandCount(code); }
    int wakeUps() const override { return m_chip.wakeUps(); }

    FakePn532I2c &chip() { return m_chip; }

private:
    FakePn532I2c m_chip;
};
