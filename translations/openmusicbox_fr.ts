<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Arrêt</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="20"/>
        <source>Next track</source>
        <translation>Morceau suivant</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="22"/>
        <source>Previous track</source>
        <translation>Morceau précédent</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="24"/>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="26"/>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="28"/>
        <source>Shuffle on or off</source>
        <translation>Aléatoire oui ou non</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="30"/>
        <source>Change repeat</source>
        <translation>Changer la répétition</translation>
    </message>
    <message>
        <location filename="../qml/ActionCardGrid.qml" line="32"/>
        <location filename="../qml/ActionCardGrid.qml" line="34"/>
        <location filename="../qml/ActionCardGrid.qml" line="36"/>
        <source>Sleep timer, %1 min</source>
        <translation>Minuterie, %1 min</translation>
    </message>
</context>
<context>
    <name>LinkedTagList</name>
    <message>
        <location filename="../qml/LinkedTagList.qml" line="28"/>
        <source>Tag %1 plays %2</source>
        <translation>Le badge %1 joue %2</translation>
    </message>
    <message>
        <location filename="../qml/LinkedTagList.qml" line="39"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="24"/>
        <source>Music box</source>
        <translation>Boîte à musique</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="105"/>
        <source>The box turns itself off in %1 s. Touch anything to keep it on.</source>
        <translation>La boîte s’éteint dans %1 s. Touchez l’écran pour la garder allumée.</translation>
    </message>
</context>
<context>
    <name>NowPlayingPanel</name>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="41"/>
        <source>Place a tag or pick a playlist</source>
        <translation>Pose un badge ou choisis une playlist</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="53"/>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="78"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="96"/>
        <source>Shuffle</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="103"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="110"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="110"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="118"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="125"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../qml/NowPlayingPanel.qml" line="148"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
</context>
<context>
    <name>ParentSettings</name>
    <message>
        <location filename="../qml/ParentSettings.qml" line="31"/>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="70"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="95"/>
        <source>Screen dims after</source>
        <translation>Écran assombri après</translation>
    </message>
    <message>
        <location filename="../qml/ParentSettings.qml" line="130"/>
        <source>Never</source>
        <translation>Jamais</translation>
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
        <translation>Code parents</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="67"/>
        <source>Wrong PIN. Tries left: %1</source>
        <translation>Code erroné. Essais restants : %1</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="68"/>
        <source>Too many wrong PINs. Wait %1 s.</source>
        <translation>Trop de codes erronés. Attendez %1 s.</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="69"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un code compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="134"/>
        <source>Delete a digit</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="146"/>
        <source>Open the parents&apos; settings</source>
        <translation>Ouvrir les réglages des parents</translation>
    </message>
    <message>
        <location filename="../qml/PinPad.qml" line="153"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../qml/StatusLine.qml" line="13"/>
        <source>The tag reader is not answering</source>
        <translation>Le lecteur de badges ne répond pas</translation>
    </message>
    <message>
        <location filename="../qml/StatusLine.qml" line="14"/>
        <source>The storage is nearly full</source>
        <translation>Le stockage est presque plein</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/StatusLine.qml" line="16"/>
        <source>Downloading %n playlist(s)</source>
        <translation>
            <numerusform>Téléchargement de %n playlist</numerusform>
            <numerusform>Téléchargement de %n playlists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagLinkSheet</name>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="35"/>
        <source>New tag: which playlist?</source>
        <translation>Nouveau badge : quelle playlist ?</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="35"/>
        <source>New tag: what should it do?</source>
        <translation>Nouveau badge : que doit-il faire ?</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="47"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="62"/>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <location filename="../qml/TagLinkSheet.qml" line="68"/>
        <source>Or a card that does something</source>
        <translation>Ou un badge qui fait quelque chose</translation>
    </message>
</context>
</TS>
