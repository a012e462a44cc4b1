// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsroutes.h"

#include "parental/parentalguard.h"
#include "playback/playerstateservice.h"
#include "router.h"

using namespace Qt::StringLiterals;

SettingsRoutes::SettingsRoutes(ParentalGuard &guard, PlayerStateService &playerState)
    : m_guard(guard)
    , m_playerState(playerState)
{ }

void SettingsRoutes::registerOn(Router &router)
{
    router.add("GET", u"/api/settings/parental"_s, [this](const ApiRequest &) {
        return ApiResponse::success(m_guard.settings().toJson(), u"parental settings"_s);
    });

    router.add("PUT", u"/api/settings/parental"_s, [this](const ApiRequest &request) {
        const auto settings = ParentalSettings::fromJson(request.json, m_guard.settings());
        if (!settings)
            return ApiResponse::failure(settings.error());
        if (const Status applied = m_guard.apply(*settings); !applied)
            return ApiResponse::failure(applied.error());
        m_playerState.refresh(); // the maximum volume or the budget may show differently
        return ApiResponse::success(m_guard.settings().toJson(), u"parental settings saved"_s);
    });
}
