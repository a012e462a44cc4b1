// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/volumecurve.h"

#include <QTest>

#include <cmath>

class tst_VolumeCurve : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedPoints_data();
    void documentedPoints();
    void silenceAndClamping();
    void monotonic();
};

void tst_VolumeCurve::documentedPoints_data()
{
    QTest::addColumn<double>("volume");
    QTest::addColumn<double>("decibels");
    // The table of PROTOCOL.md §7.3.
    QTest::newRow("100") << 100.0 << 0.0;
    QTest::newRow("50 is half as loud") << 50.0 << -10.03;
    QTest::newRow("20") << 20.0 << -23.30;
    QTest::newRow("10") << 10.0 << -33.33;
    QTest::newRow("1") << 1.0 << -66.67;
}

void tst_VolumeCurve::documentedPoints()
{
    QFETCH(double, volume);
    QFETCH(double, decibels);
    QVERIFY2(std::abs(VolumeCurve::decibels(volume) - decibels) < 0.01,
             qPrintable(QString::number(VolumeCurve::decibels(volume))));
    QVERIFY(std::abs(VolumeCurve::gain(volume) - std::pow(10.0, decibels / 20.0)) < 1e-3);
}

void tst_VolumeCurve::silenceAndClamping()
{
    QCOMPARE(VolumeCurve::gain(0), 0.0);
    QVERIFY(std::isinf(VolumeCurve::decibels(0)) && VolumeCurve::decibels(0) < 0);
    QCOMPARE(VolumeCurve::gain(-5), 0.0);
    QCOMPARE(VolumeCurve::gain(100), 1.0);
    QCOMPARE(VolumeCurve::gain(140), 1.0);
}

void tst_VolumeCurve::monotonic()
{
    for (int volume = 1; volume <= 100; ++volume)
        QVERIFY2(VolumeCurve::gain(volume) > VolumeCurve::gain(volume - 1),
                 qPrintable(QString::number(volume)));
}

QTEST_APPLESS_MAIN(tst_VolumeCurve)
#include "tst_volumecurve.moc"
