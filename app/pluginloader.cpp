// SPDX-License-Identifier: GPL-3.0-or-later
#include "pluginloader.h"

#include "system/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

PluginLoader::PluginLoader(QStringList directories)
    : m_directories(std::move(directories))
{ }

QStringList PluginLoader::defaultDirectories()
{
    // QCoreApplication::applicationDirPath needs the application object, which the screen's plugin creates.
    const QString binary = QFileInfo(u"/proc/self/exe"_s).symLinkTarget();
    QStringList directories;
    if (!binary.isEmpty())
        directories.append(QFileInfo(binary).absolutePath());
    directories.append(QStringLiteral(OMB_PLUGIN_DIR));
    directories.removeDuplicates();
    return directories;
}

QObject *PluginLoader::instance(const QString &baseName, const char *interfaceId) const
{
    for (const QString &directory : m_directories) {
        const QString path = QDir(directory).filePath(baseName + ".so"_L1);
        if (!QFileInfo::exists(path))
            continue;
        QPluginLoader loader(path);
        QObject *root = loader.instance();
        if (!root) {
            qCWarning(lcApp).noquote() << "plugin" << path << "did not load:" << loader.errorString();
            return nullptr;
        }
        if (!root->qt_metacast(interfaceId)) {
            qCWarning(lcApp).noquote() << "plugin" << path << "is not a" << interfaceId;
            return nullptr;
        }
        qCDebug(lcApp).noquote() << "plugin" << path << "loaded";
        return root;
    }
    qCWarning(lcApp).noquote() << "plugin" << baseName << "not found in" << m_directories.join(u", "_s);
    return nullptr;
}
