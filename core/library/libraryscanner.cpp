// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryscanner.h"

#include "system/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxTitleLength = 255;

QString cleanTitle(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            result += u' '; // a tab or line break still separates words
        else if (c.category() != QChar::Other_Control)
            result += c;
    }
    result = result.simplified();
    if (result.size() > maxTitleLength)
        result = result.left(maxTitleLength).trimmed();
    return result;
}

// ASCII digits only: they are contiguous in code order, so comparing a digit run by value and any other
// character by code stays a strict weak order (std::sort needs one). Other scripts' digits (QChar::isDigit)
// lie among the letters and made the order cyclic.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool LibraryScanner::isIgnoredName(const QString &name)
{
    return name.isEmpty() || name.startsWith(u'.') || name.endsWith(".part"_L1, Qt::CaseInsensitive)
        || name.endsWith(".tmp"_L1, Qt::CaseInsensitive);
}

bool LibraryScanner::naturalLess(const QString &left, const QString &right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        if (isAsciiDigit(left[i]) && isAsciiDigit(right[j])) {
            qsizetype iEnd = i;
            qsizetype jEnd = j;
            while (iEnd < left.size() && isAsciiDigit(left[iEnd]))
                ++iEnd;
            while (jEnd < right.size() && isAsciiDigit(right[jEnd]))
                ++jEnd;
            // Compare digit runs by value without overflowing: strip leading zeros, then length, then text.
            QStringView a = QStringView(left).mid(i, iEnd - i);
            QStringView b = QStringView(right).mid(j, jEnd - j);
            while (a.size() > 1 && a.front() == u'0')
                a = a.mid(1);
            while (b.size() > 1 && b.front() == u'0')
                b = b.mid(1);
            if (a.size() != b.size())
                return a.size() < b.size();
            if (const int c = a.compare(b); c != 0)
                return c < 0;
            i = iEnd;
            j = jEnd;
            continue;
        }
        const QChar a = left[i].toCaseFolded();
        const QChar b = right[j].toCaseFolded();
        if (a != b)
            return a < b;
        ++i;
        ++j;
    }
    if ((left.size() - i) != (right.size() - j))
        return (left.size() - i) < (right.size() - j);
    return left < right; // equal ignoring case and zeros: still a strict, stable order
}

QString LibraryScanner::titleFromFileName(const QString &fileName)
{
    QString stem = QFileInfo(fileName).completeBaseName();
    stem.replace(u'_', u' ');
    // A leading track number ("01 ", "1. ", "03 - ") orders files; it is not part of the title.
    static const QRegularExpression trackNumber(u"^\\d{1,3}\\s*(?:[-.)]\\s*|\\s)"_s);
    const QString withoutNumber = cleanTitle(QString(stem).remove(trackNumber));
    if (!withoutNumber.isEmpty())
        return withoutNumber;
    const QString cleaned = cleanTitle(stem);
    if (!cleaned.isEmpty())
        return cleaned;
    const QString whole = cleanTitle(fileName);
    return whole.isEmpty() ? u"Track"_s : whole; // a name of spaces only
}

QString LibraryScanner::titleFromFolderName(const QString &folderName)
{
    const QString title = cleanTitle(folderName);
    return title.isEmpty() ? u"Playlist"_s : title;
}

LibraryScanner::Scan LibraryScanner::scan(const QString &musicDir, const Known &known,
                                          const std::atomic<bool> *cancelled)
{
    Scan result;
    const QDir root(musicDir);
    if (!root.exists() || !QFileInfo(musicDir).isReadable()) {
        qCWarning(lcLibrary).noquote() << "music folder" << musicDir << "is missing or unreadable";
        return result;
    }
    result.musicDirReadable = true;

    const QFileInfoList folders = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &folderInfo : folders) {
        if (isIgnoredName(folderInfo.fileName()))
            continue;
        Folder folder;
        folder.name = folderInfo.fileName();
        const QSet<QString> knownFiles = known.value(folder.name);
        QStringList names;
        for (const QFileInfo &file : QDir(folderInfo.filePath()).entryInfoList(QDir::Files)) {
            if (!isIgnoredName(file.fileName()) && MetadataReader::isAudioFileName(file.fileName()))
                names.append(file.fileName());
        }
        std::sort(names.begin(), names.end(), naturalLess);
        for (const QString &name : std::as_const(names)) {
            if (cancelled && cancelled->load())
                return result;
            File file {name, false, std::nullopt};
            if (!knownFiles.contains(name)) {
                file.probed = true;
                file.metadata = MetadataReader::read(folderInfo.filePath() + u'/' + name);
                if (!file.metadata) {
                    ++result.unreadableFiles;
                    qCWarning(lcLibrary).noquote()
                        << "skipping" << folder.name + u'/' + name << ": not readable audio";
                }
            }
            folder.files.append(std::move(file));
        }
        result.folders.append(std::move(folder));
    }
    return result;
}
