// SPDX-License-Identifier: GPL-3.0-or-later
// "New tag: which playlist?": opens when an unknown tag is placed; a tap on a playlist links the tag.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

Popup {
    id: sheet

    required property TagLinkViewModel tagLink
    required property PlaylistListModel playlists

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent.width - 2 * Theme.spacing
    height: parent.height - 2 * Theme.spacing
    modal: true
    visible: tagLink.active
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacing

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.accent
        border.width: 2
    }

    Label {
        id: heading
        text: qsTr("New tag: which playlist?")
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
    Label {
        id: problem
        visible: sheet.tagLink.error.length > 0
        text: sheet.tagLink.error
        color: Theme.accent
        anchors.top: cancelButton.bottom
        anchors.left: parent.left
        anchors.right: parent.right
    }
    PlaylistGrid {
        objectName: "tagLinkGrid"
        tilePrefix: "sheetTile_"
        model: sheet.playlists
        anchors.top: problem.visible ? problem.bottom : cancelButton.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onPicked: row => sheet.tagLink.link(sheet.playlists.playlistIdAt(row))
    }
}
