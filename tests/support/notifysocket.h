// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QString>
#include <QTemporaryDir>

// A datagram socket standing in for systemd's notification socket: bind it, point NOTIFY_SOCKET at path(),
// and read what sd_notify sent. Reads never block; tests poll receive() inside QTRY_* with a deadline.
class NotifySocket
{
public:
    NotifySocket();
    ~NotifySocket();
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    bool isValid() const { return m_fd >= 0; }
    QString path() const { return m_path; }
    // Reads every datagram that has arrived since the last call and appends it to messages().
    const QByteArrayList &receive();
    const QByteArrayList &messages() const { return m_messages; }
    // How many received datagrams are exactly `message`.
    int count(const QByteArray &message);
    // Sends a datagram to itself: a marker that orders what was received before it.
    bool sendToSelf(const QByteArray &message) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fd = -1;
    QByteArrayList m_messages;
};
