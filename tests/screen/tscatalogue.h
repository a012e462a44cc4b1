// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of translations/openmusicbox_<language>.ts as the translation tests read it.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation; the web page's key in the context WebPage
    QString type; // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;

    bool isLive() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
};

namespace TsCatalogue {
// The messages of translations/openmusicbox_<language>.ts in the source tree; error set when it cannot be
// read.
QList<TsMessage> read(const QString &language, QString *error);
} // namespace TsCatalogue
