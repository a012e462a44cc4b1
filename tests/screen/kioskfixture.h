// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "kioskscreen.h"

#include "compositionroot.h"
#include "system/logbuffer.h"

#include <QTemporaryDir>

#include <memory>

class QQuickItem;

// A whole box in the test's process (the simulated reader, the HTTP server on a free port, three playlists
// and the demo one) with the real screen (Main.qml, offscreen) over it, for the kiosk tests. The helpers that
// check report through QTest: call them inside QVERIFY-style tests and look at QTest::currentTestFailed()
// after start().
class KioskFixture
{
public:
    KioskFixture();
    ~KioskFixture();

    // Starts the box and the screen and waits until the demo playlist is imported and a frame was drawn.
    void start();
    void stop();

    KioskScreen &screen() { return *m_screen; }
    CompositionRoot &root() { return *m_root; }
    HttpClient &http() { return *m_http; }
    QString dataPath() const { return m_data.path(); }

    // The visual tree from the window's root item, overlays (the sheets) included.
    QQuickItem *item(const QString &objectName) const;
    static QQuickItem *descendant(QQuickItem *root, const QString &objectName);
    void tap(QQuickItem *target);
    QString playlistId(const QString &title) const;
    // Asks the scene graph for a frame (QQuickWindow::update; QWindow::requestUpdate is dropped while the
    // window thinks one is pending, and after a change of language no frame came for it) and waits for it,
    // asking again while none comes, so a test does not depend on what ran before it.
    bool waitForFrame();
    // POST /api/nfc/simulate: a tag placed on or lifted from the simulated reader; the HTTP status.
    int placeTag(const QString &tagId);
    int removeTag(const QString &tagId);
    // The reader sees no tag: a removal takes effect after NFC_REMOVAL_GRACE_MS (PROTOCOL.md §6.2), and a tag
    // placed again before that never left.
    bool waitUntilNoTag();
    bool isPlaying();

private:
    QTemporaryDir m_data;
    LogBuffer m_logs;
    std::unique_ptr<CompositionRoot> m_root;
    std::unique_ptr<KioskScreen> m_screen;
    std::unique_ptr<HttpClient> m_http;
};
