// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcstatusservice.h"

#include "associationservice.h"
#include "common/jsonvalues.h"
#include "nfcreader.h"
#include "realtime/statemanager.h"
#include "tagpresence.h"

using namespace Qt::StringLiterals;

NfcStatusService::NfcStatusService(StateManager &state, const NfcReader *reader, const TagPresence &presence,
                                   const AssociationService &associations, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_reader(reader)
    , m_presence(presence)
    , m_associations(associations)
{ }

QJsonObject NfcStatusService::status() const
{
    const NfcReader::Status reader
        = m_reader ? m_reader->status() : NfcReader::Status {false, u"none"_s, {}, {}};
    const QString tag = m_presence.currentTag();
    return {{u"reader"_s, reader.toJson()},
            {u"current_tag_id"_s, nullIfEmpty(tag)},
            {u"association_mode"_s, m_associations.isActive()},
            {u"active_sessions"_s, m_associations.sessionsJson()}};
}

void NfcStatusService::markChanged()
{
    if (m_batchDepth > 0) {
        m_dirty = true;
        return;
    }
    publishNow();
}

void NfcStatusService::publishNow()
{
    m_dirty = false;
    const QJsonObject current = status();
    m_state.publishFlat(u"nfc_status"_s, current, Audience::to({Rooms::nfc()}));
    Q_EMIT published(current);
}

NfcStatusService::Batch::Batch(NfcStatusService &service)
    : m_service(service)
{
    ++m_service.m_batchDepth;
}

NfcStatusService::Batch::~Batch()
{
    if (--m_service.m_batchDepth == 0 && m_service.m_dirty)
        m_service.publishNow();
}
