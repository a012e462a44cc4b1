// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysequencestore.h"
#include "realtime/sequencegenerator.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SequenceGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_store = MemorySequenceStore(); }

    void strictlyIncreasingFromOne()
    {
        SequenceGenerator sequence(&m_store, 10);
        sequence.restore();
        qint64 previous = sequence.current();
        QCOMPARE(previous, 0);
        for (int i = 0; i < 35; ++i) {
            const qint64 next = sequence.next();
            QCOMPARE(next, previous + 1);
            QCOMPARE(sequence.current(), next);
            previous = next;
        }
    }

    void ceilingIsSavedOncePerBlock()
    {
        SequenceGenerator sequence(&m_store, 10);
        sequence.restore();
        sequence.next();
        QCOMPARE(m_store.saves, 1);
        QCOMPARE(m_store.saved, 10);
        for (int i = 0; i < 9; ++i)
            sequence.next();
        QCOMPARE(m_store.saves, 1);
        sequence.next(); // 11: a new block
        QCOMPARE(m_store.saves, 2);
        QCOMPARE(m_store.saved, 20);
    }

    void crashNeverRepeatsANumber()
    {
        qint64 highest = 0;
        {
            SequenceGenerator sequence(&m_store, 10);
            sequence.restore();
            for (int i = 0; i < 13; ++i)
                highest = sequence.next();
            // no flush: the process dies here
        }
        SequenceGenerator restarted(&m_store, 10);
        restarted.restore();
        QVERIFY(restarted.current() >= highest);
        QVERIFY(restarted.next() > highest);
    }

    void cleanShutdownContinuesWithoutAGap()
    {
        {
            SequenceGenerator sequence(&m_store, 1000);
            sequence.restore();
            for (int i = 0; i < 5; ++i)
                sequence.next();
            sequence.flush();
        }
        QCOMPARE(m_store.saved, 5);
        SequenceGenerator restarted(&m_store, 1000);
        restarted.restore();
        QCOMPARE(restarted.next(), 6);
    }

    void nextRestoresItselfWhenNobodyDid()
    {
        m_store.saved = 500;
        SequenceGenerator sequence(&m_store, 10);
        QCOMPARE(sequence.next(), 501);
        QVERIFY(sequence.isRestored());
    }

    void failedSaveIsRetriedWithTheNextNumber()
    {
        m_store.failing = true;
        SequenceGenerator sequence(&m_store, 10);
        sequence.restore();
        sequence.next();
        QVERIFY(sequence.lastSaveFailed());
        const int attempts = m_store.saves;
        m_store.failing = false;
        sequence.next();
        QCOMPARE(m_store.saves, attempts + 1);
        QVERIFY(!sequence.lastSaveFailed());
        QVERIFY(*m_store.saved >= sequence.current());
    }

    void withoutStoreNumbersStillIncrease()
    {
        SequenceGenerator sequence;
        QCOMPARE(sequence.next(), 1);
        QCOMPARE(sequence.next(), 2);
    }

    void playlistRevisionsOnlyGoUp()
    {
        SequenceGenerator sequence;
        QVERIFY(sequence.notePlaylistSeq(u"p"_s, 1));
        QVERIFY(sequence.notePlaylistSeq(u"p"_s, 2));
        QVERIFY(sequence.notePlaylistSeq(u"p"_s, 2)); // several events of one change share it
        QVERIFY(!sequence.notePlaylistSeq(u"p"_s, 1));
        QCOMPARE(sequence.playlistSeq(u"p"_s), 2);
        sequence.forgetPlaylist(u"p"_s);
        QCOMPARE(sequence.playlistSeq(u"p"_s), 0);
    }

private:
    MemorySequenceStore m_store;
};

QTEST_GUILESS_MAIN(tst_SequenceGenerator)
#include "tst_sequencegenerator.moc"
