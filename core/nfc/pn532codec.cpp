// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532codec.h"

namespace {

constexpr quint8 passive106kbpsTypeA = 0x00;

quint8 checksum(QByteArrayView bytes)
{
    quint8 sum = 0;
    for (const char byte : bytes)
        sum = quint8(sum + quint8(byte));
    return quint8(0x100 - sum);
}

quint8 at(QByteArrayView buffer, qsizetype index)
{
    return quint8(buffer.at(index));
}

// Skips the postamble 0x00 after a frame, unless it is the first byte of a start code (a next frame sent
// without preamble and postamble). While the byte after it has not arrived, the 0x00 stays in the buffer:
// deciding early made the frames depend on where the serial reads split the stream (found by fuzzing), and a
// zero left over is never counted as noise.
qsizetype skipPostamble(QByteArrayView buffer, qsizetype position)
{
    if (position + 1 < buffer.size() && at(buffer, position) == 0x00 && at(buffer, position + 1) != 0xFF)
        return position + 1;
    return position;
}

int countNoise(QByteArrayView bytes)
{
    int noise = 0;
    for (const char byte : bytes)
        noise += byte != 0 ? 1 : 0;
    return noise;
}

} // namespace

QByteArray Pn532Codec::wakeUp()
{
    QByteArray bytes(16, '\0');
    bytes[0] = char(0x55);
    bytes[1] = char(0x55);
    return bytes;
}

QByteArray Pn532Codec::ack()
{
    return QByteArray::fromHex("0000ff00ff00");
}

QByteArray Pn532Codec::nack()
{
    return QByteArray::fromHex("0000ffff0000");
}

QByteArray Pn532Codec::errorFrame()
{
    return QByteArray::fromHex("0000ff01ff7f8100");
}

QByteArray Pn532Codec::informationFrame(quint8 tfi, QByteArrayView payload)
{
    QByteArray body;
    body.append(char(tfi));
    body.append(payload);
    QByteArray frame = QByteArray::fromHex("0000ff");
    if (body.size() < 0xFF) {
        const quint8 length = quint8(body.size());
        frame.append(char(length));
        frame.append(char(quint8(0x100 - length)));
    } else {
        // Extended information frame: LEN = FF FF, then LENm LENl LCS.
        const quint8 high = quint8(body.size() >> 8);
        const quint8 low = quint8(body.size() & 0xFF);
        frame.append(char(0xFF));
        frame.append(char(0xFF));
        frame.append(char(high));
        frame.append(char(low));
        frame.append(char(quint8(0x100 - quint8(high + low))));
    }
    frame.append(body);
    frame.append(char(checksum(body)));
    frame.append('\0');
    return frame;
}

QByteArray Pn532Codec::command(quint8 code, QByteArrayView parameters)
{
    QByteArray payload(1, char(code));
    payload.append(parameters);
    return informationFrame(hostToPn532, payload);
}

QByteArray Pn532Codec::response(quint8 commandCode, QByteArrayView parameters)
{
    QByteArray payload(1, char(commandCode + 1));
    payload.append(parameters);
    return informationFrame(pn532ToHost, payload);
}

QByteArray Pn532Codec::getFirmwareVersion()
{
    return command(GetFirmwareVersion);
}

QByteArray Pn532Codec::samConfigurationNormal()
{
    // Mode 1 (normal, no SAM), timeout 0x14 (1 s, only used in virtual card mode), no IRQ pin.
    return command(SamConfiguration, QByteArray::fromHex("011400"));
}

QByteArray Pn532Codec::rfConfigurationMaxRetries(quint8 passiveActivationRetries)
{
    QByteArray parameters = QByteArray::fromHex("05ff01");
    parameters.append(char(passiveActivationRetries));
    return command(RfConfiguration, parameters);
}

QByteArray Pn532Codec::inListPassiveTarget106A()
{
    QByteArray parameters;
    parameters.append(char(0x01)); // MaxTg: one target
    parameters.append(char(passive106kbpsTypeA));
    return command(InListPassiveTarget, parameters);
}

Pn532DecodeResult Pn532Codec::decode(QByteArrayView buffer)
{
    Pn532DecodeResult result;
    const QByteArrayView startCode("\x00\xff", 2);
    qsizetype position = 0;
    while (position < buffer.size()) {
        const qsizetype start = buffer.indexOf(startCode, position);
        if (start < 0) {
            // Keep a trailing 0x00: it may be the first half of the next start code.
            const qsizetype end = at(buffer, buffer.size() - 1) == 0x00 ? buffer.size() - 1 : buffer.size();
            result.discardedBytes += countNoise(buffer.sliced(position, end - position));
            position = end;
            break;
        }
        result.discardedBytes += countNoise(buffer.sliced(position, start - position));
        position = start;
        const qsizetype header = start + 2;
        if (buffer.size() < header + 2)
            break; // incomplete
        const quint8 len = at(buffer, header);
        const quint8 lcs = at(buffer, header + 1);
        if (len == 0x00 && lcs == 0xFF) {
            result.frames.append({Pn532Frame::Type::Ack, 0, {}});
            position = skipPostamble(buffer, header + 2);
            continue;
        }
        if (len == 0xFF && lcs == 0x00) {
            result.frames.append({Pn532Frame::Type::Nack, 0, {}});
            position = skipPostamble(buffer, header + 2);
            continue;
        }
        qsizetype length = 0;
        qsizetype body = 0;
        if (len == 0xFF && lcs == 0xFF) {
            if (buffer.size() < header + 5)
                break;
            const quint8 high = at(buffer, header + 2);
            const quint8 low = at(buffer, header + 3);
            if (quint8(high + low + at(buffer, header + 4)) != 0) {
                ++result.rejectedFrames;
                position = start + 1;
                continue;
            }
            length = (qsizetype(high) << 8) | low;
            body = header + 5;
            if (length == 0) {
                // A frame holds at least its TFI: with length 0 the payload size was -1 (found by fuzzing).
                ++result.rejectedFrames;
                position = start + 1;
                continue;
            }
        } else {
            if (quint8(len + lcs) != 0 || len == 0) {
                ++result.rejectedFrames;
                position = start + 1; // resynchronise on the next start code
                continue;
            }
            length = len;
            body = header + 2;
        }
        if (buffer.size() < body + length + 1)
            break; // the rest of the frame is still on the wire
        const QByteArrayView content = buffer.sliced(body, length + 1); // TFI..DCS
        quint8 sum = 0;
        for (const char byte : content)
            sum = quint8(sum + quint8(byte));
        position = skipPostamble(buffer, body + length + 1);
        if (sum != 0) {
            ++result.rejectedFrames;
            continue;
        }
        const quint8 tfi = at(buffer, body);
        const QByteArray payload = buffer.sliced(body + 1, length - 1).toByteArray();
        const auto type = tfi == errorTfi ? Pn532Frame::Type::Error : Pn532Frame::Type::Information;
        result.frames.append({type, tfi, payload});
    }
    result.consumed = position;
    return result;
}

std::optional<Pn532Codec::FirmwareVersion> Pn532Codec::parseFirmwareVersion(const Pn532Frame &frame)
{
    if (frame.type != Pn532Frame::Type::Information || frame.tfi != pn532ToHost
        || frame.code() != GetFirmwareVersion + 1 || frame.payload.size() < 5)
        return std::nullopt;
    const QByteArray &p = frame.payload;
    return FirmwareVersion {quint8(p.at(1)), quint8(p.at(2)), quint8(p.at(3)), quint8(p.at(4))};
}

std::optional<QByteArray> Pn532Codec::parseInListPassiveTarget(const Pn532Frame &frame)
{
    if (frame.type != Pn532Frame::Type::Information || frame.tfi != pn532ToHost
        || frame.code() != InListPassiveTarget + 1 || frame.payload.size() < 2)
        return std::nullopt;
    const QByteArray &p = frame.payload;
    const int targets = quint8(p.at(1));
    if (targets == 0)
        return QByteArray();
    // Tg, SENS_RES (2), SEL_RES, NFCIDLength, NFCID1...
    constexpr qsizetype uidLengthAt = 6;
    if (p.size() <= uidLengthAt)
        return std::nullopt;
    const int uidLength = quint8(p.at(uidLengthAt));
    if (uidLength == 0 || p.size() < uidLengthAt + 1 + uidLength)
        return std::nullopt;
    return p.mid(uidLengthAt + 1, uidLength);
}

QByteArray Pn532Codec::inListPassiveTargetResponse(const QByteArray &uid)
{
    QByteArray parameters;
    if (uid.isEmpty()) {
        parameters.append('\0');
        return response(InListPassiveTarget, parameters);
    }
    parameters.append(char(0x01)); // NbTg
    parameters.append(char(0x01)); // Tg
    parameters.append(QByteArray::fromHex("0044")); // SENS_RES of an NTAG/Ultralight
    parameters.append(char(0x00)); // SEL_RES
    parameters.append(char(uid.size()));
    parameters.append(uid);
    return response(InListPassiveTarget, parameters);
}

QString Pn532Codec::uidToHex(const QByteArray &uid)
{
    return QString::fromLatin1(uid.toHex());
}
