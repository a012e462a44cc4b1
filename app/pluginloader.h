// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

// Finds and loads the daemon's plugins (the screen, the Qt audio backend), so that their libraries are mapped
// only by a box that uses them. Looks next to the binary first (the build tree), then in the install
// location. Usable before any application object exists. A plugin that is missing or does not load is a log
// line and null.
class PluginLoader
{
public:
    explicit PluginLoader(QStringList directories = defaultDirectories());

    // The folder of the running binary, then <libdir>/openmusicbox.
    static QStringList defaultDirectories();

    // `baseName`.so from the first folder that has it, as `Interface`; null when absent or not one.
    template<class Interface> Interface *load(const QString &baseName) const
    {
        return qobject_cast<Interface *>(instance(baseName, qobject_interface_iid<Interface *>()));
    }

private:
    QObject *instance(const QString &baseName, const char *interfaceId) const;

    QStringList m_directories;
};
