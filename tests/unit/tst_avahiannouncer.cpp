// SPDX-License-Identifier: GPL-3.0-or-later
// AvahiAnnouncer against a D-Bus service on a private bus that stands in for avahi-daemon and records what
// was published: both services with their TXT, Avahi missing at start, Avahi restarting, a name collision.
#include "fakeavahiserver.h"
#include "privatedbus.h"
#include "system/avahiannouncer.h"

#include <QDBusConnection>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<AvahiAnnouncer::Service> boxServices()
{
    return {{u"Music box (kitchen)"_s, u"_http._tcp"_s, 8123, {}},
            {u"Music box (kitchen)"_s,
             u"_openmusicbox._tcp"_s,
             8123,
             {"version=0.1.0", "api=/api", "ws=/ws", "socketio=/socket.io/"}}};
}
} // namespace

class tst_AvahiAnnouncer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_bus = std::make_unique<PrivateDBus>();
        QVERIFY2(m_bus->start(), "dbus-daemon (package dbus-daemon) must run for this test");
        m_connection = u"announcer-%1"_s.arg(++m_round);
        m_avahi = std::make_unique<FakeAvahiServer>(m_bus->address());
    }

    void cleanup()
    {
        m_avahi.reset();
        QDBusConnection::disconnectFromBus(m_connection);
        m_bus.reset();
    }

    void announcesBothServicesWithTxt()
    {
        QVERIFY(m_avahi->publish());
        AvahiAnnouncer announcer(QDBusConnection::connectToBus(m_bus->address(), m_connection),
                                 boxServices());
        QSignalSpy announced(&announcer, &AvahiAnnouncer::announced);
        QTest::ignoreMessage(QtInfoMsg, "announced on the network as Music box (kitchen)");
        announcer.start();
        QVERIFY(announced.wait(10000));
        QVERIFY(announcer.isAnnounced());
        const QList<FakeAvahiServer::Published> published = m_avahi->published();
        QCOMPARE(published.size(), 2);
        QCOMPARE(published[0].name, u"Music box (kitchen)"_s);
        QCOMPARE(published[0].type, u"_http._tcp"_s);
        QCOMPARE(published[0].port, quint16(8123));
        QCOMPARE(published[1].type, u"_openmusicbox._tcp"_s);
        QCOMPARE(published[1].txt,
                 (QByteArrayList {"version=0.1.0", "api=/api", "ws=/ws", "socketio=/socket.io/"}));
    }

    void missingAtStartIsOneLineThenAnnouncedWhenAvahiStarts()
    {
        AvahiAnnouncer announcer(QDBusConnection::connectToBus(m_bus->address(), m_connection),
                                 boxServices());
        QSignalSpy announced(&announcer, &AvahiAnnouncer::announced);
        QSignalSpy unavailable(&announcer, &AvahiAnnouncer::unavailable);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"^Avahi is not available, the box is announced once it starts"_s));
        QTest::failOnWarning(QRegularExpression(u"Avahi"_s)); // no second line
        announcer.start();
        QVERIFY(unavailable.wait(10000));
        QVERIFY(!announcer.isAnnounced());
        QTest::ignoreMessage(QtInfoMsg, "announced on the network as Music box (kitchen)");
        QVERIFY(m_avahi->publish());
        QVERIFY(announced.wait(10000));
        QCOMPARE(m_avahi->published().size(), 2);
    }

    void avahiRestartIsOneLineAndAReannouncement()
    {
        QVERIFY(m_avahi->publish());
        AvahiAnnouncer announcer(QDBusConnection::connectToBus(m_bus->address(), m_connection),
                                 boxServices());
        QSignalSpy announced(&announcer, &AvahiAnnouncer::announced);
        QSignalSpy lost(&announcer, &AvahiAnnouncer::lost);
        QSignalSpy unavailable(&announcer, &AvahiAnnouncer::unavailable);
        QTest::ignoreMessage(QtInfoMsg, "announced on the network as Music box (kitchen)");
        announcer.start();
        QVERIFY(announced.wait(10000));

        QTest::ignoreMessage(QtWarningMsg, "Avahi went away: the box is announced again when it is back");
        m_avahi->withdraw();
        QVERIFY(lost.wait(10000));
        QVERIFY(!announcer.isAnnounced());

        QTest::ignoreMessage(QtInfoMsg, "announced on the network as Music box (kitchen)");
        QVERIFY(m_avahi->publish());
        QVERIFY(announced.wait(10000));
        QCOMPARE(announced.size(), 2);
        QCOMPARE(unavailable.size(), 1); // one line for the restart
        QCOMPARE(m_avahi->published().size(), 2); // the new daemon knows both services again
    }

    void nameCollisionTakesTheAlternativeName()
    {
        m_avahi->setTakenNames({u"Music box (kitchen)"_s});
        QVERIFY(m_avahi->publish());
        AvahiAnnouncer announcer(QDBusConnection::connectToBus(m_bus->address(), m_connection),
                                 boxServices());
        QSignalSpy announced(&announcer, &AvahiAnnouncer::announced);
        QTest::ignoreMessage(
            QtInfoMsg,
            QRegularExpression(
                u"is called Music box \\(kitchen\\), the box is now Music box \\(kitchen\\) #2$"_s));
        QTest::ignoreMessage(QtInfoMsg, "announced on the network as Music box (kitchen) #2");
        announcer.start();
        QVERIFY(announced.wait(10000));
        const QList<FakeAvahiServer::Published> published = m_avahi->published();
        QCOMPARE(published.size(), 2);
        QCOMPARE(published[0].name, u"Music box (kitchen) #2"_s);
        QCOMPARE(published[1].name, u"Music box (kitchen) #2"_s);
    }

private:
    std::unique_ptr<PrivateDBus> m_bus;
    std::unique_ptr<FakeAvahiServer> m_avahi;
    QString m_connection;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(tst_AvahiAnnouncer)
#include "tst_avahiannouncer.moc"
