// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "playlist.h"
#include "playlistlisting.h"
#include "playlisttaglinks.h"

#include <QStringList>

#include <optional>

class Database;

// Playlists, their tracks and their tag (one aggregate, one repository). Every mutation that changes a
// playlist bumps its playlist_seq and updated_at in the same transaction. Only rows: files on disk are
// PlaylistService's.
class PlaylistRepository
{
public:
    struct Page
    {
        QList<Playlist> playlists;
        int total = 0;
    };

    struct NewTrack
    {
        QString title;
        QString filename;
        qint64 durationMs = 0;
        std::optional<QString> artist;
        std::optional<QString> album;
        bool hasCover = false;
        int trackNumber = 0; // 0 = max + 1
        // A stream track: `filename` is ignored (Track::streamPlaceholder).
        std::optional<QString> streamUrl = {};
    };

    // An edit of a playlist's own fields; an absent member stays as it is.
    struct Edit
    {
        std::optional<QString> title;
        std::optional<QString> description;
        std::optional<QString> folder;
        // Present: the new limit, whose nullopt means "no limit".
        std::optional<std::optional<int>> maxVolume;
        std::optional<std::optional<int>> startVolume;
    };

    PlaylistRepository(Database &database, QString musicDir);

    QString musicDir() const { return m_musicDir; }
    // The cheap reads of the list and the snapshot (revisions, counted summaries).
    const PlaylistListing &listing() const { return m_listing; }

    // Newest updated_at first, ties by title (PROTOCOL.md §4.1); page is 1-based.
    Result<Page> list(int page, int limit) const;
    QList<Playlist> all() const;
    std::optional<Playlist> find(const QString &playlistId) const;
    std::optional<Playlist> findByTag(const QString &tagId) const;
    std::optional<Playlist> findByFolder(const QString &folder) const;
    std::optional<Track> findTrack(const QString &trackId) const;

    Result<Playlist> create(const QString &title, const QString &description, const QString &folder);
    Result<Playlist> update(const QString &playlistId, const Edit &edit);
    Result<Playlist> update(const QString &playlistId, const std::optional<QString> &title,
                            const std::optional<QString> &description, const std::optional<QString> &folder)
    {
        return update(playlistId, Edit {title, description, folder, {}, {}});
    }
    Status remove(const QString &playlistId);

    Result<Track> addTrack(const QString &playlistId, const NewTrack &track);
    Result<Playlist> removeTracks(const QString &playlistId, const QList<int> &trackNumbers);
    // The listed tracks get 1..k in that order, the others follow in their old order.
    Result<Playlist> reorder(const QString &playlistId, const QStringList &trackIdsInOrder);
    // Moves the row; target tracks at or above targetPosition shift up by one.
    Result<Track> moveTrack(const QString &trackId, const QString &targetPlaylistId, int targetPosition,
                            const QString &newFilename);

    // Gives the tag to the playlist; returns the id of the playlist that had it before (if another one).
    // A playlist has at most one tag: its previous tag is released.
    Result<std::optional<QString>> assignTag(const QString &playlistId, const QString &tagId)
    {
        return m_tagLinks.assign(playlistId, tagId);
    }
    // Returns the playlist that had the tag.
    Result<QString> releaseTag(const QString &tagId) { return m_tagLinks.release(tagId); }

    Status markPlayed(const QString &playlistId, qint64 unixMs); // no revision change
    Status incrementPlayCount(const QString &trackId);

private:
    Database &m_database;
    QString m_musicDir;
    PlaylistListing m_listing;
    PlaylistTagLinks m_tagLinks;
};
