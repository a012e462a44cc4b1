// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistjsoncache.h"

#include "common/compactjson.h"
#include "system/logging.h"

#include <QJsonDocument>

PlaylistJsonCache::PlaylistJsonCache(const PlaylistListing &listing)
    : m_listing(listing)
{ }

Result<PlaylistJsonCache::List> PlaylistJsonCache::summaries()
{
    const auto revisions = m_listing.summaryRevisions();
    if (!revisions)
        return revisions.error();
    return assemble(*revisions, m_summaries, m_lastSummaries, &PlaylistListing::summaries,
                    &Playlist::toSummaryJson);
}

Result<PlaylistJsonCache::List> PlaylistJsonCache::page(int page, int limit)
{
    const auto revisions = m_listing.pageRevisions(page, limit);
    if (!revisions)
        return revisions.error();
    return assemble(*revisions, m_playlists, m_lastPage, &PlaylistListing::playlists, &Playlist::toJson);
}

Result<PlaylistJsonCache::List> PlaylistJsonCache::assemble(const PlaylistListing::Revisions &revisions,
                                                            Entries &entries, LastAnswer &last, Load load,
                                                            ToJson toJson) const
{
    const QList<PlaylistListing::Revision> &wanted = revisions.playlists;
    // The same playlists at the same revisions in the same order: the same bytes (whatever page or limit).
    if (!last.json.isNull() && last.revisions == wanted)
        return List {last.json, last.count, revisions.total};
    QStringList stale;
    for (const PlaylistListing::Revision &revision : wanted) {
        const auto entry = entries.constFind(revision.id);
        if (entry == entries.cend() || !(entry->revision == revision))
            stale.append(revision.id);
    }
    if (!stale.isEmpty()) {
        const auto loaded = (m_listing.*load)(stale);
        if (!loaded)
            return loaded.error();
        QHash<QString, const PlaylistListing::Revision *> revisionById;
        for (const PlaylistListing::Revision &revision : wanted)
            revisionById.insert(revision.id, &revision);
        for (const Playlist &playlist : *loaded) {
            entries.insert(playlist.id,
                           {*revisionById.value(playlist.id),
                            QJsonDocument((playlist.*toJson)()).toJson(QJsonDocument::Compact)});
        }
        qCDebug(lcLibrary) << "playlist JSON rebuilt for" << loaded->size() << "of" << wanted.size()
                           << "playlists";
    }
    // Bounded: playlists deleted since, and pages asked for before, are forgotten once twice as many as
    // this answer holds are kept (full playlists are large; the web page asks for the first page).
    if (entries.size() > wanted.size() * 2) {
        Entries kept;
        for (const PlaylistListing::Revision &revision : wanted)
            kept.insert(revision.id, entries.value(revision.id));
        entries.swap(kept);
    }
    QList<QByteArray> fragments;
    fragments.reserve(wanted.size());
    for (const PlaylistListing::Revision &revision : wanted) {
        const auto entry = entries.constFind(revision.id);
        if (entry != entries.cend())
            fragments.append(entry->json);
    }
    last = {wanted, CompactJson::array(fragments), int(fragments.size())};
    return List {last.json, last.count, revisions.total};
}
