// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/system/info on the real box: the disk of the data folder, the library's size as it grows, the
// audio output and the reader.

#include "httpclient.h"
#include "serverprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SystemInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void infoDescribesTheBox()
    {
        ServerProcess server({u"--nfc"_s, u"simulated"_s});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());

        HttpClient::Response response = http.get(u"/api/system/info"_s);
        QCOMPARE(response.status, 200);
        QJsonObject info = response.data().toObject();
        QCOMPARE(info.value(u"version"_s).toString(), QStringLiteral(OMB_VERSION));
        const QJsonObject storage = info.value(u"storage"_s).toObject();
        QVERIFY(storage.value(u"total_bytes"_s).toInteger() > 0);
        QVERIFY(storage.value(u"available_bytes"_s).toInteger() > 0);
        QCOMPARE(info.value(u"library"_s).toObject(),
                 (QJsonObject {{u"playlists"_s, 0}, {u"tracks"_s, 0}, {u"duration_ms"_s, 0}}));
        QCOMPARE(info.value(u"audio_output"_s).toString(), u"default"_s);
        QCOMPARE(info.value(u"nfc_reader"_s).toObject().value(u"kind"_s).toString(), u"mock"_s);
        const QJsonValue temperature = info.value(u"cpu_temperature_c"_s);
        QVERIFY(temperature.isNull() || temperature.isDouble());

        QCOMPARE(http.post(u"/api/playlists"_s, {{u"title"_s, u"Bedtime"_s}}).status, 201);
        info = http.get(u"/api/system/info"_s).data().toObject();
        QCOMPARE(info.value(u"library"_s).toObject().value(u"playlists"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SystemInfo)
#include "tst_systeminfo.moc"
