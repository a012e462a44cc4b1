// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QIODevice;
class QTcpSocket;

// Feeds a body that is produced as it is read (a backup archive) into a connection, never more than a window
// ahead of what the peer has taken, so a slow client costs no memory. A body that fails midway cuts the
// connection: the client sees a short download, never a complete-looking wrong one. Lives as a child of the
// socket and lets the body go when it is done or the connection is.
class BodyPump : public QObject
{
    Q_OBJECT
public:
    using Writer = std::function<void(const QByteArray &bytes)>;

    static void start(QTcpSocket *socket, std::shared_ptr<QIODevice> body, Writer write);

private:
    BodyPump(QTcpSocket *socket, std::shared_ptr<QIODevice> body, Writer write);
    void pump();
    void finish();

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<QIODevice> m_body;
    Writer m_write;
};
