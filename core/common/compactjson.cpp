// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

CompactJson::CompactJson(const QJsonObject &object)
{
    m_members.reserve(object.size() + 1);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        m_members.append({it.key(), value(it.value()), {}});
}

CompactJson &CompactJson::insert(const QString &key, const QJsonValue &json)
{
    return insertJson(key, value(json));
}

CompactJson &CompactJson::insertJson(const QString &key, QByteArray json)
{
    member(key) = {key, std::move(json), {}};
    return *this;
}

CompactJson &CompactJson::insertObject(const QString &key, CompactJson object)
{
    member(key) = {key, {}, std::make_shared<const CompactJson>(std::move(object))};
    return *this;
}

CompactJson::Member &CompactJson::member(const QString &key)
{
    const auto same = std::find_if(m_members.begin(), m_members.end(),
                                   [&](const Member &member) { return member.key == key; });
    return same != m_members.end() ? *same : m_members.emplaceBack();
}

QByteArray CompactJson::toJson() const
{
    QByteArray out;
    out.reserve(byteSize());
    appendTo(out);
    return out;
}

qsizetype CompactJson::byteSize() const
{
    qsizetype size = 2;
    for (const Member &member : m_members)
        size += member.key.size() + 4 + (member.object ? member.object->byteSize() : member.json.size());
    return size;
}

void CompactJson::appendTo(QByteArray &out) const
{
    // QJsonObject keeps its keys sorted by their UTF-16 code units; QString's operator< is that order.
    QList<const Member *> sorted;
    sorted.reserve(m_members.size());
    for (const Member &member : m_members)
        sorted.append(&member);
    std::sort(sorted.begin(), sorted.end(), [](const Member *a, const Member *b) { return a->key < b->key; });
    out += '{';
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            out += ',';
        out += value(sorted[i]->key);
        out += ':';
        if (sorted[i]->object)
            sorted[i]->object->appendTo(out);
        else
            out += sorted[i]->json;
    }
    out += '}';
}

QByteArray CompactJson::value(const QJsonValue &value)
{
    // QJsonDocument writes only arrays and objects: the value is written as the one element of an array.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.sliced(1, wrapped.size() - 2);
}

QByteArray CompactJson::array(const QList<QByteArrayView> &elements, QList<qsizetype> *offsets)
{
    qsizetype size = 2;
    for (QByteArrayView element : elements)
        size += element.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    if (offsets)
        offsets->resize(elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        if (offsets)
            (*offsets)[i] = out.size();
        out += elements[i];
    }
    out += ']';
    return out;
}
