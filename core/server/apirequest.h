// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the route classes see it: independent of QHttpServer, whose API changes in Qt 6.8.
struct ApiRequest
{
    QByteArray method; // upper case: GET, POST, PUT, DELETE, HEAD, OPTIONS
    QString path; // percent-decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QJsonObject json; // the parsed body of a JSON route ({} when empty)
    QHash<QString, QString> params; // {name} captures of the matched route
    QString peerAddress;

    QString param(const QString &name) const { return params.value(name); }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    // Who a per-client limit counts against: TCP peer address + User-Agent (PROTOCOL.md §2.6).
    QString clientKey() const { return peerAddress + u'|' + QString::fromUtf8(header("user-agent")); }
};
