// SPDX-License-Identifier: GPL-3.0-or-later
// What a /ws client sends (PROTOCOL.md §1.3, §5.5): one text frame, parsed as the session does, then answered
// by the real StateManager and ClientRequestHandler (rooms, sync, ping, an operation with client_op_id
// dedup).

#include "common/fieldvalidator.h"
#include "common/systemclock.h"
#include "fuzzcheck.h"
#include "realtime/operationtracker.h"
#include "realtime/statemanager.h"
#include "server/engineiocodec.h"
#include "server/plainwssession.h"
#include "server/socketiocodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

class RecordingClient final : public RealtimeClient
{
public:
    void deliver(const EventPtr &event) override { events.append(event); }
    EventEnvelope::Transport transport() const override { return EventEnvelope::Transport::PlainWs; }
    QString sid() const override { return u"fuzz"_s; }

    QList<EventPtr> events;
};

// Every event a client receives is a frame it can parse back, in both transports.
void checkWireForms(const EventPtr &event)
{
    const Result<PlainWsSession::Frame> frame = PlainWsSession::parseFrame(event->plainFrame());
    FUZZ_CHECK(frame.ok());
    FUZZ_CHECK(frame->event == event->name());
    // json(), not payload(): an event made from JSON bytes (the state:playlists snapshot) has no parsed
    // payload.
    FUZZ_CHECK(frame->data.toObject() == QJsonDocument::fromJson(event->json()).object());
    const std::optional<EngineIo::Packet> message = EngineIo::decode(event->socketIoPacket());
    FUZZ_CHECK(message && message->type == EngineIo::Type::Message);
    const std::optional<SocketIo::Packet> packet = SocketIo::decode(message->data);
    FUZZ_CHECK(packet && packet->type == SocketIo::Type::Event);
    const std::optional<SocketIo::Event> socketEvent = SocketIo::parseEvent(packet->data);
    FUZZ_CHECK(socketEvent && socketEvent->name == event->name());
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    silenceLogs();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    SystemClock clock;
    OperationTracker operations(clock);
    StateManager state({}, {nullptr, nullptr, &operations});
    state.registerOperation(
        u"start_nfc_link"_s, [](ClientId, const QJsonObject &payload) -> Result<QJsonObject> {
            FieldValidator fields(payload);
            const std::optional<QString> id = fields.id(u"playlist_id"_s, FieldValidator::Required);
            if (!fields.ok())
                return fields.error();
            return QJsonObject {{u"playlist_id"_s, *id}};
        });
    RecordingClient client;
    const ClientId id = state.connectClient(&client);

    const Result<PlainWsSession::Frame> frame = PlainWsSession::parseFrame(text);
    QJsonObject answer;
    if (!frame) {
        FUZZ_CHECK(frame.error().type == ErrorType::BadRequest);
        answer = state.requests().reject(id, {}, frame.error());
    } else {
        answer = state.handleClientEvent(id, frame->event, frame->data);
    }

    // No request goes unanswered: the last event is the reply whose payload the handler returned.
    FUZZ_CHECK(!client.events.isEmpty());
    for (const EventPtr &event : std::as_const(client.events))
        checkWireForms(event);
    const EventPtr last = client.events.last();
    if (last->name() == "err:op"_L1) {
        FUZZ_CHECK(answer.value(u"success"_s) == QJsonValue(false));
        FUZZ_CHECK(answer.value(u"error_type"_s).isString());
        FUZZ_CHECK(!answer.value(u"message"_s).toString().isEmpty());
    }

    // A retried operation with the same client_op_id is answered with the first answer, not redone.
    if (frame && frame->event == "start_nfc_link"_L1) {
        const qsizetype before = client.events.size();
        const QJsonObject again = state.handleClientEvent(id, frame->event, frame->data);
        FUZZ_CHECK(client.events.size() == before + 1);
        if (frame->data.toObject().value(u"client_op_id"_s).isString() && answer.contains(u"client_op_id"_s))
            FUZZ_CHECK(again == answer);
    }
    state.disconnectClient(id);
    return 0;
}
