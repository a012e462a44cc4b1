// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "playlistjsoncache.h"
#include "playlistrepository.h"
#include "trackdetailsrepository.h"
#include "trashentry.h"

#include <QObject>

class FileJournal;
class TrashBin;

// The playlist use cases: keeps the folders on disk and the rows in the database consistent (a kill at any
// instant leaves both usable: rows follow files, renames go through temp names) and says what changed with
// domain signals (PlaylistNotifier turns them into the events of PROTOCOL.md §4.1 / §5.4). HTTP routes,
// uploads, downloads and NFC all go through here.
class PlaylistService : public QObject
{
    Q_OBJECT
public:
    struct TagChange
    {
        QString tagId;
        QString playlistId;
        QString playlistTitle;
        std::optional<QString> previousPlaylistId;
        bool changed = false;
    };

    struct MoveResult
    {
        Track track;
        Playlist source;
        Playlist target;
    };

    PlaylistService(PlaylistRepository &repository, FileJournal &journal, TrashBin &trash,
                    TrackDetailsRepository &trackDetails, QObject *parent = nullptr);

    PlaylistRepository &repository() const { return m_repository; }
    QString folderPath(const Playlist &playlist) const;

    Result<Playlist> create(const QString &title, const QString &description);
    // Title, description and volume limits; a new title renames the folder (`edit.folder` is ignored).
    Result<Playlist> update(const QString &playlistId, const PlaylistRepository::Edit &edit);
    Result<Playlist> update(const QString &playlistId, const std::optional<QString> &title,
                            const std::optional<QString> &description)
    {
        return update(playlistId, PlaylistRepository::Edit {title, description, {}, {}, {}});
    }
    // Deleting moves to the trash (TrashBin): the rows, the files, the tag link and the resume point.
    // Returns the id of its trash entry.
    Result<QString> remove(const QString &playlistId);
    Result<Playlist> reorder(const QString &playlistId, const QStringList &trackIdsInOrder);
    struct DeleteResult
    {
        Playlist playlist;
        QList<int> deleted;
        QList<int> missing;
        QString trashEntryId; // empty when nothing was deleted
    };
    Result<DeleteResult> deleteTracks(const QString &playlistId, const QList<int> &trackNumbers);
    struct TrackEditResult
    {
        Playlist playlist;
        Track track;
    };
    // A track's title, artist or album; the file keeps its name.
    Result<TrackEditResult> editTrack(const QString &playlistId, const QString &trackId,
                                      const TrackDetailsRepository::Edit &edit);
    Result<MoveResult> moveTrack(const QString &sourcePlaylistId, const QString &trackId,
                                 const QString &targetPlaylistId, std::optional<int> targetPosition);

    // A file prepared under a hidden name in the playlist's folder (AudioPlacer) becomes its next track
    // (uploads, downloads): the row and the rename to the first free name from track.filename are journaled
    // together, so a power cut leaves either the hidden file (swept at start) or the track with its file.
    // `announce` runs before the library events, so that e.g. upload:complete precedes state:track_added
    // (PROTOCOL.md §8.4).
    Result<Track> importTrack(const QString &playlistId, const PlaylistRepository::NewTrack &track,
                              const QString &preparedPath,
                              const std::function<void(const Track &)> &announce = {});

    // A track that plays an http(s) stream (a radio, a podcast episode): no file, no duration. An empty title
    // becomes the URL's host. The URL is taken as given (the route checks it, FieldValidator::httpUrl).
    Result<Track> addStream(const QString &playlistId, const QString &url, const QString &title);
    // The cover scanner found a new picture for the playlist or one of its tracks: the clients hear
    // state:playlist_updated with its cover_url (the tracks' cover_url come with the playlist's full state).
    void announceCover(const QString &playlistId);

    Result<TagChange> assignTag(const QString &playlistId, const QString &tagId);
    Result<TagChange> releaseTag(const QString &tagId);

    // PlaylistSummary[] of every playlist in list order, as compact JSON: the state:playlists snapshot.
    PlaylistJsonCache::List playlistSummaries() const;
    // {playlists: PlaylistSummary[] in list order, total}, for the readers that want values (the screen).
    QJsonObject playlistsSnapshot() const;
    // One page (1-based) of GET /api/playlists: full playlists in list order as compact JSON, and the
    // library's size.
    Result<PlaylistJsonCache::List> playlistsPage(int page, int limit) const;
Q_SIGNALS:
    // For the player: the playable list of a loaded playlist must be rebuilt, or the playlist unloaded.
    void playlistChanged(const QString &playlistId);
    void playlistAboutToBeRemoved(const QString &playlistId);

    // What changed, for the clients. `updates` holds the changed fields by their protocol name.
    void playlistCreated(const Playlist &playlist);
    void playlistUpdated(const Playlist &playlist, const QJsonObject &updates);
    void playlistDeleted(const QString &playlistId, qint64 lastPlaylistSeq);
    // `playlist` is the playlist after the change.
    void tracksDeleted(const Playlist &playlist, const QList<int> &trackNumbers, const QStringList &trackIds);
    void trackAdded(const Playlist &playlist, const Track &track);
    // `updates` holds the edited fields by their protocol name (title, artist, album).
    void trackUpdated(const Playlist &playlist, const Track &track, const QJsonObject &updates);
    // After playlistDeleted or tracksDeleted: where they went.
    void movedToTrash(const TrashEntry &entry);

private:
    PlaylistRepository &m_repository;
    FileJournal &m_journal;
    TrashBin &m_trash;
    TrackDetailsRepository &m_trackDetails;
    mutable PlaylistJsonCache m_json; // what the list and the snapshot last sent, per playlist revision
};
