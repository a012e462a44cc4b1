// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

// A source of tag placements: the PN532 on a serial line or an I2C bus, or the simulated reader of the demo
// and the tests.
// It reports raw edges as the hardware sees them (UIDs in lower-case hex); TagPresence turns them into
// placements and removals with the protocol's grace period and debounce.
class NfcReader : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        bool available = false;
        QString kind; // pn532_uart | pn532_i2c | mock | none
        QString port; // empty: none
        QString lastError; // empty: none

        QJsonObject toJson() const; // NfcStatus.reader
        bool operator==(const Status &other) const = default;
    };

    using QObject::QObject;

    virtual Status status() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void tagDetected(const QString &uid);
    void tagRemoved(const QString &uid);
    void statusChanged();
};
