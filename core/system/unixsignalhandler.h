// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT and SIGHUP into Qt signals on the event loop (socketpair + QSocketNotifier): a signal
// handler may only write a byte; everything else happens in the slots.
class UnixSignalHandler : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalHandler(QObject *parent = nullptr);
    ~UnixSignalHandler() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);
    void reloadRequested();

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
