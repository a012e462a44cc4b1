// SPDX-License-Identifier: GPL-3.0-or-later
#include "uploadservicefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

QString UploadServiceFixture::stagingDir() const
{
    return m_harness->dataDir() + u"/uploads"_s;
}

UploadService::Config UploadServiceFixture::config() const
{
    return {stagingDir(), 8 * 1024 * 1024, 1048576, 3600, {u"mp3"_s, u"wav"_s, u"flac"_s, u"ogg"_s}};
}

void UploadServiceFixture::setUp()
{
    m_harness = std::make_unique<PlaylistHarness>();
    QVERIFY(m_harness->isValid());
    m_uploads = std::make_unique<UploadService>(config(), m_harness->playlists(), m_clock);
    m_notifier = std::make_unique<UploadNotifier>(*m_uploads, m_harness->state);
    m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    m_playlist = m_harness->createPlaylist(u"Bedtime Stories"_s);
    QVERIFY(!m_playlist.isEmpty());
    m_harness->clearEvents();
}

void UploadServiceFixture::tearDown()
{
    m_notifier.reset();
    m_uploads.reset();
    m_harness.reset();
}

Result<UploadSession> UploadServiceFixture::finalize(const QString &sessionId,
                                                     const UploadService::MetadataOverride &metadata)
{
    std::optional<Result<UploadSession>> result;
    m_uploads->finalize(m_playlist, sessionId, metadata,
                        [&result](const Result<UploadSession> &r) { result.emplace(r); });
    if (!result) {
        QSignalSpy finished(m_uploads.get(), &UploadService::finalizeFinished);
        finished.wait(20000);
    }
    if (!result)
        return ServiceError::internal(u"test"_s, u"finalize never answered"_s);
    return *result;
}

QString UploadServiceFixture::upload(const QByteArray &content, const QString &name, const QList<int> &order)
{
    const auto session = m_uploads->init(m_playlist, name, content.size(), std::nullopt, std::nullopt);
    if (!session)
        return {};
    QList<int> indexes = order;
    if (indexes.isEmpty()) {
        for (int i = 0; i < session->totalChunks; ++i)
            indexes.append(i);
    }
    for (int index : std::as_const(indexes)) {
        const qsizetype offset = qsizetype(index) * session->chunkSize;
        const auto put
            = m_uploads->putChunk(m_playlist, session->sessionId, index,
                                  QByteArrayView(content).sliced(
                                      offset, qMin<qsizetype>(session->chunkSize, content.size() - offset)));
        if (!put)
            return {};
    }
    return session->sessionId;
}
