// SPDX-License-Identifier: GPL-3.0-or-later
#include "playlistjsoncache.h"

#include "system/logging.h"

PlaylistJsonCache::PlaylistJsonCache(const PlaylistListing &listing)
    : m_listing(listing)
{ }

Result<QJsonArray> PlaylistJsonCache::summaries()
{
    const auto revisions = m_listing.summaryRevisions();
    if (!revisions)
        return revisions.error();
    return assemble(revisions->playlists, m_summaries, &PlaylistListing::summaries, &Playlist::toSummaryJson);
}

Result<PlaylistJsonCache::Page> PlaylistJsonCache::page(int page, int limit)
{
    const auto revisions = m_listing.pageRevisions(page, limit);
    if (!revisions)
        return revisions.error();
    const auto playlists
        = assemble(revisions->playlists, m_playlists, &PlaylistListing::playlists, &Playlist::toJson);
    if (!playlists)
        return playlists.error();
    return Page {*playlists, revisions->total};
}

Result<QJsonArray> PlaylistJsonCache::assemble(const QList<PlaylistListing::Revision> &revisions,
                                               Entries &entries, Load load, ToJson toJson) const
{
    QStringList stale;
    for (const PlaylistListing::Revision &revision : revisions) {
        const auto entry = entries.constFind(revision.id);
        if (entry == entries.cend() || !(entry->revision == revision))
            stale.append(revision.id);
    }
    if (!stale.isEmpty()) {
        const auto loaded = (m_listing.*load)(stale);
        if (!loaded)
            return loaded.error();
        QHash<QString, const PlaylistListing::Revision *> revisionById;
        for (const PlaylistListing::Revision &revision : revisions)
            revisionById.insert(revision.id, &revision);
        for (const Playlist &playlist : *loaded)
            entries.insert(playlist.id, {*revisionById.value(playlist.id), (playlist.*toJson)()});
        qCDebug(lcLibrary) << "playlist JSON rebuilt for" << loaded->size() << "of" << revisions.size()
                           << "playlists";
    }
    // Bounded: playlists deleted since, and pages asked for before, are forgotten once twice as many as
    // this answer holds are kept (full playlists are large; the web page asks for the first page).
    if (entries.size() > revisions.size() * 2) {
        Entries kept;
        for (const PlaylistListing::Revision &revision : revisions)
            kept.insert(revision.id, entries.value(revision.id));
        entries.swap(kept);
    }
    QJsonArray array;
    for (const PlaylistListing::Revision &revision : revisions) {
        const auto entry = entries.constFind(revision.id);
        if (entry != entries.cend())
            array.append(entry->json);
    }
    return array;
}
