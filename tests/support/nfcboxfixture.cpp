// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcboxfixture.h"

#include "audiofixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

void NfcBoxFixture::setUp()
{
    m_simulator = std::make_unique<Pn532Simulator>();
    QVERIFY(m_simulator->open());
}

void NfcBoxFixture::tearDown()
{
    if (QTest::currentTestFailed() && m_server)
        qWarning().noquote() << "server output:" << m_server->output().right(4000);
    m_ws.reset();
    m_http.reset();
    m_server.reset();
    m_simulator.reset();
}

void NfcBoxFixture::startBox(const QStringList &arguments, int debounceMs)
{
    m_server = std::make_unique<ServerProcess>(arguments);
    const QString bedtime = m_server->dataDir() + u"/music/Bedtime Stories"_s;
    const QString animals = m_server->dataDir() + u"/music/Animal Songs"_s;
    QVERIFY(QDir().mkpath(bedtime) && QDir().mkpath(animals));
    QVERIFY(AudioFixtures::writeSineWav(bedtime + u"/1-owl.wav"_s, 20000, 440));
    QVERIFY(AudioFixtures::writeSineWav(bedtime + u"/2-moon.wav"_s, 20000, 550));
    QVERIFY(AudioFixtures::writeSineWav(animals + u"/1-cat.wav"_s, 20000, 660));
    // Short grace and debounce windows keep the test quick; their exact rules are unit-tested (TagPresence).
    m_server->setEnvironmentValue(u"OMB_NFC_REMOVAL_GRACE_MS"_s, u"300"_s);
    m_server->setEnvironmentValue(u"OMB_NFC_DEBOUNCE_MS"_s, QString::number(debounceMs));
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(
        !playlistId(u"Bedtime Stories"_s).isEmpty() && !playlistId(u"Animal Songs"_s).isEmpty(), 15000);
    m_bedtime = playlistId(u"Bedtime Stories"_s);
    m_animals = playlistId(u"Animal Songs"_s);

    m_ws = std::make_unique<WsTestClient>();
    m_ws->open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_server->port())));
    QTRY_VERIFY_WITH_TIMEOUT(m_ws->isConnected(), 10000);
    m_ws->sendEvent(u"join:playlists"_s);
    m_ws->sendEvent(u"join:nfc"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->eventNames().count(u"ack:join"_s), 2, 10000);
}

QStringList NfcBoxFixture::simulatorArguments() const
{
    return {u"--nfc"_s, u"pn532:"_s + m_simulator->portPath()};
}

bool NfcBoxFixture::readerAvailable()
{
    return m_http->get(u"/api/nfc/status"_s).data()[u"reader"_s][u"available"_s].toBool();
}

QString NfcBoxFixture::playlistId(const QString &title)
{
    const QJsonArray playlists = m_http->get(u"/api/playlists?limit=100"_s).data()[u"playlists"_s].toArray();
    for (const QJsonValue &playlist : playlists) {
        if (playlist[u"title"_s].toString() == title && playlist[u"track_count"_s].toInt() > 0)
            return playlist[u"id"_s].toString();
    }
    return {};
}

bool NfcBoxFixture::sawEvent(const QString &name, const std::function<bool(const QJsonObject &)> &match) const
{
    for (const WsTestClient::Event &event : m_ws->events()) {
        if (event.name == name && match(event.data))
            return true;
    }
    return false;
}

QJsonObject NfcBoxFixture::lastEvent(const QString &name) const
{
    QJsonObject last;
    for (const WsTestClient::Event &event : m_ws->events()) {
        if (event.name == name)
            last = event.data;
    }
    return last;
}
