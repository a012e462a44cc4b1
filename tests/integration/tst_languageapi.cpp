// SPDX-License-Identifier: GPL-3.0-or-later
// The box's language end to end (PROTOCOL.md §4.11): GET and PUT /api/settings/language on the real server,
// `system:language` to every connection, 422 for a language the box does not speak, and the choice kept
// across a restart over the LANGUAGE setting.

#include "httpclient.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_LanguageApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theLanguageIsSetForEveryoneAndSurvivesARestart();
    void anUnknownLanguageIsRefused();

private:
    void startServer();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void tst_LanguageApi::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    startServer();
}

void tst_LanguageApi::cleanup()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server output:" << m_server->output().right(4000);
    m_http.reset();
    m_server.reset();
    m_dataDir.reset();
}

void tst_LanguageApi::startServer()
{
    m_server = std::make_unique<ServerProcess>(QStringList {u"--nfc"_s, u"none"_s}, m_dataDir->path());
    m_server->setEnvironmentValue(u"OMB_LANGUAGE"_s, u"fr"_s);
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
}

void tst_LanguageApi::theLanguageIsSetForEveryoneAndSurvivesARestart()
{
    const auto configured = m_http->get(u"/api/settings/language"_s);
    QCOMPARE(configured.status, 200);
    QCOMPARE(configured.data()[u"language"_s].toString(), u"fr"_s); // LANGUAGE until a parent picks one
    QVERIFY(configured.data()[u"chosen"_s].toBool());
    QCOMPARE(configured.data()[u"languages"_s].toArray(), (QJsonArray {u"en"_s, u"fr"_s, u"de"_s}));

    WsTestClient other;
    other.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
    QTRY_VERIFY_WITH_TIMEOUT(other.isConnected(), 10000);
    other.sendEvent(u"join:playlists"_s);
    QTRY_VERIFY_WITH_TIMEOUT(other.hasEvent(u"ack:join"_s), 10000);

    const auto saved = m_http->put(u"/api/settings/language"_s, {{u"language"_s, u"de"_s}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.data()[u"language"_s].toString(), u"de"_s);
    QTRY_VERIFY_WITH_TIMEOUT(other.hasEvent(u"system:language"_s), 10000);
    for (const WsTestClient::Event &event : other.events()) {
        if (event.name == "system:language"_L1)
            QCOMPARE(event.data[u"language"_s].toString(), u"de"_s);
    }

    QVERIFY(m_server->terminate());
    startServer(); // LANGUAGE=fr still: the parents' choice wins
    QCOMPARE(m_http->get(u"/api/settings/language"_s).data()[u"language"_s].toString(), u"de"_s);
}

void tst_LanguageApi::anUnknownLanguageIsRefused()
{
    for (const QJsonObject &body :
         {QJsonObject {{u"language"_s, u"xx"_s}}, QJsonObject {{u"language"_s, 3}}, QJsonObject {}}) {
        const auto refused = m_http->put(u"/api/settings/language"_s, body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()[u"error_type"_s].toString(), u"validation_error"_s);
        QCOMPARE(refused.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"language"_s);
    }
    QCOMPARE(m_http->get(u"/api/settings/language"_s).data()[u"language"_s].toString(), u"fr"_s);
}

QTEST_GUILESS_MAIN(tst_LanguageApi)
#include "tst_languageapi.moc"
