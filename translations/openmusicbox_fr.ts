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
    <name>ServiceError</name>
    <message>
        <location filename="../core/nfc/associationservice.cpp" line="97"/>
        <location filename="../core/nfc/associationservice.cpp" line="106"/>
        <source>nfc_session</source>
        <translation>session d’association</translation>
    </message>
    <message>
        <location filename="../core/nfc/associationservice.cpp" line="108"/>
        <source>no active association session for this playlist</source>
        <translation>aucune association en cours pour cette playlist</translation>
    </message>
    <message>
        <location filename="../core/nfc/associationservice.cpp" line="175"/>
        <source>the tag belongs to another playlist</source>
        <translation>ce badge appartient à une autre playlist</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="52"/>
        <source>too many wrong PINs; try again in %1 s</source>
        <translation>trop de codes erronés ; réessayez dans %1 s</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="64"/>
        <source>wrong PIN</source>
        <translation>code erroné</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="72"/>
        <source>no PIN is set</source>
        <translation>aucun code n’est défini</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="76"/>
        <source>pin must be 4 to 8 digits</source>
        <translation>le code doit compter 4 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="87"/>
        <location filename="../core/parental/parentauth.cpp" line="139"/>
        <source>the PIN was changed meanwhile</source>
        <translation>le code a été changé entre-temps</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="110"/>
        <source>pin must be 4 to 8 digits, or null to remove it</source>
        <translation>le code doit compter 4 à 8 chiffres, ou null pour le retirer</translation>
    </message>
    <message>
        <location filename="../core/parental/parentauth.cpp" line="117"/>
        <source>current_pin (4 to 8 digits) is required</source>
        <translation>current_pin (4 à 8 chiffres) est requis</translation>
    </message>
    <message>
        <location filename="../core/server/authroutes.cpp" line="36"/>
        <source>%1 must be a string of 4 to 8 digits</source>
        <translation>%1 doit être une chaîne de 4 à 8 chiffres</translation>
    </message>
    <message>
        <location filename="../core/server/authroutes.cpp" line="74"/>
        <source>pin is required: 4 to 8 digits, or null to remove the PIN</source>
        <translation>pin est requis : 4 à 8 chiffres, ou null pour retirer le code</translation>
    </message>
    <message>
        <location filename="../core/server/parentgate.cpp" line="72"/>
        <source>locked: unlock with the parents&apos; PIN first</source>
        <translation>verrouillé : déverrouillez d’abord avec le code des parents</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="119"/>
        <location filename="../core/server/websocketgateway.cpp" line="114"/>
        <source>origin not allowed</source>
        <translation>origine non autorisée</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="145"/>
        <source>the box is restarting to put a restored backup in place</source>
        <translation>la boîte redémarre pour mettre en place une sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="160"/>
        <source>method %1 is not allowed here</source>
        <translation>la méthode %1 n’est pas permise ici</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="172"/>
        <location filename="../core/server/staticfiles.cpp" line="101"/>
        <location filename="../core/server/staticfiles.cpp" line="109"/>
        <location filename="../core/server/websocketgateway.cpp" line="108"/>
        <source>route</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="191"/>
        <source>request body too large</source>
        <translation>corps de la requête trop grand</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="201"/>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <location filename="../core/server/router.cpp" line="203"/>
        <source>the body must be a JSON object</source>
        <translation>le corps doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/server/staticfiles.cpp" line="93"/>
        <source>the web UI answers GET and HEAD only</source>
        <translation>la page web ne répond qu’à GET et HEAD</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="43"/>
        <source>the file name is empty</source>
        <translation>le nom du fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="46"/>
        <source>the file name is longer than 255 characters</source>
        <translation>le nom du fichier dépasse 255 caractères</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="48"/>
        <source>the file name cannot be . or ..</source>
        <translation>le nom du fichier ne peut pas être . ou ..</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="51"/>
        <source>the file name contains control characters</source>
        <translation>le nom du fichier contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../core/library/filenamepolicy.cpp" line="54"/>
        <source>the extension must be one of: %1</source>
        <translation>l’extension doit être l’une de : %1</translation>
    </message>
    <message>
        <location filename="../core/server/chunkrequest.cpp" line="19"/>
        <source>chunk_index must be a decimal integer</source>
        <translation>chunk_index doit être un entier décimal</translation>
    </message>
    <message>
        <location filename="../core/server/chunkrequest.cpp" line="28"/>
        <source>a chunk must be sent as multipart/form-data</source>
        <translation>un morceau s’envoie en multipart/form-data</translation>
    </message>
    <message>
        <location filename="../core/server/chunkrequest.cpp" line="38"/>
        <source>the multipart body has no part named file</source>
        <translation>le corps multipart n’a pas de partie nommée file</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="74"/>
        <source>not enough free disk space</source>
        <translation>pas assez d’espace libre sur le disque</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="91"/>
        <source>file_size must be at least 1</source>
        <translation>file_size doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="102"/>
        <source>the file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="116"/>
        <source>cannot create the upload staging folder</source>
        <translation>impossible de créer le dossier de réception des envois</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="170"/>
        <source>cannot store the chunk: %1</source>
        <translation>impossible d’enregistrer le morceau de fichier : %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="188"/>
        <source>the upload is already %1</source>
        <translation>l’envoi est déjà %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="198"/>
        <location filename="../core/uploads/uploadservice.cpp" line="323"/>
        <source>the upload was cancelled</source>
        <translation>l’envoi a été annulé</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="251"/>
        <location filename="../core/uploads/uploadsession.cpp" line="59"/>
        <source>the upload is %1</source>
        <translation>l’envoi est %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadservice.cpp" line="265"/>
        <source>%1 chunks are missing</source>
        <translation>%1 morceaux de fichier manquent</translation>
    </message>
    <message>
        <location filename="../core/backup/backupservice.cpp" line="66"/>
        <source>cannot create the snapshot folder</source>
        <translation>impossible de créer le dossier de l’instantané</translation>
    </message>
    <message>
        <location filename="../core/backup/backupservice.cpp" line="77"/>
        <source>the database could not be copied: %1</source>
        <translation>la base de données n’a pas pu être copiée : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupservice.cpp" line="113"/>
        <source>the backup manifest could not be written</source>
        <translation>le manifeste de la sauvegarde n’a pas pu être écrit</translation>
    </message>
    <message>
        <location filename="../core/backup/restorejournal.cpp" line="65"/>
        <source>the restore could not be committed</source>
        <translation>la restauration n’a pas pu être validée</translation>
    </message>
    <message>
        <location filename="../core/backup/restorejournal.cpp" line="77"/>
        <source>the restored library could not be put in place</source>
        <translation>la bibliothèque restaurée n’a pas pu être mise en place</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="58"/>
        <source>a restore is already being put in place</source>
        <translation>une restauration est déjà en cours de mise en place</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="63"/>
        <location filename="../core/uploads/uploadservice.cpp" line="96"/>
        <source>chunk_size must be from %1 to %2</source>
        <translation>chunk_size doit aller de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="72"/>
        <source>not enough free disk space to restore this backup</source>
        <translation>pas assez d’espace libre sur le disque pour restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="79"/>
        <source>cannot create the restore folder</source>
        <translation>impossible de créer le dossier de restauration</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="92"/>
        <location filename="../core/backup/restoreservice.cpp" line="96"/>
        <location filename="../core/backup/restoreservice.cpp" line="105"/>
        <location filename="../core/uploads/uploadservice.cpp" line="127"/>
        <location filename="../core/uploads/uploadservice.cpp" line="136"/>
        <source>upload_session</source>
        <translation>session d’envoi</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="118"/>
        <location filename="../core/backup/restoreservice.cpp" line="146"/>
        <source>the archive is being checked</source>
        <translation>l’archive est en cours de vérification</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="132"/>
        <source>the chunk could not be stored: %1</source>
        <translation>le morceau de fichier n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="162"/>
        <source>this restore is already under way</source>
        <translation>cette restauration est déjà en cours</translation>
    </message>
    <message>
        <location filename="../core/backup/restoreservice.cpp" line="168"/>
        <source>chunks are missing</source>
        <translation>des morceaux de fichier manquent</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="48"/>
        <source>cannot create a folder for %1</source>
        <translation>impossible de créer un dossier pour %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="54"/>
        <location filename="../core/library/audioplacer.cpp" line="41"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="61"/>
        <source>the archive ends in the middle of a file</source>
        <translation>l’archive s’arrête au milieu d’un fichier</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="65"/>
        <source>the restore could not be written: %1</source>
        <translation>la restauration n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="101"/>
        <source>cannot read the uploaded archive</source>
        <translation>impossible de lire l’archive envoyée</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="108"/>
        <source>the archive is cut short (no end of archive)</source>
        <translation>l’archive est tronquée (pas de fin d’archive)</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="115"/>
        <source>a tar header at byte %1 is damaged</source>
        <translation>un en-tête tar à l’octet %1 est abîmé</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="119"/>
        <source>an entry is longer than the rest of the archive</source>
        <translation>une entrée est plus longue que le reste de l’archive</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="125"/>
        <source>a pax header is too long</source>
        <translation>un en-tête pax est trop long</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="129"/>
        <source>a pax header is damaged</source>
        <translation>un en-tête pax est abîmé</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="141"/>
        <source>the archive holds a link or a special file (%1)</source>
        <translation>l’archive contient un lien ou un fichier spécial (%1)</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="151"/>
        <source>the archive holds an entry a backup never has: %1</source>
        <translation>l’archive contient une entrée qu’une sauvegarde n’a jamais : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="155"/>
        <source>the archive holds %1 twice</source>
        <translation>l’archive contient %1 deux fois</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="164"/>
        <source>the archive is no backup of a music box (no manifest.json or openmusicbox.db)</source>
        <translation>l’archive n’est pas une sauvegarde de boîte à musique (ni manifest.json ni openmusicbox.db)</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="174"/>
        <source>manifest.json cannot be read</source>
        <translation>manifest.json est illisible</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="178"/>
        <source>manifest.json does not describe a music box backup</source>
        <translation>manifest.json ne décrit pas une sauvegarde de boîte à musique</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="182"/>
        <source>the backup format version %1 is not one this box reads</source>
        <translation>cette boîte ne lit pas la version %1 du format de sauvegarde</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="206"/>
        <source>the database in the archive is damaged</source>
        <translation>la base de données de l’archive est abîmée</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="210"/>
        <source>the database in the archive has schema version %1; this box reads 1 to %2</source>
        <translation>la base de données de l’archive a le schéma version %1 ; cette boîte lit les versions 1 à %2</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="220"/>
        <location filename="../core/backup/restorestager.cpp" line="257"/>
        <source>the database in the archive has no library tables</source>
        <translation>la base de données de l’archive n’a pas les tables de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="232"/>
        <source>the archive lacks the file of a track: %1</source>
        <translation>il manque à l’archive le fichier d’un morceau : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="242"/>
        <source>the database in the archive cannot be prepared</source>
        <translation>la base de données de l’archive ne peut pas être préparée</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="262"/>
        <source>the database in the archive names a playlist folder outside music/: %1</source>
        <translation>la base de données de l’archive nomme un dossier de playlist hors de music/ : %1</translation>
    </message>
    <message>
        <location filename="../core/backup/restorestager.cpp" line="269"/>
        <location filename="../core/library/audioplacer.cpp" line="140"/>
        <location filename="../core/library/playlistservice.cpp" line="41"/>
        <location filename="../core/library/trashservice.cpp" line="162"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="45"/>
        <source>invalid request</source>
        <translation>requête invalide</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="63"/>
        <source>%1 is required</source>
        <translation>%1 est requis</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="76"/>
        <source>%1 must be %2</source>
        <translation>%1 doit être %2</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="86"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="92"/>
        <location filename="../core/common/fieldvalidator.cpp" line="119"/>
        <source>%1 must have %2 to %3 characters</source>
        <translation>%1 doit compter %2 à %3 caractères</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="112"/>
        <source>%1 must not contain control characters</source>
        <translation>%1 ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="136"/>
        <source>%1 must be an integer</source>
        <translation>%1 doit être un entier</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="142"/>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="154"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="161"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="168"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="181"/>
        <source>%1 must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>%1 doit compter 1 à 100 caractères parmi A-Z, a-z, 0-9, _ et -</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="196"/>
        <source>%1 must be 4 to 64 hexadecimal digits</source>
        <translation>%1 doit compter 4 à 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="218"/>
        <source>%1 must be an http:// or https:// address with a host</source>
        <translation>%1 doit être une adresse http:// ou https:// avec un hôte</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="226"/>
        <source>%1 must be at most %2 characters</source>
        <translation>%1 doit compter au plus %2 caractères</translation>
    </message>
    <message>
        <location filename="../core/common/fieldvalidator.cpp" line="242"/>
        <source>%1 must be one of %2</source>
        <translation>%1 doit être l’une des valeurs %2</translation>
    </message>
    <message>
        <location filename="../core/common/serviceerror.cpp" line="11"/>
        <source>%1 not found</source>
        <translation>%1 introuvable</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadimporter.cpp" line="24"/>
        <source>the download was cancelled</source>
        <translation>le téléchargement a été annulé</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadimporter.cpp" line="114"/>
        <source>yt-dlp finished without an audio file</source>
        <translation>yt-dlp s’est terminé sans fichier audio</translation>
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
        <translation>playlist</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="95"/>
        <source>yt-dlp is not installed or not executable (%1)</source>
        <translation>yt-dlp n’est pas installé ou pas exécutable (%1)</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="118"/>
        <location filename="../core/downloads/youtubedownloader.cpp" line="126"/>
        <source>task</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="129"/>
        <source>the download has already ended</source>
        <translation>le téléchargement est déjà terminé</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="183"/>
        <source>cannot create the download folder</source>
        <translation>impossible de créer le dossier du téléchargement</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="255"/>
        <source>yt-dlp failed (exit code %1)</source>
        <translation>yt-dlp a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="257"/>
        <source>yt-dlp failed: %1</source>
        <translation>yt-dlp a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubedownloader.cpp" line="279"/>
        <location filename="../core/downloads/youtubesearch.cpp" line="67"/>
        <source>yt-dlp could not be started: %1</source>
        <translation>yt-dlp n’a pas pu être lancé : %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubesearch.cpp" line="20"/>
        <source>YouTube search failed: %1</source>
        <translation>la recherche YouTube a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubesearch.cpp" line="61"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../core/downloads/youtubesearch.cpp" line="78"/>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="76"/>
        <source>url must not be empty</source>
        <translation>url ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="78"/>
        <source>url must have at most %1 characters</source>
        <translation>url doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="81"/>
        <source>url must not start with -</source>
        <translation>url ne doit pas commencer par -</translation>
    </message>
    <message>
        <location filename="../core/downloads/ytdlp.cpp" line="85"/>
        <source>url must be an http or https address</source>
        <translation>url doit être une adresse http ou https</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="30"/>
        <source>the job was cancelled</source>
        <translation>la tâche a été annulée</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="38"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="164"/>
        <location filename="../core/library/audioplacer.cpp" line="170"/>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="184"/>
        <source>the assembled file has %1 bytes instead of %2</source>
        <translation>le fichier assemblé fait %1 octets au lieu de %2</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="189"/>
        <source>the assembled file does not match file_hash</source>
        <translation>le fichier assemblé ne correspond pas à file_hash</translation>
    </message>
    <message>
        <location filename="../core/library/audioplacer.cpp" line="204"/>
        <source>the file is not readable audio with a duration</source>
        <translation>le fichier n’est pas un son lisible avec une durée</translation>
    </message>
    <message>
        <location filename="../core/library/coverrepository.cpp" line="56"/>
        <source>cover owner</source>
        <translation>élément de la pochette</translation>
    </message>
    <message>
        <location filename="../core/library/database.cpp" line="20"/>
        <location filename="../core/library/playlistlisting.cpp" line="19"/>
        <location filename="../core/library/sqlstatement.cpp" line="15"/>
        <source>database: %1</source>
        <translation>base de données : %1</translation>
    </message>
    <message>
        <location filename="../core/library/languagesetting.cpp" line="59"/>
        <source>must be one of: %1</source>
        <translation>doit être l’une de : %1</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="31"/>
        <source>%1 must be a time of day as HH:MM</source>
        <translation>%1 doit être une heure au format HH:MM</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="44"/>
        <source>%1 must be an object {days, from, to}</source>
        <translation>%1 doit être un objet {days, from, to}</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="54"/>
        <source>days must name at least one day</source>
        <translation>days doit nommer au moins un jour</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="59"/>
        <source>days holds mon, tue, wed, thu, fri, sat or sun</source>
        <translation>days contient mon, tue, wed, thu, fri, sat ou sun</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="71"/>
        <source>to must differ from from</source>
        <translation>to doit différer de from</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="109"/>
        <source>at most %1 quiet windows</source>
        <translation>au plus %1 plages de calme</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="121"/>
        <source>too many playlists</source>
        <translation>trop de playlists</translation>
    </message>
    <message>
        <location filename="../core/library/parentalsettings.cpp" line="129"/>
        <source>a playlist id</source>
        <translation>un identifiant de playlist</translation>
    </message>
    <message>
        <location filename="../core/library/playlistlisting.cpp" line="123"/>
        <location filename="../core/library/playlistrepository.cpp" line="66"/>
        <source>database: cannot read the tracks</source>
        <translation>base de données : impossible de lire les morceaux</translation>
    </message>
    <message>
        <location filename="../core/library/playlistrepository.cpp" line="160"/>
        <location filename="../core/library/playlisttaglinks.cpp" line="78"/>
        <source>cannot bump the revision</source>
        <translation>impossible d’avancer la révision</translation>
    </message>
    <message>
        <location filename="../core/library/playlistrepository.cpp" line="290"/>
        <location filename="../core/library/playlistservice.cpp" line="190"/>
        <location filename="../core/library/playlistservice.cpp" line="221"/>
        <location filename="../core/library/trackdetailsrepository.cpp" line="47"/>
        <location filename="../core/playback/playbackcontroller.cpp" line="83"/>
        <location filename="../core/server/playlistroutes.cpp" line="292"/>
        <source>track</source>
        <translation>morceau</translation>
    </message>
    <message>
        <location filename="../core/library/playlistrepository.cpp" line="325"/>
        <source>cannot bump the revisions</source>
        <translation>impossible d’avancer les révisions</translation>
    </message>
    <message>
        <location filename="../core/library/playlisttaglinks.cpp" line="67"/>
        <location filename="../core/server/nfcroutes.cpp" line="98"/>
        <location filename="../core/server/tagroutes.cpp" line="69"/>
        <source>nfc_tag</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../core/library/tagrepository.cpp" line="65"/>
        <source>tag</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../core/library/trashrepository.cpp" line="51"/>
        <location filename="../core/library/trashservice.cpp" line="68"/>
        <source>trash_entry</source>
        <translation>élément de la corbeille</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="88"/>
        <source>the track&apos;s file cannot be played</source>
        <translation>le fichier du morceau ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="93"/>
        <source>the playlist has no playable tracks</source>
        <translation>la playlist n’a aucun morceau lisible</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="98"/>
        <source>the parents&apos; rules do not allow it now (%1)</source>
        <translation>les règles des parents ne le permettent pas maintenant (%1)</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="104"/>
        <location filename="../core/playback/playbackcontroller.cpp" line="145"/>
        <location filename="../core/server/playerroutes.cpp" line="19"/>
        <source>the audio output is not available</source>
        <translation>la sortie audio n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../core/playback/playbackcontroller.cpp" line="236"/>
        <source>a live stream has no positions to seek to</source>
        <translation>un flux en direct n’a pas de position où se placer</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="72"/>
        <source>the payload must be a JSON object</source>
        <translation>les données doivent être un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="97"/>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="219"/>
        <source>unknown event: %1</source>
        <translation>événement inconnu : %1</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="322"/>
        <location filename="../core/server/router.cpp" line="215"/>
        <source>client_op_id must be 1 to 100 characters of A-Z, a-z, 0-9, _ and -</source>
        <translation>client_op_id doit compter 1 à 100 caractères parmi A-Z, a-z, 0-9, _ et -</translation>
    </message>
    <message>
        <location filename="../core/realtime/clientrequesthandler.cpp" line="348"/>
        <location filename="../core/server/router.cpp" line="238"/>
        <source>client_op_id was already used for another operation</source>
        <translation>client_op_id a déjà servi pour une autre opération</translation>
    </message>
    <message>
        <location filename="../core/realtime/statemanager.cpp" line="106"/>
        <source>unknown connection</source>
        <translation>connexion inconnue</translation>
    </message>
    <message>
        <location filename="../core/screen/taglinkviewmodel.cpp" line="60"/>
        <source>action must be one of %1</source>
        <translation>action doit être l’une de %1</translation>
    </message>
    <message>
        <location filename="../core/server/coverroutes.cpp" line="30"/>
        <location filename="../core/server/coverroutes.cpp" line="36"/>
        <source>cover</source>
        <translation>pochette</translation>
    </message>
    <message>
        <location filename="../core/server/nfcroutes.cpp" line="67"/>
        <source>give a playlist_id or an action, not both</source>
        <translation>indiquez un playlist_id ou une action, pas les deux</translation>
    </message>
    <message>
        <location filename="../core/server/plainwssession.cpp" line="57"/>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <location filename="../core/server/plainwssession.cpp" line="60"/>
        <source>a frame must be a JSON object</source>
        <translation>une trame doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/server/plainwssession.cpp" line="62"/>
        <source>a frame needs a string &quot;event&quot;</source>
        <translation>une trame doit avoir une chaîne &quot;event&quot;</translation>
    </message>
    <message>
        <location filename="../core/server/playerroutes.cpp" line="45"/>
        <source>too many player commands; retry in %1 s</source>
        <translation>trop de commandes du lecteur ; réessayez dans %1 s</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="56"/>
        <source>track_order must not be empty</source>
        <translation>track_order ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="73"/>
        <source>track_order must hold only track ids or only track numbers</source>
        <translation>track_order doit contenir uniquement des identifiants ou uniquement des numéros de morceaux</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="80"/>
        <source>%1 is not a track of this playlist</source>
        <translation>%1 n’est pas un morceau de cette playlist</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="86"/>
        <source>%1 is listed twice</source>
        <translation>%1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="156"/>
        <source>give a title, a description, max_volume or start_volume</source>
        <translation>indiquez un titre, une description, max_volume ou start_volume</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="197"/>
        <source>track_numbers must not be empty</source>
        <translation>track_numbers ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="203"/>
        <source>track numbers are integers from 1</source>
        <translation>les numéros de morceaux sont des entiers à partir de 1</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="228"/>
        <source>give a title, an artist or an album</source>
        <translation>indiquez un titre, un artiste ou un album</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="269"/>
        <source>give exactly one of track_number and track_id</source>
        <translation>indiquez soit track_number, soit track_id</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="273"/>
        <source>source_playlist_id differs from the playlist in the path</source>
        <translation>source_playlist_id diffère de la playlist de l’adresse</translation>
    </message>
    <message>
        <location filename="../core/server/playlistroutes.cpp" line="279"/>
        <source>source and target are the same playlist</source>
        <translation>la source et la cible sont la même playlist</translation>
    </message>
    <message>
        <location filename="../core/server/queryparameters.cpp" line="19"/>
        <source>%1 must be an integer from %2 to %3</source>
        <translation>%1 doit être un entier de %2 à %3</translation>
    </message>
    <message>
        <location filename="../core/server/searchroutes.cpp" line="54"/>
        <source>q is required: the words to look for</source>
        <translation>q est requis : les mots à chercher</translation>
    </message>
    <message>
        <location filename="../core/server/searchroutes.cpp" line="58"/>
        <source>q must be at most %1 characters</source>
        <translation>q doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/server/socketiosession.cpp" line="119"/>
        <source>payload too large</source>
        <translation>données trop volumineuses</translation>
    </message>
    <message>
        <location filename="../core/server/systemroutes.cpp" line="64"/>
        <source>lines must be an integer from 1 to 1000</source>
        <translation>lines doit être un entier de 1 à 1000</translation>
    </message>
    <message>
        <location filename="../core/server/tagroutes.cpp" line="55"/>
        <source>tag_id must be 4..64 hex digits</source>
        <translation>tag_id doit compter 4 à 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="33"/>
        <source>unsupported Engine.IO version</source>
        <translation>version d’Engine.IO non prise en charge</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="38"/>
        <source>unsupported transport</source>
        <translation>transport non pris en charge</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="79"/>
        <source>/ws needs a WebSocket upgrade</source>
        <translation>/ws demande un passage en WebSocket</translation>
    </message>
    <message>
        <location filename="../core/server/websocketgateway.cpp" line="103"/>
        <location filename="../core/server/websocketgateway.cpp" line="148"/>
        <location filename="../core/server/websocketgateway.cpp" line="160"/>
        <source>unknown session</source>
        <translation>session inconnue</translation>
    </message>
    <message>
        <location filename="../core/server/youtuberoutes.cpp" line="50"/>
        <source>query is required</source>
        <translation>query est requis</translation>
    </message>
    <message>
        <location filename="../core/server/youtuberoutes.cpp" line="57"/>
        <source>max_results must be an integer from 1 to 50</source>
        <translation>max_results doit être un entier de 1 à 50</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="14"/>
        <source>malformed multipart body: %1</source>
        <translation>corps multipart mal formé : %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="83"/>
        <source>empty boundary</source>
        <translation>délimiteur vide</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="95"/>
        <source>the boundary does not occur in the body</source>
        <translation>le délimiteur n’apparaît pas dans le corps</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="103"/>
        <source>no parts</source>
        <translation>aucune partie</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="110"/>
        <source>a delimiter is not followed by a line end</source>
        <translation>un délimiteur n’est pas suivi d’une fin de ligne</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="119"/>
        <source>unterminated part headers</source>
        <translation>en-têtes de partie non terminés</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="122"/>
        <source>part headers too long</source>
        <translation>en-têtes de partie trop longs</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="127"/>
        <source>a part header line has no name</source>
        <translation>une ligne d’en-tête de partie n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="146"/>
        <source>a part without Content-Disposition: form-data</source>
        <translation>une partie sans Content-Disposition: form-data</translation>
    </message>
    <message>
        <location filename="../core/uploads/multipartparser.cpp" line="151"/>
        <source>a part is not closed by the boundary</source>
        <translation>une partie n’est pas fermée par le délimiteur</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="64"/>
        <source>chunk_index must be from 0 to %1</source>
        <translation>chunk_index doit aller de 0 à %1</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="68"/>
        <source>chunk %1 must be %2 bytes, got %3</source>
        <translation>le morceau de fichier %1 doit faire %2 octets, reçu %3</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="101"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="103"/>
        <location filename="../core/uploads/uploadsession.cpp" line="107"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../core/uploads/uploadsession.cpp" line="105"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/downloads/downloadtask.cpp" line="81"/>
        <source>the download failed</source>
        <translation>le téléchargement a échoué</translation>
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
<context>
    <name>WebPage</name>
    <message>
        <source>Music box</source>
        <comment>app.title</comment>
        <translation>Boîte à musique</translation>
    </message>
    <message>
        <source>For the little listeners at home</source>
        <comment>app.tagline</comment>
        <translation>Pour les petites oreilles de la maison</translation>
    </message>
    <message>
        <source>Sections</source>
        <comment>nav.label</comment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Playlists</source>
        <comment>nav.playlists</comment>
        <translation>Listes de lecture</translation>
    </message>
    <message>
        <source>Add music</source>
        <comment>nav.add</comment>
        <translation>Ajouter de la musique</translation>
    </message>
    <message>
        <source>Box status</source>
        <comment>nav.status</comment>
        <translation>État de la boîte</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>lang.label</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Connected to the box</source>
        <comment>conn.connected</comment>
        <translation>Connecté à la boîte</translation>
    </message>
    <message>
        <source>Connecting to the box…</source>
        <comment>conn.connecting</comment>
        <translation>Connexion à la boîte…</translation>
    </message>
    <message>
        <source>Connection to the box lost. Reconnecting…</source>
        <comment>conn.reconnecting</comment>
        <translation>Connexion à la boîte perdue. Reconnexion…</translation>
    </message>
    <message>
        <source>Connected again</source>
        <comment>conn.back</comment>
        <translation>De nouveau connecté</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <comment>skip</comment>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Player</source>
        <comment>player.label</comment>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Nothing playing</source>
        <comment>player.nothing</comment>
        <translation>Rien en cours de lecture</translation>
    </message>
    <message>
        <source>Place a tag on the box or start a playlist</source>
        <comment>player.hint</comment>
        <translation>Posez une étiquette sur la boîte ou lancez une liste</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>player.play</comment>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>player.pause</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous track</source>
        <comment>player.prev</comment>
        <translation>Piste précédente</translation>
    </message>
    <message>
        <source>Next track</source>
        <comment>player.next</comment>
        <translation>Piste suivante</translation>
    </message>
    <message>
        <source>Position in the track</source>
        <comment>player.seek</comment>
        <translation>Position dans la piste</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>player.volume</comment>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>player.mute</comment>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Unmute</source>
        <comment>player.unmute</comment>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <comment>player.shuffle</comment>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <comment>player.repeat.none</comment>
        <translation>Répétition : désactivée</translation>
    </message>
    <message>
        <source>Repeat: playlist</source>
        <comment>player.repeat.playlist</comment>
        <translation>Répétition : la liste</translation>
    </message>
    <message>
        <source>Repeat: this track</source>
        <comment>player.repeat.track</comment>
        <translation>Répétition : cette piste</translation>
    </message>
    <message>
        <source>Sleep timer</source>
        <comment>sleep.button</comment>
        <translation>Minuterie de sommeil</translation>
    </message>
    <message>
        <source>Stop the music in…</source>
        <comment>sleep.title</comment>
        <translation>Arrêter la musique dans…</translation>
    </message>
    <message>
        <source>{m} minutes</source>
        <comment>sleep.minutes</comment>
        <translation>{m} minutes</translation>
    </message>
    <message>
        <source>Sleep timer: {m} min left</source>
        <comment>sleep.left</comment>
        <translation>Minuterie : encore {m} min</translation>
    </message>
    <message>
        <source>Turn the sleep timer off</source>
        <comment>sleep.off</comment>
        <translation>Arrêter la minuterie</translation>
    </message>
    <message>
        <source>Track {n} of {count}</source>
        <comment>player.trackOf</comment>
        <translation>Piste {n} sur {count}</translation>
    </message>
    <message>
        <source>{pos} of {dur}</source>
        <comment>player.valuetext</comment>
        <translation>{pos} sur {dur}</translation>
    </message>
    <message>
        <source>Playlists</source>
        <comment>playlists.heading</comment>
        <translation>Listes de lecture</translation>
    </message>
    <message>
        <source>New playlist</source>
        <comment>playlists.new</comment>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>No playlists yet. Create one, then add songs or stories to it.</source>
        <comment>playlists.empty</comment>
        <translation>Aucune liste pour l’instant. Créez-en une, puis ajoutez-y des chansons ou des histoires.</translation>
    </message>
    <message>
        <source>Loading playlists…</source>
        <comment>playlists.loading</comment>
        <translation>Chargement des listes…</translation>
    </message>
    <message>
        <source>{count} tracks</source>
        <comment>playlists.tracks</comment>
        <translation>{count} pistes</translation>
    </message>
    <message>
        <source>1 track</source>
        <comment>playlists.track1</comment>
        <translation>1 piste</translation>
    </message>
    <message>
        <source>Play {title}</source>
        <comment>playlists.play</comment>
        <translation>Lire {title}</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>playlists.rename</comment>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>playlists.delete</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Link a tag</source>
        <comment>playlists.linkTag</comment>
        <translation>Associer une étiquette</translation>
    </message>
    <message>
        <source>Unlink tag</source>
        <comment>playlists.unlinkTag</comment>
        <translation>Dissocier l’étiquette</translation>
    </message>
    <message>
        <source>Tag linked</source>
        <comment>playlists.tagLinked</comment>
        <translation>Étiquette associée</translation>
    </message>
    <message>
        <source>Drop audio files here or</source>
        <comment>playlists.dropHere</comment>
        <translation>Déposez des fichiers audio ici ou</translation>
    </message>
    <message>
        <source>choose files</source>
        <comment>playlists.pickFiles</comment>
        <translation>choisissez des fichiers</translation>
    </message>
    <message>
        <source>This playlist is empty. Add songs below.</source>
        <comment>playlists.emptyTracks</comment>
        <translation>Cette liste est vide. Ajoutez des pistes ci-dessous.</translation>
    </message>
    <message>
        <source>Now playing</source>
        <comment>playlists.nowPlaying</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Move {title}: drag, or use the arrow keys</source>
        <comment>track.reorder</comment>
        <translation>Déplacer {title} : glissez, ou utilisez les flèches</translation>
    </message>
    <message>
        <source>Play {title}</source>
        <comment>track.play</comment>
        <translation>Lire {title}</translation>
    </message>
    <message>
        <source>Play: </source>
        <comment>track.playPrefix</comment>
        <translation>Lire : </translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <comment>track.delete</comment>
        <translation>Supprimer {title}</translation>
    </message>
    <message>
        <source>Move {title} to another playlist</source>
        <comment>track.move</comment>
        <translation>Déplacer {title} vers une autre liste</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <comment>track.edit</comment>
        <translation>Modifier {title}</translation>
    </message>
    <message>
        <source>A new playlist named after the album</source>
        <comment>upload.newAlbumTarget</comment>
        <translation>Une nouvelle liste au nom de l’album</translation>
    </message>
    <message>
        <source>New album</source>
        <comment>upload.newAlbum</comment>
        <translation>Nouvel album</translation>
    </message>
    <message>
        <source>Edit the track</source>
        <comment>editTrack.title</comment>
        <translation>Modifier la piste</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>editTrack.name</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <comment>editTrack.artist</comment>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Album</source>
        <comment>editTrack.album</comment>
        <translation>Album</translation>
    </message>
    <message>
        <source>Saved: “{title}”</source>
        <comment>editTrack.saved</comment>
        <translation>Enregistré : « {title} »</translation>
    </message>
    <message>
        <source>Give the track a title of at most 255 characters.</source>
        <comment>editTrack.invalid.title</comment>
        <translation>Donnez à la piste un titre de 255 caractères au plus.</translation>
    </message>
    <message>
        <source>The artist can have at most 255 characters.</source>
        <comment>editTrack.invalid.artist</comment>
        <translation>L’artiste peut avoir 255 caractères au plus.</translation>
    </message>
    <message>
        <source>The album can have at most 255 characters.</source>
        <comment>editTrack.invalid.album</comment>
        <translation>L’album peut avoir 255 caractères au plus.</translation>
    </message>
    <message>
        <source>Move up</source>
        <comment>track.moveUp</comment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <comment>track.moveDown</comment>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>{title} moved to position {n}</source>
        <comment>track.moved</comment>
        <translation>{title} déplacée en position {n}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>dialog.cancel</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>dialog.close</comment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>dialog.save</comment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>dialog.create</comment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>dialog.delete</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>dialog.move</comment>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>New playlist</source>
        <comment>create.title</comment>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>create.label</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Bedtime stories</source>
        <comment>create.placeholder</comment>
        <translation>p. ex. Histoires du soir</translation>
    </message>
    <message>
        <source>Rename playlist</source>
        <comment>rename.title</comment>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <source>Delete this playlist?</source>
        <comment>delete.title</comment>
        <translation>Supprimer cette liste ?</translation>
    </message>
    <message>
        <source>“{title}” and its {count} tracks go to the trash. You can restore them from there.</source>
        <comment>delete.body</comment>
        <translation>« {title} » et ses {count} pistes vont dans la corbeille. Vous pourrez les y restaurer.</translation>
    </message>
    <message>
        <source>Delete this track?</source>
        <comment>deleteTrack.title</comment>
        <translation>Supprimer cette piste ?</translation>
    </message>
    <message>
        <source>“{title}” goes to the trash. You can restore it from there.</source>
        <comment>deleteTrack.body</comment>
        <translation>« {title} » va dans la corbeille. Vous pourrez l’y restaurer.</translation>
    </message>
    <message>
        <source>Move a track</source>
        <comment>moveTrack.title</comment>
        <translation>Déplacer une piste</translation>
    </message>
    <message>
        <source>Move “{title}” to</source>
        <comment>moveTrack.label</comment>
        <translation>Déplacer « {title} » vers</translation>
    </message>
    <message>
        <source>Create another playlist first.</source>
        <comment>moveTrack.none</comment>
        <translation>Créez d’abord une autre liste.</translation>
    </message>
    <message>
        <source>Link a tag to “{title}”</source>
        <comment>tag.title</comment>
        <translation>Associer une étiquette à « {title} »</translation>
    </message>
    <message>
        <source>Place a tag on the box now.</source>
        <comment>tag.waiting</comment>
        <translation>Posez maintenant une étiquette sur la boîte.</translation>
    </message>
    <message>
        <source>{s} s left</source>
        <comment>tag.countdown</comment>
        <translation>encore {s} s</translation>
    </message>
    <message>
        <source>This tag already starts “{title}”.</source>
        <comment>tag.duplicate</comment>
        <translation>Cette étiquette lance déjà « {title} ».</translation>
    </message>
    <message>
        <source>Use it for “{title}” instead</source>
        <comment>tag.override</comment>
        <translation>L’utiliser plutôt pour « {title} »</translation>
    </message>
    <message>
        <source>Done! This tag now starts “{title}”.</source>
        <comment>tag.success</comment>
        <translation>C’est fait ! Cette étiquette lance maintenant « {title} ».</translation>
    </message>
    <message>
        <source>No tag was placed in time.</source>
        <comment>tag.timeout</comment>
        <translation>Aucune étiquette n’a été posée à temps.</translation>
    </message>
    <message>
        <source>Linking was cancelled.</source>
        <comment>tag.cancelled</comment>
        <translation>L’association a été annulée.</translation>
    </message>
    <message>
        <source>The tag could not be linked: {message}</source>
        <comment>tag.error</comment>
        <translation>L’étiquette n’a pas pu être associée : {message}</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>tag.retry</comment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>New tag on the box</source>
        <comment>tag.unknownTitle</comment>
        <translation>Nouvelle étiquette sur la boîte</translation>
    </message>
    <message>
        <source>A tag that is not linked yet was placed on the box ({tag}). Which playlist should it start, or what should it do?</source>
        <comment>tag.unknownBody</comment>
        <translation>Une étiquette non associée a été posée sur la boîte ({tag}). Quelle liste doit-elle lancer, ou que doit-elle faire ?</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>tag.link</comment>
        <translation>Associer</translation>
    </message>
    <message>
        <source>The tag was unlinked from “{title}”.</source>
        <comment>tag.unlinked</comment>
        <translation>L’étiquette a été dissociée de « {title} ».</translation>
    </message>
    <message>
        <source>Unlink the tag from “{title}”?</source>
        <comment>tag.unlinkConfirm</comment>
        <translation>Dissocier l’étiquette de « {title} » ?</translation>
    </message>
    <message>
        <source>Placing this tag on the box will no longer start this playlist.</source>
        <comment>tag.unlinkBody</comment>
        <translation>Poser cette étiquette sur la boîte ne lancera plus cette liste.</translation>
    </message>
    <message>
        <source>Add music</source>
        <comment>add.heading</comment>
        <translation>Ajouter de la musique</translation>
    </message>
    <message>
        <source>Upload files</source>
        <comment>add.uploadHeading</comment>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Playlist</source>
        <comment>add.target</comment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Create a playlist first.</source>
        <comment>add.needPlaylist</comment>
        <translation>Créez d’abord une liste.</translation>
    </message>
    <message>
        <source>MP3, WAV, FLAC, OGG, M4A, AAC or Opus</source>
        <comment>add.formats</comment>
        <translation>MP3, WAV, FLAC, OGG, M4A, AAC ou Opus</translation>
    </message>
    <message>
        <source>Uploads</source>
        <comment>upload.list</comment>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <comment>upload.queued</comment>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Uploading… {percent}%</source>
        <comment>upload.uploading</comment>
        <translation>Envoi… {percent} %</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <comment>upload.finalizing</comment>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Added</source>
        <comment>upload.done</comment>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <comment>upload.failed</comment>
        <translation>Échec : {message}</translation>
    </message>
    <message>
        <source>this type of file is not supported</source>
        <comment>upload.badType</comment>
        <translation>ce type de fichier n’est pas pris en charge</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <comment>upload.tooLarge</comment>
        <translation>le fichier est trop gros</translation>
    </message>
    <message>
        <source>the box is out of space</source>
        <comment>upload.noSpace</comment>
        <translation>la boîte n’a plus de place</translation>
    </message>
    <message>
        <source>this is not a readable audio file</source>
        <comment>upload.notAudio</comment>
        <translation>ce n’est pas un fichier audio lisible</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>upload.cancelled</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cancel upload of {name}</source>
        <comment>upload.cancel</comment>
        <translation>Annuler l’envoi de {name}</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <comment>upload.dismiss</comment>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>From YouTube</source>
        <comment>yt.heading</comment>
        <translation>Depuis YouTube</translation>
    </message>
    <message>
        <source>Video or playlist link</source>
        <comment>yt.url</comment>
        <translation>Lien d’une vidéo ou d’une playlist</translation>
    </message>
    <message>
        <source>Download</source>
        <comment>yt.download</comment>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Search YouTube</source>
        <comment>yt.search</comment>
        <translation>Rechercher sur YouTube</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>yt.searchButton</comment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Into</source>
        <comment>yt.target</comment>
        <translation>Dans</translation>
    </message>
    <message>
        <source>A new playlist named after the video</source>
        <comment>yt.newPlaylist</comment>
        <translation>Une nouvelle liste au nom de la vidéo</translation>
    </message>
    <message>
        <source>Search results</source>
        <comment>yt.results</comment>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <comment>yt.noResults</comment>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <comment>yt.searching</comment>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <comment>yt.pending</comment>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Downloading… {percent}%</source>
        <comment>yt.downloading</comment>
        <translation>Téléchargement… {percent} %</translation>
    </message>
    <message>
        <source>Adding to the playlist…</source>
        <comment>yt.processing</comment>
        <translation>Ajout à la liste…</translation>
    </message>
    <message>
        <source>Done: added to “{title}”</source>
        <comment>yt.complete</comment>
        <translation>Terminé : ajouté à « {title} »</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <comment>yt.error</comment>
        <translation>Échec : {message}</translation>
    </message>
    <message>
        <source>YouTube downloads are not available on this box.</source>
        <comment>yt.unavailable</comment>
        <translation>Le téléchargement YouTube n’est pas disponible sur cette boîte.</translation>
    </message>
    <message>
        <source>Please paste a link that starts with http:// or https://</source>
        <comment>yt.badUrl</comment>
        <translation>Collez un lien qui commence par http:// ou https://</translation>
    </message>
    <message>
        <source>Box status</source>
        <comment>status.heading</comment>
        <translation>État de la boîte</translation>
    </message>
    <message>
        <source>Overall</source>
        <comment>status.overall</comment>
        <translation>Général</translation>
    </message>
    <message>
        <source>All good</source>
        <comment>status.healthy</comment>
        <translation>Tout va bien</translation>
    </message>
    <message>
        <source>Working, with a problem</source>
        <comment>status.degraded</comment>
        <translation>Fonctionne, avec un problème</translation>
    </message>
    <message>
        <source>Not working</source>
        <comment>status.unhealthy</comment>
        <translation>Ne fonctionne pas</translation>
    </message>
    <message>
        <source>Tag reader</source>
        <comment>status.reader</comment>
        <translation>Lecteur d’étiquettes</translation>
    </message>
    <message>
        <source>Ready ({kind})</source>
        <comment>status.readerOk</comment>
        <translation>Prêt ({kind})</translation>
    </message>
    <message>
        <source>Not available</source>
        <comment>status.readerNone</comment>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Tag on the reader</source>
        <comment>status.currentTag</comment>
        <translation>Étiquette sur le lecteur</translation>
    </message>
    <message>
        <source>None</source>
        <comment>status.noTag</comment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Audio output</source>
        <comment>status.audio</comment>
        <translation>Sortie audio</translation>
    </message>
    <message>
        <source>Working</source>
        <comment>status.ok</comment>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Not working</source>
        <comment>status.fail</comment>
        <translation>Ne fonctionne pas</translation>
    </message>
    <message>
        <source>Software version</source>
        <comment>status.version</comment>
        <translation>Version du logiciel</translation>
    </message>
    <message>
        <source>Running for</source>
        <comment>status.uptime</comment>
        <translation>Allumée depuis</translation>
    </message>
    <message>
        <source>Connected screens</source>
        <comment>status.clients</comment>
        <translation>Écrans connectés</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>status.storage</comment>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Live updates</source>
        <comment>status.live</comment>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>Technical details</source>
        <comment>status.details</comment>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>status.refresh</comment>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <comment>backup.heading</comment>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>A backup holds every playlist, song, tag and setting of the box in one file. Keep it on a computer; restoring it brings the box back as it was.</source>
        <comment>backup.intro</comment>
        <translation>Une sauvegarde contient toutes les listes, chansons, puces et réglages de la boîte dans un seul fichier. Gardez-la sur un ordinateur : la restaurer remet la boîte comme elle était.</translation>
    </message>
    <message>
        <source>Download a backup</source>
        <comment>backup.download</comment>
        <translation>Télécharger une sauvegarde</translation>
    </message>
    <message>
        <source>Backup file to restore</source>
        <comment>backup.chooseFile</comment>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <comment>backup.restore</comment>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <comment>backup.confirmTitle</comment>
        <translation>Restaurer une sauvegarde ?</translation>
    </message>
    <message>
        <source>Everything on the box now is replaced by the backup &quot;{name}&quot;. The box restarts afterwards.</source>
        <comment>backup.confirmMessage</comment>
        <translation>Tout ce qui est sur la boîte sera remplacé par la sauvegarde « {name} ». La boîte redémarre ensuite.</translation>
    </message>
    <message>
        <source>Replace and restart</source>
        <comment>backup.confirm</comment>
        <translation>Remplacer et redémarrer</translation>
    </message>
    <message>
        <source>Sending the backup: {sent} of {total}</source>
        <comment>backup.sending</comment>
        <translation>Envoi de la sauvegarde : {sent} sur {total}</translation>
    </message>
    <message>
        <source>The box is checking the backup…</source>
        <comment>backup.checking</comment>
        <translation>La boîte vérifie la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup checked: {playlists} playlists, {tracks} songs. The box is restarting; this page reconnects by itself.</source>
        <comment>backup.restarting</comment>
        <translation>Sauvegarde vérifiée : {playlists} listes, {tracks} chansons. La boîte redémarre ; cette page se reconnecte toute seule.</translation>
    </message>
    <message>
        <source>This file is not a backup of the box, or it is damaged. Nothing was changed.</source>
        <comment>backup.refused</comment>
        <translation>Ce fichier n&apos;est pas une sauvegarde de la boîte, ou il est abîmé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>status.unknown</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Free space</source>
        <comment>status.disk</comment>
        <translation>Espace libre</translation>
    </message>
    <message>
        <source>{free} free of {total}</source>
        <comment>status.diskValue</comment>
        <translation>{free} libres sur {total}</translation>
    </message>
    <message>
        <source>Library</source>
        <comment>status.library</comment>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>{playlists} playlists, {tracks} tracks</source>
        <comment>status.libraryValue</comment>
        <translation>{playlists} listes, {tracks} morceaux</translation>
    </message>
    <message>
        <source>Processor temperature</source>
        <comment>status.temperature</comment>
        <translation>Température du processeur</translation>
    </message>
    <message>
        <source>Sound goes to</source>
        <comment>status.output</comment>
        <translation>Le son sort sur</translation>
    </message>
    <message>
        <source>The box did not understand this request.</source>
        <comment>error.bad_request</comment>
        <translation>La boîte n’a pas compris cette demande.</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <comment>error.validation_error</comment>
        <translation>Veuillez vérifier ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>This is no longer on the box.</source>
        <comment>error.not_found</comment>
        <translation>Ceci n’est plus sur la boîte.</translation>
    </message>
    <message>
        <source>This clashes with something already on the box.</source>
        <comment>error.conflict</comment>
        <translation>Ceci entre en conflit avec ce qui est déjà sur la boîte.</translation>
    </message>
    <message>
        <source>This is too large for the box.</source>
        <comment>error.payload_too_large</comment>
        <translation>C’est trop volumineux pour la boîte.</translation>
    </message>
    <message>
        <source>Too many requests at once. Please wait a moment.</source>
        <comment>error.rate_limit_exceeded</comment>
        <translation>Trop de demandes à la fois. Patientez un instant.</translation>
    </message>
    <message>
        <source>The box ran into a problem. Please try again.</source>
        <comment>error.internal_error</comment>
        <translation>La boîte a rencontré un problème. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This part of the box is not available right now.</source>
        <comment>error.service_unavailable</comment>
        <translation>Cette partie de la boîte n’est pas disponible pour le moment.</translation>
    </message>
    <message>
        <source>The box is out of space.</source>
        <comment>error.insufficient_storage</comment>
        <translation>La boîte n’a plus de place.</translation>
    </message>
    <message>
        <source>PN532 reader</source>
        <comment>status.readerKind.pn532_uart</comment>
        <translation>lecteur PN532</translation>
    </message>
    <message>
        <source>PN532 reader on I2C</source>
        <comment>status.readerKind.pn532_i2c</comment>
        <translation>lecteur PN532 en I2C</translation>
    </message>
    <message>
        <source>simulated reader</source>
        <comment>status.readerKind.mock</comment>
        <translation>lecteur simulé</translation>
    </message>
    <message>
        <source>reader on a serial line</source>
        <comment>status.readerKind.serial</comment>
        <translation>lecteur sur une ligne série</translation>
    </message>
    <message>
        <source>no reader</source>
        <comment>status.readerKind.none</comment>
        <translation>aucun lecteur</translation>
    </message>
    <message>
        <source>Qt version</source>
        <comment>status.detail.qt</comment>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>Host name</source>
        <comment>status.detail.host</comment>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Platform</source>
        <comment>status.detail.platform</comment>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <comment>status.detail.protocol</comment>
        <translation>Version du protocole</translation>
    </message>
    <message>
        <source>Last event number</source>
        <comment>status.detail.seq</comment>
        <translation>Numéro du dernier événement</translation>
    </message>
    <message>
        <source>WebSocket / Socket.IO clients</source>
        <comment>status.detail.clients</comment>
        <translation>Clients WebSocket / Socket.IO</translation>
    </message>
    <message>
        <source>Events kept for replay</source>
        <comment>status.detail.outbox</comment>
        <translation>Événements gardés pour rattrapage</translation>
    </message>
    <message>
        <source>Position updates sent</source>
        <comment>status.detail.positions</comment>
        <translation>Positions envoyées</translation>
    </message>
    <message>
        <source>Clients dropped for being slow</source>
        <comment>status.detail.dropped</comment>
        <translation>Clients déconnectés car trop lents</translation>
    </message>
    <message>
        <source>Server start id</source>
        <comment>status.detail.epoch</comment>
        <translation>Identifiant du démarrage</translation>
    </message>
    <message>
        <source>Search playlists and tracks</source>
        <comment>search.label</comment>
        <translation>Rechercher des listes et des morceaux</translation>
    </message>
    <message>
        <source>Search by title, artist or album</source>
        <comment>search.placeholder</comment>
        <translation>Titre, artiste ou album</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <comment>search.none</comment>
        <translation>Rien trouvé pour « {query} ».</translation>
    </message>
    <message>
        <source>Playlist</source>
        <comment>search.playlist</comment>
        <translation>Liste de lecture</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <comment>search.inPlaylist</comment>
        <translation>dans « {title} »</translation>
    </message>
    <message>
        <source>Choose a playlist…</source>
        <comment>tag.choose</comment>
        <translation>Choisissez une liste…</translation>
    </message>
    <message>
        <source>A new playlist…</source>
        <comment>tag.newPlaylist</comment>
        <translation>Une nouvelle liste…</translation>
    </message>
    <message>
        <source>Choose which playlist this tag should start.</source>
        <comment>tag.chooseFirst</comment>
        <translation>Choisissez la liste que cette étiquette doit lancer.</translation>
    </message>
    <message>
        <source>Give the new playlist a name.</source>
        <comment>tag.nameFirst</comment>
        <translation>Donnez un nom à la nouvelle liste.</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>nav.tags</comment>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>tags.heading</comment>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Every tag that starts a playlist or does something. Give each a name you will recognise.</source>
        <comment>tags.intro</comment>
        <translation>Chaque étiquette qui lance une liste ou fait quelque chose. Donnez-leur un nom que vous reconnaîtrez.</translation>
    </message>
    <message>
        <source>No tag is linked yet. Open a playlist and choose “Link a tag”.</source>
        <comment>tags.empty</comment>
        <translation>Aucune étiquette n’est encore associée. Ouvrez une liste et choisissez « Associer une étiquette ».</translation>
    </message>
    <message>
        <source>Name of tag {tag}</source>
        <comment>tags.name</comment>
        <translation>Nom de l’étiquette {tag}</translation>
    </message>
    <message>
        <source>e.g. Blue owl card</source>
        <comment>tags.namePlaceholder</comment>
        <translation>p. ex. Carte hibou bleu</translation>
    </message>
    <message>
        <source>Plays</source>
        <comment>tags.plays</comment>
        <translation>Lance</translation>
    </message>
    <message>
        <source>Last used</source>
        <comment>tags.lastUsed</comment>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>tags.never</comment>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <comment>tags.saved</comment>
        <translation>Enregistré : {name}</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>tags.does</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Unlink</source>
        <comment>tags.unlink</comment>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Unlink tag “{name}”?</source>
        <comment>tags.unlinkConfirm</comment>
        <translation>Dissocier l’étiquette « {name} » ?</translation>
    </message>
    <message>
        <source>Placing it on the box will no longer do this: {what}.</source>
        <comment>tags.unlinkBody</comment>
        <translation>La poser sur la boîte ne fera plus ceci : {what}.</translation>
    </message>
    <message>
        <source>Tag “{name}” unlinked.</source>
        <comment>tags.unlinked</comment>
        <translation>Étiquette « {name} » dissociée.</translation>
    </message>
    <message>
        <source>Or a card that does something</source>
        <comment>tag.actions</comment>
        <translation>Ou une carte qui fait quelque chose</translation>
    </message>
    <message>
        <source>Done! This card now does: {action}.</source>
        <comment>tag.actionSuccess</comment>
        <translation>C’est fait ! Cette carte fait maintenant : {action}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action.pause</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>action.stop</comment>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Next track</source>
        <comment>action.next</comment>
        <translation>Morceau suivant</translation>
    </message>
    <message>
        <source>Previous track</source>
        <comment>action.previous</comment>
        <translation>Morceau précédent</translation>
    </message>
    <message>
        <source>Louder</source>
        <comment>action.volume_up</comment>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Quieter</source>
        <comment>action.volume_down</comment>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Shuffle on or off</source>
        <comment>action.shuffle</comment>
        <translation>Lecture aléatoire oui ou non</translation>
    </message>
    <message>
        <source>Change repeat</source>
        <comment>action.repeat</comment>
        <translation>Changer la répétition</translation>
    </message>
    <message>
        <source>Sleep timer, 15 minutes</source>
        <comment>action.sleep_15</comment>
        <translation>Minuterie de sommeil, 15 minutes</translation>
    </message>
    <message>
        <source>Sleep timer, 30 minutes</source>
        <comment>action.sleep_30</comment>
        <translation>Minuterie de sommeil, 30 minutes</translation>
    </message>
    <message>
        <source>Sleep timer, 60 minutes</source>
        <comment>action.sleep_60</comment>
        <translation>Minuterie de sommeil, 60 minutes</translation>
    </message>
    <message>
        <source>or choose a whole folder</source>
        <comment>upload.pickFolder</comment>
        <translation>ou choisissez un dossier entier</translation>
    </message>
    <message>
        <source>or choose a folder: it becomes a new playlist</source>
        <comment>upload.folderAsPlaylist</comment>
        <translation>ou choisissez un dossier : il devient une nouvelle liste</translation>
    </message>
    <message>
        <source>All uploads</source>
        <comment>upload.total</comment>
        <translation>Tous les envois</translation>
    </message>
    <message>
        <source>{done} of {count}</source>
        <comment>upload.totalFiles</comment>
        <translation>{done} sur {count}</translation>
    </message>
    <message>
        <source>{sent} of {total}</source>
        <comment>upload.totalBytes</comment>
        <translation>{sent} sur {total}</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <comment>upload.totalFailed</comment>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>Show what is playing</source>
        <comment>now.open</comment>
        <translation>Voir ce qui joue</translation>
    </message>
    <message>
        <source>Now playing</source>
        <comment>now.title</comment>
        <translation>En cours de lecture</translation>
    </message>
    <message>
        <source>Up next</source>
        <comment>now.next</comment>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Shuffle is on: the box picks the next track.</source>
        <comment>now.shuffled</comment>
        <translation>La lecture aléatoire est active : la boîte choisit le morceau suivant.</translation>
    </message>
    <message>
        <source>This is the last track.</source>
        <comment>now.last</comment>
        <translation>C’est le dernier morceau.</translation>
    </message>
    <message>
        <source>Cover of {title}</source>
        <comment>cover.alt</comment>
        <translation>Pochette de {title}</translation>
    </message>
    <message>
        <source>Delete {count} tracks?</source>
        <comment>deleteTracks.title</comment>
        <translation>Supprimer {count} pistes ?</translation>
    </message>
    <message>
        <source>The selected tracks go to the trash. You can restore them from there.</source>
        <comment>deleteTracks.body</comment>
        <translation>Les pistes sélectionnées vont dans la corbeille. Vous pourrez les y restaurer.</translation>
    </message>
    <message>
        <source>Move {count} tracks</source>
        <comment>moveTracks.title</comment>
        <translation>Déplacer {count} pistes</translation>
    </message>
    <message>
        <source>Move the selected tracks to</source>
        <comment>moveTracks.label</comment>
        <translation>Déplacer les pistes sélectionnées vers</translation>
    </message>
    <message>
        <source>Not moved: {titles}</source>
        <comment>moveTracks.failed</comment>
        <translation>Non déplacées : {titles}</translation>
    </message>
    <message>
        <source>Select {title}</source>
        <comment>select.track</comment>
        <translation>Sélectionner {title}</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <comment>select.count</comment>
        <translation>{count} sélectionnées</translation>
    </message>
    <message>
        <source>Move</source>
        <comment>select.move</comment>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>select.delete</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <comment>select.clear</comment>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <comment>error.generic</comment>
        <translation>Un problème est survenu : {message}</translation>
    </message>
    <message>
        <source>The box cannot be reached.</source>
        <comment>error.network</comment>
        <translation>La boîte est injoignable.</translation>
    </message>
    <message>
        <source>This feature is not available on this box yet.</source>
        <comment>error.missing</comment>
        <translation>Cette fonction n’est pas encore disponible sur cette boîte.</translation>
    </message>
    <message>
        <source>Playlist “{title}” created</source>
        <comment>notice.created</comment>
        <translation>Liste « {title} » créée</translation>
    </message>
    <message>
        <source>Playlist “{title}” deleted</source>
        <comment>notice.deleted</comment>
        <translation>Liste « {title} » supprimée</translation>
    </message>
    <message>
        <source>Renamed to “{title}”</source>
        <comment>notice.renamed</comment>
        <translation>Renommée en « {title} »</translation>
    </message>
    <message>
        <source>“{title}” deleted</source>
        <comment>notice.trackDeleted</comment>
        <translation>« {title} » supprimée</translation>
    </message>
    <message>
        <source>{count} tracks deleted</source>
        <comment>notice.tracksDeleted</comment>
        <translation>{count} pistes supprimées</translation>
    </message>
    <message>
        <source>Trash</source>
        <comment>trash.open</comment>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Trash</source>
        <comment>trash.heading</comment>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Back to playlists</source>
        <comment>trash.back</comment>
        <translation>Retour aux listes</translation>
    </message>
    <message>
        <source>Deleted playlists and tracks stay here for {days} days, then they are gone for good.</source>
        <comment>trash.intro</comment>
        <translation>Les listes et pistes supprimées restent ici {days} jours, puis elles disparaissent pour de bon.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <comment>trash.empty</comment>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Playlist “{title}”</source>
        <comment>trash.playlist</comment>
        <translation>Liste « {title} »</translation>
    </message>
    <message>
        <source>Tracks from “{title}”</source>
        <comment>trash.tracksFrom</comment>
        <translation>Pistes de « {title} »</translation>
    </message>
    <message>
        <source>Deleted: {when}</source>
        <comment>trash.deletedAt</comment>
        <translation>Supprimé : {when}</translation>
    </message>
    <message>
        <source>Gone for good: {when}</source>
        <comment>trash.expiresAt</comment>
        <translation>Effacé pour de bon : {when}</translation>
    </message>
    <message>
        <source>Restore</source>
        <comment>trash.restore</comment>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <comment>trash.restoreLabel</comment>
        <translation>Restaurer {name}</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <comment>trash.deleteForever</comment>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Delete forever {name}</source>
        <comment>trash.deleteForeverLabel</comment>
        <translation>Supprimer définitivement {name}</translation>
    </message>
    <message>
        <source>Delete forever?</source>
        <comment>trash.confirmTitle</comment>
        <translation>Supprimer définitivement ?</translation>
    </message>
    <message>
        <source>{name} will be removed from the box. This cannot be undone.</source>
        <comment>trash.confirmBody</comment>
        <translation>{name} sera retiré de la boîte. C’est définitif.</translation>
    </message>
    <message>
        <source>{name} deleted for good</source>
        <comment>trash.deletedForGood</comment>
        <translation>{name} supprimé définitivement</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>trash.undo</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“{title}” is back.</source>
        <comment>trash.restored</comment>
        <translation>« {title} » est de retour.</translation>
    </message>
    <message>
        <source>A playlist is already called “{from}”, so this one is now “{to}”.</source>
        <comment>trash.renamed</comment>
        <translation>Une liste s’appelle déjà « {from} », celle-ci s’appelle donc « {to} ».</translation>
    </message>
    <message>
        <source>{count} files got a new name because theirs was taken.</source>
        <comment>trash.filesRenamed</comment>
        <translation>{count} fichiers ont reçu un nouveau nom, le leur était pris.</translation>
    </message>
    <message>
        <source>Its tag now starts another playlist and stays with it.</source>
        <comment>trash.tagTaken</comment>
        <translation>Son étiquette lance maintenant une autre liste et y reste.</translation>
    </message>
    <message>
        <source>Parents</source>
        <comment>nav.parents</comment>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Parents’ rules</source>
        <comment>parents.heading</comment>
        <translation>Règles des parents</translation>
    </message>
    <message>
        <source>Quiet times, how long the box may play each day and how loud. The box follows them at once.</source>
        <comment>parents.intro</comment>
        <translation>Les heures calmes, le temps d’écoute par jour et le volume maximal. La boîte les applique aussitôt.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <comment>parents.quietHeading</comment>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>During quiet hours only the playlists chosen below will play.</source>
        <comment>parents.quietIntro</comment>
        <translation>Pendant les heures calmes, seules les listes choisies ci-dessous peuvent jouer.</translation>
    </message>
    <message>
        <source>No quiet hours yet.</source>
        <comment>parents.quietNone</comment>
        <translation>Aucune heure calme pour l’instant.</translation>
    </message>
    <message>
        <source>Quiet time {n}</source>
        <comment>parents.window</comment>
        <translation>Moment calme {n}</translation>
    </message>
    <message>
        <source>Starts on</source>
        <comment>parents.days</comment>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>From</source>
        <comment>parents.from</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>parents.to</comment>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Ends the next day.</source>
        <comment>parents.nextDay</comment>
        <translation>Se termine le lendemain.</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>parents.removeWindow</comment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove quiet time {n}</source>
        <comment>parents.removeWindowLabel</comment>
        <translation>Retirer le moment calme {n}</translation>
    </message>
    <message>
        <source>Add quiet time</source>
        <comment>parents.addWindow</comment>
        <translation>Ajouter un moment calme</translation>
    </message>
    <message>
        <source>Allowed in quiet hours</source>
        <comment>parents.allowedHeading</comment>
        <translation>Permises pendant les heures calmes</translation>
    </message>
    <message>
        <source>These playlists may still play then, a bedtime story for instance.</source>
        <comment>parents.allowedIntro</comment>
        <translation>Ces listes peuvent quand même jouer, une histoire du soir par exemple.</translation>
    </message>
    <message>
        <source>No playlists yet.</source>
        <comment>parents.allowedNone</comment>
        <translation>Aucune liste pour l’instant.</translation>
    </message>
    <message>
        <source>Loudest volume in quiet hours</source>
        <comment>parents.quietVolume</comment>
        <translation>Volume maximal pendant les heures calmes</translation>
    </message>
    <message>
        <source>Daily listening time</source>
        <comment>parents.budgetHeading</comment>
        <translation>Temps d’écoute par jour</translation>
    </message>
    <message>
        <source>When it is used up, the music fades out and waits for the next day.</source>
        <comment>parents.budgetIntro</comment>
        <translation>Une fois épuisé, la musique baisse doucement et attend le lendemain.</translation>
    </message>
    <message>
        <source>Minutes a day (0 = no limit)</source>
        <comment>parents.budgetMinutes</comment>
        <translation>Minutes par jour (0 = sans limite)</translation>
    </message>
    <message>
        <source>A new day starts at</source>
        <comment>parents.resetAt</comment>
        <translation>Une nouvelle journée commence à</translation>
    </message>
    <message>
        <source>Turning itself off</source>
        <comment>parents.idleHeading</comment>
        <translation>S’éteindre toute seule</translation>
    </message>
    <message>
        <source>The box turns itself off when nobody has used it for this long. A minute before, it says so.</source>
        <comment>parents.idleIntro</comment>
        <translation>La boîte s’éteint quand personne ne s’en est servi pendant ce temps. Elle prévient une minute avant.</translation>
    </message>
    <message>
        <source>Minutes without use (0 = never)</source>
        <comment>parents.idleMinutes</comment>
        <translation>Minutes sans utilisation (0 = jamais)</translation>
    </message>
    <message>
        <source>Sounds</source>
        <comment>parents.soundsHeading</comment>
        <translation>Sons</translation>
    </message>
    <message>
        <source>Short chimes: when the box is ready, when a tag is new to it, when a tag is linked, and when music may not play now.</source>
        <comment>parents.soundsIntro</comment>
        <translation>De petits carillons : quand la boîte est prête, quand une étiquette lui est inconnue, quand une étiquette est associée et quand la musique ne peut pas jouer maintenant.</translation>
    </message>
    <message>
        <source>Play the chimes</source>
        <comment>parents.soundsEnabled</comment>
        <translation>Jouer les carillons</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <comment>parents.save</comment>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Saved. The box follows the new rules now.</source>
        <comment>parents.saved</comment>
        <translation>C’est enregistré. La boîte suit les nouvelles règles dès maintenant.</translation>
    </message>
    <message>
        <source>Some fields need another look.</source>
        <comment>parents.invalid</comment>
        <translation>Certains champs sont à revoir.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <comment>parents.error.days</comment>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>The end must differ from the start.</source>
        <comment>parents.error.sameTime</comment>
        <translation>La fin doit être différente du début.</translation>
    </message>
    <message>
        <source>Enter a time such as 07:30.</source>
        <comment>parents.error.time</comment>
        <translation>Indiquez une heure, par exemple 07:30.</translation>
    </message>
    <message>
        <source>Choose a volume between 0 and 100.</source>
        <comment>parents.error.volume</comment>
        <translation>Choisissez un volume entre 0 et 100.</translation>
    </message>
    <message>
        <source>Enter a number of minutes from 0 to 1440.</source>
        <comment>parents.error.budget</comment>
        <translation>Indiquez un nombre de minutes entre 0 et 1440.</translation>
    </message>
    <message>
        <source>Loudest volume</source>
        <comment>volume.max</comment>
        <translation>Volume maximal</translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>volume.noLimit</comment>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Volume at the start</source>
        <comment>volume.start</comment>
        <translation>Volume au démarrage</translation>
    </message>
    <message>
        <source>Keep the volume as it is</source>
        <comment>volume.keep</comment>
        <translation>Garder le volume actuel</translation>
    </message>
    <message>
        <source>{v}%</source>
        <comment>volume.percent</comment>
        <translation>{v} %</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>playlists.volume</comment>
        <translation>Volume</translation>
    </message>
    <message>
        <source>max {max}%</source>
        <comment>playlists.volumeMax</comment>
        <translation>max {max} %</translation>
    </message>
    <message>
        <source>Volume of “{title}”</source>
        <comment>volumeDialog.title</comment>
        <translation>Volume de « {title} »</translation>
    </message>
    <message>
        <source>The box never plays this playlist louder than its limit.</source>
        <comment>volumeDialog.intro</comment>
        <translation>La boîte ne joue jamais cette liste plus fort que sa limite.</translation>
    </message>
    <message>
        <source>Volume of “{title}” saved.</source>
        <comment>volumeDialog.saved</comment>
        <translation>Volume de « {title} » enregistré.</translation>
    </message>
    <message>
        <source>max {max}%</source>
        <comment>player.volumeCap</comment>
        <translation>max {max} %</translation>
    </message>
    <message>
        <source>{level}, limited to {max}%</source>
        <comment>player.volumeCapValue</comment>
        <translation>{level}, limité à {max} %</translation>
    </message>
    <message>
        <source>The parents’ rules keep the volume at {max}% or below.</source>
        <comment>player.volumeCapReached</comment>
        <translation>Les règles des parents limitent le volume à {max} %.</translation>
    </message>
    <message>
        <source>Quiet hours: music can play again at {time}.</source>
        <comment>blocked.quiet_hours</comment>
        <translation>Heures calmes : la musique pourra reprendre à {time}.</translation>
    </message>
    <message>
        <source>Today’s listening time is used up. Music can play again at {time}.</source>
        <comment>blocked.budget</comment>
        <translation>Le temps d’écoute du jour est épuisé. La musique pourra reprendre à {time}.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <comment>blocked.dismiss</comment>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>The box turns itself off in {s} s — touch anything to keep it on.</source>
        <comment>shutdown.pending</comment>
        <translation>La boîte s’éteint dans {s} s — touchez n’importe quoi pour la garder allumée.</translation>
    </message>
    <message>
        <source>Keep it on</source>
        <comment>shutdown.keepOn</comment>
        <translation>La garder allumée</translation>
    </message>
    <message>
        <source>{m} min</source>
        <comment>time.minutes</comment>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <comment>time.hoursMinutes</comment>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>Listened today: {used}</source>
        <comment>listening.noBudget</comment>
        <translation>Écouté aujourd’hui : {used}</translation>
    </message>
    <message>
        <source>Listened today: {used} of {budget}</source>
        <comment>listening.ofBudget</comment>
        <translation>Écouté aujourd’hui : {used} sur {budget}</translation>
    </message>
    <message>
        <source>Listening today</source>
        <comment>status.listening</comment>
        <translation>Écoute aujourd’hui</translation>
    </message>
    <message>
        <source>{used} of {budget}</source>
        <comment>status.listeningValue</comment>
        <translation>{used} sur {budget}</translation>
    </message>
    <message>
        <source>{used}, no daily limit</source>
        <comment>status.listeningNoBudget</comment>
        <translation>{used}, sans limite par jour</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>pin.locked</comment>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <comment>pin.unlocked</comment>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Locked for changes: enter the parents’ PIN</source>
        <comment>pin.unlockNow</comment>
        <translation>Modifications verrouillées : saisir le code parents</translation>
    </message>
    <message>
        <source>Unlocked for changes: lock again</source>
        <comment>pin.lockNow</comment>
        <translation>Modifications déverrouillées : verrouiller</translation>
    </message>
    <message>
        <source>Locked. Changes need the PIN again.</source>
        <comment>pin.lockedToast</comment>
        <translation>Verrouillé. Les modifications demandent à nouveau le code.</translation>
    </message>
    <message>
        <source>Parents’ PIN</source>
        <comment>pin.dialogTitle</comment>
        <translation>Code parents</translation>
    </message>
    <message>
        <source>This change needs the parents’ PIN. The page stays unlocked while you use it.</source>
        <comment>pin.dialogIntro</comment>
        <translation>Cette modification demande le code parents. La page reste déverrouillée tant que vous l’utilisez.</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <comment>pin.label</comment>
        <translation>Code (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <comment>pin.unlock</comment>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong PIN. {n} tries left.</source>
        <comment>pin.wrong</comment>
        <translation>Code erroné. Encore {n} essais.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {s} s.</source>
        <comment>pin.wait</comment>
        <translation>Trop de codes erronés. Réessayez dans {s} s.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <comment>pin.format</comment>
        <translation>Un code compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Parents’ PIN</source>
        <comment>pin.heading</comment>
        <translation>Code parents</translation>
    </message>
    <message>
        <source>Without a PIN anyone on the home network can change the box. With one, children can still play, pause, skip and turn the volume up or down.</source>
        <comment>pin.introNone</comment>
        <translation>Sans code, tout le monde sur le réseau de la maison peut modifier la boîte. Avec un code, les enfants peuvent toujours lancer, mettre en pause, passer et régler le volume.</translation>
    </message>
    <message>
        <source>Changes on this page need the PIN. Playing, pausing, skipping and the volume do not.</source>
        <comment>pin.introSet</comment>
        <translation>Les modifications sur cette page demandent le code. Lancer, mettre en pause, passer et le volume, non.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <comment>pin.current</comment>
        <translation>Code actuel</translation>
    </message>
    <message>
        <source>New PIN (4 to 8 digits)</source>
        <comment>pin.newLabel</comment>
        <translation>Nouveau code (4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>Set the PIN</source>
        <comment>pin.set</comment>
        <translation>Définir le code</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <comment>pin.change</comment>
        <translation>Changer le code</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <comment>pin.remove</comment>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>PIN saved. This page stays unlocked.</source>
        <comment>pin.savedToast</comment>
        <translation>Code enregistré. Cette page reste déverrouillée.</translation>
    </message>
    <message>
        <source>PIN removed. Anyone can change the box again.</source>
        <comment>pin.removedToast</comment>
        <translation>Code supprimé. Tout le monde peut de nouveau modifier la boîte.</translation>
    </message>
    <message>
        <source>Add a radio or stream</source>
        <comment>stream.add</comment>
        <translation>Ajouter une radio ou un flux</translation>
    </message>
    <message>
        <source>Add a radio or stream</source>
        <comment>stream.title</comment>
        <translation>Ajouter une radio ou un flux</translation>
    </message>
    <message>
        <source>An internet radio or a podcast episode: the box plays it from its address while it is online.</source>
        <comment>stream.intro</comment>
        <translation>Une radio sur Internet ou un épisode de podcast : la boîte le joue depuis son adresse tant qu’il est en ligne.</translation>
    </message>
    <message>
        <source>Address (http:// or https://)</source>
        <comment>stream.url</comment>
        <translation>Adresse (http:// ou https://)</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <comment>stream.name</comment>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>stream.save</comment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Added: “{title}”</source>
        <comment>stream.added</comment>
        <translation>Ajouté : « {title} »</translation>
    </message>
    <message>
        <source>Give an address that starts with http:// or https://, of at most 2048 characters.</source>
        <comment>stream.invalid.url</comment>
        <translation>Donnez une adresse qui commence par http:// ou https://, de 2048 caractères au plus.</translation>
    </message>
    <message>
        <source>The name can have at most 255 characters.</source>
        <comment>stream.invalid.title</comment>
        <translation>Le nom peut avoir au plus 255 caractères.</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>stream.live</comment>
        <translation>En direct</translation>
    </message>
    <message>
        <source>“{title}” could not be reached; the box went on with the next track.</source>
        <comment>stream.failed</comment>
        <translation>« {title} » est injoignable ; la boîte est passée à la piste suivante.</translation>
    </message>
</context>
</TS>
