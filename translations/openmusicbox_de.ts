<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionCardGrid</name>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="16"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="18"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="20"/>
        <source>Next track</source>
        <translation>Nächster Titel</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="22"/>
        <source>Previous track</source>
        <translation>Vorheriger Titel</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="24"/>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="26"/>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="28"/>
        <source>Shuffle on or off</source>
        <translation>Zufall an oder aus</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="30"/>
        <source>Change repeat</source>
        <translation>Wiederholmodus</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="32"/>
        <location filename="../qml/ActionCardGrid.qml" line="34"/>
        <location filename="../qml/ActionCardGrid.qml" line="36"/>
        <source>Sleep timer, %1 min</source>
        <translation>Schlaftimer, %1 Min.</translation>
    </message>
</context>
<context>
    <name>LinkedTagList</name>
    <message>
        <location filename="../qml/LinkedTagList.qml" line="28"/>
        <source>Tag %1 plays %2</source>
        <translation>Tag %1 spielt %2</translation>
    </message>
    <message>
        <location filename="../qml/LinkedTagList.qml" line="39"/>
        <source>Unlink</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="24"/>
        <source>Music box</source>
        <translation>Musikbox</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>The box turns itself off in %1 s. Touch anything to keep it on.</source>
        <translation>Die Box schaltet sich in %1 s aus. Berühre den Bildschirm, damit sie an bleibt.</translation>
    </message>
</context>
<context>
    <name>NowPlayingPanel</name>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="41"/>
        <source>Place a tag or pick a playlist</source>
        <translation>Leg einen Tag auf oder wähl eine Playlist</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="53"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="78"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="96"/>
        <source>Shuffle</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="103"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="110"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="110"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="118"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="125"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="148"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
</context>
<context>
    <name>ParentSettings</name>
    <message>
        <location filename="../qml/ParentSettings.qml" line="31"/>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="70"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="95"/>
        <source>Screen dims after</source>
        <translation>Bildschirm dunkel nach</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="130"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="102"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="109"/>
        <location filename="../qml/ParentSettings.qml" line="116"/>
        <location filename="../qml/ParentSettings.qml" line="123"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="46"/>
        <source>Parents&apos; PIN</source>
        <translation>Eltern-PIN</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="67"/>
        <source>Wrong PIN. Tries left: %1</source>
        <translation>Falsche PIN. Verbleibende Versuche: %1</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="68"/>
        <source>Too many wrong PINs. Wait %1 s.</source>
        <translation>Zu viele falsche PINs. %1 s warten.</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="69"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="134"/>
        <source>Delete a digit</source>
        <translation>Eine Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="146"/>
        <source>Open the parents&apos; settings</source>
        <translation>Eltern-Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="153"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../qml/StatusLine.qml" line="13"/>
        <source>The tag reader is not answering</source>
        <translation>Das Tag-Lesegerät antwortet nicht</translation>
    </message>
    <message>
        <location filename="../qml/StatusLine.qml" line="14"/>
        <source>The storage is nearly full</source>
        <translation>Der Speicher ist fast voll</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StatusLine.qml" line="16"/>
        <source>Downloading %n playlist(s)</source>
        <translation>
            <numerusform>%n Playlist wird geladen</numerusform>
            <numerusform>%n Playlists werden geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagLinkSheet</name>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="35"/>
        <source>New tag: which playlist?</source>
        <translation>Neuer Tag: welche Playlist?</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="35"/>
        <source>New tag: what should it do?</source>
        <translation>Neuer Tag: was soll er tun?</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="62"/>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="68"/>
        <source>Or a card that does something</source>
        <translation>Oder ein Tag, der etwas tut</translation>
    </message>
</context>
</TS>
