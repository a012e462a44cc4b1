// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistharness.h"

#include <QDir>

using namespace Qt::StringLiterals;

PlaylistHarness::PlaylistHarness()
    : m_repository(m_database, m_dir.filePath(u"music"_s))
    , m_journal(m_database)
    , m_resumePoints(m_database)
    , m_trashEntries(m_database)
    , m_trashBin(m_dir.filePath(u"trash"_s), m_trashEntries, m_resumePoints, clock)
    , m_trackDetails(m_database)
    , m_service(m_repository, m_journal, m_trashBin, m_trackDetails)
    , m_notifier(m_service, state)
{
    m_valid = m_dir.isValid() && QDir().mkpath(musicDir())
        && m_database.open(m_dir.filePath(u"openmusicbox.db"_s)).ok();
    QObject::connect(
        &state, &StateManager::eventPublished, &state,
        [this](const QString &name, const QJsonObject &payload, const Audience &audience, qint64 seq) {
            m_events.append({name, payload, audience, seq});
        });
}

QString PlaylistHarness::folderOf(const QString &playlistId) const
{
    const std::optional<Playlist> playlist = m_repository.find(playlistId);
    return playlist ? m_service.folderPath(*playlist) : QString();
}

QString PlaylistHarness::createPlaylist(const QString &title)
{
    const Result<Playlist> created = m_service.create(title, QString());
    return created ? created->id : QString();
}

void PlaylistHarness::giveTag(const QString &playlistId, const QString &tagId)
{
    if (!m_repository.assignTag(playlistId, tagId))
        qWarning().noquote() << "cannot give tag" << tagId << "to" << playlistId;
}

QStringList PlaylistHarness::filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QList<PlaylistHarness::Event> PlaylistHarness::eventsNamed(const QString &name) const
{
    QList<Event> found;
    for (const Event &event : m_events) {
        if (event.name == name)
            found.append(event);
    }
    return found;
}

QStringList PlaylistHarness::eventNames() const
{
    QStringList names;
    for (const Event &event : m_events)
        names.append(event.name);
    return names;
}
