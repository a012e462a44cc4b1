// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/replaygain.h"

#include <QTest>

class tst_ReplayGain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void playlistGain_data();
    void playlistGain();
    void clipSafeGain_data();
    void clipSafeGain();
};

void tst_ReplayGain::playlistGain_data()
{
    QTest::addColumn<QList<double>>("trackGains");
    QTest::addColumn<double>("expected");
    QTest::newRow("one track") << QList<double> {-3.0} << -3.0;
    QTest::newRow("equal tracks") << QList<double> {-6.0, -6.0, -6.0} << -6.0;
    // Power mean: a track 10 dB louder dominates (-10*log10((10^1 + 10^0)/2) = -7.40).
    QTest::newRow("one loud, one quiet") << QList<double> {-10.0, 0.0} << -7.404;
    QTest::newRow("none") << QList<double> {} << 0.0;
}

void tst_ReplayGain::playlistGain()
{
    QFETCH(QList<double>, trackGains);
    QFETCH(double, expected);
    QList<ReplayGain::Measure> measures;
    for (double gain : trackGains)
        measures.append({gain, 0.5});
    const ReplayGain::Measure playlist = ReplayGain::playlist(measures);
    QVERIFY2(qAbs(playlist.gainDb - expected) < 0.01, qPrintable(QString::number(playlist.gainDb)));
}

void tst_ReplayGain::clipSafeGain_data()
{
    QTest::addColumn<double>("gainDb");
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("expected");
    QTest::newRow("cut is always safe") << -5.0 << 1.0 << -5.0;
    QTest::newRow("boost within headroom") << 6.0 << 0.25 << 6.0; // headroom 12 dB
    QTest::newRow("boost limited by the peak") << 15.0 << 0.5 << 6.0206;
    QTest::newRow("unknown peak") << 4.0 << 0.0 << 4.0;
}

void tst_ReplayGain::clipSafeGain()
{
    QFETCH(double, gainDb);
    QFETCH(double, peak);
    QFETCH(double, expected);
    QVERIFY(qAbs(ReplayGain::clipSafeGainDb({gainDb, peak}) - expected) < 0.01);
}

QTEST_APPLESS_MAIN(tst_ReplayGain)
#include "tst_replaygain.moc"
