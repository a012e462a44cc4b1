// SPDX-License-Identifier: GPL-3.0-or-later
#include "machineprobe.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace MachineProbe {

namespace {
QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64).trimmed() : QByteArray();
}

std::optional<double> zoneCelsius(const QString &zone)
{
    bool ok = false;
    const qint64 milliCelsius = readSmallFile(zone + u"/temp"_s).toLongLong(&ok);
    return ok ? std::optional<double>(double(milliCelsius) / 1000.0) : std::nullopt;
}
} // namespace

QJsonObject storage(const QString &path)
{
    const QStorageInfo info(path);
    if (!info.isValid() || !info.isReady())
        return {};
    return {{u"total_bytes"_s, info.bytesTotal()},
            {u"used_bytes"_s, info.bytesTotal() - info.bytesFree()},
            {u"available_bytes"_s, info.bytesAvailable()}};
}

std::optional<double> cpuTemperatureCelsius(const QString &thermalRoot)
{
    const QDir root(thermalRoot);
    const QStringList zones
        = root.entryList({u"thermal_zone*"_s}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::optional<double> first;
    for (const QString &zone : zones) {
        const QString zonePath = root.filePath(zone);
        const std::optional<double> celsius = zoneCelsius(zonePath);
        if (!celsius)
            continue;
        const QByteArray type = readSmallFile(zonePath + u"/type"_s).toLower();
        if (type.contains("cpu") || type.contains("soc") || type.contains("x86_pkg"))
            return celsius;
        if (!first)
            first = celsius;
    }
    return first;
}

} // namespace MachineProbe
