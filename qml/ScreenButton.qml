// SPDX-License-Identifier: GPL-3.0-or-later
// A round button a finger hits: at least Theme.touchTarget across, a symbol, and its name for screen readers.
import QtQuick
import QtQuick.Controls

AbstractButton {
    id: button

    property string symbol
    property string label
    property bool big: false

    implicitWidth: big ? Theme.touchTarget + 16 : Theme.touchTarget
    implicitHeight: implicitWidth
    checkable: false
    Accessible.name: label
    opacity: enabled ? 1 : 0.4

    background: Rectangle {
        radius: width / 2
        color: button.checked ? Theme.accent : (button.down ? Qt.lighter(Theme.surface) : Theme.surface)
    }
    contentItem: Text {
        text: button.symbol
        color: button.checked ? Theme.background : Theme.text
        font.pixelSize: button.big ? 30 : 22
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
