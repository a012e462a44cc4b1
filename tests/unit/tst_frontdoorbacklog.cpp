// SPDX-License-Identifier: GPL-3.0-or-later
// A reconnect storm reaches a busy box: while the box's event loop is held (it accepts nobody), 300 clients
// connecting at once all get through the kernel's handshake. With Qt's default queue of 50 the rest were
// dropped and tried again only after 1, 3, 7 or 15 s.
#include "server/doorlimits.h"
#include "server/frontdoor.h"
#include "server/originpolicy.h"

#include <QDeadlineTimer>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

class tst_FrontDoorBacklog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stormIsQueuedWhileTheBoxIsBusy();
};

void tst_FrontDoorBacklog::stormIsQueuedWhileTheBoxIsBusy()
{
    constexpr int clients = 300;
    const OriginPolicy origins({});
    FrontDoor door(origins, DoorLimits {});
    QVERIFY(door.listen(QHostAddress::LocalHost, 0));

    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(door.serverPort());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<pollfd> sockets;
    for (int i = 0; i < clients; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        QVERIFY(fd >= 0);
        ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
        sockets.push_back({fd, POLLOUT, 0});
    }
    // No event loop runs here: only the kernel's queue can complete these handshakes. A dropped SYN is sent
    // again after 1 s, so 900 ms tells a queued connection from a dropped one.
    const QDeadlineTimer deadline(900);
    int connected = 0;
    while (connected < clients && !deadline.hasExpired()) {
        ::poll(sockets.data(), sockets.size(), int(deadline.remainingTime()));
        for (pollfd &socket : sockets) {
            if (!(socket.revents & POLLOUT))
                continue;
            int error = 0;
            socklen_t length = sizeof error;
            if (::getsockopt(socket.fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0)
                ++connected;
            socket.events
                = 0; // counted once: the next poll waits for the others instead of returning at once
        }
    }
    for (const pollfd &socket : sockets)
        ::close(socket.fd);
    QCOMPARE(connected, clients);
}

QTEST_GUILESS_MAIN(tst_FrontDoorBacklog)
#include "tst_frontdoorbacklog.moc"
