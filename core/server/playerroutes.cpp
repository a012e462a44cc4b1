// SPDX-License-Identifier: GPL-3.0-or-later
#include "playerroutes.h"

#include "common/fieldvalidator.h"
#include "playback/playbackcontroller.h"
#include "playback/playerstateservice.h"
#include "playback/sleeptimer.h"
#include "ratelimiter.h"
#include "router.h"

using namespace Qt::StringLiterals;

namespace {
using Command = std::function<PlaybackController::Outcome()>;

ServiceError audioUnavailable()
{
    return {ErrorType::ServiceUnavailable,
            QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "the audio output is not available")),
            {{u"service"_s, u"audio"_s}}};
}
} // namespace

PlayerRoutes::PlayerRoutes(PlaybackController &controller, PlayerStateService &playerState, SleepTimer &sleep,
                           RateLimiter &limiter)
    : m_controller(controller)
    , m_playerState(playerState)
    , m_sleep(sleep)
    , m_limiter(limiter)
{ }

void PlayerRoutes::registerOn(Router &router)
{
    auto answer = [this](const PlaybackController::Outcome &outcome) {
        if (outcome.refusal)
            return ApiResponse::failure(*outcome.refusal);
        return ApiResponse::success(m_playerState.playerState(), outcome.message);
    };
    auto rateLimited = [this](const ApiRequest &request) -> std::optional<ApiResponse> {
        const std::optional<int> retryAfter = m_limiter.tryAcquire(request.clientKey());
        if (!retryAfter)
            return std::nullopt;
        ApiResponse response = ApiResponse::failure(
            {ErrorType::RateLimited,
             QString::fromUtf8(QT_TRANSLATE_NOOP("ServiceError", "too many player commands; retry in %1 s"))
                 .arg(*retryAfter),
             {{u"limit"_s, m_limiter.limit()},
              {u"window_s"_s, m_limiter.windowSec()},
              {u"retry_after_s"_s, *retryAfter}}});
        response.withHeader("Retry-After", QByteArray::number(*retryAfter));
        return response;
    };
    // Commands that need sound answer 503 while the output cannot be opened.
    auto command = [this, answer, rateLimited](bool limited, bool needsAudio, Command run) {
        return [this, answer, rateLimited, limited, needsAudio, run](const ApiRequest &request) {
            if (limited) {
                if (auto rejected = rateLimited(request))
                    return *rejected;
            }
            if (needsAudio && m_controller.isLoaded() && !m_controller.isAudioAvailable())
                return ApiResponse::failure(audioUnavailable());
            return answer(run());
        };
    };
    PlaybackController &c = m_controller;

    router.add("GET", u"/api/player/status"_s, [this](const ApiRequest &) {
        return ApiResponse::success(m_playerState.playerState(), u"player status"_s);
    });
    router.add("POST", u"/api/player/play"_s, command(true, true, [&c] { return c.play(); }));
    router.add("POST", u"/api/player/pause"_s, command(true, false, [&c] { return c.pause(); }));
    router.add("POST", u"/api/player/stop"_s, command(true, false, [&c] { return c.stop(); }));
    router.add("POST", u"/api/player/toggle"_s, command(false, true, [&c] { return c.togglePlayPause(); }));
    router.add("POST", u"/api/player/next"_s, command(false, true, [&c] { return c.next(); }));
    router.add("POST", u"/api/player/previous"_s, command(false, true, [&c] { return c.previous(); }));

    router.add("POST", u"/api/player/seek"_s, [this, answer](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto position = fields.integer(u"position_ms"_s, FieldValidator::Required, 0,
                                             std::numeric_limits<qint64>::max());
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        return answer(m_controller.seek(*position));
    });
    router.add("POST", u"/api/player/volume"_s, [this, answer](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto volume = fields.integer(u"volume"_s, FieldValidator::Required, 0, 100);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        return answer(m_controller.setVolume(int(*volume)));
    });
    router.add("POST", u"/api/player/mute"_s, [this, answer](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto muted = fields.boolean(u"muted"_s, FieldValidator::Optional);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        return answer(m_controller.setMuted(muted));
    });
    router.add("POST", u"/api/player/sleep"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto minutes
            = fields.integer(u"minutes"_s, FieldValidator::Required, 0, SleepTimer::maxMinutes);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        m_sleep.start(int(*minutes));
        return ApiResponse::success(m_playerState.playerState(),
                                    *minutes == 0 ? u"sleep timer off"_s : u"sleep timer set"_s);
    });
    router.add("POST", u"/api/player/shuffle"_s, [this, answer](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto enabled = fields.boolean(u"enabled"_s, FieldValidator::Required);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        return answer(m_controller.setShuffle(*enabled));
    });
    router.add("POST", u"/api/player/repeat"_s, [this, answer](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto mode
            = fields.oneOf(u"mode"_s, FieldValidator::Required, {u"none"_s, u"playlist"_s, u"track"_s});
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const auto repeat = *mode == "playlist"_L1 ? PlaybackController::Repeat::Playlist
            : *mode == "track"_L1                  ? PlaybackController::Repeat::Track
                                                   : PlaybackController::Repeat::None;
        return answer(m_controller.setRepeat(repeat));
    });

    router.add("POST", u"/api/playlists/{id}/start"_s, [this](const ApiRequest &request) {
        FieldValidator fields(request.json);
        const auto trackId = fields.id(u"track_id"_s, FieldValidator::Optional);
        if (!fields.ok())
            return ApiResponse::failure(fields.error());
        const Status started = m_controller.startPlaylist(request.param(u"id"_s),
                                                          PlaybackController::StartMode::FromStart, trackId);
        if (!started)
            return ApiResponse::failure(started.error());
        return ApiResponse::success(m_playerState.playerState(), u"playlist started"_s);
    });
}
