// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsloader.h"

#include "nfcreadersetting.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>

#include <functional>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

// Applies a textual value to Settings; returns an error text when the value is not acceptable.
using Apply = std::function<std::optional<QString>(Settings &, const QString &)>;

struct KeyRule
{
    QString key;
    QString description;
    Apply apply;
};

// An integer setting (int or qint64) from min to max.
template<typename Integer>
Apply intKey(Integer Settings::*member, std::type_identity_t<Integer> min, std::type_identity_t<Integer> max)
{
    return [=](Settings &s, const QString &text) -> std::optional<QString> {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok || value < min || value > max)
            return u"expects an integer from %1 to %2, got '%3'"_s.arg(min).arg(max).arg(text);
        s.*member = Integer(value);
        return std::nullopt;
    };
}

Apply boolKey(bool Settings::*member)
{
    return [=](Settings &s, const QString &text) -> std::optional<QString> {
        const QString v = text.trimmed().toLower();
        if (v == "true"_L1 || v == "1"_L1 || v == "yes"_L1 || v == "on"_L1)
            s.*member = true;
        else if (v == "false"_L1 || v == "0"_L1 || v == "no"_L1 || v == "off"_L1)
            s.*member = false;
        else
            return u"expects true or false, got '%1'"_s.arg(text);
        return std::nullopt;
    };
}

Apply stringKey(QString Settings::*member, std::function<bool(const QString &)> valid = {},
                const QString &expectation = {})
{
    return [=](Settings &s, const QString &text) -> std::optional<QString> {
        const QString value = text.trimmed();
        if (valid && !valid(value))
            return u"expects %1, got '%2'"_s.arg(expectation, text);
        s.*member = value;
        return std::nullopt;
    };
}

Apply listKey(QStringList Settings::*member, bool lowerCase)
{
    return [=](Settings &s, const QString &text) -> std::optional<QString> {
        QStringList items;
        for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
            const QString trimmed = item.trimmed();
            if (!trimmed.isEmpty())
                items.append(lowerCase ? trimmed.toLower() : trimmed);
        }
        if (items.isEmpty())
            return u"expects a ';'-separated list, got '%1'"_s.arg(text);
        s.*member = items;
        return std::nullopt;
    };
}

bool isNfcReader(const QString &v)
{
    return NfcReaderSetting::parse(v).has_value();
}

bool isLogLevel(const QString &v)
{
    return v == "debug"_L1 || v == "info"_L1 || v == "warning"_L1 || v == "error"_L1;
}

const QList<KeyRule> &rules()
{
    static const QList<KeyRule> table {
        {u"PORT"_s, u"HTTP, Socket.IO and /ws port (0 picks a free one)"_s,
         intKey(&Settings::port, 0, 65535)},
        {u"BIND_ADDRESS"_s, u"address to listen on"_s,
         stringKey(
             &Settings::bindAddress, [](const QString &v) { return !QHostAddress(v).isNull(); },
             u"an IP address"_s)},
        {u"WEB_ROOT"_s, u"folder served at / instead of the embedded web UI"_s,
         stringKey(&Settings::webRoot)},
        {u"DATA_DIR"_s, u"data folder: database, music, upload staging"_s,
         stringKey(
             &Settings::dataDir, [](const QString &v) { return !v.isEmpty(); }, u"a folder path"_s)},
        {u"LOG_LEVEL"_s, u"debug, info, warning or error"_s,
         stringKey(&Settings::logLevel, isLogLevel, u"debug, info, warning or error"_s)},
        {u"CORS_ALLOWED_ORIGINS"_s, u"';'-separated other origins whose pages may call the box, * for any"_s,
         listKey(&Settings::corsAllowedOrigins, false)},
        {u"ALLOWED_HOSTS"_s, u"';'-separated extra host names the box answers to"_s,
         listKey(&Settings::allowedHosts, true)},
        {u"HTTP_HEADER_TIMEOUT_MS"_s, u"time a new connection has to send its request head"_s,
         intKey(&Settings::httpHeaderTimeoutMs, 100, 600000)},
        {u"MAX_CONNECTIONS"_s, u"open connections of all clients together"_s,
         intKey(&Settings::maxConnections, 1, 100000)},
        {u"MAX_CONNECTIONS_PER_ADDRESS"_s, u"open connections of one client address"_s,
         intKey(&Settings::maxConnectionsPerAddress, 1, 100000)},
        {u"UI"_s, u"none (headless) or kiosk (the box's own touch screen, in the same process)"_s,
         stringKey(
             &Settings::ui, [](const QString &v) { return v == "none"_L1 || v == "kiosk"_L1; },
             u"none or kiosk"_s)},
        {u"LANGUAGE"_s, u"the screen's language: en, fr or de (empty: the system's, else English)"_s,
         stringKey(
             &Settings::language,
             [](const QString &v) { return v.isEmpty() || v == "en"_L1 || v == "fr"_L1 || v == "de"_L1; },
             u"en, fr or de"_s)},
        {u"DEMO_LIBRARY"_s, u"create the demo playlist when the library is empty"_s,
         boolKey(&Settings::demoLibrary)},
        {u"EIO_PING_INTERVAL_MS"_s, u"Engine.IO and /ws ping interval"_s,
         intKey(&Settings::eioPingIntervalMs, 100, 600000)},
        {u"EIO_PING_TIMEOUT_MS"_s, u"Engine.IO pong timeout"_s,
         intKey(&Settings::eioPingTimeoutMs, 100, 600000)},
        {u"EIO_MAX_PAYLOAD"_s, u"largest accepted WebSocket frame in bytes"_s,
         intKey(&Settings::eioMaxPayload, 1024, 100000000)},
        {u"POSITION_UPDATE_INTERVAL_MS"_s, u"position tick interval while playing"_s,
         intKey(&Settings::positionUpdateIntervalMs, 20, 10000)},
        {u"POSITION_THROTTLE_MIN_MS"_s, u"minimum gap between position events"_s,
         intKey(&Settings::positionThrottleMinMs, 0, 10000)},
        {u"POSITION_FAILURE_LIMIT"_s, u"failed position reads before backing off"_s,
         intKey(&Settings::positionFailureLimit, 1, 1000)},
        {u"POSITION_BACKOFF_MS"_s, u"pause after repeated position failures"_s,
         intKey(&Settings::positionBackoffMs, 10, 600000)},
        {u"OUTBOX_SIZE_LIMIT"_s, u"events kept for replay and per-client queue limit"_s,
         intKey(&Settings::outboxSizeLimit, 10, 1000000)},
        {u"OUTBOX_RETRY_MAX"_s, u"write retries before a client is dropped"_s,
         intKey(&Settings::outboxRetryMax, 0, 100)},
        {u"CLIENT_SEND_BUFFER_BYTES"_s, u"unsent bytes after which position events coalesce"_s,
         intKey(&Settings::clientSendBufferBytes, 1024, 1 << 30)},
        {u"CLIENT_TIMEOUT_SEC"_s, u"silence after which a client is dropped"_s,
         intKey(&Settings::clientTimeoutSec, 1, 86400)},
        {u"OPERATION_DEDUP_WINDOW_SEC"_s, u"how long client_op_id results are remembered"_s,
         intKey(&Settings::operationDedupWindowSec, 1, 86400)},
        {u"RATE_LIMIT_PLAYER_MAX"_s, u"play/pause/stop requests per window and client"_s,
         intKey(&Settings::rateLimitPlayerMax, 1, 1000000)},
        {u"RATE_LIMIT_PLAYER_WINDOW_SEC"_s, u"rate limit window"_s,
         intKey(&Settings::rateLimitPlayerWindowSec, 1, 86400)},
        {u"UPLOAD_MAX_FILE_BYTES"_s, u"largest accepted upload"_s,
         intKey(&Settings::uploadMaxFileBytes, 1, qint64(1) << 40)},
        {u"UPLOAD_CHUNK_SIZE"_s, u"default and largest chunk"_s,
         intKey(&Settings::uploadChunkSize, 65536, 1048576)},
        {u"UPLOAD_SESSION_TTL_SEC"_s, u"idle upload session lifetime"_s,
         intKey(&Settings::uploadSessionTtlSec, 1, 7 * 86400)},
        {u"UPLOAD_ALLOWED_EXTENSIONS"_s, u"';'-separated audio extensions"_s,
         listKey(&Settings::uploadAllowedExtensions, true)},
        {u"YTDLP_PATH"_s, u"yt-dlp executable"_s,
         stringKey(
             &Settings::ytdlpPath, [](const QString &v) { return !v.isEmpty(); }, u"a program path"_s)},
        {u"COVER_TOOL"_s, u"the cover tool (openmusicbox-cover); empty: found beside the box"_s,
         stringKey(&Settings::coverTool)},
        {u"NFC_READER"_s, QString::fromLatin1(NfcReaderSetting::expected),
         stringKey(&Settings::nfcReader, isNfcReader, QString::fromLatin1(NfcReaderSetting::expected))},
        {u"SCREEN_DIM_SEC"_s, u"seconds without a touch or a tag before the screen dims (0: never)"_s,
         intKey(&Settings::screenDimSec, 0, 86400)},
        {u"NFC_SCAN_TIMEOUT_MS"_s, u"association session timeout"_s,
         intKey(&Settings::nfcScanTimeoutMs, 1000, 300000)},
        {u"NFC_SESSION_RETAIN_SEC"_s, u"how long ended sessions stay listed"_s,
         intKey(&Settings::nfcSessionRetainSec, 0, 3600)},
        {u"NFC_REMOVAL_GRACE_MS"_s, u"unread time before a tag counts as removed"_s,
         intKey(&Settings::nfcRemovalGraceMs, 0, 60000)},
        {u"NFC_DEBOUNCE_MS"_s, u"same-tag placement ignored this long after removal"_s,
         intKey(&Settings::nfcDebounceMs, 0, 60000)},
        {u"NFC_PAUSE_ON_REMOVAL"_s, u"pause when the source tag is lifted"_s,
         boolKey(&Settings::nfcPauseOnRemoval)},
        {u"TAG_RESUME_ENABLED"_s, u"a tag resumes its playlist where it stopped"_s,
         boolKey(&Settings::tagResumeEnabled)},
        {u"BOX_NAME"_s, u"name shown on the network (empty: Music box (<hostname>))"_s,
         stringKey(&Settings::boxName)},
        {u"MDNS_ANNOUNCE"_s, u"announce the box with DNS-SD through Avahi"_s,
         boolKey(&Settings::mdnsAnnounce)},
        {u"AUDIO_DEVICE"_s, u"audio output (empty: system default)"_s, stringKey(&Settings::audioDevice)},
        {u"AUDIO_BACKEND"_s, u"gstreamer (gapless, click-free fades, loudness gain) or qt (QMediaPlayer)"_s,
         stringKey(
             &Settings::audioBackend, [](const QString &v) { return v == "gstreamer"_L1 || v == "qt"_L1; },
             u"gstreamer or qt"_s)},
        {u"LOUDNESS_NORMALIZATION"_s, u"loudness gain per track, per playlist, or off"_s,
         stringKey(
             &Settings::loudnessNormalization,
             [](const QString &v) { return v == "track"_L1 || v == "playlist"_L1 || v == "off"_L1; },
             u"track, playlist or off"_s)},
        {u"VOLUME_DEFAULT"_s, u"volume at boot"_s, intKey(&Settings::volumeDefault, 0, 100)},
        {u"VOLUME_MIN"_s, u"lowest volume"_s, intKey(&Settings::volumeMin, 0, 100)},
        {u"VOLUME_MAX"_s, u"highest volume"_s, intKey(&Settings::volumeMax, 0, 100)},
        {u"VOLUME_STEP"_s, u"volume change per encoder detent"_s, intKey(&Settings::volumeStep, 1, 50)},
        {u"PREVIOUS_RESTART_THRESHOLD_MS"_s, u"previous restarts the track after this position"_s,
         intKey(&Settings::previousRestartThresholdMs, 0, 600000)},
        {u"STREAM_RETRY_FIRST_MS"_s, u"delay before a dropped stream is tried again (doubles each time)"_s,
         intKey(&Settings::streamRetryFirstMs, 10, 60000)},
        {u"STREAM_RETRIES"_s, u"times a dropped stream is tried again before the next track"_s,
         intKey(&Settings::streamRetries, 0, 10)},
        {u"RESUME_REWIND_MS"_s, u"rewind when resuming a playlist"_s,
         intKey(&Settings::resumeRewindMs, 0, 600000)},
        {u"RESUME_MAX_AGE_DAYS"_s, u"resume points older than this are ignored"_s,
         intKey(&Settings::resumeMaxAgeDays, 0, 3650)},
        {u"TRASH_RETENTION_DAYS"_s, u"how long deleted playlists and tracks stay in the trash"_s,
         intKey(&Settings::trashRetentionDays, 1, 3650)},
        {u"SLEEP_FADE_SEC"_s, u"the sleep timer's fade to silence"_s,
         intKey(&Settings::sleepFadeSec, 0, 600)},
        {u"SHUTDOWN_COMMAND"_s, u"command that turns the box off when the parents' idle time is up"_s,
         stringKey(
             &Settings::shutdownCommand,
             [](const QString &v) { return !QProcess::splitCommand(v).isEmpty(); }, u"a command"_s)},
        {u"GPIO_CHIP"_s, u"libgpiod chip name"_s, stringKey(&Settings::gpioChip)},
        {u"GPIO_BUTTON_NEXT"_s, u"line of the next button (-1: none)"_s,
         intKey(&Settings::gpioButtonNext, -1, 1023)},
        {u"GPIO_BUTTON_PREVIOUS"_s, u"line of the previous button"_s,
         intKey(&Settings::gpioButtonPrevious, -1, 1023)},
        {u"GPIO_ENCODER_A"_s, u"line of encoder channel A"_s, intKey(&Settings::gpioEncoderA, -1, 1023)},
        {u"GPIO_ENCODER_B"_s, u"line of encoder channel B"_s, intKey(&Settings::gpioEncoderB, -1, 1023)},
        {u"GPIO_ENCODER_PUSH"_s, u"line of the encoder push button"_s,
         intKey(&Settings::gpioEncoderPush, -1, 1023)},
    };
    return table;
}

const KeyRule *findRule(const QString &key)
{
    for (const KeyRule &rule : rules()) {
        if (rule.key == key)
            return &rule;
    }
    return nullptr;
}

std::optional<ServiceError> applyLayer(Settings &settings, const QHash<QString, QString> &values,
                                       const QString &origin, bool rejectUnknown)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const KeyRule *rule = findRule(it.key());
        if (!rule) {
            if (rejectUnknown)
                return ServiceError {
                    ErrorType::Validation, u"%1: unknown key %2"_s.arg(origin, it.key()), {}};
            continue;
        }
        if (const auto problem = rule->apply(settings, it.value()))
            return ServiceError {ErrorType::Validation, u"%1: %2 %3"_s.arg(origin, it.key(), *problem), {}};
    }
    return std::nullopt;
}

std::optional<ServiceError> checkConsistency(const Settings &s)
{
    if (s.volumeMin > s.volumeMax)
        return ServiceError {ErrorType::Validation, u"VOLUME_MIN must not exceed VOLUME_MAX"_s, {}};
    if (s.volumeDefault < s.volumeMin || s.volumeDefault > s.volumeMax)
        return ServiceError {
            ErrorType::Validation, u"VOLUME_DEFAULT must lie within VOLUME_MIN..VOLUME_MAX"_s, {}};
    if (s.positionThrottleMinMs > s.positionUpdateIntervalMs)
        return ServiceError {ErrorType::Validation,
                             u"POSITION_THROTTLE_MIN_MS must not exceed POSITION_UPDATE_INTERVAL_MS"_s,
                             {}};
    return std::nullopt;
}

} // namespace

Result<QHash<QString, QString>> SettingsLoader::parseIni(const QByteArray &text, const QString &origin)
{
    QHash<QString, QString> values;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';') || line.startsWith(u'['))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            return ServiceError {
                ErrorType::Validation,
                u"%1:%2: expected KEY = value, got '%3'"_s.arg(origin).arg(lineNumber).arg(line),
                {}};
        values.insert(line.left(equals).trimmed().toUpper(), line.mid(equals + 1).trimmed());
    }
    return values;
}

Result<Settings> SettingsLoader::load(const QString &configFile, const QProcessEnvironment &environment,
                                      const QHash<QString, QString> &commandLine)
{
    Settings settings;
    if (!configFile.isEmpty()) {
        QFile file(configFile);
        if (!file.open(QIODevice::ReadOnly))
            return ServiceError {ErrorType::Validation,
                                 u"cannot read config file %1: %2"_s.arg(configFile, file.errorString()),
                                 {}};
        const auto values = parseIni(file.readAll(), configFile);
        if (!values)
            return values.error();
        if (auto error = applyLayer(settings, *values, configFile, true))
            return *error;
    }

    QHash<QString, QString> fromEnvironment;
    for (const KeyRule &rule : rules()) {
        const QString name = "OMB_"_L1 + rule.key;
        if (environment.contains(name))
            fromEnvironment.insert(rule.key, environment.value(name));
    }
    if (auto error = applyLayer(settings, fromEnvironment, u"environment"_s, false))
        return *error;
    if (auto error = applyLayer(settings, commandLine, u"command line"_s, true))
        return *error;
    if (auto error = checkConsistency(settings))
        return *error;
    return settings;
}

QList<SettingsLoader::KeyInfo> SettingsLoader::keys()
{
    QList<KeyInfo> result;
    for (const KeyRule &rule : rules())
        result.append({rule.key, rule.description});
    return result;
}

bool SettingsLoader::isKnownKey(const QString &key)
{
    return findRule(key) != nullptr;
}
