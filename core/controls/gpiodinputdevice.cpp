// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpiodinputdevice.h"

#include "system/logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <gpiod.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int pollIntervalMs = 20;
constexpr char consumer[] = "openmusicbox";
} // namespace

GpiodInputDevice::GpiodInputDevice(ControlsConfig config, const Clock &clock, QObject *parent)
    : InputDevice(parent)
    , m_config(config)
    , m_decoder(std::move(config))
    , m_clock(clock)
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        const ControlCommands commands
            = m_decoder.poll(m_clock.nowMs(), [this](int offset) -> std::optional<bool> {
                  for (const Line &l : std::as_const(m_lines)) {
                      if (l.offset == offset) {
                          const int value = gpiod_line_get_value(l.line);
                          return value < 0 ? std::nullopt : std::optional<bool>(value == 1);
                      }
                  }
                  return std::nullopt;
              });
        emitAll(commands);
        if (!m_decoder.anyButtonPressed())
            m_pollTimer.stop();
    });
}

GpiodInputDevice::~GpiodInputDevice()
{
    stop();
}

bool GpiodInputDevice::start()
{
    if (m_chip)
        return true;
    if (m_config.isEmpty())
        return true;
    m_chip = gpiod_chip_open_lookup(m_config.chip.toLocal8Bit().constData());
    if (!m_chip) {
        m_lastError = u"cannot open GPIO chip %1: %2"_s.arg(m_config.chip,
                                                            QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcControls).noquote() << m_lastError;
        return false;
    }
    for (const int offset : m_config.lines()) {
        gpiod_line *line = gpiod_chip_get_line(m_chip, unsigned(offset));
        if (!line
            || gpiod_line_request_both_edges_events_flags(line, consumer,
                                                          GPIOD_LINE_REQUEST_FLAG_BIAS_PULL_UP)
                != 0) {
            m_lastError = u"cannot request GPIO line %1: %2"_s.arg(offset).arg(
                QString::fromLocal8Bit(std::strerror(errno)));
            qCWarning(lcControls).noquote() << m_lastError;
            stop();
            return false;
        }
        m_lines.append({offset, line, nullptr});
    }
    for (Line &l : m_lines) {
        l.notifier = new QSocketNotifier(gpiod_line_event_get_fd(l.line), QSocketNotifier::Read, this);
        const int offset = l.offset;
        connect(l.notifier, &QSocketNotifier::activated, this, [this, offset] {
            for (Line &candidate : m_lines) {
                if (candidate.offset == offset)
                    readEvents(candidate);
            }
        });
    }
    qCInfo(lcControls) << "GPIO controls on" << m_config.chip << "lines" << m_config.lines();
    return true;
}

void GpiodInputDevice::stop()
{
    m_pollTimer.stop();
    for (Line &l : m_lines) {
        delete l.notifier;
        gpiod_line_release(l.line);
    }
    m_lines.clear();
    if (m_chip)
        gpiod_chip_close(m_chip);
    m_chip = nullptr;
}

void GpiodInputDevice::readEvents(Line &line)
{
    gpiod_line_event event {};
    if (gpiod_line_event_read(line.line, &event) != 0)
        return;
    const bool level = event.event_type == GPIOD_LINE_EVENT_RISING_EDGE;
    emitAll(m_decoder.onEdge(line.offset, level, m_clock.nowMs()));
    if (m_decoder.anyButtonPressed() && !m_pollTimer.isActive())
        m_pollTimer.start();
}

void GpiodInputDevice::emitAll(const ControlCommands &commands)
{
    for (const ControlCommand &command : commands)
        Q_EMIT commandTriggered(command);
}
