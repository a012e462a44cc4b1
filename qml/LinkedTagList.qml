// SPDX-License-Identifier: GPL-3.0-or-later
// The tags the box knows, each with the playlist it starts and an unlink button.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

ListView {
    id: list

    required property ParentModeViewModel parentMode

    clip: true
    model: parentMode.linkedTags

    delegate: Rectangle {
        id: row

        required property string title
        required property string tagId
        readonly property LinkedTagList view: ListView.view as LinkedTagList

        width: view ? view.width : 0
        height: Theme.touchTarget
        radius: Theme.radius
        color: Theme.surface

        Label {
            text: qsTr("Tag %1 plays %2").arg(row.tagId).arg(row.title)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            elide: Text.ElideRight
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: unlinkButton.left
            anchors.verticalCenter: parent.verticalCenter
        }
        Button {
            id: unlinkButton
            text: qsTr("Unlink")
            implicitHeight: Theme.touchTarget - 8
            anchors.right: parent.right
            anchors.rightMargin: 4
            anchors.verticalCenter: parent.verticalCenter
            onClicked: row.view.parentMode.unlink(row.tagId)
        }
    }
}
