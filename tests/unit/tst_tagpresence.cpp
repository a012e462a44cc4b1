// SPDX-License-Identifier: GPL-3.0-or-later
// TagPresence: placement, removal after the grace period, re-reads, debounce; driven by a manual clock.

#include "common/systemclock.h"
#include "manualclock.h"
#include "nfc/tagpresence.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_TagPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void placementIsReportedOnce();
    void removalWaitsForTheGracePeriod();
    void rereadWithinGraceReportsNothing();
    void samePlacementWithinDebounceIsIgnored();
    void tagPutBackWithinDebounceAndLeftIsPlaced();
    void heldBackTagIsPlacedByTheDebounceTimer();
    void otherTagWithinDebounceIsPlaced();
    void anotherTagReplacesTheCurrentOne();
    void zeroGraceRemovesAtOnce();
    void staleRemovalOfAnotherTagIsIgnored();
    void graceTimerFiresOnItsOwn();

private:
    ManualClock m_clock;
    std::unique_ptr<TagPresence> m_presence;
    std::unique_ptr<QSignalSpy> m_placed;
    std::unique_ptr<QSignalSpy> m_removed;
};

void tst_TagPresence::init()
{
    m_clock.set(1000000);
    m_presence = std::make_unique<TagPresence>(m_clock, 1000, 500);
    m_placed = std::make_unique<QSignalSpy>(m_presence.get(), &TagPresence::tagPlaced);
    m_removed = std::make_unique<QSignalSpy>(m_presence.get(), &TagPresence::tagRemoved);
}

void tst_TagPresence::placementIsReportedOnce()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagDetected(u"04a1b2c3"_s);
    QCOMPARE(m_placed->count(), 1);
    QCOMPARE(m_placed->first().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(m_presence->currentTag(), u"04a1b2c3"_s);
}

void tst_TagPresence::removalWaitsForTheGracePeriod()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_clock.advance(999);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 0);
    QCOMPARE(m_presence->currentTag(), u"04a1b2c3"_s);
    m_clock.advance(1);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 1);
    QCOMPARE(m_removed->first().at(0).toString(), u"04a1b2c3"_s);
    QVERIFY(m_presence->currentTag().isEmpty());
}

void tst_TagPresence::rereadWithinGraceReportsNothing()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_clock.advance(600);
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_clock.advance(5000);
    m_presence->evaluate();
    QCOMPARE(m_placed->count(), 1);
    QCOMPARE(m_removed->count(), 0);
    // A later removal starts a fresh grace period.
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_clock.advance(999);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 0);
    m_clock.advance(1);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 1);
}

void tst_TagPresence::samePlacementWithinDebounceIsIgnored()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_clock.advance(1000);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 1);
    m_clock.advance(499);
    m_presence->onTagDetected(u"04a1b2c3"_s); // bounced back
    QCOMPARE(m_placed->count(), 1);
    QVERIFY(m_presence->currentTag().isEmpty());
    m_presence->onTagRemoved(u"04a1b2c3"_s); // the ignored tag leaves: nothing to report
    m_clock.advance(2000);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 1);
    m_presence->onTagDetected(u"04a1b2c3"_s); // well after the window: a real placement
    QCOMPARE(m_placed->count(), 2);
}

void tst_TagPresence::tagPutBackWithinDebounceAndLeftIsPlaced()
{
    // The child's sequence: lift, the music pauses after the grace period, put the tag straight back and
    // leave it.
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_clock.advance(1000);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 1);
    m_clock.advance(100);
    m_presence->onTagDetected(u"04a1b2c3"_s);
    QCOMPARE(m_placed->count(), 1); // not yet: it may still be a bounce
    m_clock.advance(399);
    m_presence->evaluate();
    QCOMPARE(m_placed->count(), 1);
    m_clock.advance(1);
    m_presence->evaluate(); // the window has ended and the tag is still there
    QCOMPARE(m_placed->count(), 2);
    QCOMPARE(m_placed->last().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(m_presence->currentTag(), u"04a1b2c3"_s);
    m_clock.advance(5000);
    m_presence->evaluate();
    QCOMPARE(m_placed->count(), 2); // placed once
    QCOMPARE(m_removed->count(), 1);
}

void tst_TagPresence::heldBackTagIsPlacedByTheDebounceTimer()
{
    SystemClock clock;
    TagPresence presence(clock, 0, 50);
    QSignalSpy placed(&presence, &TagPresence::tagPlaced);
    presence.onTagDetected(u"04a1b2c3"_s);
    presence.onTagRemoved(u"04a1b2c3"_s);
    presence.onTagDetected(u"04a1b2c3"_s);
    QCOMPARE(placed.count(), 1);
    QVERIFY(placed.wait(5000));
    QCOMPARE(placed.count(), 2);
    QCOMPARE(placed.last().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(presence.currentTag(), u"04a1b2c3"_s);
}

void tst_TagPresence::otherTagWithinDebounceIsPlaced()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_clock.advance(1000);
    m_presence->evaluate();
    m_clock.advance(10);
    m_presence->onTagDetected(u"1a2b3c4d"_s);
    QCOMPARE(m_placed->count(), 2);
    QCOMPARE(m_placed->last().at(0).toString(), u"1a2b3c4d"_s);
}

void tst_TagPresence::anotherTagReplacesTheCurrentOne()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"04a1b2c3"_s);
    m_presence->onTagDetected(u"1a2b3c4d"_s);
    QCOMPARE(m_placed->count(), 2);
    QCOMPARE(m_presence->currentTag(), u"1a2b3c4d"_s);
    m_clock.advance(5000);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 0); // the old tag's pending removal went with it
}

void tst_TagPresence::zeroGraceRemovesAtOnce()
{
    TagPresence presence(m_clock, 0, 0);
    QSignalSpy removed(&presence, &TagPresence::tagRemoved);
    presence.onTagDetected(u"04a1b2c3"_s);
    presence.onTagRemoved(u"04a1b2c3"_s);
    QCOMPARE(removed.count(), 1);
}

void tst_TagPresence::staleRemovalOfAnotherTagIsIgnored()
{
    m_presence->onTagDetected(u"04a1b2c3"_s);
    m_presence->onTagRemoved(u"ffffffff"_s);
    m_clock.advance(5000);
    m_presence->evaluate();
    QCOMPARE(m_removed->count(), 0);
    QCOMPARE(m_presence->currentTag(), u"04a1b2c3"_s);
}

void tst_TagPresence::graceTimerFiresOnItsOwn()
{
    SystemClock clock;
    TagPresence presence(clock, 30, 0);
    QSignalSpy removed(&presence, &TagPresence::tagRemoved);
    presence.onTagDetected(u"04a1b2c3"_s);
    presence.onTagRemoved(u"04a1b2c3"_s);
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.count(), 1);
}

QTEST_GUILESS_MAIN(tst_TagPresence)
#include "tst_tagpresence.moc"
