// SPDX-License-Identifier: GPL-3.0-or-later
// The multipart/form-data parser of chunk uploads: boundaries from Content-Type, well-formed bodies, and the
// malformed ones that must give 400 rather than a wrong chunk.
#include "uploads/multipartparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_MultipartParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundary_data();
    void boundary();
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void binaryContentIsUntouched();
    void findByName();
};

void tst_MultipartParser::boundary_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expected"); // empty: no boundary

    QTest::newRow("plain") << "multipart/form-data; boundary=abc123"_ba
                           << "abc123"_ba;
    QTest::newRow("quoted") << "multipart/form-data; boundary=\"a b;c\""_ba
                            << "a b;c"_ba;
    QTest::newRow("case and spaces") << "Multipart/Form-Data ;  BOUNDARY=xyz"_ba
                                     << "xyz"_ba;
    QTest::newRow("other params first") << "multipart/form-data; charset=utf-8; boundary=q"_ba
                                        << "q"_ba;
    QTest::newRow("browser") << "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"_ba
                             << "----WebKitFormBoundary7MA4YWxkTrZu0gW"_ba;
    QTest::newRow("json") << "application/json"_ba << QByteArray();
    QTest::newRow("octet-stream") << "application/octet-stream; boundary=x"_ba << QByteArray();
    QTest::newRow("no boundary") << "multipart/form-data"_ba << QByteArray();
    QTest::newRow("empty boundary") << "multipart/form-data; boundary="_ba << QByteArray();
    QTest::newRow("boundary too long")
        << "multipart/form-data; boundary="_ba + QByteArray(71, 'x') << QByteArray();
    QTest::newRow("mixed is not form-data") << "multipart/mixed; boundary=x"_ba << QByteArray();
}

void tst_MultipartParser::boundary()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> found = MultipartParser::boundary(contentType);
    QCOMPARE(found.has_value(), !expected.isEmpty());
    if (found)
        QCOMPARE(*found, expected);
}

void tst_MultipartParser::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("names");
    QTest::addColumn<QByteArrayList>("contents");
    QTest::addColumn<QByteArray>("firstFileName"); // "-" when the first part has no filename

    QTest::newRow("one file part")
        << "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.mp3\"\r\n"
           "Content-Type: audio/mpeg\r\n\r\nDATA\r\n--b--\r\n"_ba
        << QByteArrayList {"file"} << QByteArrayList {"DATA"} << "a.mp3"_ba;
    QTest::newRow("preamble and epilogue")
        << "this is a preamble\r\n--b\r\nContent-Disposition: form-data; name=file\r\n\r\nX\r\n--b--\r\nepilogue"_ba
        << QByteArrayList {"file"} << QByteArrayList {"X"} << "-"_ba;
    QTest::newRow("two parts")
        << "--b\r\nContent-Disposition: form-data; name=\"chunk_index\"\r\n\r\n3\r\n"
           "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blob\"\r\n\r\n"
           "abc\r\n--b--"_ba
        << QByteArrayList {"chunk_index", "file"} << QByteArrayList {"3", "abc"} << "-"_ba;
    QTest::newRow("empty content")
        << "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n"
           "\r\n--b--\r\n"_ba
        << QByteArrayList {"file"} << QByteArrayList {""} << ""_ba;
    QTest::newRow("content with CRLF and dashes")
        << "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nline1\r\n--c\r\n-b\r\n--b--\r\n"_ba
        << QByteArrayList {"file"} << QByteArrayList {"line1\r\n--c\r\n-b"} << "-"_ba;
    QTest::newRow("transport padding")
        << "--b  \r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nP\r\n--b--"_ba
        << QByteArrayList {"file"} << QByteArrayList {"P"} << "-"_ba;
    QTest::newRow("escaped quote in filename")
        << "--b\r\ncontent-disposition: FORM-DATA; filename=\"o\\\"wl.mp3\"; name=\"file\"\r\n\r\nZ\r\n--b--"_ba
        << QByteArrayList {"file"} << QByteArrayList {"Z"} << "o\"wl.mp3"_ba;
    QTest::newRow("semicolon inside quotes")
        << "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a;name=x.mp3\"\r\n\r\nQ\r\n--b--"_ba
        << QByteArrayList {"file"} << QByteArrayList {"Q"} << "a;name=x.mp3"_ba;
}

void tst_MultipartParser::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, names);
    QFETCH(QByteArrayList, contents);
    QFETCH(QByteArray, firstFileName);

    const auto parts = MultipartParser::parse(body, "b");
    QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
    QCOMPARE(parts->size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(parts->at(i).name, names.at(i));
        QCOMPARE(body.mid(parts->at(i).offset, parts->at(i).size), contents.at(i));
    }
    if (firstFileName == "-")
        QVERIFY(!parts->first().fileName.has_value());
    else
        QCOMPARE(parts->first().fileName.value_or("<none>"), firstFileName);
}

void tst_MultipartParser::malformed_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("boundary absent") << "--other\r\n\r\nx\r\n--other--"_ba;
    QTest::newRow("no closing delimiter")
        << "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nDATA-without-end"_ba;
    QTest::newRow("only the closing delimiter") << "--b--\r\n"_ba;
    QTest::newRow("unterminated headers") << "--b\r\nContent-Disposition: form-data; name=\"file\""_ba;
    QTest::newRow("not form-data")
        << "--b\r\nContent-Disposition: attachment; name=\"file\"\r\n\r\nx\r\n--b--"_ba;
    QTest::newRow("no disposition") << "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--"_ba;
    QTest::newRow("header without colon") << "--b\r\nnonsense\r\n\r\nx\r\n--b--"_ba;
    QTest::newRow("bare LF line ends")
        << "--b\nContent-Disposition: form-data; name=\"file\"\n\nx\n--b--\n"_ba;
    QTest::newRow("garbage after delimiter") << "--bxyz\r\n\r\nx\r\n--b--"_ba;
}

void tst_MultipartParser::malformed()
{
    QFETCH(QByteArray, body);
    const auto parts = MultipartParser::parse(body, "b");
    QVERIFY(!parts.ok());
    QCOMPARE(parts.error().type, ErrorType::BadRequest);
}

void tst_MultipartParser::binaryContentIsUntouched()
{
    QByteArray data(300000, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 7919) % 251);
    data.replace(1000, 4, "\r\n--"); // a near-delimiter inside the content must not end the part
    const QByteArray head
        = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blob\"\r\n\r\n";
    const QByteArray body = head + data + "\r\n--XyZ--\r\n";
    const auto parts = MultipartParser::parse(body, "XyZ");
    QVERIFY(parts.ok());
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->first().offset, head.size());
    QCOMPARE(parts->first().size, data.size());
    QVERIFY(QByteArrayView(body).sliced(parts->first().offset, parts->first().size) == data);
}

void tst_MultipartParser::findByName()
{
    const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n1\r\n"
                            "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n22\r\n--b--"_ba;
    const auto parts = MultipartParser::parse(body, "b");
    QVERIFY(parts.ok());
    const auto file = MultipartParser::find(*parts, "file");
    QVERIFY(file.has_value());
    QCOMPARE(file->size, 2);
    QVERIFY(!MultipartParser::find(*parts, "missing").has_value());
}

QTEST_GUILESS_MAIN(tst_MultipartParser)
#include "tst_multipartparser.moc"
