// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532i2cframing.h"

Pn532I2cFraming::Read Pn532I2cFraming::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {Read::Kind::Incomplete, {}};
    if (!isReady(bytes))
        return {Read::Kind::NotReady, {}};
    const Pn532DecodeResult decoded = Pn532Codec::decode(bytes.sliced(statusLength));
    if (!decoded.frames.isEmpty())
        return {Read::Kind::Frame, decoded.frames.first()};
    if (decoded.rejectedFrames > 0)
        return {Read::Kind::Corrupt, {}};
    return {Read::Kind::Incomplete, {}};
}
