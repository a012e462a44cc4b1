// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

// A small blocking-looking HTTP client for tests: each call waits on the reply's finished signal.
class HttpClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QJsonObject json() const; // the envelope
        QJsonValue data() const; // json()["data"]
        QByteArray header(const QByteArray &name) const;
    };

    explicit HttpClient(QString baseUrl);

    Response get(const QString &path);
    Response post(const QString &path, const QJsonObject &body = {});
    Response put(const QString &path, const QJsonObject &body);
    Response del(const QString &path, const QJsonObject &body = {});
    Response send(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QString m_baseUrl;
    QNetworkAccessManager m_network;
};
