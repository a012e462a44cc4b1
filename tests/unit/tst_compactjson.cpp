// SPDX-License-Identifier: GPL-3.0-or-later
// CompactJson writes what QJsonDocument's compact output writes for the same content: keys sorted, strings
// escaped the same way, numbers formatted the same way, whether a member was given as a value or as bytes
// serialised before.

#include "common/compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CompactJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesAreWrittenLikeQJsonDocument_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("quotes and backslashes") << QJsonValue(u"say \"hi\" \\ back\\"_s);
        QTest::newRow("unicode") << QJsonValue(u"Été · 日本語 · 🎵"_s);
        QTest::newRow("control characters") << QJsonValue(u"tab\tnew\nline\r\u0001\u001f\u007f end"_s);
        QTest::newRow("html") << QJsonValue(u"</script>&<>'"_s);
        QTest::newRow("empty text") << QJsonValue(u""_s);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("integer") << QJsonValue(qint64(1765000000000));
        QTest::newRow("negative") << QJsonValue(-1);
        QTest::newRow("fraction") << QJsonValue(0.1);
        QTest::newRow("empty object") << QJsonValue(QJsonObject());
        QTest::newRow("empty array") << QJsonValue(QJsonArray());
        QTest::newRow("nested") << QJsonValue(QJsonObject {{u"b"_s, QJsonArray {1, u"x"_s, QJsonValue::Null}},
                                                           {u"a"_s, QJsonObject {{u"z"_s, false}}}});
    }

    void valuesAreWrittenLikeQJsonDocument()
    {
        QFETCH(QJsonValue, value);
        const QJsonObject object {{u"value"_s, value}, {u"after"_s, 1}};
        QCOMPARE(CompactJson(object).toJson(), QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(CompactJson().insert(u"value"_s, value).insert(u"after"_s, 1).toJson(),
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(CompactJson::value(value),
                 QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }

    void serialisedMembersGoInTheirSortedPlace()
    {
        const QJsonArray playlists {
            QJsonObject {{u"title"_s, u"\"odd\"\n"_s}, {u"artist"_s, QJsonValue::Null}}, QJsonObject(),
            QJsonObject {{u"tracks"_s, QJsonArray()}}};
        QList<QByteArray> fragments;
        for (const QJsonValue &playlist : playlists)
            fragments.append(QJsonDocument(playlist.toObject()).toJson(QJsonDocument::Compact));
        QList<qsizetype> offsets;
        const QByteArray array = CompactJson::array({fragments.cbegin(), fragments.cend()}, &offsets);
        QCOMPARE(array, QJsonDocument(playlists).toJson(QJsonDocument::Compact));
        QCOMPARE(offsets.size(), fragments.size());
        for (qsizetype i = 0; i < fragments.size(); ++i)
            QCOMPARE(array.sliced(offsets.at(i), fragments.at(i).size()), fragments.at(i));
        QCOMPARE(CompactJson::array({}), "[]");

        // The envelope of a success (PROTOCOL.md §3), data given as bytes, keys inserted out of order.
        const QJsonObject data {{u"playlists"_s, playlists},
                                {u"page"_s, 1},
                                {u"limit"_s, 100},
                                {u"total"_s, 3},
                                {u"total_pages"_s, 1}};
        const QJsonObject envelope {{u"status"_s, u"success"_s},
                                    {u"message"_s, u"3 playlists"_s},
                                    {u"server_seq"_s, 12},
                                    {u"timestamp"_s, 1765000000},
                                    {u"client_op_id"_s, u"op-1"_s}};
        QJsonObject whole = envelope;
        whole.insert(u"data"_s, data);
        const CompactJson dataObject = CompactJson()
                                           .insert(u"total_pages"_s, 1)
                                           .insertJson(u"playlists"_s, array)
                                           .insert(u"page"_s, 1)
                                           .insert(u"total"_s, 3)
                                           .insert(u"limit"_s, 100);
        const QByteArray dataBytes = dataObject.toJson();
        QCOMPARE(dataBytes, QJsonDocument(data).toJson(QJsonDocument::Compact));
        const QByteArray expected = QJsonDocument(whole).toJson(QJsonDocument::Compact);
        QCOMPARE(CompactJson(envelope).insertJson(u"data"_s, dataBytes).toJson(), expected);
        // Nested, written in one pass: the same bytes.
        QCOMPARE(CompactJson(envelope).insertObject(u"data"_s, dataObject).toJson(), expected);
    }

    void aKeyInsertedTwiceKeepsTheLastValue()
    {
        QCOMPARE(CompactJson().insert(u"a"_s, 1).insertJson(u"a"_s, "[2]").toJson(), "{\"a\":[2]}");
        QCOMPARE(CompactJson().insertJson(u"a"_s, "[2]").insertObject(u"a"_s, CompactJson()).toJson(),
                 "{\"a\":{}}");
        QCOMPARE(
            CompactJson().insertObject(u"a"_s, CompactJson().insert(u"b"_s, 1)).insert(u"a"_s, 3).toJson(),
            "{\"a\":3}");
        QCOMPARE(CompactJson().toJson(), "{}");
    }
};

QTEST_APPLESS_MAIN(tst_CompactJson)
#include "tst_compactjson.moc"
