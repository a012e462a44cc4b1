// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistfolders.h"

#include "playlistrepository.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PlaylistFolders {

// A folder name a parent would recognise, safe on every file system we meet on a box.
QString nameFor(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (c.category() == QChar::Other_Control || c == u'/' || c == u'\\' || c == u':' || c == u'*'
            || c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|')
            name += u'_';
        else
            name += c;
    }
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    name = name.left(100).trimmed();
    return name.isEmpty() ? u"playlist"_s : name;
}

QString unique(const PlaylistRepository &repository, const QString &title, const QString &ignoreFolder)
{
    const QString base = nameFor(title);
    QString candidate = base;
    for (int n = 2;; ++n) {
        const bool taken = candidate != ignoreFolder
            && (QFileInfo::exists(repository.musicDir() + u'/' + candidate)
                || repository.findByFolder(candidate).has_value());
        if (!taken)
            return candidate;
        candidate = u"%1 (%2)"_s.arg(base).arg(n);
    }
}

} // namespace PlaylistFolders
