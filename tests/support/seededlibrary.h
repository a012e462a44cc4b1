// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The benchmarks' big library, written straight into a data folder's database: `playlists` playlists of
// `tracksEach` tiny WAV tracks (a tenth of a second of silence each), their loudness stored as if measured
// and their covers as looked at, so that a box started on it has no file to scan or measure and its figures
// are those of a box that has settled. A long file given as `firstTrack` becomes the first playlist's first
// track, for a benchmark that needs something playing. Returns the playlist ids in order; a failure is fatal
// (qFatal): a benchmark cannot go on without it.
namespace SeededLibrary {
QStringList seed(const QString &dataDir, int playlists, int tracksEach, const QString &firstTrack = {},
                 qint64 firstTrackMs = 0);
}
