// SPDX-License-Identifier: GPL-3.0-or-later
#include "wstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>

WsTestClient::WsTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        m_frames.append(frame);
        Q_EMIT frameReceived(frame);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closeCode = m_socket.closeCode();
        m_closed = true;
    });
}

void WsTestClient::sendEvent(const QString &event, const QJsonObject &data)
{
    const QJsonObject frame {{QStringLiteral("event"), event}, {QStringLiteral("data"), data}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

std::optional<WsTestClient::Event> WsTestClient::parse(const QString &frame)
{
    if (frame.startsWith(QStringLiteral("42["))) {
        const QJsonArray array = QJsonDocument::fromJson(frame.mid(2).toUtf8()).array();
        if (array.size() >= 1)
            return Event {array.at(0).toString(), array.at(1).toObject()};
        return std::nullopt;
    }
    if (!frame.startsWith(u'{'))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(frame.toUtf8()).object();
    if (!object.value(QStringLiteral("event")).isString())
        return std::nullopt;
    return Event {object.value(QStringLiteral("event")).toString(),
                  object.value(QStringLiteral("data")).toObject()};
}

QList<WsTestClient::Event> WsTestClient::events() const
{
    QList<Event> list;
    for (const QString &frame : m_frames) {
        if (const std::optional<Event> event = parse(frame))
            list.append(*event);
    }
    return list;
}

QStringList WsTestClient::eventNames() const
{
    QStringList names;
    for (const Event &event : events())
        names.append(event.name);
    return names;
}

bool WsTestClient::hasFrameStartingWith(const QString &prefix) const
{
    for (const QString &frame : m_frames) {
        if (frame.startsWith(prefix))
            return true;
    }
    return false;
}

bool WsTestClient::hasEvent(const QString &name) const
{
    return eventNames().contains(name);
}
