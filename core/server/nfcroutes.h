// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

class AssociationService;
class NfcStatusService;
class Router;
class SimulatedReader;
class StateManager;
class TagActionService;

// /api/nfc/* (PROTOCOL.md §4.4) and the socket operations start_nfc_link, stop_nfc_link and override_nfc_tag
// (§5.5): field validation, then one call into AssociationService (TagActionService for an action card). POST
// /api/nfc/simulate exists only when the box runs the simulated reader.
class NfcRoutes
{
public:
    NfcRoutes(AssociationService &associations, TagActionService &actions, NfcStatusService &status,
              SimulatedReader *simulated);

    void registerOn(Router &router);
    void registerOperations(StateManager &state);

    // The socket operations, callable directly (tests, the QML screen).
    Result<QJsonObject> startLink(const QJsonObject &payload);
    Result<QJsonObject> stopLink(const QJsonObject &payload);
    Result<QJsonObject> overrideTag(const QJsonObject &payload);

private:
    AssociationService &m_associations;
    TagActionService &m_actions;
    NfcStatusService &m_status;
    SimulatedReader *m_simulated;
};
