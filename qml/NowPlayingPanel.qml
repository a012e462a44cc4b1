// SPDX-License-Identifier: GPL-3.0-or-later
// Now playing: the big cover tile, the names, n of m, the progress of the 200 ms ticks and the controls.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpenMusicBox.Ui

Item {
    id: panel

    required property NowPlayingViewModel nowPlaying

    function clock(ms: double): string {
        const seconds = Math.floor(ms / 1000);
        const rest = seconds % 60;
        return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest;
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 96

            CoverTile {
                objectName: "nowPlayingCover"
                letter: panel.nowPlaying.coverLetter
                source: panel.nowPlaying.coverUrl
                anchors.horizontalCenter: parent.horizontalCenter
                height: Math.min(parent.height, parent.width, 420)
                width: height
            }
        }

        Label {
            objectName: "trackTitle"
            text: panel.nowPlaying.loaded ? panel.nowPlaying.title : qsTr("Place a tag or pick a playlist")
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }

        Label {
            objectName: "playlistLine"
            visible: panel.nowPlaying.loaded
            text: qsTr("%1 · %2 of %3").arg(panel.nowPlaying.playlistTitle).arg(panel.nowPlaying.trackNumber)
                  .arg(panel.nowPlaying.trackCount)
            color: Theme.quietText
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: panel.clock(panel.nowPlaying.positionMs)
                color: Theme.quietText
                font.pixelSize: Theme.smallSize
            }
            ProgressBar {
                objectName: "progress"
                from: 0
                to: Math.max(1, panel.nowPlaying.durationMs)
                value: panel.nowPlaying.live ? 0 : panel.nowPlaying.positionMs
                Layout.fillWidth: true
            }
            Label {
                objectName: "durationLabel"
                text: panel.nowPlaying.live ? qsTr("Live") : panel.clock(panel.nowPlaying.durationMs)
                color: Theme.quietText
                font.pixelSize: Theme.smallSize
            }
        }

        Item {
            Layout.fillWidth: true
            implicitHeight: buttons.implicitHeight

        Row {
            id: buttons
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spacing / 2

            ScreenButton {
                objectName: "shuffleButton"
                symbol: "⤮"
                label: qsTr("Shuffle")
                checked: panel.nowPlaying.shuffle
                onClicked: panel.nowPlaying.toggleShuffle()
            }
            ScreenButton {
                objectName: "previousButton"
                symbol: "◀◀"
                label: qsTr("Previous")
                enabled: panel.nowPlaying.loaded
                onClicked: panel.nowPlaying.previous()
            }
            ScreenButton {
                objectName: "playPauseButton"
                symbol: panel.nowPlaying.playing ? "❚❚" : "▶"
                label: panel.nowPlaying.playing ? qsTr("Pause") : qsTr("Play")
                enabled: panel.nowPlaying.loaded
                big: true
                onClicked: panel.nowPlaying.togglePlayPause()
            }
            ScreenButton {
                objectName: "nextButton"
                symbol: "▶▶"
                label: qsTr("Next")
                enabled: panel.nowPlaying.canNext
                onClicked: panel.nowPlaying.next()
            }
            ScreenButton {
                objectName: "repeatButton"
                symbol: panel.nowPlaying.repeat === "track" ? "↻1" : "↻"
                label: qsTr("Repeat")
                checked: panel.nowPlaying.repeat !== "none"
                onClicked: panel.nowPlaying.cycleRepeat()
            }
        }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: "−"
                color: Theme.quietText
                font.pixelSize: Theme.bodySize
            }
            Slider {
                id: volumeSlider
                objectName: "volumeSlider"
                from: panel.nowPlaying.volumeMin
                to: panel.nowPlaying.volumeMax
                stepSize: 1
                value: panel.nowPlaying.volume
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Volume")
                onMoved: panel.nowPlaying.setVolume(Math.round(value))
            }
            Label {
                text: "+"
                color: Theme.quietText
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
