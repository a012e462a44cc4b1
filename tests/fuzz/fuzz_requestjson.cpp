// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON request body (PROTOCOL.md §2.1, §2.3) through the real Router (body limit, JSON parsing,
// client_op_id, envelopes) to a route that reads every kind of field with FieldValidator, as the route
// classes do.

#include "common/fieldvalidator.h"
#include "common/ids.h"
#include "common/systemclock.h"
#include "fuzzcheck.h"
#include "realtime/operationtracker.h"
#include "server/originpolicy.h"
#include "server/router.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

bool isCleanText(const QString &text, int maxLength)
{
    if (text.isEmpty() || text.size() > maxLength || text != text.trimmed())
        return false;
    return std::none_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

ApiResponse validate(const ApiRequest &request)
{
    FieldValidator fields(request.json);
    const auto title = fields.text(u"title"_s, FieldValidator::Required, 200);
    const auto description = fields.text(u"description"_s, FieldValidator::Optional, 1000, true);
    const auto position = fields.integer(u"position"_s, FieldValidator::Optional, 0, 10000);
    const auto volume = fields.integer(u"volume"_s, FieldValidator::Optional, -100, 100);
    const auto shuffle = fields.boolean(u"shuffle"_s, FieldValidator::Optional);
    const auto trackIds = fields.array(u"track_ids"_s, FieldValidator::Optional);
    const auto options = fields.object(u"options"_s, FieldValidator::Optional);
    const auto playlistId = fields.id(u"playlist_id"_s, FieldValidator::Optional);
    const auto tagId = fields.tagId(u"tag_id"_s, FieldValidator::Optional);
    const auto mode
        = fields.oneOf(u"mode"_s, FieldValidator::Optional, {u"normal"_s, u"shuffle"_s, u"repeat"_s});
    const auto name = fields.string(u"name"_s, FieldValidator::Optional, 1, 50);
    if (trackIds) {
        for (qsizetype i = 0; i < trackIds->size(); ++i) {
            FieldValidator item(trackIds->at(i).toObject(), u"track_ids[%1]"_s.arg(i));
            item.id(u"id"_s, FieldValidator::Required);
            if (!item.ok())
                fields.addError(u"track_ids"_s, item.error().message);
        }
    }
    if (!fields.ok())
        return ApiResponse::failure(fields.error());

    // What passed the checks keeps the promises the services rely on.
    FUZZ_CHECK(title && isCleanText(*title, 200));
    if (description)
        FUZZ_CHECK(description->isEmpty() || isCleanText(*description, 1000));
    if (position)
        FUZZ_CHECK(*position >= 0 && *position <= 10000);
    if (volume)
        FUZZ_CHECK(*volume >= -100 && *volume <= 100);
    if (playlistId)
        FUZZ_CHECK(Ids::isValidBodyId(*playlistId) && playlistId->size() <= 100);
    if (tagId)
        FUZZ_CHECK(tagId->size() >= 4 && tagId->size() <= 64 && Ids::normalizeTagId(*tagId) == *tagId);
    if (mode)
        FUZZ_CHECK(*mode == "normal"_L1 || *mode == "shuffle"_L1 || *mode == "repeat"_L1);
    if (name)
        FUZZ_CHECK(name->size() >= 1 && name->size() <= 50);
    Q_UNUSED(shuffle)
    Q_UNUSED(options)
    return ApiResponse::success(QJsonObject {{u"title"_s, *title}}, u"ok"_s);
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    silenceLogs();
    static const OriginPolicy origins({{}, {u"localhost"_s}, {}});
    // Fresh per input, so that a client_op_id remembered from an earlier input changes nothing.
    SystemClock clock;
    OperationTracker operations(clock);
    Router router(
        operations, [] { return qint64(42); }, origins);
    router.add("POST", u"/api/fuzz/{id}"_s, validate);

    ApiRequest request;
    request.method = "POST";
    request.path = u"/api/fuzz/item"_s;
    request.headers.insert("host", "localhost:8000");
    request.headers.insert("content-type", "application/json");
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    request.peerAddress = u"127.0.0.1"_s;

    int replies = 0;
    router.dispatch(request, [&](HttpReply reply) {
        ++replies;
        // Outside input gets a client error or success, never a server error, and always the JSON envelope.
        FUZZ_CHECK(reply.status == 200 || reply.status == 400 || reply.status == 409 || reply.status == 413
                   || reply.status == 422);
        QJsonParseError error;
        const QJsonDocument envelope = QJsonDocument::fromJson(reply.body, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError && envelope.isObject());
        FUZZ_CHECK(envelope.object().value(u"status"_s).isString());
        if (reply.status != 200) {
            FUZZ_CHECK(!envelope.object().value(u"error_type"_s).toString().isEmpty());
            FUZZ_CHECK(!envelope.object().value(u"message"_s).toString().isEmpty());
        }
    });
    FUZZ_CHECK(replies == 1);
    return 0;
}
