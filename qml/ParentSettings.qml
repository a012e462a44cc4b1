// SPDX-License-Identifier: GPL-3.0-or-later
// The parents' settings (behind the 3 s corner press): the tags and the playlists they start, with unlink.
import QtQuick
import QtQuick.Controls
import OpenMusicBox.Ui

Popup {
    id: settings

    required property ParentModeViewModel parentMode

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
        anchors.bottom: parent.bottom
        spacing: 4
    }
}
