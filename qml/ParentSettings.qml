// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' settings (behind the 3 s corner press): the language, when the screen dims, and the tags and the
// playlists they start, with unlink.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

Popup {
    id: settings

    required property ParentModeViewModel parentMode
    required property ScreenDimmer dimmer

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent.width - 2 * Theme.spacing
    height: parent.height - 2 * Theme.spacing
    modal: true
    visible: parentMode.open
    closePolicy: Popup.NoAutoClose
    padding: Theme.spacing

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.quietText
        border.width: 2
    }

    Label {
        text: qsTr("Parents")
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.bold: true
        anchors.left: parent.left
        anchors.verticalCenter: closeButton.verticalCenter
    }
    Row {
        id: languages
        spacing: Theme.spacing / 2
        anchors.right: closeButton.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: closeButton.verticalCenter

        Button {
            objectName: "language_en"
            text: "English"
            implicitHeight: Theme.touchTarget
            highlighted: settings.parentMode.language === "en"
            onClicked: settings.parentMode.setLanguage("en")
        }
        Button {
            objectName: "language_fr"
            text: "Français"
            implicitHeight: Theme.touchTarget
            highlighted: settings.parentMode.language === "fr"
            onClicked: settings.parentMode.setLanguage("fr")
        }
        Button {
            objectName: "language_de"
            text: "Deutsch"
            implicitHeight: Theme.touchTarget
            highlighted: settings.parentMode.language === "de"
            onClicked: settings.parentMode.setLanguage("de")
        }
    }
    Button {
        id: closeButton
        objectName: "parentSettingsClose"
        text: qsTr("Done")
        implicitHeight: Theme.touchTarget
        anchors.top: parent.top
        anchors.right: parent.right
        onClicked: settings.parentMode.open = false
    }
    LinkedTagList {
        objectName: "linkedTags"
        parentMode: settings.parentMode
        anchors.top: closeButton.bottom
        anchors.topMargin: Theme.spacing
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: dimChoices.top
        anchors.bottomMargin: Theme.spacing
        spacing: 4
    }
    Row {
        id: dimChoices
        spacing: Theme.spacing / 2
        anchors.left: parent.left
        anchors.bottom: parent.bottom

        Label {
            objectName: "dimLabel"
            text: qsTr("Screen dims after")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            anchors.verticalCenter: parent.verticalCenter
        }
        Button {
            objectName: "dimAfter_30"
            text: qsTr("%1 s").arg(30)
            implicitHeight: Theme.touchTarget
            highlighted: settings.dimmer.dimAfterSec === 30
            onClicked: settings.dimmer.setDimAfterSec(30)
        }
        Button {
            objectName: "dimAfter_60"
            text: qsTr("%1 min").arg(1)
            implicitHeight: Theme.touchTarget
            highlighted: settings.dimmer.dimAfterSec === 60
            onClicked: settings.dimmer.setDimAfterSec(60)
        }
        Button {
            objectName: "dimAfter_120"
            text: qsTr("%1 min").arg(2)
            implicitHeight: Theme.touchTarget
            highlighted: settings.dimmer.dimAfterSec === 120
            onClicked: settings.dimmer.setDimAfterSec(120)
        }
        Button {
            objectName: "dimAfter_300"
            text: qsTr("%1 min").arg(5)
            implicitHeight: Theme.touchTarget
            highlighted: settings.dimmer.dimAfterSec === 300
            onClicked: settings.dimmer.setDimAfterSec(300)
        }
        Button {
            objectName: "dimAfter_0"
            text: qsTr("Never")
            implicitHeight: Theme.touchTarget
            highlighted: settings.dimmer.dimAfterSec === 0
            onClicked: settings.dimmer.setDimAfterSec(0)
        }
    }
}
