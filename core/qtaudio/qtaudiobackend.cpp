// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtaudiobackend.h"

#include "system/logging.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int rampStepMs = 5;
constexpr int startPollMs = 5;
constexpr int startPollLimitMs = 5000;
constexpr int pendingArrivalWindowMs = 1000;
constexpr int pendingLimitMs = 3000;
constexpr int strayEndMarginMs = 1000;
} // namespace

namespace {
// GStreamer ranks libav's MP3 decoder above mpg123, so one MP3 maps libavcodec and its dependencies: about
// 30 MB more RSS (77 MB against 47 MB playing a 3-minute MP3). mpg123 decodes MP3 as well; libav is then only
// loaded for AAC. Must run before GStreamer initialises (the first QtMultimedia object); a user's own ranking
// wins.
QAudioOutput *createOutput()
{
    if (!qEnvironmentVariableIsSet("GST_PLUGIN_FEATURE_RANK"))
        qputenv("GST_PLUGIN_FEATURE_RANK", "mpg123audiodec:MAX");
    return new QAudioOutput;
}
} // namespace

QtAudioBackend::QtAudioBackend(const QString &deviceDescription, QObject *parent)
    : AudioBackend(parent)
    , m_output(createOutput())
{
    if (!deviceDescription.isEmpty()) {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        auto found = std::find_if(outputs.begin(), outputs.end(), [&](const QAudioDevice &device) {
            return device.description() == deviceDescription;
        });
        if (found != outputs.end())
            m_output->setDevice(*found);
        else
            qCWarning(lcPlayer).noquote()
                << "audio device" << deviceDescription << "not found; using the default";
    }
    m_output->setVolume(0);

    m_rampTimer.setTimerType(Qt::PreciseTimer);
    m_rampTimer.setInterval(rampStepMs);
    connect(&m_rampTimer, &QTimer::timeout, this, &QtAudioBackend::onRampTick);
    m_startPoll.setTimerType(Qt::PreciseTimer);
    m_startPoll.setInterval(startPollMs);
    connect(&m_startPoll, &QTimer::timeout, this, &QtAudioBackend::onStartPoll);

    createPlayer();
    qCInfo(lcPlayer) << "audio output ready:" << isOutputReady();
}

QtAudioBackend::~QtAudioBackend()
{
    m_player->stop();
}

void QtAudioBackend::createPlayer()
{
    if (m_player)
        m_player->disconnect(this);
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setAudioOutput(m_output.get()); // without an output GStreamer fails every file
    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) { onMediaStatusChanged(int(status)); });
    connect(
        m_player.get(), &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString &message) { onPlayerError(int(error), message); });
    connect(m_player.get(), &QMediaPlayer::durationChanged, this, &AudioBackend::durationChanged);
}

void QtAudioBackend::playFile(const QString &filePath, qint64 startMs)
{
    ++m_generation;
    m_errorReported = false;
    m_rampTimer.stop();
    m_afterRamp = nullptr;
    m_output->setVolume(0);
    m_playing = true;
    m_startMs = startMs;
    m_pendingPosition = startMs > 0 ? std::optional(startMs) : std::nullopt;
    m_pendingClock.start();
    // After an error the 6.4 GStreamer pipeline refuses the next file ("state change failed"): start afresh.
    if (m_player->error() != QMediaPlayer::NoError || m_player->mediaStatus() == QMediaPlayer::InvalidMedia)
        createPlayer();
    m_player->setSource(sourceUrl(filePath));
    if (startMs > 0)
        m_player->setPosition(
            startMs); // may be too early for the pipeline; repeated once the media is loaded
    m_player->play();
    m_rampUpPending = true;
    m_startClock.start();
    m_startPoll.start();
}

void QtAudioBackend::resume()
{
    m_afterRamp = nullptr;
    m_playing = true;
    m_player->play();
    m_rampUpPending = false;
    rampTo(targetGain());
    m_startMs = m_player->position();
    m_startClock.start();
    m_startPoll.start();
}

void QtAudioBackend::pause()
{
    m_playing = false;
    m_startPoll.stop();
    m_rampUpPending = false;
    rampTo(0, [this] { m_player->pause(); });
}

void QtAudioBackend::stop()
{
    m_playing = false;
    m_startPoll.stop();
    m_rampUpPending = false;
    rampTo(0, [this] { m_player->stop(); });
}

void QtAudioBackend::seek(qint64 positionMs)
{
    m_pendingPosition = positionMs;
    m_pendingClock.start();
    m_player->setPosition(positionMs);
}

void QtAudioBackend::setVolume(double gain)
{
    m_gain = qBound(0.0, gain, 1.0);
    if (m_playing && !m_rampUpPending)
        rampTo(targetGain(), m_afterRamp);
}

void QtAudioBackend::setMuted(bool muted)
{
    m_muted = muted;
    if (m_playing && !m_rampUpPending)
        rampTo(targetGain(), m_afterRamp);
}

std::optional<qint64> QtAudioBackend::position() const
{
    if (m_player->error() != QMediaPlayer::NoError || m_player->mediaStatus() == QMediaPlayer::InvalidMedia)
        return std::nullopt;
    const qint64 position = m_player->position();
    if (!m_pendingPosition)
        return position;
    // GStreamer seeks asynchronously: until the pipeline gets there, the target is the truthful answer.
    const qint64 target = *m_pendingPosition;
    const bool arrived = position >= target && position < target + pendingArrivalWindowMs;
    if (arrived || m_pendingClock.elapsed() > pendingLimitMs) {
        m_pendingPosition.reset();
        return position;
    }
    return target;
}

qint64 QtAudioBackend::duration() const
{
    return m_player->duration();
}

bool QtAudioBackend::isOutputReady() const
{
    return m_player->isAvailable();
}

void QtAudioBackend::onMediaStatusChanged(int status)
{
    qCDebug(lcPlayer) << "media status" << QMediaPlayer::MediaStatus(status) << "generation" << m_generation;
    switch (QMediaPlayer::MediaStatus(status)) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_pendingPosition && m_player->position() + 100 < *m_pendingPosition)
            m_player->setPosition(*m_pendingPosition);
        break;
    case QMediaPlayer::EndOfMedia:
        if (m_playing && isStrayEndOfMedia()) {
            // Seen right after a source switch: an end-of-stream left over from the previous file. Going on
            // as if the track ended would skip it (or stop a one-track playlist) without a sound.
            qCDebug(lcPlayer) << "stray end of media ignored at" << m_player->position() << "ms";
            m_player->setPosition(qMax(m_player->position(), m_startMs));
            m_player->play();
            m_startClock.start();
            m_startPoll.start();
        } else if (m_playing) {
            const quint64 generation = m_generation;
            // Queued: the controller answers by loading the next file, which must not happen inside the
            // player's own signal.
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation && m_playing)
                        Q_EMIT endOfMedia();
                },
                Qt::QueuedConnection);
        }
        break;
    case QMediaPlayer::InvalidMedia:
        reportError(Error::FormatUnsupported, m_player->errorString());
        break;
    default:
        break;
    }
}

bool QtAudioBackend::isStrayEndOfMedia() const
{
    const qint64 duration = m_player->duration();
    if (duration > 0)
        return m_player->position() + strayEndMarginMs < duration;
    return m_startClock.elapsed() < strayEndMarginMs;
}

void QtAudioBackend::onPlayerError(int error, const QString &message)
{
    switch (QMediaPlayer::Error(error)) {
    case QMediaPlayer::NoError:
        return;
    case QMediaPlayer::ResourceError:
        reportError(Error::ResourceMissing, message);
        return;
    case QMediaPlayer::FormatError:
        reportError(Error::FormatUnsupported, message);
        return;
    default:
        reportError(Error::Other, message);
        return;
    }
}

void QtAudioBackend::reportError(Error error, const QString &message)
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    m_playing = false;
    m_startPoll.stop();
    const quint64 generation = m_generation;
    // Queued for the same reason as endOfMedia; GStreamer may report while setSource() is still running.
    QMetaObject::invokeMethod(
        this,
        [this, generation, error, message] {
            if (generation == m_generation)
                Q_EMIT errorOccurred(error, message.isEmpty() ? u"the file cannot be played"_s : message);
        },
        Qt::QueuedConnection);
}

void QtAudioBackend::rampTo(double target, std::function<void()> then)
{
    m_rampFrom = double(m_output->volume());
    m_rampTarget = target;
    m_afterRamp = std::move(then);
    m_rampClock.start();
    if (!m_rampTimer.isActive())
        m_rampTimer.start();
}

void QtAudioBackend::onRampTick()
{
    const double progress = qMin(1.0, double(m_rampClock.elapsed()) / rampMs);
    m_output->setVolume(float(m_rampFrom + (m_rampTarget - m_rampFrom) * progress));
    if (progress < 1.0)
        return;
    m_rampTimer.stop();
    if (auto then = std::exchange(m_afterRamp, nullptr))
        then();
}

void QtAudioBackend::onStartPoll()
{
    const bool moving = m_player->playbackState() == QMediaPlayer::PlayingState
        && position().value_or(0) > m_startMs && !m_pendingPosition;
    if (moving) {
        m_startPoll.stop();
        if (m_rampUpPending) {
            m_rampUpPending = false;
            rampTo(targetGain());
        }
        Q_EMIT playbackStarted();
    } else if (m_startClock.elapsed() > startPollLimitMs) {
        m_startPoll.stop();
    }
}

double QtAudioBackend::targetGain() const
{
    return m_muted ? 0.0 : m_gain;
}
