// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pn532codec.h"

#include <QByteArrayView>

// The PN532's I2C framing (user manual §6.2.4): every read transaction starts with a status byte whose bit 0
// says whether a frame is ready; the frame itself (Pn532Codec's) follows it in the same read. There is no
// HSU wake-up preamble: the chip wakes on its address.
class Pn532I2cFraming
{
public:
    static constexpr quint8 readyBit = 0x01;
    static constexpr qsizetype statusLength = 1;
    static constexpr qsizetype ackReadLength = statusLength + 6; // status + ACK frame

    struct Read
    {
        enum class Kind {
            NotReady, // status bit 0 clear: poll again later
            Frame, // a whole frame with good checksums
            Corrupt, // a frame whose length or data checksum is wrong: ask again with a NACK
            Incomplete, // a short read, or bytes that hold no frame yet
        };
        Kind kind = Kind::Incomplete;
        Pn532Frame frame;
    };

    static bool isReady(QByteArrayView bytes) { return !bytes.isEmpty() && (quint8(bytes.at(0)) & readyBit); }
    // Reads one read transaction (status byte first).
    static Read parse(QByteArrayView bytes);
};
