// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderimage.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {
// Lower rank wins: cover before folder, then jpg, jpeg, png.
int rank(const QString &fileName)
{
    static const QStringList names {u"cover.jpg"_s,  u"cover.jpeg"_s,  u"cover.png"_s,
                                    u"folder.jpg"_s, u"folder.jpeg"_s, u"folder.png"_s};
    return int(names.indexOf(fileName.toLower()));
}
} // namespace

bool FolderImage::isFolderImageName(const QString &fileName)
{
    return rank(fileName) >= 0;
}

QString FolderImage::find(const QString &folderPath)
{
    const QDir folder(folderPath);
    QString best;
    int bestRank = -1;
    for (const QString &name : folder.entryList(QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name)) {
        const int r = rank(name);
        if (r >= 0 && (bestRank < 0 || r < bestRank)) {
            best = name;
            bestRank = r;
        }
    }
    return best.isEmpty() ? QString() : folder.filePath(best);
}
