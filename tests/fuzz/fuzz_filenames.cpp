// SPDX-License-Identifier: GPL-3.0-or-later
// Names that come from outside (PROTOCOL.md §6.5): the file name an upload declares, a video title that
// becomes a file name, and the folder and file names found in the music folder (LibraryScanner), which
// become playlist and track titles and decide the track order.

#include "fuzzcheck.h"
#include "library/filenamepolicy.h"
#include "library/libraryscanner.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control || c == QChar(0x7f); });
}

void checkUploadName(const QString &requested)
{
    const QString name = FileNamePolicy::baseName(requested);
    FUZZ_CHECK(!name.contains(u'/') && !name.contains(u'\\'));
    const QStringList allowed {u"mp3"_s, u"m4a"_s, u"flac"_s, u"ogg"_s, u"wav"_s, u"opus"_s, u"aac"_s};
    if (!FileNamePolicy::refusal(name, allowed)) {
        FUZZ_CHECK(!name.isEmpty() && name.size() <= 255 && !hasControl(name));
        FUZZ_CHECK(allowed.contains(FileNamePolicy::extension(name)));
    }
    for (const int reserve : {0, 8}) {
        const QString stored = FileNamePolicy::storable(name, reserve);
        // What goes to disk fits the file system, is not hidden, cannot leave its folder, and is stable.
        FUZZ_CHECK(stored.toUtf8().size() <= FileNamePolicy::maxNameBytes - reserve);
        FUZZ_CHECK(!stored.isEmpty() && !stored.startsWith(u'.'));
        FUZZ_CHECK(!stored.contains(u'/') && !stored.contains(u'\\') && !hasControl(stored));
    }
    // An accepted upload is stored under a name the library scanner sees as audio at the next start.
    if (!FileNamePolicy::refusal(name, allowed)) {
        const QString stored = FileNamePolicy::storable(name);
        FUZZ_CHECK(!LibraryScanner::isIgnoredName(stored) && MetadataReader::isAudioFileName(stored));
        // Stable for what is stored as-is. (A name cut inside an over-long "extension" may lose a space
        // before an earlier dot on a second pass; nothing passes a name twice.)
        FUZZ_CHECK(FileNamePolicy::storable(stored) == stored);
    }
    const QString fromTitle = FileNamePolicy::fromTitle(requested, u"m4a"_s);
    FUZZ_CHECK(fromTitle.toUtf8().size() <= FileNamePolicy::maxNameBytes && fromTitle.endsWith(".m4a"_L1));

    // Unique names: the fourth name given while three are taken is none of them.
    QSet<QString> taken;
    for (int i = 0; i < 4; ++i) {
        const QString unique = FileNamePolicy::unique(
            name, [&](const QString &candidate) { return taken.contains(candidate); });
        FUZZ_CHECK(!taken.contains(unique));
        taken.insert(unique);
    }
}

void checkLibraryNames(const QString &a, const QString &b, const QString &c)
{
    for (const QString &name : {a, b, c}) {
        const QString title = LibraryScanner::titleFromFileName(name);
        FUZZ_CHECK(!title.isEmpty());
        FUZZ_CHECK(!hasControl(title));
        FUZZ_CHECK(title == title.trimmed());
        const QString playlist = LibraryScanner::titleFromFolderName(name);
        FUZZ_CHECK(!playlist.isEmpty() && playlist.size() <= 255 && !hasControl(playlist));
        FUZZ_CHECK(playlist == playlist.trimmed());
    }
    // std::sort needs a strict weak order, or it may read outside the list of names.
    const auto less = LibraryScanner::naturalLess;
    FUZZ_CHECK(!less(a, a));
    FUZZ_CHECK(!(less(a, b) && less(b, a)));
    if (less(a, b) && less(b, c))
        FUZZ_CHECK(less(a, c));
    const auto equivalent = [&](const QString &x, const QString &y) { return !less(x, y) && !less(y, x); };
    if (equivalent(a, b) && equivalent(b, c))
        FUZZ_CHECK(equivalent(a, c));
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Three names separated by NUL bytes (a NUL can be in none of them on disk).
    const QList<QByteArray> fields
        = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    const QString a = QString::fromUtf8(fields.value(0));
    const QString b = QString::fromUtf8(fields.value(1));
    const QString c = QString::fromUtf8(fields.value(2));
    checkUploadName(a);
    checkLibraryNames(a, b, c);
    return 0;
}
