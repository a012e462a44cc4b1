// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nfcreader.h"

class QSocketNotifier;

// The reader of the demo mode and of tests (`--nfc simulated`): tags are placed and removed by calls (POST
// /api/nfc/simulate) or by lines typed on the terminal ("place 04a1b2c3", "remove", "help"), read through a
// QSocketNotifier so the event loop never blocks on stdin.
class SimulatedReader : public NfcReader
{
    Q_OBJECT
public:
    explicit SimulatedReader(QObject *parent = nullptr);
    ~SimulatedReader() override;

    Status status() const override;
    void start() override;
    void stop() override;

    // Terminal commands from this file descriptor (0 = stdin); call before start().
    void readCommandsFrom(int fd);

    // Returns false for an invalid tag id (not 4..64 hex digits after normalisation).
    bool place(const QString &tagId);
    void remove();
    QString currentTag() const { return m_current; }

    // One terminal line; the answer to print (empty for nothing).
    QString executeCommand(const QString &line);

private:
    void readTerminal();

    bool m_running = false;
    QString m_current;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
};
