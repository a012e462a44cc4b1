// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "pn532simulator.h"
#include "serverprocess.h"
#include "wstestclient.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

// The fixture of the NFC end-to-end tests: the real server as a child process, the PN532 simulator on a
// pseudo-terminal for it to read, two playlists of real audio files in its music folder, and a /ws client in
// the playlists and nfc rooms. Each test class calls setUp() in init() and tearDown() in cleanup(), and
// startBox() with the reader it wants.
class NfcBoxFixture : public QObject
{
    Q_OBJECT

protected:
    void setUp();
    void tearDown();

    void startBox(const QStringList &arguments, int debounceMs = 20);
    QStringList simulatorArguments() const; // --nfc naming the simulator's port
    bool readerAvailable();
    QString playlistId(const QString &title);
    bool sawEvent(const QString &name, const std::function<bool(const QJsonObject &)> &match) const;
    QJsonObject lastEvent(const QString &name) const;

    std::unique_ptr<Pn532Simulator> m_simulator;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<WsTestClient> m_ws;
    QString m_bedtime; // the id of "Bedtime Stories"
    QString m_animals; // the id of "Animal Songs"
};
