// SPDX-License-Identifier: GPL-3.0-or-later
// The box's own screen: now playing beside the playlist grid, a calm status line, the new-tag sheet and the
// parents' settings. Every value comes from a view model; every tap calls one.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

ApplicationWindow {
    id: window

    required property NowPlayingViewModel nowPlaying
    required property PlaylistListModel playlists
    required property TagLinkViewModel tagLink
    required property StatusViewModel status
    required property ParentModeViewModel parentMode
    required property ScreenDimmer dimmer
    required property ShutdownNoticeViewModel shutdownNotice

    width: 800
    height: 480
    minimumWidth: 800
    minimumHeight: 480
    visible: true
    title: qsTr("Music box")
    color: Theme.background

    NowPlayingPanel {
        id: nowPlayingPanel
        objectName: "nowPlayingPanel"
        nowPlaying: window.nowPlaying
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: statusLine.top
        width: Math.round(parent.width * 0.45)
    }

    PlaylistGrid {
        objectName: "playlistGrid"
        model: window.playlists
        anchors.left: nowPlayingPanel.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: statusLine.top
        onPicked: row => window.playlists.play(row)
    }

    StatusLine {
        id: statusLine
        status: window.status
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    // A 3 s press on the top right corner: children do not find it by chance.
    MouseArea {
        objectName: "parentCorner"
        width: Theme.touchTarget
        height: Theme.touchTarget
        anchors.top: parent.top
        anchors.right: parent.right
        pressAndHoldInterval: 3000
        onPressAndHold: window.parentMode.requestOpen()
    }

    TagLinkSheet {
        objectName: "tagLinkSheet"
        tagLink: window.tagLink
        playlists: window.playlists
    }

    PinPad {
        objectName: "pinPad"
        parentMode: window.parentMode
    }

    ParentSettings {
        objectName: "parentSettings"
        parentMode: window.parentMode
        dimmer: window.dimmer
    }

    // The idle shutdown's warning: any touch keeps the box on.
    Rectangle {
        objectName: "shutdownNotice"
        parent: Overlay.overlay
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: shutdownText.implicitHeight + 2 * Theme.spacing
        z: 999
        color: Theme.surface
        visible: window.shutdownNotice.pending

        Label {
            id: shutdownText
            objectName: "shutdownText"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: qsTr("The box turns itself off in %1 s. Touch anything to keep it on.").arg(window.shutdownNotice.secondsLeft)
        }
    }

    // Dimmed after the idle time; the touch that wakes it is taken by the screen, so it does nothing else.
    Rectangle {
        objectName: "dimOverlay"
        parent: Overlay.overlay
        anchors.fill: parent
        z: 1000
        color: "black"
        opacity: window.dimmer.dimmed ? 0.75 : 0
        visible: opacity > 0
        Behavior on opacity {
            NumberAnimation {
                duration: 400
            }
        }
    }
}
