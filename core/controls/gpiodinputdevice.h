// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "controlinputdecoder.h"
#include "inputdevice.h"

#include <QList>
#include <QTimer>

struct gpiod_chip;
struct gpiod_line;
class QSocketNotifier;

// Buttons and the rotary encoder on GPIO lines through libgpiod v1 (character device API): each line is
// requested for both-edge events with a pull-up, its event file descriptor watched by a QSocketNotifier.
// Deliberately thin — all decoding is in ControlInputDecoder, tested without hardware, because GPIO chips
// cannot be simulated on the development machines.
class GpiodInputDevice : public InputDevice
{
    Q_OBJECT
public:
    GpiodInputDevice(ControlsConfig config, const Clock &clock, QObject *parent = nullptr);
    ~GpiodInputDevice() override;

    bool start() override;
    void stop() override;
    QString lastError() const override { return m_lastError; }

private:
    struct Line
    {
        int offset = -1;
        gpiod_line *line = nullptr;
        QSocketNotifier *notifier = nullptr;
    };

    void readEvents(Line &line);
    void emitAll(const ControlCommands &commands);

    ControlsConfig m_config;
    ControlInputDecoder m_decoder;
    const Clock &m_clock;
    gpiod_chip *m_chip = nullptr;
    QList<Line> m_lines;
    QTimer m_pollTimer;
    QString m_lastError;
};
