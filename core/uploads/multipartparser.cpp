// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartparser.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHeaderBlock = 16 * 1024;
constexpr qsizetype maxBoundary = 70; // RFC 2046 §5.1.1

ServiceError malformed(const QString &why)
{
    return {ErrorType::BadRequest,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "malformed multipart body: %1")).arg(why),
            {{u"reason"_s, why}}};
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

std::optional<QByteArray> MultipartParser::headerParameter(QByteArrayView headerValue, QByteArrayView key)
{
    // Walk `type; k1=v1; k2="v 2"` by hand: a quoted value may itself contain ';' or '='.
    qsizetype pos = headerValue.indexOf(';');
    while (pos >= 0 && pos < headerValue.size()) {
        ++pos;
        while (pos < headerValue.size() && isSpace(headerValue[pos]))
            ++pos;
        const qsizetype equals = headerValue.indexOf('=', pos);
        if (equals < 0)
            return std::nullopt;
        const QByteArrayView name = headerValue.sliced(pos, equals - pos).trimmed();
        pos = equals + 1;
        QByteArray value;
        if (pos < headerValue.size() && headerValue[pos] == '"') {
            ++pos;
            bool closed = false;
            while (pos < headerValue.size()) {
                const char c = headerValue[pos++];
                if (c == '\\' && pos < headerValue.size()) {
                    value += headerValue[pos++];
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
            pos = headerValue.indexOf(';', pos);
        } else {
            const qsizetype end = headerValue.indexOf(';', pos);
            value
                = headerValue.sliced(pos, (end < 0 ? headerValue.size() : end) - pos).trimmed().toByteArray();
            pos = end;
        }
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<QByteArray> MultipartParser::boundary(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = contentType.left(semicolon < 0 ? contentType.size() : semicolon).trimmed();
    if (type.compare("multipart/form-data", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    std::optional<QByteArray> value = headerParameter(contentType, "boundary");
    if (!value || value->isEmpty() || value->size() > maxBoundary)
        return std::nullopt;
    return value;
}

Result<QList<MultipartParser::Part>> MultipartParser::parse(QByteArrayView body, const QByteArray &boundary)
{
    if (boundary.isEmpty())
        return malformed(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "empty boundary")));
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dashBoundary;

    qsizetype pos = 0;
    if (body.startsWith(dashBoundary)) {
        pos = dashBoundary.size();
    } else {
        // Anything before the first delimiter is a preamble and is ignored.
        const qsizetype first = body.indexOf(delimiter);
        if (first < 0)
            return malformed(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "the boundary does not occur in the body")));
        pos = first + delimiter.size();
    }

    QList<Part> parts;
    while (true) {
        if (body.sliced(pos).startsWith("--")) {
            if (parts.isEmpty())
                return malformed(QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "no parts")));
            return parts;
        }
        while (pos < body.size() && isSpace(body[pos]))
            ++pos;
        if (!body.sliced(pos).startsWith("\r\n"))
            return malformed(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "a delimiter is not followed by a line end")));
        pos += 2;

        Part part;
        bool formData = false;
        while (!body.sliced(pos).startsWith("\r\n")) {
            const qsizetype lineEnd = body.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return malformed(
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "unterminated part headers")));
            if (lineEnd - pos > maxHeaderBlock)
                return malformed(
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "part headers too long")));
            const QByteArrayView line = body.sliced(pos, lineEnd - pos);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return malformed(
                    QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a part header line has no name")));
            const QByteArrayView name = line.first(colon).trimmed();
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            if (name.compare("content-disposition", Qt::CaseInsensitive) == 0) {
                const qsizetype semicolon = value.indexOf(';');
                formData = value.first(semicolon < 0 ? value.size() : semicolon)
                               .trimmed()
                               .compare("form-data", Qt::CaseInsensitive)
                    == 0;
                part.name = headerParameter(value, "name").value_or(QByteArray());
                part.fileName = headerParameter(value, "filename");
            } else if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
                part.contentType = value.toByteArray();
            }
            pos = lineEnd + 2;
        }
        pos += 2;
        if (!formData)
            return malformed(QString::fromUtf8(
                QT_TRANSLATE_NOOP("ServiceError", "a part without Content-Disposition: form-data")));

        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            return malformed(
                QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "a part is not closed by the boundary")));
        part.offset = pos;
        part.size = next - pos;
        parts.append(part);
        pos = next + delimiter.size();
    }
}

std::optional<MultipartParser::Part> MultipartParser::find(const QList<Part> &parts, const QByteArray &name)
{
    for (const Part &part : parts) {
        if (part.name == name)
            return part;
    }
    return std::nullopt;
}
