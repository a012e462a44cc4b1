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
    QHash<QString, QByteArray> converted;
    if (!stale.isEmpty()) {
        const auto loaded = (m_listing.*load)(stale);
        if (!loaded)
            return loaded.error();
        for (const Playlist &playlist : *loaded)
            converted.insert(playlist.id, QJsonDocument((playlist.*toJson)()).toJson(QJsonDocument::Compact));
        qCDebug(lcLibrary) << "playlist JSON rebuilt for" << loaded->size() << "of" << wanted.size()
                           << "playlists";
    }
    // The answer: each playlist's JSON, converted now or copied from the answer it was last in.
    // A piece keeps the revision it was converted at: one removed since its revision was read is not
    // converted, and whatever is kept of it is converted again when it is next asked for.
    QList<QByteArrayView> pieces;
    QList<PlaylistListing::Revision> pieceRevisions;
    pieces.reserve(wanted.size());
    pieceRevisions.reserve(wanted.size());
    for (const PlaylistListing::Revision &revision : wanted) {
        if (const auto fresh = converted.constFind(revision.id); fresh != converted.cend()) {
            pieces.append(*fresh);
            pieceRevisions.append(revision);
        } else if (const auto entry = entries.constFind(revision.id); entry != entries.cend()) {
            pieces.append(entry->json());
            pieceRevisions.append(entry->revision);
        }
    }
    QList<qsizetype> offsets;
    const QByteArray json = CompactJson::array(pieces, &offsets);
    for (qsizetype i = 0; i < pieces.size(); ++i)
        entries.insert(pieceRevisions.at(i).id,
                       {pieceRevisions.at(i), json, offsets.at(i), pieces.at(i).size()});
    // Bounded: playlists deleted since, and pages asked for before, are forgotten once twice as many as
    // this answer holds are kept (full playlists are large; the web page asks for the first page).
    if (entries.size() > wanted.size() * 2) {
        Entries kept;
        for (const PlaylistListing::Revision &revision : wanted) {
            if (const auto entry = entries.constFind(revision.id); entry != entries.cend())
                kept.insert(revision.id, *entry);
        }
        entries.swap(kept);
    }
    last = {wanted, json, int(pieces.size())};
    return List {last.json, last.count, revisions.total};
}
