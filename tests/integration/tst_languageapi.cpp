// SPDX-License-Identifier: GPL-3.0-or-later
// The box's language end to end (PROTOCOL.md §4.11): GET and PUT /api/settings/language on the real server,
// `system:language` to every connection, 422 for a language the box does not speak, the choice kept
// across a restart over the LANGUAGE setting, and the error envelopes' messages in the box's language: with
// their values (a 404's resource, a field validator's 422, the PIN pause's seconds) and on the /ws door's
// err:op too.

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
    void messagesWithValuesSpeakTheBoxsLanguage();
    void thePinPauseSaysItsSecondsInTheBoxsLanguage();
    void errOpSpeaksTheBoxsLanguage();

private:
    void startServer();

    void setLanguage(const QString &language);

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

void tst_LanguageApi::setLanguage(const QString &language)
{
    QCOMPARE(m_http->put(u"/api/settings/language"_s, {{u"language"_s, language}}).status, 200);
}

void tst_LanguageApi::messagesWithValuesSpeakTheBoxsLanguage()
{
    const auto missing = [this] { return m_http->get(u"/api/playlists/no-such-playlist"_s); };
    const auto untitled = [this] { return m_http->post(u"/api/playlists"_s, {}); };
    const auto numberTitle = [this] { return m_http->post(u"/api/playlists"_s, {{u"title"_s, 7}}); };

    setLanguage(u"fr"_s);
    const auto notFound = missing();
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.json()[u"error_type"_s].toString(), u"not_found"_s);
    QCOMPARE(notFound.json()[u"message"_s].toString(), u"playlist introuvable"_s);
    QCOMPARE(notFound.json()[u"details"_s][u"resource"_s].toString(),
             u"playlist"_s); // for clients: unchanged
    const auto required = untitled();
    QCOMPARE(required.status, 422);
    QCOMPARE(required.json()[u"message"_s].toString(), u"title est requis"_s);
    QCOMPARE(required.json()[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"title"_s);
    QCOMPARE(required.json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(), u"title est requis"_s);
    QCOMPARE(numberTitle().json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(),
             u"title doit être une chaîne de caractères"_s);

    setLanguage(u"de"_s);
    QCOMPARE(missing().json()[u"message"_s].toString(), u"Playlist nicht gefunden"_s);
    QCOMPARE(untitled().json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(), u"title fehlt"_s);
    QCOMPARE(numberTitle().json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(),
             u"title muss eine Zeichenkette sein"_s);

    setLanguage(u"en"_s);
    QCOMPARE(missing().json()[u"message"_s].toString(), u"playlist not found"_s);
    QCOMPARE(untitled().json()[u"details"_s][u"errors"_s][0][u"message"_s].toString(),
             u"title is required"_s);
}

void tst_LanguageApi::thePinPauseSaysItsSecondsInTheBoxsLanguage()
{
    setLanguage(u"de"_s); // before the PIN, which would guard the language
    QCOMPARE(m_http->put(u"/api/settings/pin"_s, {{u"pin"_s, u"2468"_s}}).status, 200);
    HttpClient child(m_server->baseUrl());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(child.post(u"/api/auth/unlock"_s, {{u"pin"_s, u"0000"_s}}).status, 401);
    const auto paused = child.post(u"/api/auth/unlock"_s, {{u"pin"_s, u"2468"_s}});
    QCOMPARE(paused.status, 429);
    const int seconds = paused.json()[u"details"_s][u"retry_after_s"_s].toInt();
    QVERIFY(seconds > 0);
    QCOMPARE(paused.json()[u"message"_s].toString(),
             u"zu viele falsche PINs; versuch es in %1 s noch einmal"_s.arg(seconds));
}

void tst_LanguageApi::errOpSpeaksTheBoxsLanguage()
{
    setLanguage(u"fr"_s);
    WsTestClient socket;
    socket.open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
    QTRY_VERIFY_WITH_TIMEOUT(socket.isConnected(), 10000);
    socket.sendEvent(u"no:such_event"_s);
    socket.sendEvent(u"sync:request"_s, {{u"last_global_seq"_s, u"soon"_s}});
    const auto errors = [&socket] {
        QList<QJsonObject> found;
        for (const WsTestClient::Event &event : socket.events()) {
            if (event.name == "err:op"_L1)
                found.append(event.data);
        }
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(errors().size(), 2, 10000);
    QCOMPARE(errors().at(0)[u"error_type"_s].toString(), u"bad_request"_s);
    QCOMPARE(errors().at(0)[u"message"_s].toString(), u"événement inconnu : no:such_event"_s);
    QCOMPARE(errors().at(1)[u"error_type"_s].toString(), u"validation_error"_s);
    QCOMPARE(errors().at(1)[u"message"_s].toString(), u"last_global_seq doit être un entier"_s);
    QCOMPARE(errors().at(1)[u"details"_s][u"errors"_s][0][u"field"_s].toString(), u"last_global_seq"_s);
    QCOMPARE(errors().at(1)[u"details"_s][u"errors"_s][0][u"message"_s].toString(),
             u"last_global_seq doit être un entier"_s);
    // The log keeps the English.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->output().contains("unknown event: no:such_event"_L1), 10000);
}

QTEST_GUILESS_MAIN(tst_LanguageApi)
#include "tst_languageapi.moc"
