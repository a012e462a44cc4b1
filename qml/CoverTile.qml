// SPDX-License-Identifier: GPL-3.0-or-later
// A playlist's picture: the stored cover when there is one, over its first letter on a colour of its own (the
// fallback the web page shows too, seen while the picture loads or when it cannot be read).
import QtQuick

Rectangle {
    id: tile

    property string letter
    property bool current: false
    property url source

    radius: Theme.radius
    color: Theme.tileColor(letter)
    border.width: current ? 6 : 0
    border.color: Theme.accent
    clip: true

    Text {
        anchors.centerIn: parent
        visible: picture.status !== Image.Ready
        text: tile.letter.length > 0 ? tile.letter : "♪"
        color: "white"
        font.pixelSize: Math.round(tile.height * 0.5)
        font.bold: true
    }

    Image {
        id: picture
        objectName: "coverImage"
        anchors.fill: parent
        anchors.margins: tile.border.width
        source: tile.source
        visible: status === Image.Ready
        asynchronous: true
        cache: true
        fillMode: Image.PreserveAspectCrop
        // Stored covers are at most 512 px; a tile never decodes more than it shows. qmllint 6.4 knows no type
        // for sourceSize, hence the directives.
        // qmllint disable type
        sourceSize: Qt.size(Math.min(512, Math.ceil(tile.width)), Math.min(512, Math.ceil(tile.height)))
        // qmllint enable type
    }
}
