// SPDX-License-Identifier: GPL-3.0-or-later
#include "realtime/clientsubscriptionmanager.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ClientSubscriptionManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_rooms = ClientSubscriptionManager();
        for (ClientId id : {1, 2, 3})
            m_rooms.addClient(id);
    }

    void newClientIsInNoRoom()
    {
        QVERIFY(m_rooms.rooms(1).isEmpty());
        QVERIFY(m_rooms.recipients(Audience::to({Rooms::playlists()})).isEmpty());
        QCOMPARE(m_rooms.clientCount(), 3);
    }

    void joinAndLeave()
    {
        QVERIFY(m_rooms.join(1, Rooms::playlists()));
        QVERIFY(m_rooms.join(1, Rooms::playlist(u"abc"_s)));
        QVERIFY(m_rooms.join(1, Rooms::playlists())); // a re-join is fine
        QCOMPARE(m_rooms.rooms(1), (QStringList {u"playlist:abc"_s, u"playlists"_s}));
        QVERIFY(m_rooms.isMember(1, Rooms::playlists()));
        QVERIFY(m_rooms.leave(1, Rooms::playlists()));
        QVERIFY(!m_rooms.leave(1, Rooms::playlists())); // not a member any more
        QVERIFY(!m_rooms.isMember(1, Rooms::playlists()));
        QCOMPARE(m_rooms.roomSizes(), (QMap<QString, int> {{u"playlist:abc"_s, 1}}));
    }

    void unknownClientCannotJoin()
    {
        QVERIFY(!m_rooms.join(42, Rooms::nfc()));
        QVERIFY(m_rooms.members(Rooms::nfc()).isEmpty());
    }

    void everyoneReachesAllClientsInOrder()
    {
        QCOMPARE(m_rooms.recipients(Audience::global()), (QList<ClientId> {1, 2, 3}));
    }

    void severalRoomsDeliverOncePerClient()
    {
        m_rooms.join(1, Rooms::playlists());
        m_rooms.join(1, Rooms::nfc());
        m_rooms.join(3, Rooms::nfc());
        const QList<ClientId> recipients
            = m_rooms.recipients(Audience::to({Rooms::playlists(), Rooms::nfc()}));
        QCOMPARE(recipients, (QList<ClientId> {1, 3}));
        QVERIFY(m_rooms.reaches(3, Audience::to({Rooms::playlists(), Rooms::nfc()})));
        QVERIFY(!m_rooms.reaches(2, Audience::to({Rooms::playlists(), Rooms::nfc()})));
        QVERIFY(m_rooms.reaches(2, Audience::global()));
    }

    void disconnectLeavesEveryRoom()
    {
        m_rooms.join(2, Rooms::playlists());
        m_rooms.join(2, Rooms::playlist(u"x"_s));
        m_rooms.removeClient(2);
        QVERIFY(!m_rooms.hasClient(2));
        QVERIFY(m_rooms.members(Rooms::playlists()).isEmpty());
        QVERIFY(m_rooms.roomSizes().isEmpty());
        QCOMPARE(m_rooms.recipients(Audience::global()), (QList<ClientId> {1, 3}));
    }

    void removeRoomEmptiesIt()
    {
        m_rooms.join(1, Rooms::playlist(u"gone"_s));
        m_rooms.join(3, Rooms::playlist(u"gone"_s));
        m_rooms.join(3, Rooms::playlists());
        QCOMPARE(m_rooms.removeRoom(Rooms::playlist(u"gone"_s)), (QList<ClientId> {1, 3}));
        QVERIFY(m_rooms.members(Rooms::playlist(u"gone"_s)).isEmpty());
        QCOMPARE(m_rooms.rooms(3), QStringList {Rooms::playlists()});
    }

private:
    ClientSubscriptionManager m_rooms;
};

QTEST_GUILESS_MAIN(tst_ClientSubscriptionManager)
#include "tst_clientsubscriptionmanager.moc"
