// SPDX-License-Identifier: GPL-3.0-or-later
// MachineProbe over a thermal tree written by the test (the layout of /sys/class/thermal) and a real folder.
#include "system/machineprobe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
void writeZone(const QString &root, const QString &zone, const QByteArray &type, const QByteArray &temp)
{
    QDir().mkpath(root + u'/' + zone);
    QFile typeFile(root + u'/' + zone + u"/type"_s);
    QVERIFY(typeFile.open(QIODevice::WriteOnly));
    typeFile.write(type + '\n');
    if (temp.isEmpty())
        return;
    QFile tempFile(root + u'/' + zone + u"/temp"_s);
    QVERIFY(tempFile.open(QIODevice::WriteOnly));
    tempFile.write(temp + '\n');
}
} // namespace

class tst_MachineProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prefersTheCpuZone()
    {
        QTemporaryDir root;
        writeZone(root.path(), u"thermal_zone0"_s, "acpitz", "27800");
        writeZone(root.path(), u"thermal_zone1"_s, "cpu-thermal", "48312");
        QCOMPARE(MachineProbe::cpuTemperatureCelsius(root.path()), std::optional<double>(48.312));
    }

    void fallsBackToTheFirstReadableZone()
    {
        QTemporaryDir root;
        writeZone(root.path(), u"thermal_zone0"_s, "cpu-thermal", QByteArray()); // no temp file
        writeZone(root.path(), u"thermal_zone1"_s, "acpitz", "31000");
        QCOMPARE(MachineProbe::cpuTemperatureCelsius(root.path()), std::optional<double>(31.0));
    }

    void noZoneIsNoTemperature()
    {
        QTemporaryDir root;
        QCOMPARE(MachineProbe::cpuTemperatureCelsius(root.path()), std::nullopt);
        QCOMPARE(MachineProbe::cpuTemperatureCelsius(root.filePath(u"missing"_s)), std::nullopt);
    }

    void storageOfARealFolder()
    {
        QTemporaryDir folder;
        const QJsonObject storage = MachineProbe::storage(folder.path());
        const qint64 total = storage.value(u"total_bytes"_s).toInteger();
        QVERIFY(total > 0);
        QVERIFY(storage.value(u"used_bytes"_s).toInteger() <= total);
        QVERIFY(storage.value(u"available_bytes"_s).toInteger() <= total);
        QVERIFY(MachineProbe::storage(folder.filePath(u"not/there"_s)).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_MachineProbe)
#include "tst_machineprobe.moc"
