// SPDX-License-Identifier: GPL-3.0-or-later
// One small, calm line at the bottom: only what a parent may want to know (the reader, the disk, downloads),
// nothing when all is well.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

Rectangle {
    id: line

    required property StatusViewModel status

    readonly property string readerText: status.readerMissing ? qsTr("The tag reader is not answering") : ""
    readonly property string diskText: status.diskNearlyFull ? qsTr("The storage is nearly full") : ""
    readonly property string downloadText: status.downloadsInProgress > 0
                                           ? qsTr("Downloading %n playlist(s)", "", status.downloadsInProgress) : ""

    readonly property string separator: "  ·  "

    implicitHeight: 28
    color: Theme.surface

    Label {
        objectName: "statusText"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        color: Theme.quietText
        font.pixelSize: Theme.smallSize
        elide: Text.ElideRight
        text: line.readerText
              + (line.readerText.length > 0 && line.diskText.length > 0 ? line.separator : "") + line.diskText
              + (line.readerText.length + line.diskText.length > 0 && line.downloadText.length > 0 ? line.separator : "")
              + line.downloadText
    }
}
