// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Qt's plugin folders less tls/, for a box that serves plain HTTP on the home network. Qt 6.4's QHttpServer
// and every QWebSocket construct a QSslConfiguration, which loads every TLS backend: OpenSSL's maps and
// initializes libssl and libcrypto, 4 MB of the idle box and part of its start, for nothing it uses. Qt looks
// for each kind of plugin in <path>/<kind> of every library path, so the box gives Qt one path of its own: a
// folder with a link to each of Qt's plugin folders but tls. The links are checked (and made or mended) at
// every start, in the box's runtime directory only: a folder of plugin links that another user could write
// to would let them run code inside the box. Without one, Qt's own paths are kept (and TLS loads).
class QtPluginFolder
{
public:
    // `runtimeDir`: systemd's RuntimeDirectory (RUNTIME_DIRECTORY), else <XDG_RUNTIME_DIR>/openmusicbox.
    // `qtPlugins`: Qt's plugin folder (QLibraryInfo::PluginsPath).
    QtPluginFolder(QString runtimeDir, QString qtPlugins);

    // The runtime directory this process would use, from its environment; empty when it has none.
    static QString runtimeDirFromEnvironment();

    // Makes <runtimeDir>/qt-plugins hold exactly a link to each folder of `qtPlugins` but tls, and returns
    // it; empty when that cannot be done safely, with `why` saying what stopped it.
    QString prepare(QString *why) const;

    // Before the application object exists (the screen's platform plugin loads in its constructor): Qt
    // searches only the prepared folder, then QT_PLUGIN_PATH. Logs what it did either way.
    static void applyFromEnvironment();

private:
    bool linkKind(const QString &folder, const QString &kind, QString *why) const;

    QString m_runtimeDir;
    QString m_qtPlugins;
};
