// SPDX-License-Identifier: GPL-3.0-or-later
// SimulatedReader: calls and terminal commands (through a pipe, as stdin would deliver them).

#include "nfc/simulatedreader.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_SimulatedReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesAndRemoves();
    void rejectsInvalidTags();
    void commands_data();
    void commands();
    void readsTheTerminal();
};

void tst_SimulatedReader::placesAndRemoves()
{
    SimulatedReader reader;
    QSignalSpy detected(&reader, &NfcReader::tagDetected);
    QSignalSpy removed(&reader, &NfcReader::tagRemoved);
    reader.start();
    QVERIFY(reader.status().available);
    QCOMPARE(reader.status().kind, u"mock"_s);
    QVERIFY(reader.place(u"04:A1:B2:C3"_s));
    QCOMPARE(detected.count(), 1);
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    QVERIFY(reader.place(u"04a1b2c3"_s)); // already there
    QCOMPARE(detected.count(), 1);
    QVERIFY(reader.place(u"1a2b3c4d"_s)); // swap: the old one leaves first
    QCOMPARE(removed.count(), 1);
    QCOMPARE(detected.count(), 2);
    reader.remove();
    QCOMPARE(removed.count(), 2);
    QVERIFY(reader.currentTag().isEmpty());
}

void tst_SimulatedReader::rejectsInvalidTags()
{
    SimulatedReader reader;
    QSignalSpy detected(&reader, &NfcReader::tagDetected);
    QVERIFY(!reader.place(u"xyz"_s));
    QVERIFY(!reader.place(u"04a"_s));
    QCOMPARE(detected.count(), 0);
}

void tst_SimulatedReader::commands_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("tagAfter");
    QTest::newRow("place") << u"place 04a1b2c3"_s << u"placed 04a1b2c3"_s << u"04a1b2c3"_s;
    QTest::newRow("short place") << u"  p   04-A1-B2-C3 "_s << u"placed 04a1b2c3"_s << u"04a1b2c3"_s;
    QTest::newRow("bad tag") << u"place zz"_s << u"not a tag id (4..64 hex digits): zz"_s << QString();
    QTest::newRow("remove nothing") << u"remove"_s << u"no tag on the reader"_s << QString();
    QTest::newRow("unknown") << u"dance"_s << u"commands: place <tag hex> | remove | status"_s << QString();
    QTest::newRow("empty") << u"   "_s << QString() << QString();
}

void tst_SimulatedReader::commands()
{
    QFETCH(QString, line);
    QFETCH(QString, answer);
    QFETCH(QString, tagAfter);
    SimulatedReader reader;
    QCOMPARE(reader.executeCommand(line), answer);
    QCOMPARE(reader.currentTag(), tagAfter);
}

void tst_SimulatedReader::readsTheTerminal()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    SimulatedReader reader;
    reader.readCommandsFrom(fds[0]);
    reader.start();
    QSignalSpy detected(&reader, &NfcReader::tagDetected);
    QSignalSpy removed(&reader, &NfcReader::tagRemoved);
    const QByteArray place = "place 04a1b2c3\nremo";
    QCOMPARE(::write(fds[1], place.constData(), size_t(place.size())), ssize_t(place.size()));
    QVERIFY(detected.wait(5000));
    QCOMPARE(detected.first().at(0).toString(), u"04a1b2c3"_s);
    QCOMPARE(removed.count(), 0); // half a line is not a command yet
    QCOMPARE(::write(fds[1], "ve\n", 3), ssize_t(3));
    QVERIFY(removed.wait(5000));
    ::close(fds[1]); // end of input: the reader stops listening and keeps working
    QVERIFY(reader.place(u"1a2b3c4d"_s));
    QCOMPARE(detected.count(), 2);
    reader.stop();
    ::close(fds[0]);
}

QTEST_GUILESS_MAIN(tst_SimulatedReader)
#include "tst_simulatedreader.moc"
