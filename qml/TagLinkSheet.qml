// SPDX-License-Identifier: GPL-3.0-or-later
// "New tag": opens when an unknown tag is placed; a tap on a playlist links the tag to it, a tap on an action
// (the second tab) makes the tag an action card. Nothing is picked until a parent taps.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

Popup {
    id: sheet

    required property TagLinkViewModel tagLink
    required property PlaylistListModel playlists
    readonly property bool showsActions: tabs.currentIndex === 1

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent.width - 2 * Theme.spacing
    height: parent.height - 2 * Theme.spacing
    modal: true
    visible: tagLink.active
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacing
    // Every new tag starts on the playlists.
    onAboutToShow: tabs.currentIndex = 0

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.accent
        border.width: 2
    }

    Label {
        id: heading
        text: sheet.showsActions ? qsTr("New tag: what should it do?") : qsTr("New tag: which playlist?")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        anchors.left: parent.left
        anchors.right: cancelButton.left
        anchors.verticalCenter: cancelButton.verticalCenter
        elide: Text.ElideRight
    }
    Button {
        id: cancelButton
        objectName: "tagLinkCancel"
        text: qsTr("Cancel")
        implicitHeight: Theme.touchTarget
        anchors.top: parent.top
        anchors.right: parent.right
        onClicked: sheet.tagLink.cancel()
    }
    TabBar {
        id: tabs
        anchors.top: cancelButton.bottom
        anchors.topMargin: Theme.spacing / 2
        anchors.left: parent.left
        anchors.right: parent.right

        TabButton {
            objectName: "tagLinkPlaylistsTab"
            text: qsTr("Playlists")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.bodySize
        }
        TabButton {
            objectName: "tagLinkActionsTab"
            text: qsTr("Or a card that does something")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.bodySize
        }
    }
    Label {
        id: problem
        objectName: "tagLinkError"
        visible: sheet.tagLink.error.length > 0
        text: sheet.tagLink.error
        color: Theme.accent
        wrapMode: Text.Wrap
        anchors.top: tabs.bottom
        anchors.left: parent.left
        anchors.right: parent.right
    }
    PlaylistGrid {
        objectName: "tagLinkGrid"
        tilePrefix: "sheetTile_"
        visible: !sheet.showsActions
        model: sheet.playlists
        anchors.top: problem.visible ? problem.bottom : tabs.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onPicked: row => sheet.tagLink.link(sheet.playlists.playlistIdAt(row))
    }
    ActionCardGrid {
        objectName: "tagLinkActions"
        visible: sheet.showsActions
        model: sheet.tagLink.actions
        anchors.top: problem.visible ? problem.bottom : tabs.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onPicked: action => sheet.tagLink.linkAction(action)
    }
}
