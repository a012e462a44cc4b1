// SPDX-License-Identifier: GPL-3.0-or-later
// A chunk upload as it arrives (PROTOCOL.md §4.4): the Content-Type header that names the boundary, then the
// multipart/form-data body.

#include "fuzzcheck.h"
#include "uploads/multipartparser.h"

namespace {

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

bool isHeaderSafe(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n');
}

// The body a well-behaved client would send for these parts.
QByteArray rebuild(QByteArrayView body, const QList<MultipartParser::Part> &parts, const QByteArray &boundary)
{
    QByteArray out;
    for (const MultipartParser::Part &part : parts) {
        out += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(part.name);
        if (part.fileName)
            out += "; filename=" + quoted(*part.fileName);
        out += "\r\n";
        if (!part.contentType.isEmpty())
            out += "Content-Type: " + part.contentType + "\r\n";
        out += "\r\n" + body.sliced(part.offset, part.size).toByteArray() + "\r\n";
    }
    return out + "--" + boundary + "--\r\n";
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray contentType = lineEnd < 0 ? input : input.left(lineEnd);
    const QByteArrayView body = lineEnd < 0 ? QByteArrayView() : QByteArrayView(input).sliced(lineEnd + 1);

    const std::optional<QByteArray> declared = MultipartParser::boundary(contentType);
    if (declared)
        FUZZ_CHECK(!declared->isEmpty() && declared->size() <= 70);
    const QByteArray boundary = declared.value_or("fuzz-boundary");

    const Result<QList<MultipartParser::Part>> parsed = MultipartParser::parse(body, boundary);
    if (!parsed) {
        FUZZ_CHECK(parsed.error().type == ErrorType::BadRequest);
        return 0;
    }
    const QList<MultipartParser::Part> &parts = *parsed;
    FUZZ_CHECK(!parts.isEmpty());
    // Parts are ranges of the body, in order, apart, and none contains the delimiter.
    const QByteArray delimiter = "\r\n--" + boundary;
    qsizetype end = 0;
    bool safe = true;
    for (const MultipartParser::Part &part : parts) {
        FUZZ_CHECK(part.offset >= end && part.size >= 0 && part.offset + part.size <= body.size());
        FUZZ_CHECK(!body.sliced(part.offset, part.size).contains(QByteArrayView(delimiter)));
        end = part.offset + part.size;
        FUZZ_CHECK(MultipartParser::find(parts, part.name).has_value());
        safe = safe && isHeaderSafe(part.name) && isHeaderSafe(part.fileName.value_or(QByteArray()))
            && isHeaderSafe(part.contentType);
    }
    // The same parts written out again by the rules parse to the same names, files, types and contents.
    if (safe) {
        const QByteArray again = rebuild(body, parts, boundary);
        const Result<QList<MultipartParser::Part>> reparsed = MultipartParser::parse(again, boundary);
        FUZZ_CHECK(reparsed.ok());
        FUZZ_CHECK(reparsed->size() == parts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const MultipartParser::Part &a = parts[i];
            const MultipartParser::Part &b = reparsed->at(i);
            FUZZ_CHECK(a.name == b.name && a.fileName == b.fileName && a.contentType == b.contentType);
            FUZZ_CHECK(body.sliced(a.offset, a.size) == QByteArrayView(again).sliced(b.offset, b.size));
        }
    }
    return 0;
}
