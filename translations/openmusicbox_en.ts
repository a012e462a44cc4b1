<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCardGrid</name>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="16"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="18"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="20"/>
        <source>Next track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="22"/>
        <source>Previous track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="24"/>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="26"/>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="28"/>
        <source>Shuffle on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="30"/>
        <source>Change repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="32"/>
        <location filename="../qml/ActionCardGrid.qml" line="34"/>
        <location filename="../qml/ActionCardGrid.qml" line="36"/>
        <source>Sleep timer, %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedTagList</name>
    <message>
        <location filename="../qml/LinkedTagList.qml" line="28"/>
        <source>Tag %1 plays %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/LinkedTagList.qml" line="39"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="24"/>
        <source>Music box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>The box turns itself off in %1 s. Touch anything to keep it on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NowPlayingPanel</name>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="41"/>
        <source>Place a tag or pick a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="53"/>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="78"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="96"/>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="103"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="110"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="110"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="118"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="125"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="148"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentSettings</name>
    <message>
        <location filename="../qml/ParentSettings.qml" line="31"/>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="70"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="95"/>
        <source>Screen dims after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="130"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="102"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="109"/>
        <location filename="../qml/ParentSettings.qml" line="116"/>
        <location filename="../qml/ParentSettings.qml" line="123"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../qml/PinPad.qml" line="46"/>
        <source>Parents&apos; PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="67"/>
        <source>Wrong PIN. Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="68"/>
        <source>Too many wrong PINs. Wait %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="69"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="134"/>
        <source>Delete a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="146"/>
        <source>Open the parents&apos; settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../qml/StatusLine.qml" line="13"/>
        <source>The tag reader is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/StatusLine.qml" line="14"/>
        <source>The storage is nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StatusLine.qml" line="16"/>
        <source>Downloading %n playlist(s)</source>
        <translation>
            <numerusform>Downloading %n playlist</numerusform>
            <numerusform>Downloading %n playlists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagLinkSheet</name>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="35"/>
        <source>New tag: which playlist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="35"/>
        <source>New tag: what should it do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="62"/>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="68"/>
        <source>Or a card that does something</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
