// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifysocket.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
sockaddr_un addressOf(const QString &path)
{
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = path.toLocal8Bit();
    std::strncpy(address.sun_path, encoded.constData(), sizeof(address.sun_path) - 1);
    return address;
}
} // namespace

NotifySocket::NotifySocket()
    : m_path(m_dir.filePath(u"notify"_s))
{
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const sockaddr_un address = addressOf(m_path);
    if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

NotifySocket::~NotifySocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

const QByteArrayList &NotifySocket::receive()
{
    char buffer[4096];
    while (m_fd >= 0) {
        const ssize_t size = ::recv(m_fd, buffer, sizeof(buffer), 0);
        if (size < 0)
            break;
        m_messages.append(QByteArray(buffer, qsizetype(size)));
    }
    return m_messages;
}

int NotifySocket::count(const QByteArray &message)
{
    return int(receive().count(message));
}

bool NotifySocket::sendToSelf(const QByteArray &message) const
{
    const sockaddr_un address = addressOf(m_path);
    return ::sendto(m_fd, message.constData(), size_t(message.size()), 0,
                    reinterpret_cast<const sockaddr *>(&address), sizeof(address))
        == message.size();
}
