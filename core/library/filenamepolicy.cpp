// SPDX-License-Identifier: GPL-3.0-or-later
#include "filenamepolicy.h"

using namespace Qt::StringLiterals;

namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar(0x7f);
}

// Cuts `text` so its UTF-8 form has at most `maxBytes`, never in the middle of a character.
QString fitBytes(const QString &text, int maxBytes)
{
    QString result;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString character = pair ? text.mid(i, 2) : text.mid(i, 1);
        const int size = int(character.toUtf8().size());
        if (bytes + size > maxBytes)
            break;
        result += character;
        bytes += size;
        if (pair)
            ++i;
    }
    return result;
}

} // namespace

QString FileNamePolicy::baseName(const QString &requested)
{
    const qsizetype cut = qMax(requested.lastIndexOf(u'/'), requested.lastIndexOf(u'\\'));
    return requested.mid(cut + 1);
}

std::optional<QString> FileNamePolicy::refusal(const QString &name, const QStringList &allowedExtensions)
{
    if (name.isEmpty())
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the file name is empty"));
    if (name.size() > 255)
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("ServiceError", "the file name is longer than 255 characters"));
    if (name == "."_L1 || name == ".."_L1)
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the file name cannot be . or .."));
    if (std::any_of(name.cbegin(), name.cend(), isControl))
        return QString::fromUtf8(
            QT_TRANSLATE_NOOP("ServiceError", "the file name contains control characters"));
    const QString ext = extension(name);
    if (ext.isEmpty() || !allowedExtensions.contains(ext, Qt::CaseInsensitive))
        return QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the extension must be one of: %1"))
            .arg(allowedExtensions.join(u", "_s));
    return std::nullopt;
}

QString FileNamePolicy::extension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0)
        return {};
    return name.mid(dot + 1).toLower();
}

QString FileNamePolicy::storable(const QString &name, int reserveBytes)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name)
        cleaned += (isControl(c) || c == u'/' || c == u'\\') ? u'_' : c;
    const int limit = maxNameBytes - reserveBytes;
    qsizetype dot = cleaned.lastIndexOf(u'.');
    // An "extension" that leaves no room for a stem is no extension: the name is cut as a whole, so that it
    // still fits the file system and never starts with the dot.
    if (dot >= 0 && cleaned.mid(dot).toUtf8().size() > limit / 2)
        dot = -1;
    QString stem = dot < 0 ? cleaned : cleaned.left(dot);
    const QString suffix = dot < 0 ? QString() : cleaned.mid(dot);
    // A leading dot would hide the file from the library (and from our own temporary-name space).
    while (!stem.isEmpty() && (stem.front() == u'.' || stem.front().isSpace()))
        stem.remove(0, 1);
    stem = stem.trimmed();
    if (stem.isEmpty())
        stem = u"track"_s;
    return fitBytes(stem, limit - int(suffix.toUtf8().size())).trimmed() + suffix;
}

QString FileNamePolicy::fromTitle(const QString &title, const QString &extension)
{
    return storable(title.simplified() + u'.' + extension.toLower());
}

QString FileNamePolicy::unique(const QString &name, const std::function<bool(const QString &)> &isTaken)
{
    if (!isTaken(name))
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot <= 0 ? name : name.left(dot);
    const QString suffix = dot <= 0 ? QString() : name.mid(dot);
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n) + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}
