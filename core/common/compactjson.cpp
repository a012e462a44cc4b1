// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

CompactJson::CompactJson(const QJsonObject &object)
{
    m_members.reserve(object.size() + 1);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        m_members.emplaceBack(it.key(), value(it.value()));
}

CompactJson &CompactJson::insert(const QString &key, const QJsonValue &json)
{
    return insertJson(key, value(json));
}

CompactJson &CompactJson::insertJson(const QString &key, QByteArray json)
{
    const auto same = std::find_if(m_members.begin(), m_members.end(),
                                   [&](const auto &member) { return member.first == key; });
    if (same != m_members.end())
        same->second = std::move(json);
    else
        m_members.emplaceBack(key, std::move(json));
    return *this;
}

QByteArray CompactJson::toJson() const
{
    // QJsonObject keeps its keys sorted by their UTF-16 code units; QString's operator< is that order.
    QList<const std::pair<QString, QByteArray> *> sorted;
    sorted.reserve(m_members.size());
    qsizetype size = 2;
    for (const auto &member : m_members) {
        sorted.append(&member);
        size += member.first.size() + member.second.size() + 4;
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    QByteArray out;
    out.reserve(size);
    out += '{';
    for (const auto *member : std::as_const(sorted)) {
        if (out.size() > 1)
            out += ',';
        out += value(member->first);
        out += ':';
        out += member->second;
    }
    out += '}';
    return out;
}

QByteArray CompactJson::value(const QJsonValue &value)
{
    // QJsonDocument writes only arrays and objects: the value is written as the one element of an array.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

QByteArray CompactJson::array(const QList<QByteArray> &elements)
{
    qsizetype size = 2;
    for (const QByteArray &element : elements)
        size += element.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        out += elements[i];
    }
    out += ']';
    return out;
}
