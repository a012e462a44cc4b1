// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manualclock.h"
#include "playlistharness.h"
#include "uploads/uploadnotifier.h"
#include "uploads/uploadservice.h"

#include <QObject>

#include <memory>

// The fixture of the UploadService tests: a real library in a temporary folder with one playlist, an
// UploadService on an injected clock, and the events its notifier publishes. Each test class calls setUp() in
// init() and tearDown() in cleanup().
class UploadServiceFixture : public QObject
{
    Q_OBJECT

protected:
    void setUp();
    void tearDown();

    UploadService::Config config() const;
    Result<UploadSession> finalize(const QString &sessionId,
                                   const UploadService::MetadataOverride &metadata = {});
    // init + chunks (in `order`, default ascending); returns the session id.
    QString upload(const QByteArray &content, const QString &name, const QList<int> &order = {});
    QString stagingDir() const;

    std::unique_ptr<PlaylistHarness> m_harness;
    std::unique_ptr<UploadService> m_uploads;
    std::unique_ptr<UploadNotifier> m_notifier; // the events the tests check
    QString m_playlist;
    ManualClock m_clock;
};
