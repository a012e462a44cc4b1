// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

class PlaybackController;
class TrackProgressService;

// What the now-playing screen shows, read from the PlaybackController (every change) and the position ticks
// of TrackProgressService (the 200 ms cadence the web page gets). The buttons call the controller directly,
// so a tap on the screen and a click on a web page are the same operation.
class NowPlayingViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY trackChanged)
    Q_PROPERTY(QString title READ title NOTIFY trackChanged)
    Q_PROPERTY(QString playlistId READ playlistId NOTIFY trackChanged)
    Q_PROPERTY(QString playlistTitle READ playlistTitle NOTIFY trackChanged)
    Q_PROPERTY(QString coverLetter READ coverLetter NOTIFY trackChanged)
    // The track's picture, else its playlist's, as a file URL; empty when neither has one.
    Q_PROPERTY(QUrl coverUrl READ coverUrl NOTIFY trackChanged)
    Q_PROPERTY(int trackNumber READ trackNumber NOTIFY trackChanged)
    Q_PROPERTY(int trackCount READ trackCount NOTIFY trackChanged)
    Q_PROPERTY(double durationMs READ durationMs NOTIFY trackChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY trackChanged)
    Q_PROPERTY(double positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)
    Q_PROPERTY(int volume READ volume NOTIFY volumeChanged)
    Q_PROPERTY(int volumeMin READ volumeMin CONSTANT)
    Q_PROPERTY(int volumeMax READ volumeMax CONSTANT)
    Q_PROPERTY(bool shuffle READ shuffle NOTIFY modesChanged)
    Q_PROPERTY(QString repeat READ repeat NOTIFY modesChanged)
    Q_PROPERTY(bool canNext READ canNext NOTIFY modesChanged)
    Q_PROPERTY(bool canPrevious READ canPrevious NOTIFY modesChanged)

public:
    // coversDir: where the stored pictures are (CoverStore); empty shows no pictures.
    NowPlayingViewModel(PlaybackController &player, TrackProgressService &progress, int volumeMin,
                        int volumeMax, QString coversDir = {}, QObject *parent = nullptr);

    bool isLoaded() const { return m_view.loaded; }
    QString title() const { return m_view.title; }
    QString playlistId() const { return m_view.playlistId; }
    QString playlistTitle() const { return m_view.playlistTitle; }
    QString coverLetter() const;
    QUrl coverUrl() const;
    int trackNumber() const { return m_view.trackNumber; }
    int trackCount() const { return m_view.trackCount; }
    // double: QML's number, exact for any duration in ms.
    double durationMs() const { return double(m_view.durationMs); }
    double positionMs() const { return double(m_positionMs); }
    // A stream of unknown length (a radio): no duration to show, the screen says "Live".
    bool isLive() const { return m_view.live; }
    bool isPlaying() const { return m_view.playing; }
    int volume() const { return m_view.volume; }
    int volumeMin() const { return m_volumeMin; }
    int volumeMax() const { return m_volumeMax; }
    bool shuffle() const { return m_view.shuffle; }
    QString repeat() const { return m_view.repeat; }
    bool canNext() const { return m_view.canNext; }
    bool canPrevious() const { return m_view.canPrevious; }

    Q_INVOKABLE void togglePlayPause();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    Q_INVOKABLE void setVolume(int volume);
    Q_INVOKABLE void toggleShuffle();
    Q_INVOKABLE void cycleRepeat(); // none -> playlist -> track -> none

Q_SIGNALS:
    void trackChanged();
    void positionChanged();
    void playingChanged();
    void volumeChanged();
    void modesChanged();

private:
    struct View
    {
        bool loaded = false;
        QString title;
        QString playlistId;
        QString playlistTitle;
        QString cover; // the stored picture's name
        int trackNumber = 0;
        int trackCount = 0;
        qint64 durationMs = 0;
        bool live = false;
        bool playing = false;
        int volume = 0;
        bool shuffle = false;
        QString repeat;
        bool canNext = false;
        bool canPrevious = false;
    };
    View read() const;
    void refresh();
    void onPositionPublished(const QJsonObject &position);
    void setPosition(qint64 positionMs);

    PlaybackController &m_player;
    int m_volumeMin;
    int m_volumeMax;
    QString m_coversDir;
    View m_view;
    qint64 m_positionMs = 0;
};
