// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodypump.h"

#include "system/logging.h"

#include <QIODevice>
#include <QTcpSocket>

namespace {

constexpr qint64 readSize = 64 * 1024;
constexpr qint64 window = 256 * 1024; // bytes handed to the socket and not yet sent

} // namespace

void BodyPump::start(QTcpSocket *socket, std::shared_ptr<QIODevice> body, Writer write)
{
    auto *pump = new BodyPump(socket, std::move(body), std::move(write));
    pump->pump();
}

BodyPump::BodyPump(QTcpSocket *socket, std::shared_ptr<QIODevice> body, Writer write)
    : QObject(socket)
    , m_socket(socket)
    , m_body(std::move(body))
    , m_write(std::move(write))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &BodyPump::pump);
    connect(socket, &QTcpSocket::disconnected, this, &BodyPump::finish);
}

void BodyPump::pump()
{
    if (!m_body)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return finish();
    while (m_socket->bytesToWrite() < window && !m_body->atEnd()) {
        const QByteArray bytes = m_body->read(readSize);
        if (bytes.isEmpty()) {
            qCWarning(lcHttp).noquote() << "download cut short:" << m_body->errorString();
            m_socket->abort();
            return finish();
        }
        m_write(bytes);
    }
    if (m_body->atEnd())
        finish();
}

void BodyPump::finish()
{
    if (!m_body)
        return;
    m_body.reset();
    deleteLater();
}
