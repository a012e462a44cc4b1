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
    <name>ServiceError</name>
    <message>
        <location filename="../core/nfc/associationservice.cpp" line="97"/>
        <location filename="../core/nfc/associationservice.cpp" line="106"/>
        <source>nfc_session</source>
        <translation>Verknüpfungssitzung</translation>
    </message>
    <message>
        <location filename="../core/nfc/associationservice.cpp" line="108"/>
        <source>no active association session for this playlist</source>
        <translation>für diese Playlist läuft keine Verknüpfung</translation>
    </message>
    <message>
        <location filename="../core/nfc/associationservice.cpp" line="175"/>
        <source>the tag belongs to another playlist</source>
        <translation>dieser Tag gehört zu einer anderen Playlist</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="52"/>
        <source>too many wrong PINs; try again in %1 s</source>
        <translation>zu viele falsche PINs; versuch es in %1 s noch einmal</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="64"/>
        <source>wrong PIN</source>
        <translation>falsche PIN</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="72"/>
        <source>no PIN is set</source>
        <translation>es ist keine PIN gesetzt</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="76"/>
        <source>pin must be 4 to 8 digits</source>
        <translation>die PIN hat 4 bis 8 Ziffern</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="87"/>
        <location filename="../core/parental/parentauth.cpp" line="139"/>
        <source>the PIN was changed meanwhile</source>
        <translation>die PIN wurde inzwischen geändert</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="110"/>
        <source>pin must be 4 to 8 digits, or null to remove it</source>
        <translation>die PIN hat 4 bis 8 Ziffern, oder null, um sie zu entfernen</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="117"/>
        <source>current_pin (4 to 8 digits) is required</source>
        <translation>current_pin (4 bis 8 Ziffern) ist nötig</translation>
    </message>
    <message>
        <location filename="../core/server/authroutes.cpp" line="36"/>
        <source>%1 must be a string of 4 to 8 digits</source>
        <translation>%1 muss eine Zeichenkette aus 4 bis 8 Ziffern sein</translation>
    </message>
    <message>
        <location filename="../core/server/authroutes.cpp" line="74"/>
        <source>pin is required: 4 to 8 digits, or null to remove the PIN</source>
        <translation>pin ist nötig: 4 bis 8 Ziffern, oder null, um die PIN zu entfernen</translation>
    </message>
    <message>
        <location filename="../core/server/parentgate.cpp" line="72"/>
        <source>locked: unlock with the parents&apos; PIN first</source>
        <translation>gesperrt: zuerst mit der Eltern-PIN entsperren</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="119"/>
        <location filename="../core/server/websocketgateway.cpp" line="114"/>
        <source>origin not allowed</source>
        <translation>Herkunft nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="145"/>
        <source>the box is restarting to put a restored backup in place</source>
        <translation>die Box startet neu, um eine wiederhergestellte Sicherung einzuspielen</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="160"/>
        <source>method %1 is not allowed here</source>
        <translation>die Methode %1 ist hier nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="172"/>
        <location filename="../core/server/staticfiles.cpp" line="101"/>
        <location filename="../core/server/staticfiles.cpp" line="109"/>
        <location filename="../core/server/websocketgateway.cpp" line="108"/>
        <source>route</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="191"/>
        <source>request body too large</source>
        <translation>der Inhalt der Anfrage ist zu groß</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="201"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="203"/>
        <source>the body must be a JSON object</source>
        <translation>der Inhalt muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/server/staticfiles.cpp" line="93"/>
        <source>the web UI answers GET and HEAD only</source>
        <translation>die Weboberfläche beantwortet nur GET und HEAD</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="43"/>
        <source>the file name is empty</source>
        <translation>der Dateiname ist leer</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="46"/>
        <source>the file name is longer than 255 characters</source>
        <translation>der Dateiname ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="48"/>
        <source>the file name cannot be . or ..</source>
        <translation>der Dateiname darf nicht . oder .. sein</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="51"/>
        <source>the file name contains control characters</source>
        <translation>der Dateiname enthält Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="54"/>
        <source>the extension must be one of: %1</source>
        <translation>die Endung muss eine von diesen sein: %1</translation>
    </message>
    <message>
        <location filename="../core/server/chunkrequest.cpp" line="19"/>
        <source>chunk_index must be a decimal integer</source>
        <translation>chunk_index muss eine ganze Dezimalzahl sein</translation>
    </message>
    <message>
        <location filename="../core/server/chunkrequest.cpp" line="28"/>
        <source>a chunk must be sent as multipart/form-data</source>
        <translation>ein Teilstück wird als multipart/form-data gesendet</translation>
    </message>
    <message>
        <location filename="../core/server/chunkrequest.cpp" line="38"/>
        <source>the multipart body has no part named file</source>
        <translation>der Multipart-Inhalt hat keinen Teil namens file</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="74"/>
        <source>not enough free disk space</source>
        <translation>nicht genug freier Speicherplatz</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="91"/>
        <source>file_size must be at least 1</source>
        <translation>file_size muss mindestens 1 sein</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="102"/>
        <source>the file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="116"/>
        <source>cannot create the upload staging folder</source>
        <translation>der Ordner für hochgeladene Teile lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="170"/>
        <source>cannot store the chunk: %1</source>
        <translation>das Teilstück lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="188"/>
        <source>the upload is already %1</source>
        <translation>das Hochladen ist schon %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="198"/>
        <location filename="../core/uploads/uploadservice.cpp" line="323"/>
        <source>the upload was cancelled</source>
        <translation>das Hochladen wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="251"/>
        <location filename="../core/uploads/uploadsession.cpp" line="59"/>
        <source>the upload is %1</source>
        <translation>das Hochladen ist %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="265"/>
        <source>%1 chunks are missing</source>
        <translation>%1 Teilstücke fehlen</translation>
    </message>
    <message>
        <location filename="../core/backup/backupservice.cpp" line="66"/>
        <source>cannot create the snapshot folder</source>
        <translation>der Ordner für die Momentaufnahme lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/backup/backupservice.cpp" line="77"/>
        <source>the database could not be copied: %1</source>
        <translation>die Datenbank konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupservice.cpp" line="113"/>
        <source>the backup manifest could not be written</source>
        <translation>das Manifest der Sicherung konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/backup/restorejournal.cpp" line="65"/>
        <source>the restore could not be committed</source>
        <translation>die Wiederherstellung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../core/backup/restorejournal.cpp" line="77"/>
        <source>the restored library could not be put in place</source>
        <translation>die wiederhergestellte Bibliothek konnte nicht eingesetzt werden</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="58"/>
        <source>a restore is already being put in place</source>
        <translation>eine Wiederherstellung wird schon eingespielt</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="63"/>
        <location filename="../core/uploads/uploadservice.cpp" line="96"/>
        <source>chunk_size must be from %1 to %2</source>
        <translation>chunk_size muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="72"/>
        <source>not enough free disk space to restore this backup</source>
        <translation>nicht genug freier Speicherplatz, um diese Sicherung wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="79"/>
        <source>cannot create the restore folder</source>
        <translation>der Ordner für die Wiederherstellung lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="92"/>
        <location filename="../core/backup/restoreservice.cpp" line="96"/>
        <location filename="../core/backup/restoreservice.cpp" line="105"/>
        <location filename="../core/uploads/uploadservice.cpp" line="127"/>
        <location filename="../core/uploads/uploadservice.cpp" line="136"/>
        <source>upload_session</source>
        <translation>Upload-Sitzung</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="118"/>
        <location filename="../core/backup/restoreservice.cpp" line="146"/>
        <source>the archive is being checked</source>
        <translation>das Archiv wird gerade geprüft</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="132"/>
        <source>the chunk could not be stored: %1</source>
        <translation>das Teilstück konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="162"/>
        <source>this restore is already under way</source>
        <translation>diese Wiederherstellung läuft schon</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="168"/>
        <source>chunks are missing</source>
        <translation>es fehlen Teilstücke</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="48"/>
        <source>cannot create a folder for %1</source>
        <translation>für %1 lässt sich kein Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="54"/>
        <location filename="../core/library/audioplacer.cpp" line="41"/>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="61"/>
        <source>the archive ends in the middle of a file</source>
        <translation>das Archiv endet mitten in einer Datei</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="65"/>
        <source>the restore could not be written: %1</source>
        <translation>die Wiederherstellung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="101"/>
        <source>cannot read the uploaded archive</source>
        <translation>das hochgeladene Archiv lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="108"/>
        <source>the archive is cut short (no end of archive)</source>
        <translation>das Archiv ist abgeschnitten (kein Archivende)</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="115"/>
        <source>a tar header at byte %1 is damaged</source>
        <translation>ein tar-Kopf bei Byte %1 ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="119"/>
        <source>an entry is longer than the rest of the archive</source>
        <translation>ein Eintrag ist länger als der Rest des Archivs</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="125"/>
        <source>a pax header is too long</source>
        <translation>ein pax-Kopf ist zu lang</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="129"/>
        <source>a pax header is damaged</source>
        <translation>ein pax-Kopf ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="141"/>
        <source>the archive holds a link or a special file (%1)</source>
        <translation>das Archiv enthält einen Link oder eine Spezialdatei (%1)</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="151"/>
        <source>the archive holds an entry a backup never has: %1</source>
        <translation>das Archiv enthält einen Eintrag, den eine Sicherung nie hat: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="155"/>
        <source>the archive holds %1 twice</source>
        <translation>das Archiv enthält %1 zweimal</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="164"/>
        <source>the archive is no backup of a music box (no manifest.json or openmusicbox.db)</source>
        <translation>das Archiv ist keine Sicherung einer Musikbox (kein manifest.json oder openmusicbox.db)</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="174"/>
        <source>manifest.json cannot be read</source>
        <translation>manifest.json lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="178"/>
        <source>manifest.json does not describe a music box backup</source>
        <translation>manifest.json beschreibt keine Sicherung einer Musikbox</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="182"/>
        <source>the backup format version %1 is not one this box reads</source>
        <translation>diese Box liest die Version %1 des Sicherungsformats nicht</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="206"/>
        <source>the database in the archive is damaged</source>
        <translation>die Datenbank im Archiv ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="210"/>
        <source>the database in the archive has schema version %1; this box reads 1 to %2</source>
        <translation>die Datenbank im Archiv hat die Schemaversion %1; diese Box liest 1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="220"/>
        <location filename="../core/backup/restorestager.cpp" line="257"/>
        <source>the database in the archive has no library tables</source>
        <translation>der Datenbank im Archiv fehlen die Tabellen der Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="232"/>
        <source>the archive lacks the file of a track: %1</source>
        <translation>im Archiv fehlt die Datei eines Titels: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="242"/>
        <source>the database in the archive cannot be prepared</source>
        <translation>die Datenbank im Archiv lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="262"/>
        <source>the database in the archive names a playlist folder outside music/: %1</source>
        <translation>die Datenbank im Archiv nennt einen Playlist-Ordner außerhalb von music/: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="269"/>
        <location filename="../core/library/audioplacer.cpp" line="140"/>
        <location filename="../core/library/playlistservice.cpp" line="41"/>
        <location filename="../core/library/trashservice.cpp" line="162"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="45"/>
        <source>invalid request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="63"/>
        <source>%1 is required</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="76"/>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="86"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="92"/>
        <location filename="../core/common/fieldvalidator.cpp" line="119"/>
        <source>%1 must have %2 to %3 characters</source>
        <translation>%1 muss %2 bis %3 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="112"/>
        <source>%1 must not contain control characters</source>
        <translation>%1 darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="136"/>
        <source>%1 must be an integer</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="142"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="154"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="161"/>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="168"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="181"/>
        <source>%1 must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>%1 muss aus 1 bis 100 Zeichen aus A-Z, a-z, 0-9, _ und - bestehen</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="196"/>
        <source>%1 must be 4 to 64 hexadecimal digits</source>
        <translation>%1 muss aus 4 bis 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="218"/>
        <source>%1 must be an http:// or https:// address with a host</source>
        <translation>%1 muss eine http://- oder https://-Adresse mit einem Host sein</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="226"/>
        <source>%1 must be at most %2 characters</source>
        <translation>%1 darf höchstens %2 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="242"/>
        <source>%1 must be one of %2</source>
        <translation>%1 muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <location filename="../core/common/serviceerror.cpp" line="11"/>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadimporter.cpp" line="24"/>
        <source>the download was cancelled</source>
        <translation>der Download wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadimporter.cpp" line="114"/>
        <source>yt-dlp finished without an audio file</source>
        <translation>yt-dlp ist ohne Audiodatei fertig geworden</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadimporter.cpp" line="149"/>
        <location filename="../core/downloads/youtubedownloader.cpp" line="89"/>
        <location filename="../core/library/playlistrepository.cpp" line="155"/>
        <location filename="../core/library/playlistrepository.cpp" line="176"/>
        <location filename="../core/library/playlistrepository.cpp" line="216"/>
        <location filename="../core/library/playlistrepository.cpp" line="239"/>
        <location filename="../core/library/playlistrepository.cpp" line="252"/>
        <location filename="../core/library/playlistrepository.cpp" line="276"/>
        <location filename="../core/library/playlistservice.cpp" line="54"/>
        <location filename="../core/library/playlistservice.cpp" line="102"/>
        <location filename="../core/library/playlistservice.cpp" line="140"/>
        <location filename="../core/library/playlistservice.cpp" line="183"/>
        <location filename="../core/library/playlistservice.cpp" line="213"/>
        <location filename="../core/library/playlistservice.cpp" line="217"/>
        <location filename="../core/library/playlistservice.cpp" line="259"/>
        <location filename="../core/library/playlistservice.cpp" line="288"/>
        <location filename="../core/library/playlistservice.cpp" line="306"/>
        <location filename="../core/library/playlisttaglinks.cpp" line="47"/>
        <location filename="../core/nfc/associationservice.cpp" line="75"/>
        <location filename="../core/nfc/associationservice.cpp" line="122"/>
        <location filename="../core/nfc/associationservice.cpp" line="168"/>
        <location filename="../core/playback/playbackcontroller.cpp" line="70"/>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="167"/>
        <location filename="../core/server/playlistroutes.cpp" line="143"/>
        <location filename="../core/server/playlistroutes.cpp" line="178"/>
        <location filename="../core/server/playlistroutes.cpp" line="252"/>
        <location filename="../core/server/playlistroutes.cpp" line="287"/>
        <location filename="../core/uploads/uploadservice.cpp" line="83"/>
        <location filename="../core/uploads/uploadservice.cpp" line="270"/>
        <source>playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="95"/>
        <source>yt-dlp is not installed or not executable (%1)</source>
        <translation>yt-dlp ist nicht installiert oder nicht ausführbar (%1)</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="118"/>
        <location filename="../core/downloads/youtubedownloader.cpp" line="126"/>
        <source>task</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="129"/>
        <source>the download has already ended</source>
        <translation>der Download ist schon beendet</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="183"/>
        <source>cannot create the download folder</source>
        <translation>der Ordner für den Download lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="255"/>
        <source>yt-dlp failed (exit code %1)</source>
        <translation>yt-dlp ist gescheitert (Exit-Code %1)</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="257"/>
        <source>yt-dlp failed: %1</source>
        <translation>yt-dlp ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="279"/>
        <location filename="../core/downloads/youtubesearch.cpp" line="67"/>
        <source>yt-dlp could not be started: %1</source>
        <translation>yt-dlp ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubesearch.cpp" line="20"/>
        <source>YouTube search failed: %1</source>
        <translation>die YouTube-Suche ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubesearch.cpp" line="61"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubesearch.cpp" line="78"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="76"/>
        <source>url must not be empty</source>
        <translation>url darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="78"/>
        <source>url must have at most %1 characters</source>
        <translation>url darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="81"/>
        <source>url must not start with -</source>
        <translation>url darf nicht mit - beginnen</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="85"/>
        <source>url must be an http or https address</source>
        <translation>url muss eine http- oder https-Adresse sein</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="30"/>
        <source>the job was cancelled</source>
        <translation>der Auftrag wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="38"/>
        <source>the disk is full</source>
        <translation>der Speicher ist voll</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="164"/>
        <location filename="../core/library/audioplacer.cpp" line="170"/>
        <source>cannot read %1</source>
        <translation>%1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="184"/>
        <source>the assembled file has %1 bytes instead of %2</source>
        <translation>die zusammengesetzte Datei hat %1 statt %2 Bytes</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="189"/>
        <source>the assembled file does not match file_hash</source>
        <translation>die zusammengesetzte Datei passt nicht zu file_hash</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="204"/>
        <source>the file is not readable audio with a duration</source>
        <translation>die Datei ist kein lesbares Audio mit einer Dauer</translation>
    </message>
    <message>
        <location filename="../core/library/coverrepository.cpp" line="56"/>
        <source>cover owner</source>
        <translation>Besitzer des Covers</translation>
    </message>
    <message>
        <location filename="../core/library/database.cpp" line="20"/>
        <location filename="../core/library/playlistlisting.cpp" line="19"/>
        <location filename="../core/library/sqlstatement.cpp" line="15"/>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/library/languagesetting.cpp" line="59"/>
        <source>must be one of: %1</source>
        <translation>muss eine von diesen sein: %1</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="31"/>
        <source>%1 must be a time of day as HH:MM</source>
        <translation>%1 muss eine Uhrzeit als HH:MM sein</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="44"/>
        <source>%1 must be an object {days, from, to}</source>
        <translation>%1 muss ein Objekt {days, from, to} sein</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="54"/>
        <source>days must name at least one day</source>
        <translation>days muss mindestens einen Tag nennen</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="59"/>
        <source>days holds mon, tue, wed, thu, fri, sat or sun</source>
        <translation>days enthält mon, tue, wed, thu, fri, sat oder sun</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="71"/>
        <source>to must differ from from</source>
        <translation>to muss sich von from unterscheiden</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="109"/>
        <source>at most %1 quiet windows</source>
        <translation>höchstens %1 Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="121"/>
        <source>too many playlists</source>
        <translation>zu viele Playlists</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="129"/>
        <source>a playlist id</source>
        <translation>eine Playlist-ID</translation>
    </message>
    <message>
        <location filename="../core/library/playlistlisting.cpp" line="123"/>
        <location filename="../core/library/playlistrepository.cpp" line="66"/>
        <source>database: cannot read the tracks</source>
        <translation>Datenbank: die Titel lassen sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../core/library/playlistrepository.cpp" line="160"/>
        <location filename="../core/library/playlisttaglinks.cpp" line="78"/>
        <source>cannot bump the revision</source>
        <translation>die Revision lässt sich nicht erhöhen</translation>
    </message>
    <message>
        <location filename="../core/library/playlistrepository.cpp" line="290"/>
        <location filename="../core/library/playlistservice.cpp" line="190"/>
        <location filename="../core/library/playlistservice.cpp" line="221"/>
        <location filename="../core/library/trackdetailsrepository.cpp" line="47"/>
        <location filename="../core/playback/playbackcontroller.cpp" line="83"/>
        <location filename="../core/server/playlistroutes.cpp" line="292"/>
        <source>track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/library/playlistrepository.cpp" line="325"/>
        <source>cannot bump the revisions</source>
        <translation>die Revisionen lassen sich nicht erhöhen</translation>
    </message>
    <message>
        <location filename="../core/library/playlisttaglinks.cpp" line="67"/>
        <location filename="../core/server/nfcroutes.cpp" line="98"/>
        <location filename="../core/server/tagroutes.cpp" line="69"/>
        <source>nfc_tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../core/library/tagrepository.cpp" line="65"/>
        <source>tag</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../core/library/trashrepository.cpp" line="51"/>
        <location filename="../core/library/trashservice.cpp" line="68"/>
        <source>trash_entry</source>
        <translation>Eintrag im Papierkorb</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="88"/>
        <source>the track&apos;s file cannot be played</source>
        <translation>die Datei des Titels lässt sich nicht abspielen</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="93"/>
        <source>the playlist has no playable tracks</source>
        <translation>die Playlist hat keine abspielbaren Titel</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="98"/>
        <source>the parents&apos; rules do not allow it now (%1)</source>
        <translation>die Regeln der Eltern erlauben das gerade nicht (%1)</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="104"/>
        <location filename="../core/playback/playbackcontroller.cpp" line="145"/>
        <location filename="../core/server/playerroutes.cpp" line="19"/>
        <source>the audio output is not available</source>
        <translation>die Audioausgabe ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="236"/>
        <source>a live stream has no positions to seek to</source>
        <translation>in einem Livestream kann man nicht springen</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="72"/>
        <source>the payload must be a JSON object</source>
        <translation>die Daten müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="97"/>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="219"/>
        <source>unknown event: %1</source>
        <translation>unbekanntes Ereignis: %1</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="322"/>
        <location filename="../core/server/router.cpp" line="215"/>
        <source>client_op_id must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>client_op_id muss aus 1 bis 100 Zeichen aus A-Z, a-z, 0-9, _ und - bestehen</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="348"/>
        <location filename="../core/server/router.cpp" line="238"/>
        <source>client_op_id was already used for another operation</source>
        <translation>client_op_id wurde schon für eine andere Aktion verwendet</translation>
    </message>
    <message>
        <location filename="../core/realtime/statemanager.cpp" line="106"/>
        <source>unknown connection</source>
        <translation>unbekannte Verbindung</translation>
    </message>
    <message>
        <location filename="../core/screen/taglinkviewmodel.cpp" line="60"/>
        <source>action must be one of %1</source>
        <translation>action muss eine von diesen sein: %1</translation>
    </message>
    <message>
        <location filename="../core/server/coverroutes.cpp" line="30"/>
        <location filename="../core/server/coverroutes.cpp" line="36"/>
        <source>cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../core/server/nfcroutes.cpp" line="67"/>
        <source>give a playlist_id or an action, not both</source>
        <translation>gib eine playlist_id oder eine action an, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/server/plainwssession.cpp" line="57"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/server/plainwssession.cpp" line="60"/>
        <source>a frame must be a JSON object</source>
        <translation>ein Frame muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/server/plainwssession.cpp" line="62"/>
        <source>a frame needs a string &quot;event&quot;</source>
        <translation>ein Frame braucht eine Zeichenkette &quot;event&quot;</translation>
    </message>
    <message>
        <location filename="../core/server/playerroutes.cpp" line="45"/>
        <source>too many player commands; retry in %1 s</source>
        <translation>zu viele Befehle an den Player; versuch es in %1 s noch einmal</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="56"/>
        <source>track_order must not be empty</source>
        <translation>track_order darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="73"/>
        <source>track_order must hold only track ids or only track numbers</source>
        <translation>track_order darf nur Titel-IDs oder nur Titelnummern enthalten</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="80"/>
        <source>%1 is not a track of this playlist</source>
        <translation>%1 ist kein Titel dieser Playlist</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="86"/>
        <source>%1 is listed twice</source>
        <translation>%1 steht doppelt in der Liste</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="156"/>
        <source>give a title, a description, max_volume or start_volume</source>
        <translation>gib einen Titel, eine Beschreibung, max_volume oder start_volume an</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="197"/>
        <source>track_numbers must not be empty</source>
        <translation>track_numbers darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="203"/>
        <source>track numbers are integers from 1</source>
        <translation>Titelnummern sind ganze Zahlen ab 1</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="228"/>
        <source>give a title, an artist or an album</source>
        <translation>gib einen Titel, einen Interpreten oder ein Album an</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="269"/>
        <source>give exactly one of track_number and track_id</source>
        <translation>gib genau eins von track_number und track_id an</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="273"/>
        <source>source_playlist_id differs from the playlist in the path</source>
        <translation>source_playlist_id weicht von der Playlist in der Adresse ab</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="279"/>
        <source>source and target are the same playlist</source>
        <translation>Quelle und Ziel sind dieselbe Playlist</translation>
    </message>
    <message>
        <location filename="../core/server/queryparameters.cpp" line="19"/>
        <source>%1 must be an integer from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../core/server/searchroutes.cpp" line="54"/>
        <source>q is required: the words to look for</source>
        <translation>q fehlt: die Wörter, nach denen gesucht wird</translation>
    </message>
    <message>
        <location filename="../core/server/searchroutes.cpp" line="58"/>
        <source>q must be at most %1 characters</source>
        <translation>q darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../core/server/socketiosession.cpp" line="119"/>
        <source>payload too large</source>
        <translation>die Daten sind zu groß</translation>
    </message>
    <message>
        <location filename="../core/server/systemroutes.cpp" line="64"/>
        <source>lines must be an integer from 1 to 1000</source>
        <translation>lines muss eine ganze Zahl von 1 bis 1000 sein</translation>
    </message>
    <message>
        <location filename="../core/server/tagroutes.cpp" line="55"/>
        <source>tag_id must be 4..64 hex digits</source>
        <translation>tag_id muss aus 4 bis 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="33"/>
        <source>unsupported Engine.IO version</source>
        <translation>nicht unterstützte Engine.IO-Version</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="38"/>
        <source>unsupported transport</source>
        <translation>nicht unterstützter Transport</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="79"/>
        <source>/ws needs a WebSocket upgrade</source>
        <translation>/ws braucht ein WebSocket-Upgrade</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="103"/>
        <location filename="../core/server/websocketgateway.cpp" line="148"/>
        <location filename="../core/server/websocketgateway.cpp" line="160"/>
        <source>unknown session</source>
        <translation>unbekannte Sitzung</translation>
    </message>
    <message>
        <location filename="../core/server/youtuberoutes.cpp" line="50"/>
        <source>query is required</source>
        <translation>query fehlt</translation>
    </message>
    <message>
        <location filename="../core/server/youtuberoutes.cpp" line="57"/>
        <source>max_results must be an integer from 1 to 50</source>
        <translation>max_results muss eine ganze Zahl von 1 bis 50 sein</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="14"/>
        <source>malformed multipart body: %1</source>
        <translation>fehlerhafter Multipart-Inhalt: %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="83"/>
        <source>empty boundary</source>
        <translation>leere Begrenzung</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="95"/>
        <source>the boundary does not occur in the body</source>
        <translation>die Begrenzung kommt im Inhalt nicht vor</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="103"/>
        <source>no parts</source>
        <translation>keine Teile</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="110"/>
        <source>a delimiter is not followed by a line end</source>
        <translation>auf eine Begrenzung folgt kein Zeilenende</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="119"/>
        <source>unterminated part headers</source>
        <translation>unvollständige Kopfzeilen eines Teils</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="122"/>
        <source>part headers too long</source>
        <translation>Kopfzeilen eines Teils zu lang</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="127"/>
        <source>a part header line has no name</source>
        <translation>einer Kopfzeile eines Teils fehlt der Name</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="146"/>
        <source>a part without Content-Disposition: form-data</source>
        <translation>ein Teil ohne Content-Disposition: form-data</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="151"/>
        <source>a part is not closed by the boundary</source>
        <translation>ein Teil wird nicht von der Begrenzung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="64"/>
        <source>chunk_index must be from 0 to %1</source>
        <translation>chunk_index muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="68"/>
        <source>chunk %1 must be %2 bytes, got %3</source>
        <translation>Teilstück %1 muss %2 Bytes haben, gekommen sind %3</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="101"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="103"/>
        <location filename="../core/uploads/uploadsession.cpp" line="107"/>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="105"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadtask.cpp" line="81"/>
        <source>the download failed</source>
        <translation>der Download ist gescheitert</translation>
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
<context>
    <name>WebPage</name>
    <message>
        <source>Music box</source>
        <comment>app.title</comment>
        <translation>Spieluhr</translation>
    </message>
    <message>
        <source>For the little listeners at home</source>
        <comment>app.tagline</comment>
        <translation>Für die kleinen Zuhörer zu Hause</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>nav.label</comment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Playlists</source>
        <comment>nav.playlists</comment>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Add music</source>
        <comment>nav.add</comment>
        <translation>Musik hinzufügen</translation>
    </message>
    <message>
        <source>Box status</source>
        <comment>nav.status</comment>
        <translation>Box-Status</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>lang.label</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Connected to the box</source>
        <comment>conn.connected</comment>
        <translation>Mit der Box verbunden</translation>
    </message>
    <message>
        <source>Connecting to the box…</source>
        <comment>conn.connecting</comment>
        <translation>Verbindung zur Box…</translation>
    </message>
    <message>
        <source>Connection to the box lost. Reconnecting…</source>
        <comment>conn.reconnecting</comment>
        <translation>Verbindung zur Box unterbrochen. Neuer Versuch…</translation>
    </message>
    <message>
        <source>Connected again</source>
        <comment>conn.back</comment>
        <translation>Wieder verbunden</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <comment>skip</comment>
        <translation>Zum Inhalt springen</translation>
    </message>
    <message>
        <source>Player</source>
        <comment>player.label</comment>
        <translation>Player</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <comment>player.nothing</comment>
        <translation>Es läuft nichts</translation>
    </message>
    <message>
        <source>Place a tag on the box or start a playlist</source>
        <comment>player.hint</comment>
        <translation>Lege eine Karte auf die Box oder starte eine Playlist</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>player.play</comment>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>player.pause</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous track</source>
        <comment>player.prev</comment>
        <translation>Vorheriger Titel</translation>
    </message>
    <message>
        <source>Next track</source>
        <comment>player.next</comment>
        <translation>Nächster Titel</translation>
    </message>
    <message>
        <source>Position in the track</source>
        <comment>player.seek</comment>
        <translation>Position im Titel</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>player.volume</comment>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>player.mute</comment>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Unmute</source>
        <comment>player.unmute</comment>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <comment>player.shuffle</comment>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <comment>player.repeat.none</comment>
        <translation>Wiederholen: aus</translation>
    </message>
    <message>
        <source>Repeat: playlist</source>
        <comment>player.repeat.playlist</comment>
        <translation>Wiederholen: Playlist</translation>
    </message>
    <message>
        <source>Repeat: this track</source>
        <comment>player.repeat.track</comment>
        <translation>Wiederholen: dieser Titel</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <comment>sleep.button</comment>
        <translation>Einschlaf-Timer</translation>
    </message>
    <message>
        <source>Stop the music in…</source>
        <comment>sleep.title</comment>
        <translation>Musik beenden in…</translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <comment>sleep.minutes</comment>
        <translation>{m} Minuten</translation>
    </message>
    <message>
        <source>Sleep timer: {m} min left</source>
        <comment>sleep.left</comment>
        <translation>Einschlaf-Timer: noch {m} Min.</translation>
    </message>
    <message>
        <source>Turn the sleep timer off</source>
        <comment>sleep.off</comment>
        <translation>Einschlaf-Timer ausschalten</translation>
    </message>
    <message>
        <source>Track {n} of {count}</source>
        <comment>player.trackOf</comment>
        <translation>Titel {n} von {count}</translation>
    </message>
    <message>
        <source>{pos} of {dur}</source>
        <comment>player.valuetext</comment>
        <translation>{pos} von {dur}</translation>
    </message>
    <message>
        <source>Playlists</source>
        <comment>playlists.heading</comment>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>New playlist</source>
        <comment>playlists.new</comment>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>No playlists yet. Create one, then add songs or stories to it.</source>
        <comment>playlists.empty</comment>
        <translation>Noch keine Playlists. Lege eine an und füge Lieder oder Geschichten hinzu.</translation>
    </message>
    <message>
        <source>Loading playlists…</source>
        <comment>playlists.loading</comment>
        <translation>Playlists werden geladen…</translation>
    </message>
    <message>
        <source>{count} tracks</source>
        <comment>playlists.tracks</comment>
        <translation>{count} Titel</translation>
    </message>
    <message>
        <source>1 track</source>
        <comment>playlists.track1</comment>
        <translation>1 Titel</translation>
    </message>
    <message>
        <source>Play {title}</source>
        <comment>playlists.play</comment>
        <translation>{title} abspielen</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>playlists.rename</comment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>playlists.delete</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Link a tag</source>
        <comment>playlists.linkTag</comment>
        <translation>Karte verknüpfen</translation>
    </message>
    <message>
        <source>Unlink tag</source>
        <comment>playlists.unlinkTag</comment>
        <translation>Karte lösen</translation>
    </message>
    <message>
        <source>Tag linked</source>
        <comment>playlists.tagLinked</comment>
        <translation>Karte verknüpft</translation>
    </message>
    <message>
        <source>Drop audio files here or</source>
        <comment>playlists.dropHere</comment>
        <translation>Audiodateien hierher ziehen oder</translation>
    </message>
    <message>
        <source>choose files</source>
        <comment>playlists.pickFiles</comment>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>This playlist is empty. Add songs below.</source>
        <comment>playlists.emptyTracks</comment>
        <translation>Diese Playlist ist leer. Füge unten Titel hinzu.</translation>
    </message>
    <message>
        <source>Now playing</source>
        <comment>playlists.nowPlaying</comment>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Move {title}: drag, or use the arrow keys</source>
        <comment>track.reorder</comment>
        <translation>{title} verschieben: ziehen oder Pfeiltasten nutzen</translation>
    </message>
    <message>
        <source>Play {title}</source>
        <comment>track.play</comment>
        <translation>{title} abspielen</translation>
    </message>
    <message>
        <source>Play: </source>
        <comment>track.playPrefix</comment>
        <translation>Abspielen: </translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <comment>track.delete</comment>
        <translation>{title} löschen</translation>
    </message>
    <message>
        <source>Move {title} to another playlist</source>
        <comment>track.move</comment>
        <translation>{title} in eine andere Playlist verschieben</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <comment>track.edit</comment>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <source>A new playlist named after the album</source>
        <comment>upload.newAlbumTarget</comment>
        <translation>Eine neue Playlist mit dem Namen des Albums</translation>
    </message>
    <message>
        <source>New album</source>
        <comment>upload.newAlbum</comment>
        <translation>Neues Album</translation>
    </message>
    <message>
        <source>Edit the track</source>
        <comment>editTrack.title</comment>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>editTrack.name</comment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <comment>editTrack.artist</comment>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Album</source>
        <comment>editTrack.album</comment>
        <translation>Album</translation>
    </message>
    <message>
        <source>Saved: “{title}”</source>
        <comment>editTrack.saved</comment>
        <translation>Gespeichert: „{title}“</translation>
    </message>
    <message>
        <source>Give the track a title of at most 255 characters.</source>
        <comment>editTrack.invalid.title</comment>
        <translation>Gib dem Titel einen Namen mit höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>The artist can have at most 255 characters.</source>
        <comment>editTrack.invalid.artist</comment>
        <translation>Der Interpret darf höchstens 255 Zeichen haben.</translation>
    </message>
    <message>
        <source>The album can have at most 255 characters.</source>
        <comment>editTrack.invalid.album</comment>
        <translation>Das Album darf höchstens 255 Zeichen haben.</translation>
    </message>
    <message>
        <source>Move up</source>
        <comment>track.moveUp</comment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <comment>track.moveDown</comment>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>{title} moved to position {n}</source>
        <comment>track.moved</comment>
        <translation>{title} ist jetzt an Position {n}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>dialog.cancel</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>dialog.close</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>dialog.save</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>dialog.create</comment>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>dialog.delete</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>dialog.move</comment>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>New playlist</source>
        <comment>create.title</comment>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>create.label</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Bedtime stories</source>
        <comment>create.placeholder</comment>
        <translation>z. B. Gute-Nacht-Geschichten</translation>
    </message>
    <message>
        <source>Rename playlist</source>
        <comment>rename.title</comment>
        <translation>Playlist umbenennen</translation>
    </message>
    <message>
        <source>Delete this playlist?</source>
        <comment>delete.title</comment>
        <translation>Diese Playlist löschen?</translation>
    </message>
    <message>
        <source>“{title}” and its {count} tracks go to the trash. You can restore them from there.</source>
        <comment>delete.body</comment>
        <translation>„{title}“ und ihre {count} Titel kommen in den Papierkorb. Dort lassen sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete this track?</source>
        <comment>deleteTrack.title</comment>
        <translation>Diesen Titel löschen?</translation>
    </message>
    <message>
        <source>“{title}” goes to the trash. You can restore it from there.</source>
        <comment>deleteTrack.body</comment>
        <translation>„{title}“ kommt in den Papierkorb. Dort lässt er sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Move a track</source>
        <comment>moveTrack.title</comment>
        <translation>Titel verschieben</translation>
    </message>
    <message>
        <source>Move “{title}” to</source>
        <comment>moveTrack.label</comment>
        <translation>„{title}“ verschieben nach</translation>
    </message>
    <message>
        <source>Create another playlist first.</source>
        <comment>moveTrack.none</comment>
        <translation>Lege zuerst eine weitere Playlist an.</translation>
    </message>
    <message>
        <source>Link a tag to “{title}”</source>
        <comment>tag.title</comment>
        <translation>Karte mit „{title}“ verknüpfen</translation>
    </message>
    <message>
        <source>Place a tag on the box now.</source>
        <comment>tag.waiting</comment>
        <translation>Lege jetzt eine Karte auf die Box.</translation>
    </message>
    <message>
        <source>{s} s left</source>
        <comment>tag.countdown</comment>
        <translation>noch {s} s</translation>
    </message>
    <message>
        <source>This tag already starts “{title}”.</source>
        <comment>tag.duplicate</comment>
        <translation>Diese Karte startet schon „{title}“.</translation>
    </message>
    <message>
        <source>Use it for “{title}” instead</source>
        <comment>tag.override</comment>
        <translation>Stattdessen für „{title}“ verwenden</translation>
    </message>
    <message>
        <source>Done! This tag now starts “{title}”.</source>
        <comment>tag.success</comment>
        <translation>Fertig! Diese Karte startet jetzt „{title}“.</translation>
    </message>
    <message>
        <source>No tag was placed in time.</source>
        <comment>tag.timeout</comment>
        <translation>Es wurde keine Karte rechtzeitig aufgelegt.</translation>
    </message>
    <message>
        <source>Linking was cancelled.</source>
        <comment>tag.cancelled</comment>
        <translation>Das Verknüpfen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The tag could not be linked: {message}</source>
        <comment>tag.error</comment>
        <translation>Die Karte konnte nicht verknüpft werden: {message}</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>tag.retry</comment>
        <translation>Nochmal versuchen</translation>
    </message>
    <message>
        <source>New tag on the box</source>
        <comment>tag.unknownTitle</comment>
        <translation>Neue Karte auf der Box</translation>
    </message>
    <message>
        <source>A tag that is not linked yet was placed on the box ({tag}). Which playlist should it start, or what should it do?</source>
        <comment>tag.unknownBody</comment>
        <translation>Eine noch nicht verknüpfte Karte liegt auf der Box ({tag}). Welche Playlist soll sie starten, oder was soll sie tun?</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>tag.link</comment>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>The tag was unlinked from “{title}”.</source>
        <comment>tag.unlinked</comment>
        <translation>Die Karte wurde von „{title}“ gelöst.</translation>
    </message>
    <message>
        <source>Unlink the tag from “{title}”?</source>
        <comment>tag.unlinkConfirm</comment>
        <translation>Karte von „{title}“ lösen?</translation>
    </message>
    <message>
        <source>Placing this tag on the box will no longer start this playlist.</source>
        <comment>tag.unlinkBody</comment>
        <translation>Diese Karte startet die Playlist dann nicht mehr.</translation>
    </message>
    <message>
        <source>Add music</source>
        <comment>add.heading</comment>
        <translation>Musik hinzufügen</translation>
    </message>
    <message>
        <source>Upload files</source>
        <comment>add.uploadHeading</comment>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Playlist</source>
        <comment>add.target</comment>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>Create a playlist first.</source>
        <comment>add.needPlaylist</comment>
        <translation>Lege zuerst eine Playlist an.</translation>
    </message>
    <message>
        <source>MP3, WAV, FLAC, OGG, M4A, AAC or Opus</source>
        <comment>add.formats</comment>
        <translation>MP3, WAV, FLAC, OGG, M4A, AAC oder Opus</translation>
    </message>
    <message>
        <source>Uploads</source>
        <comment>upload.list</comment>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <comment>upload.queued</comment>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Uploading… {percent}%</source>
        <comment>upload.uploading</comment>
        <translation>Wird hochgeladen… {percent} %</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <comment>upload.finalizing</comment>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>upload.done</comment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <comment>upload.failed</comment>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>this type of file is not supported</source>
        <comment>upload.badType</comment>
        <translation>dieser Dateityp wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <comment>upload.tooLarge</comment>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>the box is out of space</source>
        <comment>upload.noSpace</comment>
        <translation>auf der Box ist kein Platz mehr</translation>
    </message>
    <message>
        <source>this is not a readable audio file</source>
        <comment>upload.notAudio</comment>
        <translation>das ist keine lesbare Audiodatei</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>upload.cancelled</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancel upload of {name}</source>
        <comment>upload.cancel</comment>
        <translation>Upload von {name} abbrechen</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <comment>upload.dismiss</comment>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>From YouTube</source>
        <comment>yt.heading</comment>
        <translation>Von YouTube</translation>
    </message>
    <message>
        <source>Video or playlist link</source>
        <comment>yt.url</comment>
        <translation>Link zu einem Video oder einer Playlist</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>yt.download</comment>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Search YouTube</source>
        <comment>yt.search</comment>
        <translation>Auf YouTube suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>yt.searchButton</comment>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Into</source>
        <comment>yt.target</comment>
        <translation>In</translation>
    </message>
    <message>
        <source>A new playlist named after the video</source>
        <comment>yt.newPlaylist</comment>
        <translation>Eine neue Playlist mit dem Namen des Videos</translation>
    </message>
    <message>
        <source>Search results</source>
        <comment>yt.results</comment>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <comment>yt.noResults</comment>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <comment>yt.searching</comment>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <comment>yt.pending</comment>
        <translation>Wartet…</translation>
    </message>
    <message>
        <source>Downloading… {percent}%</source>
        <comment>yt.downloading</comment>
        <translation>Wird geladen… {percent} %</translation>
    </message>
    <message>
        <source>Adding to the playlist…</source>
        <comment>yt.processing</comment>
        <translation>Wird zur Playlist hinzugefügt…</translation>
    </message>
    <message>
        <source>Done: added to “{title}”</source>
        <comment>yt.complete</comment>
        <translation>Fertig: zu „{title}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <comment>yt.error</comment>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>YouTube downloads are not available on this box.</source>
        <comment>yt.unavailable</comment>
        <translation>YouTube-Downloads sind auf dieser Box nicht verfügbar.</translation>
    </message>
    <message>
        <source>Please paste a link that starts with http:// or https://</source>
        <comment>yt.badUrl</comment>
        <translation>Bitte einen Link einfügen, der mit http:// oder https:// beginnt</translation>
    </message>
    <message>
        <source>Box status</source>
        <comment>status.heading</comment>
        <translation>Box-Status</translation>
    </message>
    <message>
        <source>Overall</source>
        <comment>status.overall</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All good</source>
        <comment>status.healthy</comment>
        <translation>Alles in Ordnung</translation>
    </message>
    <message>
        <source>Working, with a problem</source>
        <comment>status.degraded</comment>
        <translation>Läuft, mit einem Problem</translation>
    </message>
    <message>
        <source>Not working</source>
        <comment>status.unhealthy</comment>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <source>Tag reader</source>
        <comment>status.reader</comment>
        <translation>Kartenleser</translation>
    </message>
    <message>
        <source>Ready ({kind})</source>
        <comment>status.readerOk</comment>
        <translation>Bereit ({kind})</translation>
    </message>
    <message>
        <source>Not available</source>
        <comment>status.readerNone</comment>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Tag on the reader</source>
        <comment>status.currentTag</comment>
        <translation>Karte auf dem Leser</translation>
    </message>
    <message>
        <source>None</source>
        <comment>status.noTag</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Audio output</source>
        <comment>status.audio</comment>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>status.ok</comment>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Not working</source>
        <comment>status.fail</comment>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <source>Software version</source>
        <comment>status.version</comment>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>Running for</source>
        <comment>status.uptime</comment>
        <translation>Läuft seit</translation>
    </message>
    <message>
        <source>Connected screens</source>
        <comment>status.clients</comment>
        <translation>Verbundene Bildschirme</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>status.storage</comment>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Live updates</source>
        <comment>status.live</comment>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>Technical details</source>
        <comment>status.details</comment>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>status.refresh</comment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <comment>backup.heading</comment>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>A backup holds every playlist, song, tag and setting of the box in one file. Keep it on a computer; restoring it brings the box back as it was.</source>
        <comment>backup.intro</comment>
        <translation>Eine Sicherung enthält alle Listen, Lieder, Karten und Einstellungen der Box in einer Datei. Bewahre sie auf einem Computer auf; damit lässt sich die Box so wiederherstellen, wie sie war.</translation>
    </message>
    <message>
        <source>Download a backup</source>
        <comment>backup.download</comment>
        <translation>Sicherung herunterladen</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <comment>backup.chooseFile</comment>
        <translation>Sicherung zum Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <comment>backup.restore</comment>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <comment>backup.confirmTitle</comment>
        <translation>Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Everything on the box now is replaced by the backup &quot;{name}&quot;. The box restarts afterwards.</source>
        <comment>backup.confirmMessage</comment>
        <translation>Alles, was jetzt auf der Box ist, wird durch die Sicherung „{name}“ ersetzt. Danach startet die Box neu.</translation>
    </message>
    <message>
        <source>Replace and restart</source>
        <comment>backup.confirm</comment>
        <translation>Ersetzen und neu starten</translation>
    </message>
    <message>
        <source>Sending the backup: {sent} of {total}</source>
        <comment>backup.sending</comment>
        <translation>Sicherung wird gesendet: {sent} von {total}</translation>
    </message>
    <message>
        <source>The box is checking the backup…</source>
        <comment>backup.checking</comment>
        <translation>Die Box prüft die Sicherung …</translation>
    </message>
    <message>
        <source>Backup checked: {playlists} playlists, {tracks} songs. The box is restarting; this page reconnects by itself.</source>
        <comment>backup.restarting</comment>
        <translation>Sicherung geprüft: {playlists} Listen, {tracks} Lieder. Die Box startet neu; diese Seite verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>This file is not a backup of the box, or it is damaged. Nothing was changed.</source>
        <comment>backup.refused</comment>
        <translation>Diese Datei ist keine Sicherung der Box oder sie ist beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status.unknown</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Free space</source>
        <comment>status.disk</comment>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>{free} free of {total}</source>
        <comment>status.diskValue</comment>
        <translation>{free} frei von {total}</translation>
    </message>
    <message>
        <source>Library</source>
        <comment>status.library</comment>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>{playlists} playlists, {tracks} tracks</source>
        <comment>status.libraryValue</comment>
        <translation>{playlists} Playlists, {tracks} Titel</translation>
    </message>
    <message>
        <source>Processor temperature</source>
        <comment>status.temperature</comment>
        <translation>Prozessortemperatur</translation>
    </message>
    <message>
        <source>Sound goes to</source>
        <comment>status.output</comment>
        <translation>Ton geht an</translation>
    </message>
    <message>
        <source>The box did not understand this request.</source>
        <comment>error.bad_request</comment>
        <translation>Die Box hat diese Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <comment>error.validation_error</comment>
        <translation>Bitte prüfe deine Eingabe.</translation>
    </message>
    <message>
        <source>This is no longer on the box.</source>
        <comment>error.not_found</comment>
        <translation>Das ist nicht mehr auf der Box.</translation>
    </message>
    <message>
        <source>This clashes with something already on the box.</source>
        <comment>error.conflict</comment>
        <translation>Das kollidiert mit etwas, das schon auf der Box ist.</translation>
    </message>
    <message>
        <source>This is too large for the box.</source>
        <comment>error.payload_too_large</comment>
        <translation>Das ist zu groß für die Box.</translation>
    </message>
    <message>
        <source>Too many requests at once. Please wait a moment.</source>
        <comment>error.rate_limit_exceeded</comment>
        <translation>Zu viele Anfragen auf einmal. Bitte warte kurz.</translation>
    </message>
    <message>
        <source>The box ran into a problem. Please try again.</source>
        <comment>error.internal_error</comment>
        <translation>Die Box hatte ein Problem. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This part of the box is not available right now.</source>
        <comment>error.service_unavailable</comment>
        <translation>Dieser Teil der Box ist gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>The box is out of space.</source>
        <comment>error.insufficient_storage</comment>
        <translation>Auf der Box ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>PN532 reader</source>
        <comment>status.readerKind.pn532_uart</comment>
        <translation>PN532-Leser</translation>
    </message>
    <message>
        <source>PN532 reader on I2C</source>
        <comment>status.readerKind.pn532_i2c</comment>
        <translation>PN532-Leser an I2C</translation>
    </message>
    <message>
        <source>simulated reader</source>
        <comment>status.readerKind.mock</comment>
        <translation>simulierter Leser</translation>
    </message>
    <message>
        <source>reader on a serial line</source>
        <comment>status.readerKind.serial</comment>
        <translation>Leser an einer seriellen Leitung</translation>
    </message>
    <message>
        <source>no reader</source>
        <comment>status.readerKind.none</comment>
        <translation>kein Leser</translation>
    </message>
    <message>
        <source>Qt version</source>
        <comment>status.detail.qt</comment>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>Host name</source>
        <comment>status.detail.host</comment>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Platform</source>
        <comment>status.detail.platform</comment>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <comment>status.detail.protocol</comment>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <source>Last event number</source>
        <comment>status.detail.seq</comment>
        <translation>Nummer des letzten Ereignisses</translation>
    </message>
    <message>
        <source>WebSocket / Socket.IO clients</source>
        <comment>status.detail.clients</comment>
        <translation>WebSocket- / Socket.IO-Clients</translation>
    </message>
    <message>
        <source>Events kept for replay</source>
        <comment>status.detail.outbox</comment>
        <translation>Für Nachholen gespeicherte Ereignisse</translation>
    </message>
    <message>
        <source>Position updates sent</source>
        <comment>status.detail.positions</comment>
        <translation>Gesendete Positionen</translation>
    </message>
    <message>
        <source>Clients dropped for being slow</source>
        <comment>status.detail.dropped</comment>
        <translation>Wegen Langsamkeit getrennte Clients</translation>
    </message>
    <message>
        <source>Server start id</source>
        <comment>status.detail.epoch</comment>
        <translation>Start-Kennung des Servers</translation>
    </message>
    <message>
        <source>Search playlists and tracks</source>
        <comment>search.label</comment>
        <translation>Playlists und Titel suchen</translation>
    </message>
    <message>
        <source>Search by title, artist or album</source>
        <comment>search.placeholder</comment>
        <translation>Titel, Künstler oder Album</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <comment>search.none</comment>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <source>Playlist</source>
        <comment>search.playlist</comment>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <comment>search.inPlaylist</comment>
        <translation>in „{title}“</translation>
    </message>
    <message>
        <source>Choose a playlist…</source>
        <comment>tag.choose</comment>
        <translation>Playlist auswählen…</translation>
    </message>
    <message>
        <source>A new playlist…</source>
        <comment>tag.newPlaylist</comment>
        <translation>Eine neue Playlist…</translation>
    </message>
    <message>
        <source>Choose which playlist this tag should start.</source>
        <comment>tag.chooseFirst</comment>
        <translation>Wähle, welche Playlist diese Karte starten soll.</translation>
    </message>
    <message>
        <source>Give the new playlist a name.</source>
        <comment>tag.nameFirst</comment>
        <translation>Gib der neuen Playlist einen Namen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>nav.tags</comment>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>tags.heading</comment>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Every tag that starts a playlist or does something. Give each a name you will recognise.</source>
        <comment>tags.intro</comment>
        <translation>Jede Karte, die eine Playlist startet oder etwas tut. Gib jeder einen Namen, den du wiedererkennst.</translation>
    </message>
    <message>
        <source>No tag is linked yet. Open a playlist and choose “Link a tag”.</source>
        <comment>tags.empty</comment>
        <translation>Noch keine Karte verknüpft. Öffne eine Playlist und wähle „Karte verknüpfen“.</translation>
    </message>
    <message>
        <source>Name of tag {tag}</source>
        <comment>tags.name</comment>
        <translation>Name der Karte {tag}</translation>
    </message>
    <message>
        <source>e.g. Blue owl card</source>
        <comment>tags.namePlaceholder</comment>
        <translation>z. B. Blaue Eulenkarte</translation>
    </message>
    <message>
        <source>Plays</source>
        <comment>tags.plays</comment>
        <translation>Spielt</translation>
    </message>
    <message>
        <source>Last used</source>
        <comment>tags.lastUsed</comment>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>tags.never</comment>
        <translation>Noch nie</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <comment>tags.saved</comment>
        <translation>Gespeichert: {name}</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>tags.does</comment>
        <translation>Macht</translation>
    </message>
    <message>
        <source>Unlink</source>
        <comment>tags.unlink</comment>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Unlink tag “{name}”?</source>
        <comment>tags.unlinkConfirm</comment>
        <translation>Karte „{name}“ lösen?</translation>
    </message>
    <message>
        <source>Placing it on the box will no longer do this: {what}.</source>
        <comment>tags.unlinkBody</comment>
        <translation>Auf die Box gelegt, macht sie das nicht mehr: {what}.</translation>
    </message>
    <message>
        <source>Tag “{name}” unlinked.</source>
        <comment>tags.unlinked</comment>
        <translation>Karte „{name}“ gelöst.</translation>
    </message>
    <message>
        <source>Or a card that does something</source>
        <comment>tag.actions</comment>
        <translation>Oder eine Karte, die etwas tut</translation>
    </message>
    <message>
        <source>Done! This card now does: {action}.</source>
        <comment>tag.actionSuccess</comment>
        <translation>Fertig! Diese Karte macht jetzt: {action}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action.pause</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>action.stop</comment>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Next track</source>
        <comment>action.next</comment>
        <translation>Nächster Titel</translation>
    </message>
    <message>
        <source>Previous track</source>
        <comment>action.previous</comment>
        <translation>Vorheriger Titel</translation>
    </message>
    <message>
        <source>Louder</source>
        <comment>action.volume_up</comment>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Quieter</source>
        <comment>action.volume_down</comment>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Shuffle on or off</source>
        <comment>action.shuffle</comment>
        <translation>Zufallswiedergabe an oder aus</translation>
    </message>
    <message>
        <source>Change repeat</source>
        <comment>action.repeat</comment>
        <translation>Wiederholung wechseln</translation>
    </message>
    <message>
        <source>Sleep timer, 15 minutes</source>
        <comment>action.sleep_15</comment>
        <translation>Schlaftimer, 15 Minuten</translation>
    </message>
    <message>
        <source>Sleep timer, 30 minutes</source>
        <comment>action.sleep_30</comment>
        <translation>Schlaftimer, 30 Minuten</translation>
    </message>
    <message>
        <source>Sleep timer, 60 minutes</source>
        <comment>action.sleep_60</comment>
        <translation>Schlaftimer, 60 Minuten</translation>
    </message>
    <message>
        <source>or choose a whole folder</source>
        <comment>upload.pickFolder</comment>
        <translation>oder einen ganzen Ordner wählen</translation>
    </message>
    <message>
        <source>or choose a folder: it becomes a new playlist</source>
        <comment>upload.folderAsPlaylist</comment>
        <translation>oder einen Ordner wählen: er wird eine neue Playlist</translation>
    </message>
    <message>
        <source>All uploads</source>
        <comment>upload.total</comment>
        <translation>Alle Uploads</translation>
    </message>
    <message>
        <source>{done} of {count}</source>
        <comment>upload.totalFiles</comment>
        <translation>{done} von {count}</translation>
    </message>
    <message>
        <source>{sent} of {total}</source>
        <comment>upload.totalBytes</comment>
        <translation>{sent} von {total}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <comment>upload.totalFailed</comment>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Show what is playing</source>
        <comment>now.open</comment>
        <translation>Zeigen, was läuft</translation>
    </message>
    <message>
        <source>Now playing</source>
        <comment>now.title</comment>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Up next</source>
        <comment>now.next</comment>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Shuffle is on: the box picks the next track.</source>
        <comment>now.shuffled</comment>
        <translation>Zufallswiedergabe ist an: die Box wählt den nächsten Titel.</translation>
    </message>
    <message>
        <source>This is the last track.</source>
        <comment>now.last</comment>
        <translation>Das ist der letzte Titel.</translation>
    </message>
    <message>
        <source>Cover of {title}</source>
        <comment>cover.alt</comment>
        <translation>Cover von {title}</translation>
    </message>
    <message>
        <source>Delete {count} tracks?</source>
        <comment>deleteTracks.title</comment>
        <translation>{count} Titel löschen?</translation>
    </message>
    <message>
        <source>The selected tracks go to the trash. You can restore them from there.</source>
        <comment>deleteTracks.body</comment>
        <translation>Die ausgewählten Titel kommen in den Papierkorb. Dort lassen sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Move {count} tracks</source>
        <comment>moveTracks.title</comment>
        <translation>{count} Titel verschieben</translation>
    </message>
    <message>
        <source>Move the selected tracks to</source>
        <comment>moveTracks.label</comment>
        <translation>Die ausgewählten Titel verschieben nach</translation>
    </message>
    <message>
        <source>Not moved: {titles}</source>
        <comment>moveTracks.failed</comment>
        <translation>Nicht verschoben: {titles}</translation>
    </message>
    <message>
        <source>Select {title}</source>
        <comment>select.track</comment>
        <translation>{title} auswählen</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <comment>select.count</comment>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>select.move</comment>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>select.delete</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <comment>select.clear</comment>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <comment>error.generic</comment>
        <translation>Etwas ist schiefgelaufen: {message}</translation>
    </message>
    <message>
        <source>The box cannot be reached.</source>
        <comment>error.network</comment>
        <translation>Die Box ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>This feature is not available on this box yet.</source>
        <comment>error.missing</comment>
        <translation>Diese Funktion gibt es auf dieser Box noch nicht.</translation>
    </message>
    <message>
        <source>Playlist “{title}” created</source>
        <comment>notice.created</comment>
        <translation>Playlist „{title}“ angelegt</translation>
    </message>
    <message>
        <source>Playlist “{title}” deleted</source>
        <comment>notice.deleted</comment>
        <translation>Playlist „{title}“ gelöscht</translation>
    </message>
    <message>
        <source>Renamed to “{title}”</source>
        <comment>notice.renamed</comment>
        <translation>Umbenannt in „{title}“</translation>
    </message>
    <message>
        <source>“{title}” deleted</source>
        <comment>notice.trackDeleted</comment>
        <translation>„{title}“ gelöscht</translation>
    </message>
    <message>
        <source>{count} tracks deleted</source>
        <comment>notice.tracksDeleted</comment>
        <translation>{count} Titel gelöscht</translation>
    </message>
    <message>
        <source>Trash</source>
        <comment>trash.open</comment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Trash</source>
        <comment>trash.heading</comment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Back to playlists</source>
        <comment>trash.back</comment>
        <translation>Zurück zu den Playlists</translation>
    </message>
    <message>
        <source>Deleted playlists and tracks stay here for {days} days, then they are gone for good.</source>
        <comment>trash.intro</comment>
        <translation>Gelöschte Playlists und Titel bleiben {days} Tage hier, danach sind sie endgültig weg.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <comment>trash.empty</comment>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Playlist “{title}”</source>
        <comment>trash.playlist</comment>
        <translation>Playlist „{title}“</translation>
    </message>
    <message>
        <source>Tracks from “{title}”</source>
        <comment>trash.tracksFrom</comment>
        <translation>Titel aus „{title}“</translation>
    </message>
    <message>
        <source>Deleted: {when}</source>
        <comment>trash.deletedAt</comment>
        <translation>Gelöscht: {when}</translation>
    </message>
    <message>
        <source>Gone for good: {when}</source>
        <comment>trash.expiresAt</comment>
        <translation>Endgültig weg: {when}</translation>
    </message>
    <message>
        <source>Restore</source>
        <comment>trash.restore</comment>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <comment>trash.restoreLabel</comment>
        <translation>Wiederherstellen: {name}</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <comment>trash.deleteForever</comment>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Delete forever {name}</source>
        <comment>trash.deleteForeverLabel</comment>
        <translation>Endgültig löschen: {name}</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <comment>trash.confirmTitle</comment>
        <translation>Endgültig löschen?</translation>
    </message>
    <message>
        <source>{name} will be removed from the box. This cannot be undone.</source>
        <comment>trash.confirmBody</comment>
        <translation>{name} wird von der Box entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>{name} deleted for good</source>
        <comment>trash.deletedForGood</comment>
        <translation>{name} endgültig gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>trash.undo</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <comment>trash.restored</comment>
        <translation>„{title}“ ist wieder da.</translation>
    </message>
    <message>
        <source>A playlist is already called “{from}”, so this one is now “{to}”.</source>
        <comment>trash.renamed</comment>
        <translation>Es gibt schon eine Playlist „{from}“, diese heißt jetzt „{to}“.</translation>
    </message>
    <message>
        <source>{count} files got a new name because theirs was taken.</source>
        <comment>trash.filesRenamed</comment>
        <translation>{count} Dateien haben einen neuen Namen bekommen, weil ihrer schon vergeben war.</translation>
    </message>
    <message>
        <source>Its tag now starts another playlist and stays with it.</source>
        <comment>trash.tagTaken</comment>
        <translation>Deine Karte startet jetzt eine andere Playlist und bleibt dort.</translation>
    </message>
    <message>
        <source>Parents</source>
        <comment>nav.parents</comment>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Parents’ rules</source>
        <comment>parents.heading</comment>
        <translation>Regeln der Eltern</translation>
    </message>
    <message>
        <source>Quiet times, how long the box may play each day and how loud. The box follows them at once.</source>
        <comment>parents.intro</comment>
        <translation>Ruhezeiten, wie lange und wie laut die Box am Tag spielen darf. Die Box hält sich sofort daran.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <comment>parents.quietHeading</comment>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>During quiet hours only the playlists chosen below will play.</source>
        <comment>parents.quietIntro</comment>
        <translation>In den Ruhezeiten spielen nur die unten gewählten Playlists.</translation>
    </message>
    <message>
        <source>No quiet hours yet.</source>
        <comment>parents.quietNone</comment>
        <translation>Noch keine Ruhezeiten.</translation>
    </message>
    <message>
        <source>Quiet time {n}</source>
        <comment>parents.window</comment>
        <translation>Ruhezeit {n}</translation>
    </message>
    <message>
        <source>Starts on</source>
        <comment>parents.days</comment>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>From</source>
        <comment>parents.from</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>parents.to</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Ends the next day.</source>
        <comment>parents.nextDay</comment>
        <translation>Endet am nächsten Tag.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>parents.removeWindow</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove quiet time {n}</source>
        <comment>parents.removeWindowLabel</comment>
        <translation>Ruhezeit {n} entfernen</translation>
    </message>
    <message>
        <source>Add quiet time</source>
        <comment>parents.addWindow</comment>
        <translation>Ruhezeit hinzufügen</translation>
    </message>
    <message>
        <source>Allowed in quiet hours</source>
        <comment>parents.allowedHeading</comment>
        <translation>In Ruhezeiten erlaubt</translation>
    </message>
    <message>
        <source>These playlists may still play then, a bedtime story for instance.</source>
        <comment>parents.allowedIntro</comment>
        <translation>Diese Playlists dürfen trotzdem spielen, zum Beispiel eine Gutenachtgeschichte.</translation>
    </message>
    <message>
        <source>No playlists yet.</source>
        <comment>parents.allowedNone</comment>
        <translation>Noch keine Playlists.</translation>
    </message>
    <message>
        <source>Loudest volume in quiet hours</source>
        <comment>parents.quietVolume</comment>
        <translation>Höchste Lautstärke in Ruhezeiten</translation>
    </message>
    <message>
        <source>Daily listening time</source>
        <comment>parents.budgetHeading</comment>
        <translation>Hörzeit pro Tag</translation>
    </message>
    <message>
        <source>When it is used up, the music fades out and waits for the next day.</source>
        <comment>parents.budgetIntro</comment>
        <translation>Ist sie aufgebraucht, wird die Musik leiser, hält an und wartet auf den nächsten Tag.</translation>
    </message>
    <message>
        <source>Minutes a day (0 = no limit)</source>
        <comment>parents.budgetMinutes</comment>
        <translation>Minuten pro Tag (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <comment>parents.resetAt</comment>
        <translation>Ein neuer Tag beginnt um</translation>
    </message>
    <message>
        <source>Turning itself off</source>
        <comment>parents.idleHeading</comment>
        <translation>Selbst ausschalten</translation>
    </message>
    <message>
        <source>The box turns itself off when nobody has used it for this long. A minute before, it says so.</source>
        <comment>parents.idleIntro</comment>
        <translation>Die Box schaltet sich aus, wenn sie so lange niemand benutzt hat. Eine Minute vorher sagt sie es.</translation>
    </message>
    <message>
        <source>Minutes without use (0 = never)</source>
        <comment>parents.idleMinutes</comment>
        <translation>Minuten ohne Benutzung (0 = nie)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <comment>parents.soundsHeading</comment>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Short chimes: when the box is ready, when a tag is new to it, when a tag is linked, and when music may not play now.</source>
        <comment>parents.soundsIntro</comment>
        <translation>Kurze Klänge: wenn die Box bereit ist, wenn sie eine Karte nicht kennt, wenn eine Karte verknüpft wird und wenn jetzt keine Musik spielen darf.</translation>
    </message>
    <message>
        <source>Play the chimes</source>
        <comment>parents.soundsEnabled</comment>
        <translation>Klänge abspielen</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <comment>parents.save</comment>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Saved. The box follows the new rules now.</source>
        <comment>parents.saved</comment>
        <translation>Gespeichert. Die Box folgt ab jetzt den neuen Regeln.</translation>
    </message>
    <message>
        <source>Some fields need another look.</source>
        <comment>parents.invalid</comment>
        <translation>Einige Felder bitte noch einmal prüfen.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <comment>parents.error.days</comment>
        <translation>Bitte mindestens einen Tag wählen.</translation>
    </message>
    <message>
        <source>The end must differ from the start.</source>
        <comment>parents.error.sameTime</comment>
        <translation>Ende und Beginn dürfen nicht gleich sein.</translation>
    </message>
    <message>
        <source>Enter a time such as 07:30.</source>
        <comment>parents.error.time</comment>
        <translation>Bitte eine Uhrzeit wie 07:30 eingeben.</translation>
    </message>
    <message>
        <source>Choose a volume between 0 and 100.</source>
        <comment>parents.error.volume</comment>
        <translation>Bitte eine Lautstärke von 0 bis 100 wählen.</translation>
    </message>
    <message>
        <source>Enter a number of minutes from 0 to 1440.</source>
        <comment>parents.error.budget</comment>
        <translation>Bitte 0 bis 1440 Minuten eingeben.</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <comment>volume.max</comment>
        <translation>Höchste Lautstärke</translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>volume.noLimit</comment>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Volume at the start</source>
        <comment>volume.start</comment>
        <translation>Lautstärke beim Start</translation>
    </message>
    <message>
        <source>Keep the volume as it is</source>
        <comment>volume.keep</comment>
        <translation>Lautstärke so lassen</translation>
    </message>
    <message>
        <source>{v}%</source>
        <comment>volume.percent</comment>
        <translation>{v} %</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>playlists.volume</comment>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>max {max}%</source>
        <comment>playlists.volumeMax</comment>
        <translation>max. {max} %</translation>
    </message>
    <message>
        <source>Volume of “{title}”</source>
        <comment>volumeDialog.title</comment>
        <translation>Lautstärke von „{title}“</translation>
    </message>
    <message>
        <source>The box never plays this playlist louder than its limit.</source>
        <comment>volumeDialog.intro</comment>
        <translation>Die Box spielt diese Playlist nie lauter als ihre Grenze.</translation>
    </message>
    <message>
        <source>Volume of “{title}” saved.</source>
        <comment>volumeDialog.saved</comment>
        <translation>Lautstärke von „{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>max {max}%</source>
        <comment>player.volumeCap</comment>
        <translation>max. {max} %</translation>
    </message>
    <message>
        <source>{level}, limited to {max}%</source>
        <comment>player.volumeCapValue</comment>
        <translation>{level}, begrenzt auf {max} %</translation>
    </message>
    <message>
        <source>The parents’ rules keep the volume at {max}% or below.</source>
        <comment>player.volumeCapReached</comment>
        <translation>Die Regeln der Eltern begrenzen die Lautstärke auf {max} %.</translation>
    </message>
    <message>
        <source>Quiet hours: music can play again at {time}.</source>
        <comment>blocked.quiet_hours</comment>
        <translation>Ruhezeit: Musik gibt es wieder ab {time} Uhr.</translation>
    </message>
    <message>
        <source>Today’s listening time is used up. Music can play again at {time}.</source>
        <comment>blocked.budget</comment>
        <translation>Die Hörzeit für heute ist aufgebraucht. Musik gibt es wieder ab {time} Uhr.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <comment>blocked.dismiss</comment>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>The box turns itself off in {s} s — touch anything to keep it on.</source>
        <comment>shutdown.pending</comment>
        <translation>Die Box schaltet sich in {s} s aus – berühre irgendetwas, damit sie an bleibt.</translation>
    </message>
    <message>
        <source>Keep it on</source>
        <comment>shutdown.keepOn</comment>
        <translation>Anlassen</translation>
    </message>
    <message>
        <source>{m} min</source>
        <comment>time.minutes</comment>
        <translation>{m} Min.</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <comment>time.hoursMinutes</comment>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <source>Listened today: {used}</source>
        <comment>listening.noBudget</comment>
        <translation>Heute gehört: {used}</translation>
    </message>
    <message>
        <source>Listened today: {used} of {budget}</source>
        <comment>listening.ofBudget</comment>
        <translation>Heute gehört: {used} von {budget}</translation>
    </message>
    <message>
        <source>Listening today</source>
        <comment>status.listening</comment>
        <translation>Heute gehört</translation>
    </message>
    <message>
        <source>{used} of {budget}</source>
        <comment>status.listeningValue</comment>
        <translation>{used} von {budget}</translation>
    </message>
    <message>
        <source>{used}, no daily limit</source>
        <comment>status.listeningNoBudget</comment>
        <translation>{used}, ohne Tagesgrenze</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>pin.locked</comment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <comment>pin.unlocked</comment>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Locked for changes: enter the parents’ PIN</source>
        <comment>pin.unlockNow</comment>
        <translation>Änderungen gesperrt: Eltern-PIN eingeben</translation>
    </message>
    <message>
        <source>Unlocked for changes: lock again</source>
        <comment>pin.lockNow</comment>
        <translation>Änderungen entsperrt: wieder sperren</translation>
    </message>
    <message>
        <source>Locked. Changes need the PIN again.</source>
        <comment>pin.lockedToast</comment>
        <translation>Gesperrt. Änderungen brauchen wieder die PIN.</translation>
    </message>
    <message>
        <source>Parents’ PIN</source>
        <comment>pin.dialogTitle</comment>
        <translation>Eltern-PIN</translation>
    </message>
    <message>
        <source>This change needs the parents’ PIN. The page stays unlocked while you use it.</source>
        <comment>pin.dialogIntro</comment>
        <translation>Diese Änderung braucht die Eltern-PIN. Die Seite bleibt entsperrt, solange du sie nutzt.</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <comment>pin.label</comment>
        <translation>PIN (4 bis 8 Ziffern)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>pin.unlock</comment>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <comment>pin.wrong</comment>
        <translation>Falsche PIN. Noch {n} Versuche.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {s} s.</source>
        <comment>pin.wait</comment>
        <translation>Zu viele falsche PINs. In {s} s wieder versuchen.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <comment>pin.format</comment>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>Parents’ PIN</source>
        <comment>pin.heading</comment>
        <translation>Eltern-PIN</translation>
    </message>
    <message>
        <source>Without a PIN anyone on the home network can change the box. With one, children can still play, pause, skip and turn the volume up or down.</source>
        <comment>pin.introNone</comment>
        <translation>Ohne PIN kann jeder im Heimnetz die Box ändern. Mit PIN können Kinder weiterhin abspielen, pausieren, springen und die Lautstärke ändern.</translation>
    </message>
    <message>
        <source>Changes on this page need the PIN. Playing, pausing, skipping and the volume do not.</source>
        <comment>pin.introSet</comment>
        <translation>Änderungen auf dieser Seite brauchen die PIN. Abspielen, Pause, Springen und Lautstärke nicht.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <comment>pin.current</comment>
        <translation>Aktuelle PIN</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <comment>pin.newLabel</comment>
        <translation>Neue PIN (4 bis 8 Ziffern)</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <comment>pin.set</comment>
        <translation>PIN festlegen</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <comment>pin.change</comment>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <comment>pin.remove</comment>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <source>PIN saved. This page stays unlocked.</source>
        <comment>pin.savedToast</comment>
        <translation>PIN gespeichert. Diese Seite bleibt entsperrt.</translation>
    </message>
    <message>
        <source>PIN removed. Anyone can change the box again.</source>
        <comment>pin.removedToast</comment>
        <translation>PIN entfernt. Jeder kann die Box wieder ändern.</translation>
    </message>
    <message>
        <source>Add a radio or stream</source>
        <comment>stream.add</comment>
        <translation>Radio oder Stream hinzufügen</translation>
    </message>
    <message>
        <source>Add a radio or stream</source>
        <comment>stream.title</comment>
        <translation>Radio oder Stream hinzufügen</translation>
    </message>
    <message>
        <source>An internet radio or a podcast episode: the box plays it from its address while it is online.</source>
        <comment>stream.intro</comment>
        <translation>Ein Internetradio oder eine Podcast-Folge: Die Box spielt sie von ihrer Adresse, solange sie erreichbar ist.</translation>
    </message>
    <message>
        <source>Address (http:// or https://)</source>
        <comment>stream.url</comment>
        <translation>Adresse (http:// oder https://)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <comment>stream.name</comment>
        <translation>Name (freiwillig)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>stream.save</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Added: “{title}”</source>
        <comment>stream.added</comment>
        <translation>Hinzugefügt: „{title}“</translation>
    </message>
    <message>
        <source>Give an address that starts with http:// or https://, of at most 2048 characters.</source>
        <comment>stream.invalid.url</comment>
        <translation>Gib eine Adresse mit http:// oder https:// an, höchstens 2048 Zeichen lang.</translation>
    </message>
    <message>
        <source>The name can have at most 255 characters.</source>
        <comment>stream.invalid.title</comment>
        <translation>Der Name darf höchstens 255 Zeichen haben.</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>stream.live</comment>
        <translation>Live</translation>
    </message>
    <message>
        <source>“{title}” could not be reached; the box went on with the next track.</source>
        <comment>stream.failed</comment>
        <translation>„{title}“ war nicht erreichbar; die Box hat den nächsten Titel gespielt.</translation>
    </message>
</context>
</TS>
