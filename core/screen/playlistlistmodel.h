// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QTimer>

class PlaybackController;
class PlaylistService;
class StateManager;

// Every playlist in list order (PROTOCOL.md §4.1), for the grid and the tag sheet. Rows follow the library
// events with the smallest change (insert, remove, move, dataChanged), never a reset for one edit, so a
// grid of 1000 covers keeps its scroll position and redraws one cell. The events of one operation are
// applied together, once control returns to the event loop.
class PlaylistListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        PlaylistIdRole = Qt::UserRole + 1,
        TitleRole,
        LetterRole,
        TrackCountRole,
        TagIdRole,
        CurrentRole,
        CoverUrlRole, // a file URL of the stored picture, empty when there is none
    };
    Q_ENUM(Role)

    // coversDir: where the stored pictures are (CoverStore); empty shows no pictures.
    PlaylistListModel(PlaylistService &playlists, PlaybackController &player, StateManager &state,
                      QString coversDir = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Plays the playlist of `row` from where it stopped, as a tag would.
    Q_INVOKABLE bool play(int row);
    Q_INVOKABLE int rowOf(const QString &playlistId) const;
    Q_INVOKABLE QString playlistIdAt(int row) const;
    Q_INVOKABLE QString titleAt(int row) const;

    // Reads the library again and applies the difference (also the event handler's work).
    void sync();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString id;
        QString title;
        int trackCount = 0;
        QString tagId;
        QString cover; // the stored picture's name
        bool operator==(const Row &) const = default;
    };
    static Row rowFrom(const QJsonObject &summary);
    void onEventPublished(const QString &event);
    void onPlayerChanged();
    void removeMissing(const QList<Row> &fresh);
    void placeInOrder(const QList<Row> &fresh);
    int indexOf(const QString &playlistId, int from = 0) const;

    PlaylistService &m_playlists;
    PlaybackController &m_player;
    QList<Row> m_rows;
    QString m_currentId;
    QTimer m_syncSoon;
    QString m_coversDir;
};
