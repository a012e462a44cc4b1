// SPDX-License-Identifier: GPL-3.0-or-later
// What yt-dlp prints while it works (PROTOCOL.md §6.6): the progress lines of our --progress-template on
// standard output, one per line, and its standard error, summarised for the user when it fails.

#include "downloads/ytdlp.h"
#include "fuzzcheck.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : output.split('\n')) {
        const std::optional<Ytdlp::Progress> progress = Ytdlp::parseProgressLine(line);
        if (!progress)
            continue;
        FUZZ_CHECK(line.trimmed().startsWith(Ytdlp::progressMarker));
        // Byte counts feed a percentage and the wire: never negative.
        if (progress->downloadedBytes)
            FUZZ_CHECK(*progress->downloadedBytes >= 0);
        if (progress->totalBytes)
            FUZZ_CHECK(*progress->totalBytes >= 0);
        if (progress->stage == Ytdlp::Progress::Stage::Postprocess)
            FUZZ_CHECK(!progress->downloadedBytes && !progress->totalBytes);
        FUZZ_CHECK(!progress->status.contains(u' ') && !progress->postprocessor.contains(u' '));
    }

    const QString summary = Ytdlp::errorSummary(output);
    FUZZ_CHECK(summary == summary.trimmed());
    FUZZ_CHECK(!summary.contains(u'\n'));
    FUZZ_CHECK(summary.toUtf8().size() <= output.size() * 3);
    return 0;
}
