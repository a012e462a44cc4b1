// SPDX-License-Identifier: GPL-3.0-or-later
// Swapping a restore in survives a power cut at every step: stopped after any number of renames and started
// again, the box ends with the new library whole; never committed, it keeps the old one whole. The restored
// database continues the sequence numbers of the one it replaces.

#include "backup/restorejournal.h"
#include "backupfixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_RestoreJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void powerCutAfterEveryStep();
    void uncommittedRestoreIsThrownAway();
    void nothingToDo();

private:
    // An old library "Old" in dataDir and a staged new one "New", committed or not.
    static bool prepare(const QString &dataDir, bool commit);
    static void verifyOld(const QString &dataDir);
    static void verifyNew(const QString &dataDir);
};

bool tst_RestoreJournal::prepare(const QString &dataDir, bool commit)
{
    RestoreJournal journal(dataDir);
    {
        BackupFixture staged(journal.stagedDir());
        if (!staged.create(u"New"_s, 3, 100))
            return false;
    }
    BackupFixture old(dataDir);
    if (!old.create(u"Old"_s, 9, 7000))
        return false;
    return !commit || journal.commit();
}

void tst_RestoreJournal::verifyOld(const QString &dataDir)
{
    QVERIFY(QFileInfo::exists(dataDir + u"/music/Old/track1.wav"_s));
    QVERIFY(!QFileInfo::exists(dataDir + u"/music/New"_s));
    QCOMPARE(BackupFixture::playlistRevisions(dataDir + u"/openmusicbox.db"_s),
             (QMap<QString, int> {{u"Old"_s, 9}}));
}

void tst_RestoreJournal::verifyNew(const QString &dataDir)
{
    QVERIFY(QFileInfo::exists(dataDir + u"/music/New/track1.wav"_s));
    QVERIFY(QFileInfo::exists(dataDir + u"/music/New/track2.wav"_s));
    QVERIFY(!QFileInfo::exists(dataDir + u"/music/Old"_s));
    QVERIFY(QFileInfo(dataDir + u"/trash"_s).isDir());
    QVERIFY(!QFileInfo::exists(dataDir + u"/restore"_s));
    // The same playlist id: a revision above both, so no client keeps either copy.
    QCOMPARE(BackupFixture::playlistRevisions(dataDir + u"/openmusicbox.db"_s),
             (QMap<QString, int> {{u"New"_s, 10}}));
    QCOMPARE(BackupFixture::counter(dataDir + u"/openmusicbox.db"_s, u"server_seq"_s), 7000);
}

void tst_RestoreJournal::powerCutAfterEveryStep()
{
    bool finishedInOneGo = false;
    for (int steps = 0; steps < 20 && !finishedInOneGo; ++steps) {
        QTemporaryDir dir;
        QVERIFY(prepare(dir.path(), true));
        const RestoreJournal journal(dir.path());
        const Result<bool> cut = journal.recover(steps);
        finishedInOneGo = cut.ok();
        if (!finishedInOneGo) {
            QVERIFY(journal.isCommitted());
            const Result<bool> next = journal.recover(); // the next start
            QVERIFY2(next && *next, qPrintable(u"stopped after %1 steps"_s.arg(steps)));
        }
        verifyNew(dir.path());
        if (QTest::currentTestFailed())
            qWarning() << "power cut after" << steps << "renames";
    }
    QVERIFY2(finishedInOneGo, "the roll forward ends");
}

void tst_RestoreJournal::uncommittedRestoreIsThrownAway()
{
    QTemporaryDir dir;
    QVERIFY(prepare(dir.path(), false));
    const RestoreJournal journal(dir.path());
    const Result<bool> recovered = journal.recover();
    QVERIFY(recovered);
    QVERIFY(!*recovered);
    QVERIFY(!QFileInfo::exists(journal.restoreDir()));
    verifyOld(dir.path());
}

void tst_RestoreJournal::nothingToDo()
{
    QTemporaryDir dir;
    const Result<bool> recovered = RestoreJournal(dir.path()).recover();
    QVERIFY(recovered);
    QVERIFY(!*recovered);
}

QTEST_GUILESS_MAIN(tst_RestoreJournal)
#include "tst_restorejournal.moc"
