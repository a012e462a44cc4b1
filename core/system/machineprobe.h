// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Facts about the machine for GET /api/system/info, read when asked: the disk that holds the data folder and
// the CPU temperature where the kernel's thermal zones have it (a Raspberry Pi's "cpu-thermal").
namespace MachineProbe {

// {total_bytes, used_bytes, available_bytes} of the filesystem holding `path`; empty when it cannot be read.
QJsonObject storage(const QString &path);

// Degrees Celsius of the zone named like the CPU (cpu, soc, x86_pkg), else of the first readable zone.
std::optional<double> cpuTemperatureCelsius(const QString &thermalRoot
                                            = QStringLiteral("/sys/class/thermal"));

} // namespace MachineProbe
