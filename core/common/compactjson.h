// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

// A JSON object written as QJsonDocument's compact output would write it, whose members may be JSON that is
// already serialised (a cached array of playlists): the answer is assembled from those bytes instead of
// converting thousands of values again. Keys come out in QJsonObject's order (sorted), so the bytes are the
// ones QJsonDocument(object).toJson(Compact) gives for the same content.
class CompactJson
{
public:
    CompactJson() = default;
    // Starts from the members of `object`.
    explicit CompactJson(const QJsonObject &object);

    CompactJson &insert(const QString &key, const QJsonValue &value);
    // `json` is one compact JSON value (an object, an array, a literal), inserted as it is.
    CompactJson &insertJson(const QString &key, QByteArray json);
    // A nested object, written in the same pass as this one: a large member of it (a page of playlists) is
    // copied once into the answer, not once per level of nesting.
    CompactJson &insertObject(const QString &key, CompactJson object);

    QByteArray toJson() const;

    // The compact bytes of one value, as QJsonDocument writes it inside an array or an object.
    static QByteArray value(const QJsonValue &value);
    // A JSON array of elements that are compact JSON values already; `offsets`, if given, receives where each
    // element begins in it.
    static QByteArray array(const QList<QByteArrayView> &elements, QList<qsizetype> *offsets = nullptr);

private:
    struct Member
    {
        QString key;
        QByteArray json; // the compact value, unless `object` is set
        std::shared_ptr<const CompactJson> object;
    };

    Member &member(const QString &key);
    qsizetype byteSize() const;
    void appendTo(QByteArray &out) const;

    QList<Member> m_members;
};
