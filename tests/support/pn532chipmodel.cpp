// SPDX-License-Identifier: GPL-3.0-or-later
#include "pn532chipmodel.h"

#include "nfc/pn532codec.h"

int Pn532ChipModel::totalCommands() const
{
    int total = 0;
    for (const int count : m_commands)
        total += count;
    return total;
}

bool Pn532ChipModel::knows(quint8 code)
{
    switch (code) {
    case Pn532Codec::GetFirmwareVersion:
    case Pn532Codec::SamConfiguration:
    case Pn532Codec::RfConfiguration:
    case Pn532Codec::InListPassiveTarget:
    case Pn532Codec::InRelease:
        return true;
    default:
        return false;
    }
}

bool Pn532ChipModel::answersWithTarget(quint8 code)
{
    return code == Pn532Codec::InListPassiveTarget;
}

QByteArray Pn532ChipModel::answer(quint8 code) const
{
    switch (code) {
    case Pn532Codec::GetFirmwareVersion:
        return Pn532Codec::response(code, QByteArray::fromHex("32010607"));
    case Pn532Codec::SamConfiguration:
    case Pn532Codec::RfConfiguration:
        return Pn532Codec::response(code);
    case Pn532Codec::InListPassiveTarget:
        return Pn532Codec::inListPassiveTargetResponse(m_tag);
    case Pn532Codec::InRelease:
        return Pn532Codec::response(code, QByteArray(1, '\0'));
    default:
        return Pn532Codec::errorFrame();
    }
}
