// SPDX-License-Identifier: GPL-3.0-or-later
// A playlist's picture: its first letter on a colour of its own (the fallback the web page shows too).
import QtQuick

Rectangle {
    id: tile

    property string letter
    property bool current: false

    radius: Theme.radius
    color: Theme.tileColor(letter)
    border.width: current ? 6 : 0
    border.color: Theme.accent

    Text {
        anchors.centerIn: parent
        text: tile.letter.length > 0 ? tile.letter : "♪"
        color: "white"
        font.pixelSize: Math.round(tile.height * 0.5)
        font.bold: true
    }
}
