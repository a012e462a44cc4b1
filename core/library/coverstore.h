// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The stored cover pictures, <data-dir>/covers/<sha1 of the source picture>.jpg: named by their content, so a
// picture shared by every track of an album is stored once and a stored file never changes (the HTTP route
// lets clients keep it for a year). Names are checked strictly, so a request cannot reach outside the folder.
class CoverStore
{
public:
    explicit CoverStore(QString dir);
    static QString folderIn(const QString &dataDir); // <data-dir>/covers
    // The stored name a cover_url ("/api/covers/<name>") points at; empty for null or anything else.
    static QString nameFromUrl(const QString &coverUrl);

    QString dir() const { return m_dir; }
    static bool isValidName(const QString &name); // 40 lower-case hex digits + ".jpg"
    static QString nameFor(const QByteArray &sourcePicture);
    QString pathOf(const QString &name) const; // empty for an invalid name
    bool contains(const QString &name) const;

private:
    QString m_dir;
};
