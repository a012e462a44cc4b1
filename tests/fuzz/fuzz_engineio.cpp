// SPDX-License-Identifier: GPL-3.0-or-later
// Engine.IO v4 packets and long-polling payloads (PROTOCOL.md §1.2) as a client sends them.

#include "fuzzcheck.h"
#include "server/engineiocodec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    // A polling POST body: records split on 0x1E and joined again give back the same bytes.
    const QList<QByteArray> records = EngineIo::splitPayload(body);
    FUZZ_CHECK(body.isEmpty() == records.isEmpty());
    if (!body.isEmpty())
        FUZZ_CHECK(EngineIo::joinPayload(records) == body);

    for (const QByteArray &record : records) {
        FUZZ_CHECK(!record.contains(EngineIo::recordSeparator));
        const QString text = QString::fromUtf8(record);
        const std::optional<EngineIo::Packet> packet = EngineIo::decode(text);
        if (!packet) {
            FUZZ_CHECK(text.isEmpty() || text.front() < u'0' || text.front() > u'6');
            continue;
        }
        // Only the seven packet types of the protocol come out, and encoding gives back the text.
        FUZZ_CHECK(char(packet->type) >= '0' && char(packet->type) <= '6');
        FUZZ_CHECK(EngineIo::encode(packet->type, packet->data) == text);
        FUZZ_CHECK(packet->data.size() == text.size() - 1);
    }
    return 0;
}
