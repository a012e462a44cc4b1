// SPDX-License-Identifier: GPL-3.0-or-later
#include "parentalguard.h"

#include "common/clock.h"
#include "library/parentalrepository.h"
#include "playback/fadecadence.h"
#include "playback/playbackcontroller.h"
#include "realtime/statemanager.h"
#include "system/logging.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

ParentalGuard::ParentalGuard(const Config &config, ParentalRepository &repository, PlaybackController &player,
                             StateManager &state, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_repository(repository)
    , m_player(player)
    , m_state(state)
    , m_clock(clock)
    , m_quiet({}, config.zone)
    , m_counter(config.saveEveryMs, repository, clock, BudgetDay(m_settings.budgetResetsAt, config.zone))
{
    m_ticker.setTimerType(Qt::PreciseTimer); // a coarse timer may be 5 % late: a larger fade step
    connect(&m_ticker, &QTimer::timeout, this, &ParentalGuard::evaluate);
    // Starting and stopping count at once, not at the next tick.
    connect(&player, &PlaybackController::changed, this, [this] { m_counter.update(m_player.isPlaying()); });
}

void ParentalGuard::load()
{
    m_settings = m_repository.settings();
    m_quiet = QuietHours(m_settings.quietHours, m_config.zone);
    m_counter.setBudgetDay(BudgetDay(m_settings.budgetResetsAt, m_config.zone));
}

void ParentalGuard::start()
{
    load();
    m_ticker.start(m_config.tickMs);
    evaluate();
}

Status ParentalGuard::apply(const ParentalSettings &settings)
{
    if (const Status saved = m_repository.saveSettings(settings); !saved)
        return saved;
    m_settings = settings;
    m_quiet = QuietHours(settings.quietHours, m_config.zone);
    m_counter.setBudgetDay(BudgetDay(settings.budgetResetsAt, m_config.zone));
    qCInfo(lcPlayer) << "parental settings:" << settings.quietHours.size() << "quiet windows, budget"
                     << settings.dailyBudgetMin << "min";
    evaluate();
    Q_EMIT changed();
    return Done {};
}

std::optional<PlaybackGate::Block> ParentalGuard::blocks(const QString &playlistId) const
{
    const QDateTime now = m_clock.nowUtc();
    if (m_settings.dailyBudgetMin > 0 && m_counter.todayMs() >= qint64(m_settings.dailyBudgetMin) * 60000) {
        const QDateTime reset = BudgetDay(m_settings.budgetResetsAt, m_config.zone).nextReset(now);
        return Block {u"budget"_s, reset.toMSecsSinceEpoch()};
    }
    if (const auto until = m_quiet.quietUntil(now);
        until && !m_settings.quietAllowedPlaylists.contains(playlistId))
        return Block {u"quiet_hours"_s, until->toMSecsSinceEpoch()};
    return std::nullopt;
}

QJsonValue ParentalGuard::listeningJson() const
{
    const bool budget = m_settings.dailyBudgetMin > 0;
    return QJsonObject {
        {u"today_ms"_s, m_counter.todayMs()},
        {u"budget_ms"_s, budget ? QJsonValue(qint64(m_settings.dailyBudgetMin) * 60000) : QJsonValue()}};
}

void ParentalGuard::evaluate()
{
    m_counter.update(m_player.isPlaying());
    const bool quiet = m_quiet.quietUntil(m_clock.nowUtc()).has_value();
    const std::optional<int> cap = quiet ? m_settings.quietMaxVolume : std::nullopt;
    if (m_capApplied != cap) {
        m_capApplied = cap;
        m_player.setVolumeCap(cap);
    }
    if (m_fadeStartedMs) {
        stepFade();
        return;
    }
    if (!m_player.isPlaying())
        return;
    if (const auto block = blocks(m_player.loadedPlaylistId())) {
        announce(*block, m_player.loadedPlaylistId());
        startFade(*block);
    }
}

void ParentalGuard::announceRefusal(const QString &playlistId)
{
    if (const auto block = blocks(playlistId))
        announce(*block, playlistId);
}

void ParentalGuard::announce(const Block &block, const QString &playlistId)
{
    qCInfo(lcPlayer).noquote() << "playback blocked:" << block.reason << "until"
                               << QDateTime::fromMSecsSinceEpoch(block.untilUnixMs).toString(Qt::ISODate);
    m_state.publishState(u"state:playback_blocked"_s,
                         QJsonObject {{u"reason"_s, block.reason},
                                      {u"until"_s, block.untilUnixMs},
                                      {u"playlist_id"_s, playlistId}},
                         Audience::to({Rooms::playlists()}));
    Q_EMIT playbackBlocked(block.reason);
}

void ParentalGuard::startFade(const Block &block)
{
    qCInfo(lcPlayer).noquote() << "fading out:" << block.reason;
    m_fadeStartedMs = m_clock.nowMs();
    if (m_ticker.isActive())
        m_ticker.setInterval(FadeCadence::stepMs(m_config.fadeMs));
    stepFade();
}

void ParentalGuard::stepFade()
{
    const qint64 elapsed = m_clock.nowMs() - *m_fadeStartedMs;
    if (!m_player.isPlaying() || elapsed >= m_config.fadeMs) {
        m_fadeStartedMs.reset();
        m_player.pause(); // a no-op when someone paused meanwhile
        m_player.setOutputScale(1.0);
        if (m_ticker.isActive())
            m_ticker.setInterval(m_config.tickMs);
        return;
    }
    const qint64 remaining = m_config.fadeMs - elapsed;
    const qint64 lead = qMin<qint64>(FadeCadence::leadMs, remaining);
    m_player.setOutputScale(FadeCadence::scaleAt(remaining - lead, m_config.fadeMs), int(lead));
}
