// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfcsubsystem.h"

#include "config/nfcreadersetting.h"
#include "config/settings.h"
#include "library/playlistservice.h"
#include "playback/playbackcontroller.h"
#include "pn532i2creader.h"
#include "pn532serialreader.h"
#include "simulatedreader.h"
#include "system/healthstatus.h"
#include "system/logging.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Terminal commands only when nobody else owns the terminal: a box started in the background must not be
// stopped by SIGTTIN for reading it.
bool stdinIsUsable()
{
    if (!::isatty(STDIN_FILENO))
        return true; // a pipe, a file or /dev/null (end of input is handled)
    return ::tcgetpgrp(STDIN_FILENO) == ::getpgrp();
}

} // namespace

std::unique_ptr<NfcReader> NfcSubsystem::createReader(const QString &setting)
{
    const std::optional<NfcReaderSetting> reader = NfcReaderSetting::parse(setting);
    if (!reader)
        return nullptr;
    switch (reader->kind) {
    case NfcReaderSetting::Kind::None:
        return nullptr;
    case NfcReaderSetting::Kind::Simulated:
        return std::make_unique<SimulatedReader>();
    case NfcReaderSetting::Kind::Pn532Serial:
        return std::make_unique<Pn532SerialReader>(reader->device);
    case NfcReaderSetting::Kind::Pn532I2c:
        return std::make_unique<Pn532I2cReader>(reader->device, reader->i2cAddress);
    }
    return nullptr;
}

NfcSubsystem::NfcSubsystem(const Settings &settings, PlaylistService &playlists, PlaybackController &player,
                           SleepTimer &sleep, TagRepository &tags, StateManager &state, HealthStatus &health,
                           const Clock &clock)
    : NfcSubsystem(createReader(settings.nfcReader), settings, playlists, player, sleep, tags, state, health,
                   clock)
{ }

NfcSubsystem::NfcSubsystem(std::unique_ptr<NfcReader> reader, const Settings &settings,
                           PlaylistService &playlists, PlaybackController &player, SleepTimer &sleep,
                           TagRepository &tags, StateManager &state, HealthStatus &health, const Clock &clock)
    : m_health(health)
    , m_reader(std::move(reader))
    , m_simulated(qobject_cast<SimulatedReader *>(m_reader.get()))
    , m_presence(clock, settings.nfcRemovalGraceMs, settings.nfcDebounceMs)
    , m_associations(playlists, state, clock, {settings.nfcScanTimeoutMs, settings.nfcSessionRetainSec})
    , m_status(state, m_reader.get(), m_presence, m_associations)
    , m_actions(playlists, tags, clock)
    , m_runner(player, sleep)
    , m_tagPlayer(player)
    , m_policy(playlists.repository(), m_tagPlayer, state,
               {settings.tagResumeEnabled, settings.nfcPauseOnRemoval})
    , m_dispatcher(m_presence, m_associations, m_actions, m_runner, m_policy, m_status)
{
    QObject::connect(&m_associations, &AssociationService::changed, &m_status,
                     &NfcStatusService::markChanged);
    QObject::connect(&playlists, &PlaylistService::playlistAboutToBeRemoved, &m_associations,
                     &AssociationService::onPlaylistRemoved);
    QObject::connect(&player, &PlaybackController::changed, &m_policy, &TagPlaybackPolicy::onPlayerChanged);
    if (!m_reader) {
        qCInfo(lcNfc) << "no NFC reader configured";
        return;
    }
    QObject::connect(m_reader.get(), &NfcReader::tagDetected, &m_presence, &TagPresence::onTagDetected);
    QObject::connect(m_reader.get(), &NfcReader::tagRemoved, &m_presence, &TagPresence::onTagRemoved);
    QObject::connect(m_reader.get(), &NfcReader::statusChanged, &m_status, [this] {
        m_health.setReady(HealthStatus::Service::Nfc, m_reader->status().available);
        m_status.markChanged();
    });
    if (m_simulated && stdinIsUsable())
        m_simulated->readCommandsFrom(STDIN_FILENO);
}

NfcSubsystem::~NfcSubsystem()
{
    stop();
}

void NfcSubsystem::start()
{
    if (m_reader)
        m_reader->start();
}

void NfcSubsystem::stop()
{
    if (m_reader)
        m_reader->disconnect(&m_status);
    if (m_reader)
        m_reader->stop();
}
