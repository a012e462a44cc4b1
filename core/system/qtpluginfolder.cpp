// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtpluginfolder.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

const QString tlsKind = u"tls"_s;

// A directory of this user that no other can write to, made (0700) when missing.
bool ownDirectory(const QString &path, QString *why)
{
    const QByteArray name = QFile::encodeName(path);
    if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST) {
        *why = u"cannot make %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat status
    { };
    if (::lstat(name.constData(), &status) != 0 || !S_ISDIR(status.st_mode) || status.st_uid != ::geteuid()
        || (status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        *why = u"%1 is not a directory of this user that only it can write to"_s.arg(path);
        return false;
    }
    return true;
}

} // namespace

QtPluginFolder::QtPluginFolder(QString runtimeDir, QString qtPlugins)
    : m_runtimeDir(std::move(runtimeDir))
    , m_qtPlugins(QDir::cleanPath(qtPlugins))
{ }

QString QtPluginFolder::runtimeDirFromEnvironment()
{
    const QString systemd = qEnvironmentVariable("RUNTIME_DIRECTORY").section(u':', 0, 0);
    if (!systemd.isEmpty())
        return systemd;
    const QString session = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return session.isEmpty() ? QString() : session + u"/openmusicbox"_s;
}

QString QtPluginFolder::prepare(QString *why) const
{
    if (m_runtimeDir.isEmpty()) {
        *why = u"no runtime directory (RUNTIME_DIRECTORY or XDG_RUNTIME_DIR)"_s;
        return {};
    }
    const QDir qt(m_qtPlugins);
    if (m_qtPlugins.isEmpty() || !qt.exists()) {
        *why = u"Qt's plugin folder %1 is missing"_s.arg(m_qtPlugins);
        return {};
    }
    const QString folder = m_runtimeDir + u"/qt-plugins"_s;
    if (!ownDirectory(m_runtimeDir, why) || !ownDirectory(folder, why))
        return {};
    QStringList kinds = qt.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    kinds.removeAll(tlsKind);
    for (const QString &kind : std::as_const(kinds)) {
        if (!linkKind(folder, kind, why))
            return {};
    }
    // Whatever else is there goes: a kind Qt no longer has, or a tls left by anything else. System lists
    // dangling links too.
    const QStringList present
        = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    for (const QString &entry : present) {
        if (!kinds.contains(entry) && !QFile::remove(folder + u'/' + entry) && entry == tlsKind) {
            *why = u"cannot remove %1/%2"_s.arg(folder, entry);
            return {};
        }
    }
    return folder;
}

bool QtPluginFolder::linkKind(const QString &folder, const QString &kind, QString *why) const
{
    const QString link = folder + u'/' + kind;
    const QString target = m_qtPlugins + u'/' + kind;
    const QFileInfo present(link);
    if (present.isSymLink() && present.symLinkTarget() == target)
        return true;
    // Made aside and renamed over the old entry: another box starting at the same moment sees either link,
    // never none.
    const QString aside = u"%1/.%2.%3"_s.arg(folder, kind).arg(QCoreApplication::applicationPid());
    const QByteArray asideName = QFile::encodeName(aside);
    ::unlink(asideName.constData());
    if (::symlink(QFile::encodeName(target).constData(), asideName.constData()) == 0
        && std::rename(asideName.constData(), QFile::encodeName(link).constData()) == 0)
        return true;
    *why = u"cannot link %1 to %2: %3"_s.arg(link, target, QString::fromLocal8Bit(std::strerror(errno)));
    ::unlink(asideName.constData());
    return false;
}

void QtPluginFolder::applyFromEnvironment()
{
    const QtPluginFolder plugins(runtimeDirFromEnvironment(), QLibraryInfo::path(QLibraryInfo::PluginsPath));
    QString why;
    const QString folder = plugins.prepare(&why);
    if (folder.isEmpty()) {
        qCInfo(lcApp).noquote() << "Qt's plugin folders are used as they are, TLS included:" << why;
        return;
    }
    QCoreApplication::setLibraryPaths(
        QStringList {folder} + qEnvironmentVariable("QT_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts));
    qCDebug(lcApp).noquote() << "Qt's plugins are looked for in" << folder << "(no TLS backend)";
}
