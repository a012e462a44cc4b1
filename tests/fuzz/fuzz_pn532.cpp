// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes a PN532 (or line noise, or a different device on the port) sends over the serial line, fed to
// the decoder as the serial reader does: arbitrary read boundaries, the undecoded rest kept for the next
// read.

#include "fuzzcheck.h"
#include "nfc/pn532codec.h"

namespace {

// What a whole buffer decodes to, kept frames and the trailing rest.
struct Decoded
{
    QList<Pn532Frame> frames;
    QByteArray rest;
};

// Feeds `stream` in reads of the given sizes (cycled), as Pn532SerialReader does with readyRead.
Decoded decodeInReads(const QByteArray &stream, const QByteArray &readSizes)
{
    Decoded decoded;
    QByteArray buffer;
    qsizetype position = 0;
    qsizetype read = 0;
    while (position < stream.size()) {
        const qsizetype chunk
            = readSizes.isEmpty() ? stream.size() : 1 + quint8(readSizes.at(read++ % readSizes.size()));
        buffer += stream.mid(position, chunk);
        position += chunk;
        const Pn532DecodeResult result = Pn532Codec::decode(buffer);
        FUZZ_CHECK(result.consumed >= 0 && result.consumed <= buffer.size());
        FUZZ_CHECK(result.discardedBytes >= 0 && result.discardedBytes <= result.consumed);
        decoded.frames += result.frames;
        buffer.remove(0, result.consumed);
    }
    decoded.rest = buffer;
    return decoded;
}

void checkFrame(const Pn532Frame &frame)
{
    switch (frame.type) {
    case Pn532Frame::Type::Ack:
        FUZZ_CHECK(Pn532Codec::decode(Pn532Codec::ack()).frames.value(0) == frame);
        break;
    case Pn532Frame::Type::Nack:
        FUZZ_CHECK(Pn532Codec::decode(Pn532Codec::nack()).frames.value(0) == frame);
        break;
    case Pn532Frame::Type::Error:
    case Pn532Frame::Type::Information: {
        // A decoded frame encodes back to bytes that decode to the same frame, alone.
        FUZZ_CHECK(frame.payload.size() <= 0xFFFF - 1);
        const QByteArray encoded = Pn532Codec::informationFrame(frame.tfi, frame.payload);
        const Pn532DecodeResult again = Pn532Codec::decode(encoded);
        FUZZ_CHECK(again.frames.size() == 1);
        FUZZ_CHECK(again.frames.first() == frame);
        // The postamble waits in the buffer until the next byte says it is not a start code.
        FUZZ_CHECK(again.consumed == encoded.size() - 1);
        FUZZ_CHECK(again.rejectedFrames == 0 && again.discardedBytes == 0);
        break;
    }
    }
    // The answers the reader acts on never read past the frame.
    if (const auto firmware = Pn532Codec::parseFirmwareVersion(frame))
        FUZZ_CHECK(frame.payload.size() >= 5);
    if (const auto uid = Pn532Codec::parseInListPassiveTarget(frame)) {
        FUZZ_CHECK(uid->size() < frame.payload.size());
        FUZZ_CHECK(Pn532Codec::uidToHex(*uid).size() == 2 * uid->size());
    }
}

} // namespace

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte says how many of the next bytes are read sizes; the rest is the serial stream.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype sizesLength
        = input.isEmpty() ? 0 : qMin<qsizetype>(quint8(input.at(0)) % 8, input.size() - 1);
    const QByteArray readSizes = input.mid(1, sizesLength);
    const QByteArray stream = input.mid(1 + sizesLength);

    const Decoded whole = decodeInReads(stream, {});
    for (const Pn532Frame &frame : whole.frames)
        checkFrame(frame);

    // However the bytes are split into reads, the same frames come out: a frame split across reads is
    // waited for, never lost, doubled or rejected.
    const Decoded split = decodeInReads(stream, readSizes);
    FUZZ_CHECK(split.frames == whole.frames);
    return 0;
}
