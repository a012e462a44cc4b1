// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Every tunable of the box, with the defaults of PROTOCOL.md §7. Filled by SettingsLoader
// (defaults < INI file < OMB_* environment < command line) and then passed by value or const reference.
struct Settings
{
    // Network and files
    int port = 8000;
    QString bindAddress = QStringLiteral("0.0.0.0");
    QString webRoot;
    QString dataDir = QStringLiteral("./var");
    QString logLevel = QStringLiteral("info");
    QStringList corsAllowedOrigins; // the box's own page needs none
    QStringList allowedHosts; // names besides localhost, the host name and <host name>.local
    int httpHeaderTimeoutMs = 10000;
    int maxConnections = 256;
    int maxConnectionsPerAddress = 32;
    bool demoLibrary = true;
    QString ui = QStringLiteral("none"); // none | kiosk: the QML screen in the same process
    QString language; // en | fr | de for the screen; empty = the system's, English when it has none of them

    // Real-time transport
    int eioPingIntervalMs = 25000;
    int eioPingTimeoutMs = 20000;
    int eioMaxPayload = 1000000;
    int positionUpdateIntervalMs = 200;
    int positionThrottleMinMs = 150;
    int positionFailureLimit = 5;
    int positionBackoffMs = 2000;
    int outboxSizeLimit = 1000;
    int outboxRetryMax = 3;
    int clientSendBufferBytes = 262144;
    int clientTimeoutSec = 60;
    int operationDedupWindowSec = 300;
    int rateLimitPlayerMax = 30;
    int rateLimitPlayerWindowSec = 60;

    // Uploads and downloads
    qint64 uploadMaxFileBytes = 104857600;
    int uploadChunkSize = 1048576;
    int uploadSessionTtlSec = 3600;
    QStringList uploadAllowedExtensions {QStringLiteral("mp3"), QStringLiteral("wav"), QStringLiteral("flac"),
                                         QStringLiteral("ogg"), QStringLiteral("m4a"), QStringLiteral("aac"),
                                         QStringLiteral("opus")};
    QString ytdlpPath = QStringLiteral("yt-dlp");
    QString coverTool; // empty: openmusicbox-cover beside the box's binary, else in the libexec dir
    int trashRetentionDays = 30; // deleted playlists and tracks can be restored this long

    // NFC
    QString nfcReader = QStringLiteral(
        "simulated"); // NfcReaderSetting: none | simulated | pn532:<port> | pn532-i2c:<dev>[@addr]
    int nfcScanTimeoutMs = 60000;
    int screenDimSec = 120; // the screen dims after this long without a touch or a tag; 0 = never
    int nfcSessionRetainSec = 5;
    int nfcRemovalGraceMs = 1000;
    int nfcDebounceMs = 500;
    bool nfcPauseOnRemoval = true;
    bool tagResumeEnabled = true;

    // Network
    QString boxName; // DNS-SD name; empty = "Music box (<hostname>)"
    bool mdnsAnnounce = true;

    // Player
    QString audioDevice;
    QString audioBackend = QStringLiteral("gstreamer"); // gstreamer | qt
    QString loudnessNormalization = QStringLiteral("track"); // track | playlist | off
    int volumeDefault = 50;
    int volumeMin = 0;
    int volumeMax = 100;
    int volumeStep = 5;
    int previousRestartThresholdMs = 3000;
    int streamRetryFirstMs = 1000; // a dropped stream is tried again after this, then twice as long each time
    int streamRetries = 3; // ... this many times before the player moves on
    int resumeRewindMs = 2000;
    int resumeMaxAgeDays = 30;
    int sleepFadeSec = 30; // the sleep timer fades the music out over this long

    // System
    QString shutdownCommand = QStringLiteral("systemctl poweroff"); // run when the parents' idle time is up

    // Physical controls (libgpiod line offsets; -1 = not wired)
    QString gpioChip = QStringLiteral("gpiochip0");
    int gpioButtonNext = -1;
    int gpioButtonPrevious = -1;
    int gpioEncoderA = -1;
    int gpioEncoderB = -1;
    int gpioEncoderPush = -1;

    // Body limit for one HTTP request: one upload chunk plus its multipart framing.
    qint64 maxRequestBodyBytes() const { return qint64(uploadChunkSize) + 64 * 1024; }
};
