// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QJsonObject HttpClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonValue HttpClient::Response::data() const
{
    return json().value(u"data"_s);
}

QByteArray HttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{ }

HttpClient::Response HttpClient::get(const QString &path)
{
    return send("GET", path, {});
}

HttpClient::Response HttpClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpClient::Response HttpClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpClient::Response HttpClient::del(const QString &path, const QJsonObject &body)
{
    return send("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpClient::Response HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer *payload = new QBuffer;
    payload->setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    payload->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    reply->deleteLater();
    return response;
}
