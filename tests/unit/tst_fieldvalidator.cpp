// SPDX-License-Identifier: GPL-3.0-or-later
// FieldValidator's typed fields: a value of the right JSON type is read, a missing required one and one of
// the wrong type each leave one {field, message} naming the field (with its prefix in a nested object), and a
// missing or null optional one leaves none.

#include "common/fieldvalidator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// Reads `field` with one typed getter; true when it returned a value.
using Getter = std::function<bool(FieldValidator &, const QString &, FieldValidator::Presence)>;

Getter getter(const QString &name)
{
    if (name == "string"_L1)
        return [](FieldValidator &v, const QString &f, FieldValidator::Presence p) {
            return v.string(f, p).has_value();
        };
    if (name == "boolean"_L1)
        return [](FieldValidator &v, const QString &f, FieldValidator::Presence p) {
            return v.boolean(f, p).has_value();
        };
    if (name == "array"_L1)
        return [](FieldValidator &v, const QString &f, FieldValidator::Presence p) {
            return v.array(f, p).has_value();
        };
    return [](FieldValidator &v, const QString &f, FieldValidator::Presence p) {
        return v.object(f, p).has_value();
    };
}
} // namespace

class tst_FieldValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedFields_data();
    void typedFields();
    void missingFields_data();
    void missingFields();
    void httpUrls_data();
    void httpUrls();
};

void tst_FieldValidator::typedFields_data()
{
    QTest::addColumn<QString>("getter");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error"); // empty: read without a problem

    QTest::newRow("string") << u"string"_s << QJsonValue(u"owl"_s) << QString();
    QTest::newRow("string given a number") << u"string"_s << QJsonValue(5) << u"meta.x must be a string"_s;
    QTest::newRow("boolean") << u"boolean"_s << QJsonValue(false) << QString();
    QTest::newRow("boolean given a string")
        << u"boolean"_s << QJsonValue(u"true"_s) << u"meta.x must be true or false"_s;
    QTest::newRow("array") << u"array"_s << QJsonValue(QJsonArray {1}) << QString();
    QTest::newRow("array given an object")
        << u"array"_s << QJsonValue(QJsonObject {}) << u"meta.x must be an array"_s;
    QTest::newRow("object") << u"object"_s << QJsonValue(QJsonObject {{u"a"_s, 1}}) << QString();
    QTest::newRow("object given an array")
        << u"object"_s << QJsonValue(QJsonArray {}) << u"meta.x must be an object"_s;
}

void tst_FieldValidator::typedFields()
{
    QFETCH(QString, getter);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);

    FieldValidator fields(QJsonObject {{u"x"_s, value}}, u"meta"_s);
    QCOMPARE(::getter(getter)(fields, u"x"_s, FieldValidator::Required), error.isEmpty());
    QCOMPARE(fields.ok(), error.isEmpty());
    if (error.isEmpty())
        return;
    const QJsonArray problems = fields.error().details.value(u"errors"_s).toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0)[u"field"_s].toString(), u"meta.x"_s);
    QCOMPARE(problems.at(0)[u"message"_s].toString(), error);
}

void tst_FieldValidator::missingFields_data()
{
    QTest::addColumn<QString>("getter");
    for (const QString &name : {u"string"_s, u"boolean"_s, u"array"_s, u"object"_s})
        QTest::newRow(qPrintable(name)) << name;
}

void tst_FieldValidator::missingFields()
{
    QFETCH(QString, getter);
    const QJsonObject body {{u"nothing"_s, QJsonValue::Null}};

    FieldValidator optional(body);
    QVERIFY(!::getter(getter)(optional, u"absent"_s, FieldValidator::Optional));
    QVERIFY(!::getter(getter)(optional, u"nothing"_s, FieldValidator::Optional));
    QVERIFY(optional.ok());

    FieldValidator required(body);
    QVERIFY(!::getter(getter)(required, u"absent"_s, FieldValidator::Required));
    QVERIFY(!required.ok());
    QCOMPARE(required.error().message, u"absent is required"_s);
}

// A stream's address (POST /api/playlists/{id}/streams): http or https with a host, 2048 characters at most
// once encoded; anything else is one error naming the field.
void tst_FieldValidator::httpUrls_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("stored"); // empty: refused

    QTest::newRow("http") << QJsonValue(u"http://radio.example/live.mp3"_s)
                          << u"http://radio.example/live.mp3"_s;
    QTest::newRow("https with port and query")
        << QJsonValue(u"https://radio.example:8443/s?x=1"_s) << u"https://radio.example:8443/s?x=1"_s;
    QTest::newRow("trimmed") << QJsonValue(u"  http://a.example/  "_s) << u"http://a.example/"_s;
    QTest::newRow("upper-case scheme") << QJsonValue(u"HTTP://a.example/x"_s) << u"http://a.example/x"_s;
    QTest::newRow("encoded the same way")
        << QJsonValue(u"http://a.example/caf"_s + QChar(0xe9)) << u"http://a.example/caf%C3%A9"_s;
    QTest::newRow("loopback with port")
        << QJsonValue(u"http://127.0.0.1:8000/"_s) << u"http://127.0.0.1:8000/"_s;
    QTest::newRow("ftp") << QJsonValue(u"ftp://a.example/x.mp3"_s) << QString();
    QTest::newRow("file") << QJsonValue(u"file:///etc/passwd"_s) << QString();
    QTest::newRow("no scheme") << QJsonValue(u"radio.example/live"_s) << QString();
    QTest::newRow("no host") << QJsonValue(u"http:///live"_s) << QString();
    QTest::newRow("space inside") << QJsonValue(u"http://a.example/a b"_s) << QString();
    QTest::newRow("empty") << QJsonValue(u""_s) << QString();
    QTest::newRow("a number") << QJsonValue(42) << QString();
    QTest::newRow("too long") << QJsonValue(u"http://a.example/"_s + QString(2040, u'x')) << QString();
}

void tst_FieldValidator::httpUrls()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, stored);
    FieldValidator fields(QJsonObject {{u"url"_s, value}});
    const auto url = fields.httpUrl(u"url"_s, FieldValidator::Required, 2048);
    if (stored.isEmpty()) {
        QVERIFY(!url);
        QVERIFY(!fields.ok());
        const QJsonArray errors = fields.error().details.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first()[u"field"_s].toString(), u"url"_s);
    } else {
        QVERIFY2(fields.ok(), qPrintable(fields.error().message));
        QCOMPARE(url.value_or(QString()), stored);
    }
}

QTEST_APPLESS_MAIN(tst_FieldValidator)
#include "tst_fieldvalidator.moc"
