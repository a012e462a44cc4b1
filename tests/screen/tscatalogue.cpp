// SPDX-License-Identifier: GPL-3.0-or-later
#include "tscatalogue.h"

#include "testpaths.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

QList<TsMessage> TsCatalogue::read(const QString &language, QString *error)
{
    QFile file(TestPaths::sourceDir() + u"/translations/openmusicbox_%1.ts"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == "yes"_L1;
            messages.append(message);
        } else if (xml.name() == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == "comment"_L1 && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !messages.isEmpty()) {
            messages.last().type = xml.attributes().value(u"type"_s).toString();
            if (!messages.last().numerus)
                messages.last().forms = {xml.readElementText()};
        } else if (xml.name() == "numerusform"_L1 && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}
