// SPDX-License-Identifier: GPL-3.0-or-later
#include "taglibraryfixture.h"

#include <QDir>

using namespace Qt::StringLiterals;

TagLibraryFixture::TagLibraryFixture()
{
    if (!dir.isValid() || !database.open(dir.filePath(u"box.db"_s)))
        return;
    QDir(dir.path()).mkpath(u"music"_s);
    journal = std::make_unique<FileJournal>(database);
    repository = std::make_unique<PlaylistRepository>(database, dir.filePath(u"music"_s));
    playlists = std::make_unique<PlaylistService>(*repository, *journal, state);
    QObject::connect(
        &state, &StateManager::eventPublished, &state,
        [this](const QString &name, const QJsonObject &payload, const Audience &audience, qint64 seq) {
            events.append({name, payload, audience, seq});
        });
    m_ready = true;
}

QString TagLibraryFixture::createPlaylist(const QString &title)
{
    const auto created = playlists->create(title, u""_s);
    if (!created)
        qWarning().noquote() << "cannot create a playlist:" << created.error().message;
    return created ? created->id : QString();
}

void TagLibraryFixture::giveTag(const QString &playlistId, const QString &tagId)
{
    repository->assignTag(playlistId, tagId);
}

QStringList TagLibraryFixture::eventNames() const
{
    QStringList names;
    for (const Event &event : events)
        names.append(event.name);
    return names;
}

QList<TagLibraryFixture::Event> TagLibraryFixture::named(const QString &name) const
{
    QList<Event> matching;
    for (const Event &event : events) {
        if (event.name == name)
            matching.append(event);
    }
    return matching;
}
