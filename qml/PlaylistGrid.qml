// SPDX-License-Identifier: GPL-3.0-or-later
// The playlists as a grid of cover tiles; a tap picks one, the current one is framed. Used by the main
// screen (tap to play) and by the new-tag sheet (tap to link).
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

GridView {
    id: grid

    property string tilePrefix: "playlistTile_"
    signal picked(int row)

    clip: true
    cellWidth: Math.floor(width / Math.max(2, Math.floor(width / 170)))
    cellHeight: cellWidth + 36
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    // Cells are cheap; a few rows ahead keep fast flicks through 1000 playlists smooth.
    cacheBuffer: cellHeight * 2

    delegate: Item {
        id: cell

        required property int index
        required property string title
        required property string letter
        required property bool current
        required property url coverUrl

        readonly property PlaylistGrid grid: GridView.view as PlaylistGrid

        objectName: (grid ? grid.tilePrefix : "") + index
        width: grid ? grid.cellWidth : 0
        height: grid ? grid.cellHeight : 0

        CoverTile {
            id: cover
            letter: cell.letter
            current: cell.current
            source: cell.coverUrl
            anchors.top: parent.top
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.topMargin: Theme.spacing / 2
            width: cell.width - Theme.spacing
            height: width
        }
        Label {
            text: cell.title
            color: Theme.text
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            anchors.top: cover.bottom
            anchors.left: cover.left
            anchors.right: cover.right
            anchors.topMargin: 4
        }
        TapHandler {
            onTapped: cell.grid.picked(cell.index)
        }
    }
}
