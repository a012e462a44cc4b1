// SPDX-License-Identifier: GPL-3.0-or-later
#include "youtubesearch.h"

#include "system/logging.h"
#include "ytdlp.h"

#include <QJsonArray>
#include <QProcess>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

ServiceError unavailable(const QString &why)
{
    return {ErrorType::ServiceUnavailable,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "YouTube search failed: %1")).arg(why),
            {{u"service"_s, u"yt-dlp"_s}}};
}

} // namespace

YoutubeSearch::YoutubeSearch(QString program, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_timeoutMs(timeoutMs)
{ }

YoutubeSearch::~YoutubeSearch()
{
    // Running searches are children; they must not write into callbacks of a box that is going away.
    const QList<QProcess *> processes = findChildren<QProcess *>();
    for (QProcess *process : processes) {
        process->disconnect(this);
        process->kill();
    }
}

void YoutubeSearch::search(const QString &query, int maxResults, Callback done)
{
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    // Exactly one answer per search, whichever of finished, failed-to-start or timeout comes first.
    auto answer = std::make_shared<Callback>(std::move(done));
    auto reply = [answer, process](const Result<QJsonObject> &result) {
        if (!*answer)
            return;
        const Callback callback = std::move(*answer);
        *answer = nullptr;
        process->deleteLater();
        callback(result);
    };

    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [process, reply, timeoutMs = m_timeoutMs] {
        qCWarning(lcDownload) << "YouTube search timed out after" << timeoutMs << "ms";
        process->kill();
        reply(unavailable(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "no answer within %1 s"))
                              .arg(timeoutMs / 1000)));
    });
    connect(process, &QProcess::errorOccurred, this, [process, reply](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            reply(unavailable(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "yt-dlp could not be started: %1"))
                    .arg(process->errorString())));
    });
    connect(
        process, &QProcess::finished, this,
        [process, reply, query](int exitCode, QProcess::ExitStatus status) {
            const QByteArray output = process->readAllStandardOutput();
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString summary = Ytdlp::errorSummary(process->readAllStandardError());
                return reply(unavailable(
                    summary.isEmpty()
                        ? QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "exit code %1")).arg(exitCode)
                        : summary));
            }
            QJsonArray results;
            for (const QByteArray &line : output.split('\n')) {
                if (const auto result = Ytdlp::parseSearchResult(line))
                    results.append(*result);
            }
            reply(QJsonObject {
                {u"query"_s, query}, {u"results"_s, results}, {u"total_results"_s, results.size()}});
        });
    timer->start(m_timeoutMs);
    process->start(m_program, Ytdlp::searchArguments(query, maxResults));
}
