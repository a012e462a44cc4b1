// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype hexDigits = 40;
} // namespace

CoverStore::CoverStore(QString dir)
    : m_dir(QDir(dir).absolutePath())
{ }

QString CoverStore::folderIn(const QString &dataDir)
{
    return dataDir + "/covers"_L1;
}

QString CoverStore::nameFromUrl(const QString &coverUrl)
{
    const QString name = coverUrl.section(u'/', -1);
    return coverUrl == "/api/covers/"_L1 + name && isValidName(name) ? name : QString();
}

bool CoverStore::isValidName(const QString &name)
{
    if (name.size() != hexDigits + 4 || !name.endsWith(".jpg"_L1))
        return false;
    for (qsizetype i = 0; i < hexDigits; ++i) {
        const QChar c = name.at(i);
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString CoverStore::nameFor(const QByteArray &sourcePicture)
{
    return QString::fromLatin1(QCryptographicHash::hash(sourcePicture, QCryptographicHash::Sha1).toHex())
        + ".jpg"_L1;
}

QString CoverStore::pathOf(const QString &name) const
{
    return isValidName(name) ? m_dir + u'/' + name : QString();
}

bool CoverStore::contains(const QString &name) const
{
    return isValidName(name) && QFileInfo(pathOf(name)).isFile();
}
