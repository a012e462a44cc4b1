// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pollingtransport.h"

#include <QSignalSpy>
#include <QTest>

class tst_PollingTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_transport.reset(); // answers a poll the previous test left held
        m_answers.clear();
        m_transport = std::make_unique<PollingTransport>(50);
    }

    void bufferedPacketsAnswerAPollAtOnce()
    {
        QSignalSpy drained(m_transport.get(), &PollingTransport::drained);
        m_transport->push("40");
        m_transport->push("42[\"a\"]");
        QCOMPARE(m_transport->bufferedBytes(), 9);
        m_transport->poll(responder());
        QCOMPARE(m_answers,
                 QList<QByteArray> {QByteArray("40\x1e"
                                               "42[\"a\"]")});
        QCOMPARE(m_transport->bufferedBytes(), 0);
        QCOMPARE(drained.size(), 1);
    }

    void heldPollGetsEverythingOneOperationPushed()
    {
        m_transport->poll(responder());
        QVERIFY(m_transport->hasPendingPoll());
        m_transport->push("2");
        m_transport->push("42[\"b\"]");
        QVERIFY(m_answers.isEmpty()); // one response for the whole burst, on the next turn of the loop
        QTRY_COMPARE_WITH_TIMEOUT(m_answers,
                                  QList<QByteArray> {QByteArray("2\x1e"
                                                                "42[\"b\"]")},
                                  5000);
        QVERIFY(!m_transport->hasPendingPoll());
    }

    void heldPollTimesOutWithANoop()
    {
        m_transport->poll(responder());
        QTRY_COMPARE_WITH_TIMEOUT(m_answers, QList<QByteArray> {"6"}, 5000);
    }

    void pausedForAnUpgrade()
    {
        m_transport->poll(responder());
        m_transport->setPaused(true);
        QCOMPARE(m_answers, QList<QByteArray> {"6"}); // the pending poll is released
        m_transport->push("42[\"c\"]");
        m_transport->poll(responder());
        QCOMPARE(m_answers.size(), 2);
        QCOMPARE(m_answers.last(), QByteArray("6"));
        QCOMPARE(m_transport->takeBuffered(), QList<QByteArray> {"42[\"c\"]"}); // kept for the WebSocket
    }

    void secondPollReleasesTheFirst()
    {
        m_transport->poll(responder());
        m_transport->poll(responder());
        QCOMPARE(m_answers, QList<QByteArray> {"6"});
        QVERIFY(m_transport->hasPendingPoll());
    }

    void closingAnswersTheHeldPoll()
    {
        m_transport->poll(responder());
        m_transport.reset();
        QCOMPARE(m_answers, QList<QByteArray> {"1"});
    }

private:
    ApiResponder responder()
    {
        return [this](ApiResponse response) {
            QCOMPARE(response.status(), 200);
            m_answers.append(response.rawBody());
        };
    }

    QList<QByteArray> m_answers;
    std::unique_ptr<PollingTransport> m_transport;
};

QTEST_GUILESS_MAIN(tst_PollingTransport)
#include "tst_pollingtransport.moc"
