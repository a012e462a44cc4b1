// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' PIN before their settings open (only while a PIN is set): a keypad, dots for the digits typed,
// and why the last PIN was refused. The digits live here until OK and are cleared when they are sent.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

Popup {
    id: pad

    required property ParentModeViewModel parentMode
    property string digits

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 360
    height: parent.height - 2 * Theme.spacing
    modal: true
    visible: parentMode.pinAsked
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacing
    onVisibleChanged: digits = ""

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.quietText
        border.width: 2
    }

    function press(key) {
        if (digits.length < 8)
            digits += key;
    }
    function send() {
        const pin = digits;
        digits = "";
        parentMode.enterPin(pin);
    }

    Column {
        anchors.fill: parent
        spacing: Theme.spacing / 2

        Label {
            text: qsTr("Parents' PIN")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            anchors.horizontalCenter: parent.horizontalCenter
        }
        Label {
            objectName: "pinDots"
            text: "●".repeat(pad.digits.length)
            color: Theme.accent
            font.pixelSize: Theme.bodySize
            height: Theme.bodySize + 8
            anchors.horizontalCenter: parent.horizontalCenter
        }
        Label {
            objectName: "pinError"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.accent
            font.pixelSize: Theme.smallSize
            text: pad.parentMode.pinError === "wrong" ? qsTr("Wrong PIN. Tries left: %1").arg(pad.parentMode.pinDetail)
                : pad.parentMode.pinError === "paused" ? qsTr("Too many wrong PINs. Wait %1 s.").arg(pad.parentMode.pinDetail)
                : pad.parentMode.pinError === "format" ? qsTr("A PIN is 4 to 8 digits.")
                : ""
        }
        Grid {
            columns: 3
            spacing: Theme.spacing / 2
            anchors.horizontalCenter: parent.horizontalCenter

            ScreenButton {
                objectName: "pinKey1"
                symbol: "1"
                label: "1"
                onClicked: pad.press("1")
            }
            ScreenButton {
                objectName: "pinKey2"
                symbol: "2"
                label: "2"
                onClicked: pad.press("2")
            }
            ScreenButton {
                objectName: "pinKey3"
                symbol: "3"
                label: "3"
                onClicked: pad.press("3")
            }
            ScreenButton {
                objectName: "pinKey4"
                symbol: "4"
                label: "4"
                onClicked: pad.press("4")
            }
            ScreenButton {
                objectName: "pinKey5"
                symbol: "5"
                label: "5"
                onClicked: pad.press("5")
            }
            ScreenButton {
                objectName: "pinKey6"
                symbol: "6"
                label: "6"
                onClicked: pad.press("6")
            }
            ScreenButton {
                objectName: "pinKey7"
                symbol: "7"
                label: "7"
                onClicked: pad.press("7")
            }
            ScreenButton {
                objectName: "pinKey8"
                symbol: "8"
                label: "8"
                onClicked: pad.press("8")
            }
            ScreenButton {
                objectName: "pinKey9"
                symbol: "9"
                label: "9"
                onClicked: pad.press("9")
            }
            ScreenButton {
                objectName: "pinBackspace"
                symbol: "⌫"
                label: qsTr("Delete a digit")
                onClicked: pad.digits = pad.digits.slice(0, -1)
            }
            ScreenButton {
                objectName: "pinKey0"
                symbol: "0"
                label: "0"
                onClicked: pad.press("0")
            }
            ScreenButton {
                objectName: "pinOk"
                symbol: "✓"
                label: qsTr("Open the parents' settings")
                enabled: pad.digits.length >= 4
                onClicked: pad.send()
            }
        }
        Button {
            objectName: "pinCancel"
            text: qsTr("Cancel")
            implicitHeight: Theme.touchTarget
            anchors.horizontalCenter: parent.horizontalCenter
            onClicked: pad.parentMode.cancelPin()
        }
    }
}
