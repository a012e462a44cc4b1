// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// Splits a multipart/form-data body (RFC 7578) into its parts without copying them: a part is a range of the
// body, so a 1 MiB chunk goes from the request buffer to the disk untouched. QHttpServer 6.4 has no multipart
// parser of its own. Pure functions; strict about the framing (CRLF line ends, a closing delimiter).
class MultipartParser
{
public:
    struct Part
    {
        QByteArray name; // the form field name from Content-Disposition
        std::optional<QByteArray> fileName; // present for file parts (may be empty)
        QByteArray contentType;
        qsizetype offset = 0; // where the part's content starts in the body
        qsizetype size = 0;
    };

    // The boundary parameter of a multipart/form-data Content-Type; nullopt for any other type.
    static std::optional<QByteArray> boundary(const QByteArray &contentType);
    // Every part of the body, in order; a BadRequest error names what is malformed.
    static Result<QList<Part>> parse(QByteArrayView body, const QByteArray &boundary);
    // The first part named `name`, or nullopt.
    static std::optional<Part> find(const QList<Part> &parts, const QByteArray &name);

    // The value of a `key=value` parameter in a header value (`; name="file"`), unquoted.
    static std::optional<QByteArray> headerParameter(QByteArrayView headerValue, QByteArrayView key);
};
