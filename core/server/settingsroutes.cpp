// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsroutes.h"

#include "common/fieldvalidator.h"
#include "library/languagesetting.h"
#include "parental/parentalguard.h"
#include "playback/playerstateservice.h"
#include "router.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonObject languageJson(const LanguageSetting &language)
{
    return {{u"language"_s, language.language()},
            {u"chosen"_s, language.isChosen()},
            {u"languages"_s, QJsonArray::fromStringList(LanguageSetting::spoken())}};
}
} // namespace

SettingsRoutes::SettingsRoutes(ParentalGuard &guard, PlayerStateService &playerState,
                               LanguageSetting &language)
    : m_guard(guard)
    , m_playerState(playerState)
    , m_language(language)
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

    router.add("GET", u"/api/settings/language"_s, [this](const ApiRequest &) {
        return ApiResponse::success(languageJson(m_language), u"language"_s);
    });

    router.add("PUT", u"/api/settings/language"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto language
            = fields.oneOf(u"language"_s, FieldValidator::Required, LanguageSetting::spoken());
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        if (const Status applied = m_language.setLanguage(*language); !applied)
            return ApiResponse::failure(applied.error());
        return ApiResponse::success(languageJson(m_language), u"language saved"_s);
    });
}
