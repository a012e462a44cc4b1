// SPDX-License-Identifier: GPL-3.0-or-later
// What an action card can do, as a grid of finger-sized buttons with the words for each (the model holds the
// protocol's names, PROTOCOL.md §4.4); a tap picks one. Nothing is picked beforehand.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

GridView {
    id: grid

    signal picked(string action)

    function actionLabel(action: string): string {
        switch (action) {
        case "pause":
            return qsTr("Pause");
        case "stop":
            return qsTr("Stop");
        case "next":
            return qsTr("Next track");
        case "previous":
            return qsTr("Previous track");
        case "volume_up":
            return qsTr("Louder");
        case "volume_down":
            return qsTr("Quieter");
        case "shuffle":
            return qsTr("Shuffle on or off");
        case "repeat":
            return qsTr("Change repeat");
        case "sleep_15":
            return qsTr("Sleep timer, %1 min").arg(15);
        case "sleep_30":
            return qsTr("Sleep timer, %1 min").arg(30);
        case "sleep_60":
            return qsTr("Sleep timer, %1 min").arg(60);
        }
        return action;
    }

    clip: true
    cellWidth: Math.floor(width / Math.max(2, Math.floor(width / 240)))
    cellHeight: Theme.touchTarget + Theme.spacing / 2
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    delegate: Item {
        id: cell

        required property string modelData
        readonly property ActionCardGrid grid: GridView.view as ActionCardGrid

        width: grid ? grid.cellWidth : 0
        height: grid ? grid.cellHeight : 0

        Button {
            objectName: "tagAction_" + cell.modelData
            text: cell.grid ? cell.grid.actionLabel(cell.modelData) : ""
            font.pixelSize: Theme.bodySize
            anchors.fill: parent
            anchors.rightMargin: Theme.spacing / 2
            anchors.bottomMargin: Theme.spacing / 2
            onClicked: cell.grid.picked(cell.modelData)
        }
    }
}
