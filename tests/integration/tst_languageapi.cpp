// SPDX-License-Identifier: GPL-3.0-or-later
// The box's language end to end (PROTOCOL.md §4.11): GET and PUT /api/settings/language on the real server,
// `system:language` to every connection, 422 for a language the box does not speak, the choice kept
// across a restart over the LANGUAGE setting, and the error envelopes' messages in the box's language.

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
    void errorMessagesSpeakTheBoxsLanguage();

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

void tst_LanguageApi::errorMessagesSpeakTheBoxsLanguage()
{
    const auto refusedPin = [this] { return m_http->put(u"/api/settings/pin"_s, {{u"pin"_s, u"12"_s}}); };
    const auto english = u"pin must be 4 to 8 digits, or null to remove it"_s;

    QCOMPARE(m_http->put(u"/api/settings/language"_s, {{u"language"_s, u"fr"_s}}).status, 200);
    const auto french = refusedPin();
    QCOMPARE(french.status, 422);
    QCOMPARE(french.json()[u"error_type"_s].toString(), u"validation_error"_s); // the code never changes
    QCOMPARE(french.json()[u"message"_s].toString(),
             u"le code doit compter 4 à 8 chiffres, ou null pour le retirer"_s);
    QCOMPARE(french.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"pin"_s);
    QCOMPARE(french.json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(),
             french.json()[u"message"_s].toString());
    const auto notAllowed = m_http->post(u"/index.html"_s); // the web UI answers GET and HEAD only
    QCOMPARE(notAllowed.status, 405);
    QCOMPARE(notAllowed.json()[u"message"_s].toString(), u"la page web ne répond qu’à GET et HEAD"_s);

    QCOMPARE(m_http->put(u"/api/settings/language"_s, {{u"language"_s, u"de"_s}}).status, 200);
    QCOMPARE(refusedPin().json()[u"message"_s].toString(),
             u"die PIN hat 4 bis 8 Ziffern, oder null, um sie zu entfernen"_s);

    QCOMPARE(m_http->put(u"/api/settings/language"_s, {{u"language"_s, u"en"_s}}).status, 200);
    const auto back = refusedPin();
    QCOMPARE(back.json()[u"message"_s].toString(), english);
    QCOMPARE(back.json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(), english);
}

QTEST_GUILESS_MAIN(tst_LanguageApi)
#include "tst_languageapi.moc"
