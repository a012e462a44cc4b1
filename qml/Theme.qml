// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes and colours of the screen in one place: finger-sized targets (>= 48 px) and calm colours.
pragma Singleton
import QtQuick

QtObject {
    readonly property int touchTarget: 56 // >= 48 px, a child's fingertip with room to spare
    readonly property int spacing: 12
    readonly property int radius: 12
    readonly property color background: "#1d2330"
    readonly property color surface: "#2a3242"
    readonly property color accent: "#f2b84b"
    readonly property color text: "#f4f1ea"
    readonly property color quietText: "#a8b0c0"
    readonly property int bodySize: 20
    readonly property int titleSize: 28
    readonly property int smallSize: 15
    readonly property var tileColors: ["#e07a5f", "#3d8bd4", "#81b29a", "#c97fd0", "#e0b341", "#5fb7c9"]

    function tileColor(letter: string): color {
        return tileColors[letter.length > 0 ? letter.charCodeAt(0) % tileColors.length : 0];
    }
}
