// SPDX-License-Identifier: GPL-3.0-or-later
// StatusViewModel's disk line: nearly full below 5 % or 256 MiB free, unknown says nothing, and it is read
// again after what adds or removes files (here state:track_added through the real StateManager).
#include "screenfixture.h"
#include "statusviewmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 gib = 1024LL * 1024 * 1024;
QJsonObject disk(qint64 total, qint64 available)
{
    return {
        {u"total_bytes"_s, total}, {u"used_bytes"_s, total - available}, {u"available_bytes"_s, available}};
}
} // namespace

class tst_StatusViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearlyFull_data();
    void nearlyFull();
    void theDiskIsReadAgainWhenFilesChange();
};

void tst_StatusViewModel::nearlyFull_data()
{
    QTest::addColumn<QJsonObject>("storage");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plenty") << disk(32 * gib, 20 * gib) << false;
    QTest::newRow("under 5 %") << disk(32 * gib, gib) << true;
    QTest::newRow("small disk, under 256 MiB") << disk(2 * gib, 200 * 1024 * 1024) << true;
    QTest::newRow("small disk, 300 MiB") << disk(2 * gib, 300 * 1024 * 1024) << false;
    QTest::newRow("unknown") << QJsonObject() << false;
}

void tst_StatusViewModel::nearlyFull()
{
    QFETCH(QJsonObject, storage);
    QFETCH(bool, expected);
    QCOMPARE(StatusViewModel::isNearlyFull(storage), expected);
}

void tst_StatusViewModel::theDiskIsReadAgainWhenFilesChange()
{
    ScreenFixture box;
    QVERIFY(box.isReady());
    QJsonObject current = disk(32 * gib, 20 * gib);
    StatusViewModel status(box.nfcStatus, box.library.state, [&current] { return current; });
    QVERIFY(!status.isDiskNearlyFull());
    QSignalSpy changed(&status, &StatusViewModel::diskNearlyFullChanged);

    current = disk(32 * gib, gib / 2);
    box.library.state.publishFlat(u"state:track_added"_s, {{u"playlist_id"_s, u"p"_s}}, Audience::global());
    QTRY_VERIFY(status.isDiskNearlyFull());
    QCOMPARE(changed.count(), 1);

    current = disk(32 * gib, 10 * gib);
    status.checkStorage(); // the minute's timer
    QVERIFY(!status.isDiskNearlyFull());
    QCOMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(tst_StatusViewModel)
#include "tst_statusviewmodel.moc"
