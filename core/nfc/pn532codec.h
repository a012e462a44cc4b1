// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// One frame of the PN532 host protocol (user manual §6.2): an ACK, a NACK, an application error frame, or a
// normal/extended information frame whose payload starts with the command (or response) code.
struct Pn532Frame
{
    enum class Type { Ack, Nack, Error, Information };

    Type type = Type::Information;
    quint8 tfi = 0; // 0xD4 host -> PN532, 0xD5 PN532 -> host, 0x7F error
    QByteArray payload; // after the TFI: command code + parameters

    quint8 code() const { return payload.isEmpty() ? 0 : quint8(payload.at(0)); }
    QByteArray parameters() const { return payload.mid(1); }
    bool operator==(const Pn532Frame &other) const = default;
};

// What one pass of the decoder found in a receive buffer. The caller drops `consumed` bytes and keeps the
// rest (the beginning of a frame that has not fully arrived).
struct Pn532DecodeResult
{
    QList<Pn532Frame> frames;
    qsizetype consumed = 0;
    int discardedBytes = 0; // non-zero bytes outside any frame (line noise)
    int rejectedFrames = 0; // bad LCS or DCS
};

// Pure functions for the PN532 host protocol over HSU (UART): building command frames, decoding whatever
// bytes arrive (garbage before a frame, frames split across reads, several frames in one read) and reading
// the answers the reader needs. The PN532 simulator of the tests uses the same functions for the other side.
class Pn532Codec
{
public:
    static constexpr quint8 hostToPn532 = 0xD4;
    static constexpr quint8 pn532ToHost = 0xD5;
    static constexpr quint8 errorTfi = 0x7F;

    enum Command : quint8 {
        GetFirmwareVersion = 0x02,
        SamConfiguration = 0x14,
        RfConfiguration = 0x32,
        InListPassiveTarget = 0x4A,
        InRelease = 0x52,
    };

    struct FirmwareVersion
    {
        quint8 ic = 0;
        quint8 version = 0;
        quint8 revision = 0;
        quint8 support = 0;
    };

    // Wake-up from LowVbat/power-down over HSU: 0x55 0x55 then enough zeros for the chip's oscillator.
    static QByteArray wakeUp();
    static QByteArray ack();
    static QByteArray nack();
    static QByteArray errorFrame();
    static QByteArray informationFrame(quint8 tfi, QByteArrayView payload);
    static QByteArray command(quint8 code, QByteArrayView parameters = {});
    static QByteArray response(quint8 commandCode, QByteArrayView parameters = {});

    static QByteArray getFirmwareVersion();
    static QByteArray samConfigurationNormal();
    // RFConfiguration item 5: bounded passive-activation retries, so that InListPassiveTarget returns
    // (with zero targets) instead of waiting forever for a tag.
    static QByteArray rfConfigurationMaxRetries(quint8 passiveActivationRetries);
    static QByteArray inListPassiveTarget106A();

    static Pn532DecodeResult decode(QByteArrayView buffer);

    static std::optional<FirmwareVersion> parseFirmwareVersion(const Pn532Frame &frame);
    // The UID of the first target (empty when no tag answered); nullopt when the frame is not such an answer.
    static std::optional<QByteArray> parseInListPassiveTarget(const Pn532Frame &frame);
    // The answer a PN532 gives with one ISO 14443-A target (simulator side); an empty uid = no target.
    static QByteArray inListPassiveTargetResponse(const QByteArray &uid);
    static QString uidToHex(const QByteArray &uid);
};
