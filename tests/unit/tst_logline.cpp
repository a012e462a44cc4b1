// SPDX-License-Identifier: GPL-3.0-or-later
// LogLine: journald gets a syslog priority prefix and no timestamp; anything else gets the timestamped line.
#include "system/logline.h"

#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class tst_LogLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { qunsetenv("JOURNAL_STREAM"); }

    void format_data()
    {
        QTest::addColumn<int>("sink");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected");
        const int plain = int(LogLine::Sink::Plain);
        const int journal = int(LogLine::Sink::Journal);
        QTest::newRow("journal debug") << journal << int(QtDebugMsg) << u"<7>omb.nfc: reader lost"_s;
        QTest::newRow("journal info") << journal << int(QtInfoMsg) << u"<6>omb.nfc: reader lost"_s;
        QTest::newRow("journal warning") << journal << int(QtWarningMsg) << u"<4>omb.nfc: reader lost"_s;
        QTest::newRow("journal critical") << journal << int(QtCriticalMsg) << u"<3>omb.nfc: reader lost"_s;
        QTest::newRow("plain warning")
            << plain << int(QtWarningMsg) << u"2026-12-06T04:30:00.125Z warning omb.nfc: reader lost"_s;
        QTest::newRow("plain info") << plain << int(QtInfoMsg)
                                    << u"2026-12-06T04:30:00.125Z info omb.nfc: reader lost"_s;
    }

    void format()
    {
        QFETCH(int, sink);
        QFETCH(int, type);
        QFETCH(QString, expected);
        const QDateTime time(QDate(2026, 12, 6), QTime(4, 30, 0, 125), Qt::UTC);
        QCOMPARE(LogLine::format(LogLine::Sink(sink), QtMsgType(type), "omb.nfc", u"reader lost"_s, time),
                 expected);
    }

    void journalOnlyWhenJournalStreamIsStderr()
    {
        struct stat info
        { };
        QCOMPARE(::fstat(STDERR_FILENO, &info), 0);
        QCOMPARE(LogLine::stderrSink(), LogLine::Sink::Plain);
        qputenv("JOURNAL_STREAM",
                QByteArray::number(qulonglong(info.st_dev)) + ':'
                    + QByteArray::number(qulonglong(info.st_ino)));
        QCOMPARE(LogLine::stderrSink(), LogLine::Sink::Journal);
        // Inherited from a parent whose stderr went to the journal, but ours goes elsewhere.
        qputenv("JOURNAL_STREAM",
                QByteArray::number(qulonglong(info.st_dev)) + ':'
                    + QByteArray::number(qulonglong(info.st_ino) + 1));
        QCOMPARE(LogLine::stderrSink(), LogLine::Sink::Plain);
        qputenv("JOURNAL_STREAM", "garbage");
        QCOMPARE(LogLine::stderrSink(), LogLine::Sink::Plain);
    }
};

QTEST_APPLESS_MAIN(tst_LogLine)
#include "tst_logline.moc"
